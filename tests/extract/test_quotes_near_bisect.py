"""Speed pass twenty-seven: ``near_bisect`` reads a sorted column near a former answer before
bisecting the rest; ``Doc.tok_index``, ``Doc.hits_between`` and ``SpanSet.contains`` keep their
last answer and start from it (``tests/reference/quotes_document_bisect.py`` bisected the
whole column every time). The answers are the same, in any order of questions."""

from __future__ import annotations

import bisect
import csv
import random
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang import LANGUAGES
from discourse.extract.quotes.near_bisect import STEPS, bisect_left_near, bisect_right_near
from discourse.extract.quotes.spans import SpanSet
from tests.reference.quotes_document_bisect import (
    reference_contains,
    reference_hits_between,
    reference_tok_index,
)
from tests.strategies import SETTINGS, TEXTS

COLUMNS = st.lists(st.integers(-5, 60), max_size=3 * STEPS + 5).map(sorted)


@SETTINGS
@given(COLUMNS, st.integers(-8, 68), st.integers(-3, 3 * STEPS + 8))
def test_near_bisection_is_bisect(a, x, k):
    # ties, values outside the column, a former answer anywhere (also outside [0, len(a)])
    assert bisect_left_near(a, x, k) == bisect.bisect_left(a, x)
    assert bisect_right_near(a, x, k) == bisect.bisect_right(a, x)


def test_near_bisection_on_written_columns():
    a = [0, 2, 2, 2, 5, 9] + list(range(10, 200, 3))
    for x in range(-2, 205):
        for k in range(-1, len(a) + 2):
            assert bisect_left_near(a, x, k) == bisect.bisect_left(a, x), (x, k)
            assert bisect_right_near(a, x, k) == bisect.bisect_right(a, x), (x, k)
    assert bisect_left_near([], 3, 0) == 0 and bisect_right_near([], 3, 5) == 0


# written for this test: cues near each other, at both ends, none at all, quotes nested,
# adjacent and empty
CASES = [
    'He said "yes, we will" and she said that they would not. ' * 6,
    "said",
    "No cue here at all, only words.",
    "“We won,” said Smith. Jones said that “the “inner” one” said no; Lee told reporters so.",
    '""said"" "" x "said" y',
]


def _ask_everything(text: str, lex, order: str) -> int:
    doc = Doc(text, lex, LANGUAGES["en"].find_cues)
    spans = SpanSet((m.start(), m.end()) for m in re.finditer(r'["“][^"”]*["”]', text))
    positions = list(range(-2, len(text) + 3))
    n = len(doc.toks.starts)
    pairs = [(i, j) for i in range(-1, n + 2) for j in range(i - 1, min(n + 2, i + 12))]
    rng = random.Random(len(text))
    if order == "descending":
        positions.reverse()
        pairs.reverse()
    elif order == "shuffled":
        rng.shuffle(positions)
        rng.shuffle(pairs)
    elif order == "jumps":  # near, then far: a former answer far from the new one
        positions = [p for q in positions for p in (q, len(text) - q)]
    for pos in positions:
        assert doc.tok_index(pos) == reference_tok_index(doc, pos), (text, pos)
        assert spans.contains(pos) == reference_contains(spans, pos), (text, pos)
    for i, j in pairs:
        assert doc.hits_between(i, j) == reference_hits_between(doc, i, j), (text, i, j)
    return len(positions) + len(pairs)


@pytest.mark.parametrize("order", ["ascending", "descending", "shuffled", "jumps"])
@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text, order, lex):
    assert _ask_everything(text, lex, order) > 0


@SETTINGS
@given(TEXTS, st.sampled_from(["ascending", "descending", "shuffled", "jumps"]))
def test_same_on_generated_texts(lex, text, order):
    _ask_everything(text, lex, order)


def test_same_on_real_news(lex, shared_dir):
    """The first 30 Wikinews texts of 2019: every position and token pair, in four orders."""
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:30]
    asked = sum(_ask_everything(text, lex, order) for text in texts
                for order in ("ascending", "descending", "shuffled", "jumps"))
    assert asked > 100_000
