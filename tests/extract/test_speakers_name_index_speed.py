"""Speed pass twenty-two: on a long document ``name_search`` reads the occurrences of a name
opening with a capital from an index of the document's capitalised words
(``name_search._Index``), made once, instead of scanning the whole text per name. With the
index used at every length (``INDEX_MIN`` 0), ``literal_matches`` and ``words_before`` match as
the patterns they name, on the sentences written for ``test_speakers_name_search_speed.py``,
generated texts and real Wikinews; ``name_gender_in`` answers as its copy in
``tests/reference/speakers_en_gender.py`` on Wikinews joined to one long document."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import given

from discourse.extract.speakers import name_search
from discourse.extract.speakers.lang import en_gender
from discourse.extract.speakers.lang.en import ENGLISH
from tests.extract.test_speakers_name_search_speed import (
    LITERALS,
    NAME_TEXTS,
    SENTENCES,
    _same_as_the_patterns,
    _wikinews,
)
from tests.reference.speakers_en_gender import reference_name_gender_in
from tests.strategies import SETTINGS, TEXTS

# written for this test: a name's word inside a longer capitalised word, after a hyphen or an
# underscore, with a full stop, at the text's ends, beside letters outside ASCII
WRITTEN = ["Hale Hales Hale_ -Hale Hale- Hale. Ann\tHale AnnHale Ann Hale’s ÉHale Hale",
           "Hale", "Mr. Hale.Hale, Dr Hale Hale-Smith Hale-Smithson HALE Hale2 Hale"]


@contextlib.contextmanager
def _indexed():
    """The index used at every length (restored after)."""
    kept = name_search.INDEX_MIN
    name_search.INDEX_MIN = 0
    try:
        yield
    finally:
        name_search.INDEX_MIN = kept


@pytest.mark.parametrize("text", SENTENCES + WRITTEN)
def test_the_written_sentences_match_as_the_patterns_with_the_index(text):
    with _indexed():
        for literals in (["Hale", "Ann Hale", "Hale-Smith", "Ann", "Hale Hale"],
                         ["Ann Hale", "Hale"], ["Hale.", "Hale-", "Hale_", "HALE"]):
            _same_as_the_patterns(text, literals)


def test_the_index_is_used_and_kept_per_document():
    text = "Ann Hale met Tom Hale. " * 10
    with _indexed():
        assert name_search.literal_matches(text, ["Hale"], "word")[:2] == [(4, 0), (17, 0)]
        assert name_search._last[0].text is text
        assert name_search._last[0].starts["Hale"][:2] == [4, 17]
        other = "Hale " + text
        assert name_search.words_before(other, "Hale")[:2] == ["Ann", "Tom"]
        assert name_search._last[0].text is other
    # a short text, or a literal opening with no capital: no index
    assert name_search._starts_of("Ann Hale", "Hale") is None
    with _indexed():
        assert name_search._starts_of(text, "hale") is None


@SETTINGS
@given(NAME_TEXTS | TEXTS, LITERALS)
def test_generated_texts_match_as_the_patterns_with_the_index(text, literals):
    with _indexed():
        _same_as_the_patterns(text, literals)


def test_real_news_joined_gives_the_reference_genders(shared_dir):
    """50 Wikinews texts joined to one document (longer than ``INDEX_MIN``): every person run's
    name matches as the patterns (index at every length) and gets the reference's gender."""
    text = "\n\n".join(_wikinews(shared_dir, 50))
    assert len(text) > name_search.INDEX_MIN
    quotes = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    starts = [s for s, _ in quotes]

    def in_quote(k: int) -> bool:
        import bisect
        i = bisect.bisect_right(starts, k) - 1
        return i >= 0 and k < quotes[i][1]

    not_first = frozenset(ENGLISH.titles | ENGLISH.name_openers)
    names = sorted({ENGLISH.normal_name(text[s:e])
                    for s, e in ENGLISH.person_runs(text, 0, len(text))})
    genders = 0
    for name in names:
        for q in (None, in_quote):
            got = en_gender.name_gender_in(text, name, q, not_first)
            assert got == reference_name_gender_in(text, name, q, not_first), name
            genders += got is not None
    with _indexed():
        for name in names[::7]:
            _same_as_the_patterns(text, sorted({name, name.split()[-1]}, key=len, reverse=True))
    assert len(names) > 200 and genders > 15, (len(names), genders)
