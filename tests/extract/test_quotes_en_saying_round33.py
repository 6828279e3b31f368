"""Reported speech, round 33 (branch en-saying22): sentences written for these tests.

A report ends before the author's apposition that names or judges the statement itself
(:mod:`discourse.extract.quotes.lang.en.comment_apposition`): ", a claim X denied", ", a clear
shot at X", " - an allusion to Y".
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, cue, mention) of every quote found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


def _reports(text: str) -> list[str]:
    return [t for k, t, _, _ in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report", [
    ("The senator said the mayor had hidden the audit from the council, a claim the mayor "
     "denied on Friday.", "the mayor had hidden the audit from the council"),
    ("Ms Okafor said the next governor must not “divide” the state, a clear shot at her rival, "
     "who spoke an hour earlier.", "the next governor must not “divide” the state"),
    ("The minister told reporters the port would reopen within a week - an assertion the "
     "unions disputed.", "the port would reopen within a week"),
    ("He said some people in the party never learned to lose, a swipe at the former leader.",
     "some people in the party never learned to lose"),
    ("She said the city had been built by people who came from elsewhere, a nod to the "
     "migrants in the audience.", "the city had been built by people who came from elsewhere"),
    ("The coach said his players were tired, a remark that drew laughter from the room.",
     "his players were tired"),
    ("A week after the clerk testified that the judge had lied to her -- an allegation the judge "
     "denied -- the board opened an inquiry.", "the judge had lied to her"),
])
def test_a_comment_on_the_statement_ends_the_report(text, report):
    assert report in _reports(text), _quotes(text)


@pytest.mark.parametrize("text, report", [
    # an apposition to a noun of the report: its noun names no statement
    ("The senator said he spoke to the premier on Friday, a conversation that covered trade "
     "and fishing rights.", "he spoke to the premier on Friday, a conversation that covered "
     "trade and fishing rights"),
    ("The official said the guard fired once, a shot that hit the door.",
     "the guard fired once, a shot that hit the door"),
    # a pointed-remark noun without its preposition is no comment
    ("The critic said the film made a reference to the war, a reference few viewers caught.",
     "the film made a reference to the war, a reference few viewers caught"),
    # inside quotation marks the words are the speaker's own
    ('The lawyer said the witness had made "a statement, a claim, a story" about the night.',
     'the witness had made "a statement, a claim, a story" about the night'),
    # a name after the article is no common noun phrase
    ("The agent said the buyer was Mr Lowe, a Claim Services employee.",
     "the buyer was Mr Lowe, a Claim Services employee"),
])
def test_an_apposition_that_names_no_statement_stays_inside(text, report):
    assert report in _reports(text), _quotes(text)
