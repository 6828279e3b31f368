"""Reported speech, round 38 (branch en-saying27): sentences written for these tests.

- a discourse adverb set off by commas right after the cue ("He added, however, P") leaves P
  the report (:mod:`discourse.extract.quotes.lang.en.adverb_aside`);
- a time adverbial opening the sentence ("Earlier this week,", "Last week,", "Two days later,")
  before the subject of a coordinated cue ("… told X that P, but said Q")
  (:mod:`discourse.extract.quotes.lang.en.opening_time`);
- a participle report (", saying P") inside a sentence closed by a tail attribution (", the
  paper reported.") ends before the tail, and the tail's report is kept
  (:mod:`discourse.extract.quotes.lang.en.closing_tail_participle`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.adverb_aside import adverb_aside_end
from discourse.extract.quotes.lang.en.opening_time import opening_time_end
from discourse.extract.quotes.tokens import Toks, token_columns


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


def _toks(text: str) -> Toks:
    return Toks(*token_columns(text))


@pytest.mark.parametrize("text, report, mention", [
    ("He added, however, he does not know when the road will reopen.",
     "he does not know when the road will reopen", "He"),
    ("The mayor noted, though, the city had no money left for repairs.",
     "the city had no money left for repairs", "The mayor"),
    ("The treasurer said, in fact, the budget was balanced last year.",
     "the budget was balanced last year", "The treasurer"),
    ("She told reporters, however, the plan would be dropped.",
     "the plan would be dropped", "She"),
])
def test_report_after_adverb_aside(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "He said, however.",
    "She added, then left the room.",  # "then" is no aside; no clause follows
    "The mayor said, however, at the meeting.",  # no clause after the aside
])
def test_no_report_after_aside_without_clause(text):
    assert _reports(text) == []


def test_adverb_aside_end():
    toks = _toks("He said, of course, the vote was fair.")
    assert adverb_aside_end(toks, 2, len(toks.words)) == 6
    toks = _toks("He said, Mr. Brown was wrong.")
    assert adverb_aside_end(toks, 2, len(toks.words)) == -1


@pytest.mark.parametrize("text, report, mention", [
    ("Earlier this week, the senator told reporters that the vote was fair, but said she "
     "disagreed with the plan.", "she disagreed with the plan", "the senator"),
    ("Last week, the governor said the bridge was safe but said the road needed repairs.",
     "the road needed repairs", "the governor"),
    ("Two days later, the senator backed the bill and said the vote was fair.",
     "the vote was fair", "the senator"),
    ("Earlier this month, the 62-year-old economist told students that rates would rise, but "
     "said inflation was falling.", "inflation was falling", "the 62-year-old economist"),
    ("A week ago, she met the donors and told reporters the race was close.",
     "the race was close", "she"),
])
def test_coordinated_cue_after_opening_time(text, report, mention):
    assert (report, mention) in _reports(text)


def test_opening_time_end():
    toks = _toks("Earlier this week, the senator left and said P.")
    assert opening_time_end(toks, 0, len(toks.words)) == 4
    toks = _toks("Three days later, he said it.")
    assert opening_time_end(toks, 0, len(toks.words)) == 4
    toks = _toks("Last of all, he said it.")  # no unit of time
    assert opening_time_end(toks, 0, len(toks.words)) == 0
    toks = _toks("This week the senator left.")  # no comma: no opening adverbial read
    assert opening_time_end(toks, 0, len(toks.words)) == 0


def test_no_speaker_last_after_opening_time():
    # main read "Last" as the speaker of the coordinated cue
    reports = _reports("Last week, the senator said the vote was fair but said she disagreed "
                       "with the plan.")
    assert all(m != "Last" for _, m in reports)


@pytest.mark.parametrize("text, outer, outer_mention, inner, inner_mention", [
    ("The mayor criticized the plan, saying it would cost too much, the newspaper reported.",
     "The mayor criticized the plan, saying it would cost too much", "the newspaper",
     "it would cost too much", "The mayor"),
    ("Schumer criticized the bill after the vote failed, saying the president showed two "
     "unhelpful traits, ABC's Jane Doe writes.",
     "Schumer criticized the bill after the vote failed, saying the president showed two "
     "unhelpful traits", "ABC's Jane Doe",
     "the president showed two unhelpful traits", "Schumer"),
    ("The governor rejected the offer, arguing that it came too late, Reuters reported on "
     "Monday.", "The governor rejected the offer, arguing that it came too late", "Reuters",
     "it came too late", "The governor"),
])
def test_participle_report_inside_closing_tail(text, outer, outer_mention, inner,
                                               inner_mention):
    reports = _reports(text)
    assert (outer, outer_mention) in reports
    assert (inner, inner_mention) in reports


def test_participle_report_without_tail_unchanged():
    assert _reports("The mayor criticized the plan, saying it would cost too much.") == [
        ("it would cost too much", "The mayor")]
