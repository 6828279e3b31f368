"""Speed pass twenty-six in :func:`discourse.extract.speakers.lang.en_inner.inner_speaker`: when
only white space stands between the mention and the inner verb's match ('she said that they
would not'), the answer is None before the relative and outer patterns run (both need a word
there). ``tests/reference/speakers_en_inner.py`` ran them; the answers are the same."""

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

# written for this test: the verb right after the mention with white space of other kinds,
# "that", an object, an opening mark; a relative pronoun, an outer verb or a word before it
CASES = [
    'He said "yes, we will" and she said that they would not. ',
    "The mayor said that the plan would fail.",
    "Officials\u00a0told\u2003them that the plan would fail.",
    "She\n said it was \u201cover\u201d.",
    "Ruben Cabrera who said he thought it was over.",
    "WPTZ-TV reports police say Ibrahim was there.",
    "The newspaper said Trump dubbed it 'the worst deal ever'.",
    "Reuters reported on Monday a German source said the ban would stay.",
    "He re-said that it would.",
    "They\tclaimed that, she said, 'no'.",
]
PIECES = [" ", "\u00a0", "\t", "\n", "said", "say", "told", "that", "who", "him", "it", "as",
          "reports", "police", "Trump", "the", "source", "\u201c", '"', "'", ",", "re-", "x"]


def _same(text: str) -> int:
    asked = 0
    words = [m.span() for m in re.finditer(r"\S+", text)]
    for k, (ms, me) in enumerate(words):
        for _, qs in words[k + 1:k + 8]:
            for q in (qs, qs - 1):
                if q >= me:
                    assert inner_speaker(text, ms, me, q) == reference_inner_speaker(
                        text, ms, me, q), (text, ms, me, q)
                    asked += 1
    return asked


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text):
    assert _same(text) > 0


def test_inner_speakers_still_found():
    t = "WPTZ-TV reports police say Ibrahim was there."
    got = inner_speaker(t, 0, 7, t.index("Ibrahim"))
    assert got is not None and t[got[0]:got[1]] == "police"


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_same_on_generated_stretches(stretch):
    text = "The mayor" + stretch + " the plan would fail."
    for qs in range(9, len(text) + 1):
        assert inner_speaker(text, 4, 9, qs) == reference_inner_speaker(text, 4, 9, qs)


def test_same_on_real_news(shared_dir):
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:40]
    assert sum(_same(text) for text in texts) > 10_000
