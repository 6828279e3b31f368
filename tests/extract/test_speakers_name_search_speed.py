"""Speed pass twenty-one: the speaker rules find names by string search
(``discourse/extract/speakers/name_search.py``) instead of patterns built from the names, which
were compiled anew in nearly every article. Each function of ``name_search`` gives the matches
of the pattern it names; ``name_gender_in`` and ``_candidates`` answer as their copies in
``tests/reference/speakers_en_gender.py``, on sentences written here, generated texts and real
Wikinews. (``Resolver._surname_after`` is compared with its copy in
``tests/extract/test_speakers_speed_equivalence.py``.)"""

from __future__ import annotations

import csv
import random
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.actors import load_actors
from discourse.extract.speakers.lang import en_gender, en_role_antecedent
from discourse.extract.speakers.lang.en import ENGLISH
from discourse.extract.speakers.name_search import after_lower_word, literal_matches, words_before
from discourse.extract.speakers.resolver import Entity, Resolver
from tests.reference.speakers_en_gender import reference_candidates, reference_name_gender_in
from tests.strategies import SETTINGS, TEXTS

# written for this test: names beside titles, nouns, blanks, hyphens, underscores and letters
# outside ASCII, the cases where a boundary or the overlap of two matches decides
SENTENCES = [
    "Mrs. Ann Hale spoke. Hale said she would run. Tom Hale did not.",
    "Ann Hale Hale, the actress, made her debut; Hale-Smith and Hale_2 did not.",
    "His wife Ann Hale\tHale said so; Mr. Hale and Mr.\tHale came, O'Hale too.",
    "Dr. Émile Hale met Éva Hale. AnnHale, Ann  Hale and ann Hale are no names.",
    "said Hale, 42 Hale; Hale Hale-Hale. Hale",
]
NAMES = ["Ann Hale", "Hale", "Tom Hale", "Émile Hale", "O'Hale", "Hale-Smith", "Hale_2",
         "Ann", "Mr. Hale"]
PIECES = ["Ann", "Hale", "Tom", "hale", "Mr.", "Mrs.", "wife", "actress", "he", "she", "her",
          "said", ",", ".", "-", "_", "'", "’", "É", "é", "2", " ", "  ", "\t", "\n", ";",
          "Hale-", "-Hale", "AnnHale", "Σ", "İ"]
NAME_TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
LITERALS = st.lists(st.sampled_from(["Hale", "Ann Hale", "Ann", "Ha", "e", "-Hale", "Hale-",
                                     "_", "É", " Hale", "", "Hale.", "hale"]),
                    min_size=1, max_size=4)


def _pattern_matches(text: str, literals: list[str], edge: str) -> list[tuple[int, str]]:
    left, right = (r"\b", r"\b") if edge == "word" else (r"(?<![\w-])", r"(?![\w-])")
    pattern = re.compile(left + "(?:" + "|".join(map(re.escape, literals)) + ")" + right)
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def _same_as_the_patterns(text: str, literals: list[str]) -> None:
    for edge in ("word", "name"):
        got = [(s, literals[k]) for s, k in literal_matches(text, literals, edge)]
        assert got == _pattern_matches(text, literals, edge), (text, literals, edge)
    for lit in literals:
        assert words_before(text, lit) == [m.group(1) for m in re.finditer(
            r"\b([A-Z][a-z]+)[ \t]+" + re.escape(lit) + r"\b", text)], (text, lit)
        assert after_lower_word(text, lit) == (re.search(
            r"[a-z0-9,;] +" + re.escape(lit) + r"\b", text) is not None), (text, lit)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_written_sentences_match_as_the_patterns(text):
    _same_as_the_patterns(text, ["Hale", "Ann Hale", "Hale-Smith", "Ann", "Hale Hale"])
    _same_as_the_patterns(text, ["Ann Hale", "Hale"])
    for name in NAMES:
        for not_first in (frozenset(), frozenset({"mr", "mrs", "dr"})):
            assert en_gender.name_gender_in(text, name, None, not_first) == \
                reference_name_gender_in(text, name, None, not_first), (text, name)


def test_the_matches_are_the_ones_expected():
    text = "Ann Hale Hale met Hale-Smith and Hale; Mr.\tHale left."
    assert literal_matches(text, ["Ann Hale", "Hale"], "name") == [(0, 0), (9, 1), (33, 1),
                                                                   (43, 1)]
    # "Hale-Smith": a word's end for \b, none for a name
    assert literal_matches(text, ["Hale"], "word") == [(4, 0), (9, 0), (18, 0), (33, 0),
                                                       (43, 0)]
    assert words_before(text, "Hale") == ["Ann"]  # "Hale Hale": the first "Hale" is taken
    assert after_lower_word(text, "Hale") and not after_lower_word(text, "Ann Hale")
    assert en_gender.name_gender_in("Mrs. Ann Hale came. Hale said she won.", "Ann Hale") \
        == "female"


@SETTINGS
@given(NAME_TEXTS | TEXTS, LITERALS)
def test_generated_texts_match_as_the_patterns(text, literals):
    _same_as_the_patterns(text, literals)


@SETTINGS
@given(NAME_TEXTS, st.sampled_from(NAMES), st.booleans())
def test_generated_texts_give_the_reference_gender(text, name, quoted):
    in_quote = (lambda k: k % 3 == 0) if quoted else None
    assert en_gender.name_gender_in(text, name, in_quote) == \
        reference_name_gender_in(text, name, in_quote)


def _wikinews(shared_dir, n: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        return [row["text"] for _, row in zip(range(n), csv.DictReader(f))]


def test_real_news_gives_the_reference_answers(shared_dir):
    """Every person run of 80 Wikinews texts: its name's gender (with and without the
    quotations kept out), the words before its surname, its forms' matches; and the
    candidates of every "he"/"she" after the first person, as the reference gives them."""
    registry = load_actors()
    not_first = frozenset(ENGLISH.titles | ENGLISH.name_openers)
    names = genders = candidates = 0
    rng = random.Random(21)
    for text in _wikinews(shared_dir, 80):
        quotes = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
        res = Resolver(text, registry, None, quotes, ENGLISH)
        runs = ENGLISH.person_runs(text, 0, len(text))
        for s, e in runs:
            name = ENGLISH.normal_name(text[s:e])
            words = name.split()
            _same_as_the_patterns(text, sorted({name, words[-1]}, key=len, reverse=True))
            for in_quote in (None, res.in_quote):
                got = en_gender.name_gender_in(text, name, in_quote, not_first)
                assert got == reference_name_gender_in(text, name, in_quote, not_first), name
                genders += got is not None
            names += 1
        for m in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", text):
            before = [r for r in runs if r[1] <= m.start()]
            if not before:
                continue
            a, b = rng.choice(before)
            ent = Entity(a, None, ENGLISH.normal_name(text[a:b]), None, "unknown")
            want = [(c.pos, c.actor, c.name, c.kind)
                    for c in reference_candidates(res, m.start(), ent)]
            got = [(c.pos, c.actor, c.name, c.kind)
                   for c in en_gender._candidates(res, m.start(), ent)]
            assert got == want, (m.start(), ent.name)
            candidates += len(got)
    assert names > 500 and genders > 50 and candidates > 400


def test_the_role_patterns_are_the_ones_built_per_call():
    """``role_antecedent``'s patterns, made once per role, are those it built at each call."""
    for role in sorted(ENGLISH.titles):
        title, after, before = en_role_antecedent._role_patterns(role)
        forms = (role, *en_role_antecedent._ABBREVIATIONS.get(role, ()))
        assert title.pattern == r"\b(?:" + "|".join(forms) + r")\.?\s+$"
        assert after.pattern == (r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?" + role
                                 + r"\b")
        assert before.pattern == r"\b" + role + r"(?:\s+of\s+[\w'’\- ]{1,40}?)?,\s*$"
        assert title.flags == after.flags == before.flags == re.compile("", re.I).flags
