"""Speed pass twenty in :func:`discourse.extract.speakers.lang.en_inner.inner_speaker`: the
joined-clause pattern runs only when the stretch between the mention and the quote holds a
comma, and the inner verb's pattern only when the stretch ends with a word that may end its
match (``tests/reference/speakers_en_inner.py`` ran both on every stretch). The answers are the
same for every mention end and quote start tried."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en_inner import inner_speaker
from tests.reference.speakers_en_inner import reference_inner_speaker
from tests.strategies import QUOTE_TEXTS, SETTINGS

# written for this test: each shape of the docstring, and stretches that only nearly have one
CASES = [
    ('The reporter spoke to student Ruben Cabrera who said "it was fine."', 12),
    ('WPTZ-TV reports police say "Ibrahim was there."', 7),
    ('The newspaper said Trump dubbed it "the worst deal ever."', 13),
    ('I said he should go, and Democrats responded by saying: "No way."', 1),
    ('She said, as the minister claimed that "the plan works."', 3),
    ('Officials said the mayor told him, "We are done."', 9),
    ('He said (reported) "yes."', 2),
    ('Smith said Jones SAID "no."', 5),
]
PIECES = ["said", "says", "told", "dubbed it", "called them", "as", "that", "who", ", and",
          ", but", "police", "Trump", "reported", "the paper", " ", "  ", ",", "“", '"', "'",
          "‘", "(", ")", "\n", ". ", "responded by saying", "Claimed", "thats", "hissaid"]
STRETCHES = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
QUOTE_MARK = re.compile("[\"“‘']")


def positions(text: str, step: int = 1):
    """(ms, me, qs) for each quotation mark at ``qs`` and each ``me`` up to 230 characters
    before it (every ``step``-th), ``ms`` one or five characters before ``me``."""
    for q in QUOTE_MARK.finditer(text):
        qs = q.start()
        for me in range(max(1, qs - 230), qs + 1, step):
            for ms in (me - 1, max(0, me - 5)):
                yield ms, me, qs


@pytest.mark.parametrize("text,me", CASES)
def test_same_as_the_reference(text, me):
    qs = next(QUOTE_MARK.finditer(text)).start()
    assert inner_speaker(text, 0, me, qs) == reference_inner_speaker(text, 0, me, qs)


def test_the_shapes_are_still_found():
    found = [inner_speaker(t, 0, me, next(QUOTE_MARK.finditer(t)).start()) for t, me in CASES[:4]]
    assert all(found)


@SETTINGS
@given(STRETCHES | QUOTE_TEXTS)
def test_same_on_generated_texts(text):
    text = "Smith" + text + ' "x"'
    for ms, me, qs in positions(text):
        assert inner_speaker(text, ms, me, qs) == reference_inner_speaker(text, ms, me, qs)


def test_same_on_real_news(shared_dir):
    csv.field_size_limit(sys.maxsize)
    found = calls = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 60:
                break
            text = row["text"]
            for ms, me, qs in positions(text, step=3):
                got = inner_speaker(text, ms, me, qs)
                assert got == reference_inner_speaker(text, ms, me, qs), (k, ms, me, qs)
                found += got is not None
                calls += 1
    assert calls > 10_000 and found > 0
