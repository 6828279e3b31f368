"""Reported speech, round 39 (branch en-saying28): sentences written for these tests.

- "and" / "or" before the subject of a second cue joins two nouns of the report's subject when
  the report's words before it hold no verb ("He said the senator and the governor agreed to a
  deal"), and cuts the report only when they form a clause
  (:mod:`discourse.extract.quotes.lang.en.conjoined_nouns`); a participle after the conjunction
  ("stressing X and providing Y") still cuts.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.conjoined_nouns import joins_nouns
from discourse.extract.quotes.tokens import Toks, token_columns


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


def _toks(text: str) -> Toks:
    return Toks(*token_columns(text))


@pytest.mark.parametrize("text, report, mention", [
    ("He said the senator and the governor agreed to a deal.",
     "the senator and the governor agreed to a deal", "He"),
    ("The envoy said the unions and the employers agreed on Friday to end the strike.",
     "the unions and the employers agreed on Friday to end the strike", "The envoy"),
    ("After two days of talks, the minister said, the Canadians and the Mexicans agreed to lift "
     "the duties.", "the Canadians and the Mexicans agreed to lift the duties", "the minister"),
    ("She told reporters that he and his lawyer admitted to the error in a letter.",
     "he and his lawyer admitted to the error in a letter", "She"),
])
def test_coordinated_subject_keeps_the_report(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report", [
    # a clause before "and": the second cue's clause is cut off as before
    ("He said prices rose and the governor agreed to act.", "prices rose"),
    ("The mayor said the budget was balanced and the council noted that taxes would rise.",
     "the budget was balanced"),
    ("The aide said the vote would pass and the senator agreed.", "the vote would pass"),
    # a participle after "and" has no subject: the first participle's report ends before it
    ("Many letters have come from all regions, stressing the urgency of the crisis and "
     "providing detailed figures on its costs.", "the urgency of the crisis"),
])
def test_clause_before_the_conjunction_still_cuts(text, report):
    assert report in [r for r, _ in _reports(text)]


def test_joins_nouns_reads_the_words_before_the_conjunction():
    t = _toks("the senator and the governor agreed")
    assert joins_nouns(t, 0, 2, 5)
    t = _toks("the talks collapsed and the governor agreed")
    assert not joins_nouns(t, 0, 3, 6)
    t = _toks("the senator but the governor agreed")
    assert not joins_nouns(t, 0, 2, 5)  # "but" joins clauses only
    t = _toks("he wins and the governor agreed")
    assert not joins_nouns(t, 0, 2, 5)
    t = _toks("the gravity of the situation and providing detailed testimony")
    assert not joins_nouns(t, 0, 5, 7)  # a participle after "and": no noun joined
