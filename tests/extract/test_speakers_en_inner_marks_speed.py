"""Speed pass twenty-five in :func:`discourse.extract.speakers.lang.en_inner.inner_speaker`: a
stretch between the mention and the quote that holds one word at most once the white space and
opening marks ending it are left out ('He said "...', "she told '...") and no comma is answered
None before the sentence's end and the inner verb's patterns are looked for
(``tests/reference/speakers_en_inner.py`` ran them all). The answers are the same."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en_inner import inner_speaker
from tests.reference.speakers_en_inner import reference_inner_speaker
from tests.strategies import SETTINGS

# written for this test: one word before one or more marks, with odd blanks, line breaks and a
# comma; words whose end is a verb; two words that do find a speaker (a relative pronoun, an
# outer verb), which the short answer must leave to the patterns
CASES = [
    'He said "yes, we will" and she said that they would not.',
    'She told “no.”',
    "They argued ‘no.’",
    'He said \u00a0"  “no."',
    'He said"no."',
    'He\tsaid\n"no."',
    'He said, "no."',
    'Smith, who said "no."',
    'Jones-said "no."',
    'Reuters reports Jones-said "no."',
    'the student who said "it was fine."',
    'Reuters reported police said "no."',
    'He thought that "no."',
    'He "" said "no."',
    'He. Said "no."',
]
PIECES = ["said", "says", "told", "who", "that", "as", "reports", "police", "Jones-said", " ",
          "  ", "\n", "\t", "\u00a0", ",", '"', "“", "‘", "'", "-", ".", "X", "x"]
STRETCH = st.lists(st.sampled_from(PIECES), max_size=7).map("".join)


def _all_spans(text: str, qs: int) -> list[tuple[int, int]]:
    return [(ms, me) for me in range(1, qs + 1) for ms in range(max(0, me - 12), me)]


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text):
    for qs in range(1, len(text) + 1):
        for ms, me in _all_spans(text, qs):
            assert inner_speaker(text, ms, me, qs) == reference_inner_speaker(text, ms, me, qs), \
                (text, ms, me, qs)


def test_the_patterns_still_run_on_two_words():
    text = 'Smith spoke to Ruben Cabrera who said "it was fine."'
    got = inner_speaker(text, 0, 5, text.index('"'))
    assert got is not None and text[got[0]:got[1]] == "Ruben Cabrera"
    text = 'Reuters reports Jones-said "no."'
    assert inner_speaker(text, 0, 7, text.index('"')) == (16, 22)


@SETTINGS
@given(STRETCH, st.sampled_from(['"x"', "“x”", "x", ""]))
def test_same_on_generated_stretches(stretch, quote):
    text = "Anna Berg" + stretch + quote
    for qs in range(9, len(text) + 1):
        for ms, me in _all_spans(text, qs):
            assert inner_speaker(text, ms, me, qs) == reference_inner_speaker(text, ms, me, qs)


_WORD = re.compile(r"\S+")


def test_real_news_gives_the_reference(shared_dir):
    """Each word of the 60 characters before every quotation mark of 80 Wikinews texts as the
    mention, the mark as the quote's start."""
    csv.field_size_limit(sys.maxsize)
    asked = found = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 80:
                break
            text = row["text"]
            for mark in re.finditer("[\"“‘']", text):
                qs = mark.start()
                for w in _WORD.finditer(text, max(0, qs - 60), qs):
                    got = inner_speaker(text, w.start(), w.end(), qs)
                    assert got == reference_inner_speaker(text, w.start(), w.end(), qs)
                    asked += 1
                    found += got is not None
    assert asked > 5000 and found > 0
