"""Reported speech, round 37 (branch en-saying26): sentences written for these tests.

- an opening subordinate clause led by a measure of time ("Days after X said P, Y …") ends the
  report at its comma (:mod:`discourse.extract.quotes.lang.en.measured_subordinate`);
- "admitted/confessed to <gerund> …" reports the gerund phrase
  (:mod:`discourse.extract.quotes.lang.en.admitted_to`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.measured_subordinate import measured_subordinator
from discourse.extract.quotes.tokens import Toks, token_columns


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("Days after the mayor told reporters the budget was balanced, the council voted to cut "
     "spending.", "the budget was balanced", "the mayor"),
    ("Two weeks before the governor said the bridge was safe, a crack was found in its deck.",
     "the bridge was safe", "the governor"),
    ("Just hours after she claimed the vote was rigged, her lawyer withdrew the lawsuit.",
     "the vote was rigged", "she"),
    ("Shortly after the minister announced that the mine would close, workers blocked the road.",
     "the mine would close", "the minister"),
])
def test_report_ends_with_measured_subordinate_clause(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    # the subordinate clause holds no cue: the main clause's report is read as before
    ("Years after the war ended, the veterans say they were never thanked.",
     "they were never thanked", "the veterans"),
    ("Days later, the mayor said the bridge was safe.", "the bridge was safe", "the mayor"),
])
def test_main_clause_report_after_measured_clause(text, report, mention):
    assert (report, mention) in _reports(text)


def test_measured_subordinator_lead():
    toks = Toks(*token_columns("Two weeks after the vote, he left."))
    assert measured_subordinator(toks, 0, len(toks.words)) == 2
    toks = Toks(*token_columns("Five people died after the storm."))
    assert measured_subordinator(toks, 0, len(toks.words)) == 0  # no measure of time


@pytest.mark.parametrize("text, report, mention", [
    ("The senator admitted to taking bribes from a contractor.",
     "taking bribes from a contractor", "The senator"),
    ("Ms Varga admits to falsifying records after an audit of the clinic",
     "falsifying records", "Ms Varga"),
    ("The coach has admitted to lying to investigators about the payments.",
     "lying to investigators about the payments", "The coach"),
    ("He confessed to setting the fire, the prosecutor said.", "setting the fire", "He"),
])
def test_admitted_to_gerund(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The senator was admitted to the hospital on Monday.",
    "The lawyer was admitted to the bar in 1998.",
    "She objected to paying the fine.",
])
def test_no_admission_without_gerund_or_cue(text):
    assert _reports(text) == []
