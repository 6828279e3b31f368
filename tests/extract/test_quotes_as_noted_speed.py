"""Speed pass twenty in :mod:`discourse.extract.quotes.lang.en.as_noted`: only the paragraphs
holding an "as" token with a cue of a stating verb 2 to 11 tokens after it are split into
sentences (``tests/reference/quotes_as_noted.py`` split every paragraph and tested every token).
The reports found are the same, and paragraphs without such an "as" are not split."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.extract import _lexicon_for
from discourse.extract.quotes.lang.en import ENGLISH, as_noted
from tests.reference import quotes_as_noted
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS

# written for this test: "as" clauses before and after the report, "as" of cause and
# comparison, a question, several paragraphs (some without any "as")
MIXED = (
    "The council met on Monday.\n\n"
    "As the mayor noted on Friday, the budget will not cover the new bridge.\n\n"
    "The road will close for a year, as the city engineer explained.\n\n"
    "As prices rose sharply, many families left the town. It was as cold as ever.\n\n"
    "As the report shows, the river is clean. Is the plan ready, as the minister claimed?\n\n"
    "Nobody spoke. “We will wait,” she said, as her colleague pointed out, the deal is done."
)
PIECES = ["As", "as", "the mayor", "she", "noted", "said", "pointed out", "wrote", "on Monday",
          "last year", ",", ".", "?", "the plan will fail", "prices rose", "“", "”", " ",
          "\n\n", "\n", "We", "it", "when", "that"]
AS_TEXTS = st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join)


def both(text: str) -> tuple[list, list]:
    lex = _lexicon_for(ENGLISH, {})
    doc = Doc(text, lex, ENGLISH.find_cues)
    return as_noted.as_clause_reports(doc, []), quotes_as_noted.reference_as_clause_reports(doc, [])


def rows(found: list) -> list[tuple]:
    return [(f.start, f.end, f.kind, f.rule, f.parent, None if f.attr is None else (
        f.attr.cue_start, f.attr.cue_end, f.attr.m_start, f.attr.m_end, f.attr.rule))
        for f in found]


def test_same_reports_as_the_reference():
    new, old = both(MIXED)
    assert rows(new) == rows(old) and len(new) >= 2


@pytest.mark.parametrize("text", ["", "as", "No clause here.", "As she said.\n\nAs", "\n\nas said x"])
def test_same_reports_on_edge_texts(text):
    new, old = both(text)
    assert rows(new) == rows(old)


def test_paragraphs_without_an_as_clause_are_not_split():
    lex = _lexicon_for(ENGLISH, {})
    doc = Doc(MIXED, lex, ENGLISH.find_cues)
    kept = as_noted._as_paragraphs(doc)
    # the first paragraph has no "as"; the fourth has "as" only before "prices rose" and "cold"
    assert 0 not in kept and 3 not in kept and {1, 2, 4, 5} <= set(kept)
    assert kept == sorted(set(kept))


@SETTINGS
@given(AS_TEXTS | QUOTE_TEXTS | TEXTS)
def test_same_reports_on_generated_texts(text):
    new, old = both(text)
    assert rows(new) == rows(old)


def test_same_reports_on_real_news(shared_dir):
    csv.field_size_limit(sys.maxsize)
    found = 0
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared_dir / "corpora" / "wikinews_en" / name).open(newline="", encoding="utf-8") as f:
            for k, row in enumerate(csv.DictReader(f)):
                new, old = both(row["text"])
                assert rows(new) == rows(old), (name, k)
                found += len(new)
    assert found > 0
