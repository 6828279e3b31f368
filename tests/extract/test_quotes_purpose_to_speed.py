"""The lead's speed change in :mod:`discourse.extract.quotes.lang.en.purpose_to` (eleventh
stop): only the paragraphs holding a cue of stating right after "to" are split into sentences
(``tests/reference/quotes_purpose_to.py`` split every paragraph). The reports found are the
same, and paragraphs without such a cue are not split."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.extract import _lexicon_for
from discourse.extract.quotes.lang.en import ENGLISH, purpose_to
from tests.reference import quotes_purpose_to
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS

# written for this test: purpose infinitives of stating, infinitives of wanting, "in order
# to", a second infinitive, several paragraphs (some without any "to" + cue)
MIXED = (
    "The senator spoke for an hour on Tuesday.\n\n"
    "She took to Twitter to warn voters that the bill would raise their taxes.\n\n"
    "He wants to say that the plan is fine, but he refused to say whether it would pass.\n\n"
    "The mayor used the meeting to argue that the bridge was safe and to hammer the council "
    "for its delay. Nobody answered.\n\n"
    "They went to say that nothing had changed. In order to explain that the road is closed, "
    "the city called a press conference to announce that it would reopen in May."
)
PIECES = ["He", "she", "took to Twitter", "used the hearing", "called a press conference",
          "to", "warn", "argue", "say", "voters", "that", "the plan will fail", "wants",
          "in order", "and to", ",", ".", "“", "”", " ", "\n\n", "\n", "went"]
PURPOSE_TEXTS = st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join)


def both(text: str) -> tuple[list, list]:
    lex = _lexicon_for(ENGLISH, {})
    doc = Doc(text, lex, ENGLISH.find_cues)
    return (purpose_to.purpose_reports(doc, []),
            quotes_purpose_to.reference_purpose_reports(doc, []))


def rows(found: list) -> list[tuple]:
    return [(f.start, f.end, f.kind, f.rule, f.parent, None if f.attr is None else (
        f.attr.cue_start, f.attr.cue_end, f.attr.m_start, f.attr.m_end, f.attr.rule))
        for f in found]


def test_same_reports_as_the_reference():
    new, old = both(MIXED)
    assert rows(new) == rows(old) and len(new) >= 2


@pytest.mark.parametrize("text", ["", "to", "to say", "No report here.", "\n\nto warn that x",
                                  "He took it to say that.\n\nto"])
def test_same_reports_on_edge_texts(text):
    new, old = both(text)
    assert rows(new) == rows(old)


def test_paragraphs_without_a_purpose_cue_are_not_split():
    lex = _lexicon_for(ENGLISH, {})
    doc = Doc(MIXED, lex, ENGLISH.find_cues)
    kept = purpose_to._purpose_paragraphs(doc)
    # the first paragraph has no "to" before a cue of stating
    assert 0 not in kept and {1, 3} <= set(kept)
    assert kept == sorted(set(kept))


@SETTINGS
@given(PURPOSE_TEXTS | QUOTE_TEXTS | TEXTS)
def test_same_reports_on_generated_texts(text):
    new, old = both(text)
    assert rows(new) == rows(old)


def test_same_reports_on_real_news(shared_dir):
    # (Wikinews 2019-2020 holds no purpose report: the test is that nothing differs)
    csv.field_size_limit(sys.maxsize)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared_dir / "corpora" / "wikinews_en" / name).open(newline="", encoding="utf-8") as f:
            for k, row in enumerate(csv.DictReader(f)):
                new, old = both(row["text"])
                assert rows(new) == rows(old), (name, k)
