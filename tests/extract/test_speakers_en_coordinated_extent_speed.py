"""Speed pass twenty-one in :func:`discourse.extract.speakers.lang.en_coordinated.coordinated_extent`:
the list items before a mention are searched for only in a window that ends with a comma or
"and" and white space (``tests/reference/speakers_en_coordinated_extent.py`` searched every
window). The extents are the same."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en_coordinated import coordinated_extent
from tests.reference.speakers_en_coordinated_extent import reference_coordinated_extent
from tests.strategies import SETTINGS, TEXTS

# written for this test: lists with and without the serial comma, blanks of several kinds
# before the mention (a newline ends a window for "$"), and windows that end otherwise
SENTENCES = [
    'Anna Berg, Carl Holm and Dina Ek told us: "No."',
    '"No," said Tom Hale, Ann Bell, and Carl Holm.',
    'said Anna Berg,\u00a0Carl Holm and\nDina Ek in a statement.',
    'Anna Berg, Carl Holm and \n',
    'On Monday, Berg and Holm said so. The band Holm and Ek played.',
    'Sen. Ann Bell and\tTom Hale said: "Yes."',
]
PIECES = ["Anna", "Berg", "Carl", "Holm", "Dina", "Ek", "and", "band", "said", "told", "On",
          "Monday", "Dr.", ",", ", ", " ", "\n", "\t", "\u00a0", ".", ": ", '"', "“", "her",
          "deputy", "of", "the"]
LIST_TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


def _mentions(text: str) -> list[tuple[int, int]]:
    """Every run of capitalised words, and every word, as a mention."""
    spans = [m.span() for m in re.finditer(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", text)]
    return spans + [m.span() for m in re.finditer(r"\S+", text)]


def _same(text: str) -> int:
    n = 0
    for ms, me in _mentions(text):
        assert coordinated_extent(text, ms, me) == reference_coordinated_extent(text, ms, me), \
            (text, ms, me)
        n += coordinated_extent(text, ms, me) != (ms, me)
    return n


@pytest.mark.parametrize("text", SENTENCES)
def test_written_sentences_give_the_reference_extents(text):
    _same(text)


def test_lists_are_still_widened():
    text = 'Anna Berg, Carl Holm and Dina Ek told us: "No."'
    a, b = coordinated_extent(text, text.index("Carl"), text.index(" told"))
    assert text[a:b] == "Anna Berg, Carl Holm and Dina Ek"


@SETTINGS
@given(LIST_TEXTS | TEXTS)
def test_generated_texts_give_the_reference_extents(text):
    _same(text)


def test_real_news_gives_the_reference_extents(shared_dir):
    """Every capitalised run and every word of 60 Wikinews texts as a mention."""
    csv.field_size_limit(sys.maxsize)
    widened = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2020.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 60:
                break
            widened += _same(row["text"])
    assert widened > 100
