"""Speed pass twenty in :func:`discourse.extract.speakers.lang.en.coordinated_names`: a mention
without "and" is answered at once (``tests/reference/speakers_en_coordinated.py`` dropped the
plural title and the states and tried the list pattern first). The names are the same."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en import coordinated_names
from tests.reference.speakers_en_coordinated import reference_coordinated_names
from tests.strategies import SETTINGS, TEXTS

# written for this test: lists, titles, states, and words that hold "and" without being it
MENTIONS = [
    "La Riva, Hawkins, Blankenship, and Carroll", "Joe Biden and Kamala Harris",
    "Sens. Ann Bell and Tom Hale", "Sens.\tAnn Bell\tand Tom Hale",
    "Pelosi, of California, and Schumer, of New York", "Pelosi, D-Calif., and Schumer, D-N.Y.",
    "Sandy Anderson", "Andy Rand", "Marks and Spencer", "Turkey's Disaster and Emergency",
    "President Joe Biden and Kamala Harris", "Bob AND Alice", "Ann Bell, and", "Smith",
]
PIECES = ["Ann", "Bell", "and", "And", "AND", "Sandy", ",", ", of California", ", D-Calif.",
          "Sens.", "Sen.", "President", "police", "'s", " ", "\t", "\n", "Rand", "of"]
MENTION_TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)


@pytest.mark.parametrize("mention", MENTIONS)
def test_same_names_as_the_reference(mention):
    assert coordinated_names(mention) == reference_coordinated_names(mention)


def test_lists_are_still_found():
    assert coordinated_names("Joe Biden and Kamala Harris") == ["Joe Biden", "Kamala Harris"]
    assert coordinated_names("Sens.\tAnn Bell\tand Tom Hale") == ["Ann Bell", "Tom Hale"]


@SETTINGS
@given(MENTION_TEXTS | TEXTS)
def test_same_names_on_generated_mentions(mention):
    assert coordinated_names(mention) == reference_coordinated_names(mention)


def test_same_names_on_real_news(shared_dir):
    """Every run of two to eight words (and what lies between them) of 25 Wikinews texts."""
    csv.field_size_limit(sys.maxsize)
    lists = calls = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2020.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 25:
                break
            text = row["text"]
            starts = [m.start() for m in re.finditer(r"\S+", text)]
            for i, a in enumerate(starts):
                for b in starts[i + 2 : i + 9]:
                    mention = text[a:b].rstrip()
                    got = coordinated_names(mention)
                    assert got == reference_coordinated_names(mention), mention
                    lists += bool(got)
                    calls += 1
    assert calls > 10_000 and lists > 0
