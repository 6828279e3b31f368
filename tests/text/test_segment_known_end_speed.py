"""Speed pass twenty-five in :func:`discourse.text.segment.sentence_start`: the sentence end it
accepted last answers a later call in the same text when no terminal punctuation stands between
it and the new position and it still counts there (``_after_known_end``); the old code
(``tests/reference/text_sentence_start.py``) read the windows on every call. The answers are
the same whatever was asked before, in any order."""

from __future__ import annotations

import csv
import random
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.text import segment
from discourse.text.segment import sentence_start
from tests.reference.text_sentence_start import reference_sentence_start
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS

# written for this test: ends followed by closing marks, lower-case words, an abbreviation, an
# initial, runs of punctuation, a run cut by the bound, a quote's end right at the position
CASES = [
    'He said "yes, we will" and she said that they would not. ' * 4,
    'It rained. "We left." She said so.” he added! Then? Mr. Smith said… yes. U.S. aid.',
    "One.. Two?! three. Four.) Five.” six.’ Seven.\tEight.  nine.",
    "J. Smith said. A. And then... the end.“ Quote.»  Done.",
    "a.b.c.d.e. F. G.H. i.j. K.",
    "x. " * 150 + "Y said. z",
    "Go! Now! yes? Fine… Ok!) Done?” Then",
    "a" * 296 + "Mr.... Then. And",
    "b " * 148 + "e.g... No. Mr. X",
]
ALPHABET = list(".!?…\"'”’»)“ \t\naAbZ") + [" Mr.", " U.S.", " said", " he", " He", "..."]
GENERATED = st.lists(st.sampled_from(ALPHABET), max_size=80).map("".join)


def _asked_in_order(text: str, queries: list[tuple[int, int]]) -> None:
    for lo, pos in queries:
        assert sentence_start(text, lo, pos) == reference_sentence_start(text, lo, pos), (
            text, lo, pos)


def _queries(text: str, seed: int) -> list[tuple[list[tuple[int, int]], str]]:
    n = len(text)
    every = [(lo, pos) for pos in range(n + 1) for lo in (0, max(0, pos - 7), pos)]
    rng = random.Random(seed)
    shuffled = every[:]
    rng.shuffle(shuffled)
    return [(every, "ascending"), (every[::-1], "descending"), (shuffled, "shuffled")]


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference_in_any_order(text):
    for queries, _ in _queries(text, 25):
        _asked_in_order(text, queries)


def test_the_known_end_answers_inside_its_sentence():
    text = 'He said "yes, we will" and she said that they would not. ' * 3
    b = 57 * 2
    assert sentence_start(text, 0, b) == b
    _, r, s = segment._last_end
    assert (r, s) == (b - 2, b - 2)
    assert segment._after_known_end(text, r, b + 9) == b  # the quote after the mention
    assert segment._after_known_end(text, r, b + 27) == b
    assert segment._after_known_end(text, r, b + 57) == -1  # past the next full stop


@SETTINGS
@given(GENERATED | TEXTS | QUOTE_TEXTS, st.integers(0, 2**16))
def test_same_on_generated_texts(text, seed):
    for queries, _ in _queries(text, seed):
        _asked_in_order(text, queries)


@SETTINGS
@given(st.integers(280, 320), GENERATED, st.integers(0, 2**16))
def test_same_across_the_short_window(width, tail, seed):
    text = ("a " * 160)[:width] + tail
    rng = random.Random(seed)
    queries = [(0, pos) for pos in range(len(text) - 40, len(text) + 1)]
    rng.shuffle(queries)
    _asked_in_order(text, sorted(queries) + queries)


@SETTINGS
@given(GENERATED, st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90)), max_size=40))
def test_same_for_any_sequence(text, pairs):
    n = len(text)
    _asked_in_order(text, [(min(a, b, n), min(max(a, b), n)) for a, b in pairs])


def test_real_news_gives_the_reference(shared_dir):
    """Per paragraph of 80 Wikinews texts, every quotation mark and the word starts of the 80
    characters before it, asked in text order as the passes do, then shuffled."""
    csv.field_size_limit(sys.maxsize)
    asked = 0
    rng = random.Random(14)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 80:
                break
            text = row["text"]
            queries = []
            for para in re.finditer(r"[^\n]+", text):
                ps = para.start()
                for mark in re.finditer("[\"“”‘’]", para.group()):
                    qs = ps + mark.start()
                    for w in re.finditer(r"\S+", text[max(ps, qs - 80):qs]):
                        queries.append((ps, max(ps, qs - 80) + w.start()))
                    queries.append((ps, qs))
                    queries.append((max(ps, qs - 40), qs))
            _asked_in_order(text, queries)
            rng.shuffle(queries)
            _asked_in_order(text, queries)
            asked += 2 * len(queries)
    assert asked > 10000
