"""The rules of the second English grid (issue 14, helper en-grid2), on sentences written for
this test: a pronoun after "briefed on" is part of the source, a report ends before ", but Y
disagreed", "according to X, the agency's director," keeps its description out of the report,
"P, X said, speaking on condition of anonymity" reports P alone, and in "Y spoke with X, who
said P" X speaks. Each rule's neighbours that must keep their old reading are asked too."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers

_ACTORS = load_actors()


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report in ``text``, in text order."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS).sort_values("start")
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", [
    # a pronoun object of "briefed on" belongs to the source, never the speaker by itself
    ("Two diplomats briefed on it said the ferry line would reopen in June.",
     [("the ferry line would reopen in June", "Two diplomats briefed on it")]),
    ("Sources briefed on it said the vote was delayed.",
     [("the vote was delayed", "Sources briefed on it")]),
    # a pronoun subject keeps its old reading
    ("The mayor met the aides. They said the vote was delayed.",
     [("the vote was delayed", "They")]),
    # ", but Y disagreed": the report ends before the reaction clause
    ("Paul Varga said the bridge was safe, but the engineer disagreed, saying it needed repairs.",
     [("the bridge was safe", "Paul Varga"), ("it needed repairs", "the engineer")]),
    ("The coach said the team was ready, while Ana Ruiz sharply objected.",
     [("the team was ready", "The coach")]),
    ("Paul Varga said the bridge was safe, but he later countered that it needed repairs.",
     [("the bridge was safe", "Paul Varga"), ("it needed repairs", "he")]),
    # the reaction is inside the report when it goes on past the verb
    ("Paul Varga said the plan failed because the council objected to the fee.",
     [("the plan failed because the council objected to the fee", "Paul Varga")]),
    # "According to X, <determined description>, <clause>": the description is X's
    ("According to Ana Ruiz, the school's principal, classes will resume on Monday.",
     [("classes will resume on Monday", "Ana Ruiz, the school's principal")]),
    ("According to Ana Ruiz, her lawyer, the contract was never signed.",
     [("the contract was never signed", "Ana Ruiz, her lawyer")]),
    ("The classes, according to Ana Ruiz, the school's principal, will resume on Monday.",
     [("The classes", "Ana Ruiz, the school's principal"),
      ("will resume on Monday", "Ana Ruiz, the school's principal")]),
    # a determined noun phrase opening the report, with its own apposition, stays the report's
    ("According to Ana Ruiz, the principal, Tom Hale, will resign.",
     [("the principal, Tom Hale, will resign", "Ana Ruiz")]),
    # "P, X said, <the speaker's participle>": P alone
    ("The ferry line will reopen in June, one official said, speaking on condition of anonymity.",
     [("The ferry line will reopen in June", "one official")]),
    ("The ferry line will reopen in June, Paul Varga, the port's director, said, without "
     "elaborating.", [("The ferry line will reopen in June", "Paul Varga, the port's director")]),
    # a cue's participle opens a report of its own, the one after "that"
    ("The ferry line will reopen in June, Paul Varga, the port's director, said, adding that "
     "fares will rise.", [("The ferry line will reopen in June", "Paul Varga, the port's director"),
                          ("fares will rise", "Paul Varga, the port's director")]),
    # after a preposition the -ing word continues the report
    ("The mayor did nothing right, except, she said, keeping the pools open.",
     [("The mayor did nothing right, except", "she"), ("keeping the pools open", "she")]),
    # "who said P" after an object: the relative clause's antecedent speaks
    ("The mayor met with Ana Ruiz, who said that fares will rise.",
     [("fares will rise", "Ana Ruiz")]),
    ("The mayor spoke with Gov. Ana Ruiz, who told reporters that fares will rise.",
     [("fares will rise", "Gov. Ana Ruiz")]),
    # with no relative clause the sentence's subject still speaks
    ("The mayor, in a call with Ana Ruiz, said that fares will rise.",
     [("fares will rise", "The mayor")]),
])
def test_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected
