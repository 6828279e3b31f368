"""Speed pass twenty-three in :func:`discourse.extract.speakers.lang.en_inner.inner_speaker`: a
stretch of one word at most between the mention and the quote ('He said "...') is answered
None before the inner verb's patterns run (``tests/reference/speakers_en_inner.py`` ran them).
The answers are the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en_inner import inner_speaker
from tests.reference.speakers_en_inner import reference_inner_speaker
from tests.strategies import SETTINGS

# written for this test: one word, with marks, line breaks and odd blanks around it, a word
# that only holds a verb at its end, and two words that do find a speaker (an outer verb and a
# word whose end is the inner verb: no bound of two words would hold)
CASES = [
    'He said "yes, we will" and she said it.',
    'He  \u00a0said\t“yes.”',
    'He "said" "no."',
    "He -said 'no.'",
    'He whosaid "no."',
    'He who\nsaid "no."',
    'Police who said "no."',
    'Reuters reported "no."',
    'He  "no."',
    'He said, "no."',
    'He,said "no."',
    'Reuters reports Jones-said "no."',
]
PIECES = ["said", "says", "told", "who", "that", "reports", "police", "Trump", " ", "  ", "\n",
          "\t", "\u00a0", ",", '"', "“", "‘", "'", "-", "(", "x"]
ONE_WORD = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)


def _all_spans(text: str, qs: int) -> list[tuple[int, int]]:
    return [(ms, me) for me in range(1, qs + 1) for ms in range(0, me)]


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text):
    for qs in range(1, len(text) + 1):
        for ms, me in _all_spans(text, min(qs, 40)):
            assert inner_speaker(text, ms, me, qs) == reference_inner_speaker(text, ms, me, qs), \
                (text, ms, me, qs)


def test_longer_stretches_still_find_the_inner_speaker():
    text = 'The reporter spoke to student Ruben Cabrera who said "it was fine."'
    got = inner_speaker(text, 0, 12, text.index('"'))
    assert got is not None and text[got[0]:got[1]] == "student Ruben Cabrera"
    text = 'Reuters reports Jones-said "no."'
    assert inner_speaker(text, 0, 7, text.index('"')) == (16, 22)


@SETTINGS
@given(ONE_WORD)
def test_same_on_generated_stretches(stretch):
    text = "Anna Berg" + stretch + '"x"'
    qs = text.index('"', 9) if '"' in text[9:] else len(text)
    for ms, me in _all_spans(text, qs):
        assert inner_speaker(text, ms, me, qs) == reference_inner_speaker(text, ms, me, qs)
