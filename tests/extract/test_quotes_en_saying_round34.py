"""Reported speech, round 34 (branch en-saying23): sentences written for these tests.

The subject of a verb of saying is read across an aside set off by a pair of dashes
(:mod:`discourse.extract.quotes.lang.en.dash_aside`): "The mayor — a Democrat — said P"; a
participle after a preposition and an adverb, then "that", is read as without the adverb
(:mod:`discourse.extract.quotes.lang.en.adverb_participle`): "before reluctantly admitting that
P"; "X reports, P" / "X wrote, P" is read as "X said, P"
(:mod:`discourse.extract.quotes.lang.en.comma_report`).
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


def _reports(text: str) -> list[tuple[str, str]]:
    return [(t, m) for k, t, _, m in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("Mr. Obama — making his fifth address to the nation — said the economy had turned the "
     "corner.", "the economy had turned the corner", "Mr. Obama"),
    ("The mayor — a Democrat — said the budget would be balanced by June.",
     "the budget would be balanced by June", "The mayor"),
    ("The mayor -- a Democrat -- told reporters that the budget would be balanced by June.",
     "the budget would be balanced by June", "The mayor"),
    ("The mayor - a Democrat - said that the budget would be balanced by June.",
     "the budget would be balanced by June", "The mayor"),
    ("The mayor – who took office in May – has said the budget would be balanced by June.",
     "the budget would be balanced by June", "The mayor"),
])
def test_a_dash_aside_between_subject_and_cue(text, report, mention):
    assert (report, mention) in _reports(text), _quotes(text)


def test_the_comma_form_is_read_as_before():
    text = "The mayor, a Democrat, said the budget would be balanced by June."
    assert ("the budget would be balanced by June", "The mayor") in _reports(text)


@pytest.mark.parametrize("text", [
    # a noun phrase object after the aside: an act, not a statement
    "The group — a splinter faction of the party — claimed responsibility for the attack in a "
    "statement emailed to reporters.",
    "The towns — including two on the coast — declared a state of emergency after the storm.",
    # no subject before the opening dash
    "The budget passed — a win for the mayor — said the paper.",
    # brackets are not read (see the module)
    "The mayor (a Democrat) said the budget would be balanced by June.",
])
def test_no_report_across_the_aside(text):
    assert _reports(text) == [], _quotes(text)


def test_a_hyphen_inside_a_word_is_no_dash():
    text = "The pro-Trump group said the budget would be balanced by June."
    assert ("the budget would be balanced by June", "The pro-Trump group") in _reports(text)


@pytest.mark.parametrize("text, report", [
    ("The minister resisted for weeks before reluctantly admitting that the plan had failed.",
     "the plan had failed"),
    ("The minister stayed silent for a day before finally saying that the plan had failed.",
     "the plan had failed"),
    ("The minister resigned after publicly acknowledging that the plan had failed.",
     "the plan had failed"),
])
def test_preposition_adverb_participle_that(text, report):
    assert (report, "The minister") in _reports(text), _quotes(text)


@pytest.mark.parametrize("text", [
    # an object, not a clause: an act
    "The workers were fired after publicly revealing their names to the press.",
    # an adverb after a comma is not taken by this rule
    "The minister spoke for an hour, falsely claiming victory in the vote.",
])
def test_preposition_adverb_participle_without_that_stays(text):
    assert _reports(text) == [], _quotes(text)


@pytest.mark.parametrize("text, report, mention", [
    ("ABC's Jane Doe reports, the senator will vote against the bill on Friday.",
     "the senator will vote against the bill on Friday", "ABC's Jane Doe"),
    ("Reuters wrote, the talks collapsed on Friday after a dispute over tariffs.",
     "the talks collapsed on Friday after a dispute over tariffs", "Reuters"),
    ("The agency reported, the talks collapsed on Friday after a dispute over tariffs.",
     "the talks collapsed on Friday after a dispute over tariffs", "The agency"),
])
def test_a_comma_after_a_verb_of_reporting(text, report, mention):
    assert (report, mention) in _reports(text), _quotes(text)


@pytest.mark.parametrize("text", [
    # "reports" the plural noun
    "At the time of the news reports, the mayor polled at three percent in the city.",
    "Per reports, the ship sank within an hour of the collision.",
    # no clause after the comma
    "The agency reported, citing nobody, on the collapse of the talks.",
])
def test_no_report_after_a_noun_or_without_a_clause(text):
    assert _reports(text) == [], _quotes(text)
