"""Speed pass twenty-seven in :func:`discourse.extract.speakers.lang.en_predicate_mention.
subject_before_verb`: a mention of fewer than three words (``str.split``) is answered None
before the pattern makes its words (``tests/reference/speakers_en_predicate_mention.py`` made
them for every mention). The answers are the same."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en import _HEADS
from discourse.extract.speakers.lang.en_predicate_mention import subject_before_verb
from tests.reference.speakers_en_predicate_mention import reference_subject_before_verb
from tests.strategies import SETTINGS, TEXTS

# written for this test: a verb between two words, one and two words, white space other than
# the blank (a no-break space, an em space, a tab, a line separator, the file separator
# "\x1c" that str.isspace counts), an opening adverbial's comma
CASES = [
    'He said "yes, we will" and she said that they would not. ',
    "Schale predicts Clinton will win, and added:",
    "Ahead of his speech, Trump applied one of his nicknames to Kim, one that",
    "The letter references Mr. Trump's recent tweets, calling them",
    "Schale\u00a0predicts\u00a0Clinton and Schale\u2003predicts\u2003Clinton",
    "Schale\tpredicts\nClinton; Schale\u2028predicts\u2028Clinton; Schale\x1cpredicts\x1cClinton",
    "a report released Monday by Ann Lee",
    "attorneys Tom Hale and officials said",
]
PIECES = ["Schale", "predicts", "lists", "filed", "Clinton", "the", "Ahead", ",", ", ", " ",
          "  ", "\u00a0", "\u2003", "\t", "\x1c", "\u2028", "Monday", "’s", "said", "x"]
STRETCHES = st.lists(st.sampled_from(PIECES), max_size=9).map("".join)


def _same_everywhere(text: str, width: int = 60) -> int:
    asked = 0
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + width) + 1):
            assert subject_before_verb(text, start, end, _HEADS) == \
                reference_subject_before_verb(text, start, end, _HEADS), (text, start, end)
            asked += 1
    return asked


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text):
    _same_everywhere(text)


def test_subjects_still_found():
    text = "Schale predicts Clinton will win"
    got = subject_before_verb(text, 0, len("Schale predicts Clinton"), _HEADS)
    assert got is not None and text[got[0]:got[1]] == "Schale"
    text = "Schale\u00a0predicts\u00a0Clinton"  # a no-break space is white space to both
    got = subject_before_verb(text, 0, len(text), _HEADS)
    assert got is not None and text[got[0]:got[1]] == "Schale"
    assert subject_before_verb("He said", 0, 7, _HEADS) is None


@SETTINGS
@given(STRETCHES | TEXTS)
def test_same_on_generated_texts(text):
    _same_everywhere(text, 30)


def test_real_news_gives_the_reference(shared_dir):
    """Stretches of 60 Wikinews texts from a word's start to one to twelve words on."""
    csv.field_size_limit(sys.maxsize)
    asked = found = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 60:
                break
            text = row["text"]
            starts = [i + 1 for i, c in enumerate(text) if c.isspace()][::2]
            for i, a in enumerate(starts):
                for b in starts[i + 1:i + 13]:
                    got = subject_before_verb(text, a, b - 1, _HEADS)
                    assert got == reference_subject_before_verb(text, a, b - 1, _HEADS)
                    asked += 1
                    found += got is not None
    assert asked > 5000 and 0 < found < asked
