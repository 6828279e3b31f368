"""Reported speech, round 32 (branch en-saying21): sentences written for these tests.

A report inside ", who <cue> P," ends where the main clause resumes
(:mod:`discourse.extract.quotes.lang.en.relative_report_end`); "report", "tweets", "remarks",
"comments" carry a report after a possessor
(:mod:`discourse.extract.quotes.lang.en.possessed_nouns`); a listener of several words before
"that" after "told" (:mod:`discourse.extract.quotes.lang.en.listener_that`); the subject of a
participle of saying after an opening quotation (:mod:`discourse.extract.quotes.lang.en.quote_first`).
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
    ("Larkin, who says she never met the donor, quietly returned the money last week.",
     "she never met the donor"),
    ("The builder, who said the bridge was safe, has since closed it to lorries.",
     "the bridge was safe"),
    ("A tenant of the block, who says the landlord ignored her letters for a year, says the "
     "council must act.", "the landlord ignored her letters for a year"),
    ("Omar Haddad, who has long argued that the tax hurts farmers, voted for it on Tuesday.",
     "the tax hurts farmers"),
])
def test_a_report_in_a_relative_clause_ends_before_the_main_verb(text, report):
    assert report in _reports(text), _quotes(text)


@pytest.mark.parametrize("text, report", [
    # a participle inside the report: the last comma before a finite verb ends it
    ("Greene, who said the plan, unveiled on Monday, would fail, voted against it.",
     "the plan, unveiled on Monday, would fail"),
    # a new subject after the comma is the report's own second clause
    ("Patel, who says the vote was rigged, he will appeal.",
     "the vote was rigged, he will appeal"),
    # the comma closes an apposition inside the report: the verb after it is the report's
    ("The paper spoke to Ms Dale, who says she was 15 when Grant, then a city councillor, "
     "harassed her.", "she was 15 when Grant, then a city councillor, harassed her"),
])
def test_a_comma_without_the_main_verb_after_it_does_not_end_the_report(text, report):
    assert report in _reports(text), _quotes(text)


@pytest.mark.parametrize("text, report", [
    ("The mayor is trying to change the subject with her report that the council had overspent by "
     "two million pounds.", "the council had overspent by two million pounds"),
    ("Critics pointed to his tweets that the governor should resign at once.",
     "the governor should resign at once"),
    ("Reporters asked about the minister's remarks that the strike would fail.",
     "the strike would fail"),
    ("The club stood by its report that 40 fans had been hurt.", "40 fans had been hurt"),
])
def test_a_possessed_report_noun_carries_its_that_clause(text, report):
    assert report in _reports(text), _quotes(text)


@pytest.mark.parametrize("text", [
    # no possessor: a document or unsourced reports, left out as the gold leaves them
    "Officials studied a report that the river had flooded the valley.",
    "A report that was leaked on Monday shows the plan.",
    # a relative clause: the word after "that" is a verb
    "His comments that angered voters were played again on Sunday.",
    "Her report that he wrote in May is missing.",
])
def test_a_report_noun_without_possessor_or_clause_reports_nothing(text):
    assert not [r for r in _reports(text) if "report" not in r], _quotes(text)


def test_a_possessed_noun_after_in_leaves_the_report_to_its_verb():
    found = [(t, c) for k, t, c, _ in _quotes(
        "Mr. Hale said in his prepared remarks that the mill would close.") if k == "indirect"]
    assert found == [("the mill would close", "said")], found


@pytest.mark.parametrize("text, report", [
    ("The coach told players and other staff that the season was over.", "the season was over"),
    ("Patel told Border Force officials that the gate would stay shut.",
     "the gate would stay shut"),
    ("She told the mayor and his deputies that the budget could not pass.",
     "the budget could not pass"),
    ("Lee told Senate Majority Leader Ann Ford that she would vote against the bill.",
     "she would vote against the bill"),
    ("The flood reminds us all that the river needs a new wall.", "the river needs a new wall"),
])
def test_a_listener_of_several_words_before_that(text, report):
    assert report in _reports(text), _quotes(text)


@pytest.mark.parametrize("text, absent", [
    # a determiner after the listener opens the report: the rules' reading stays
    ("She told reporters the plan that he drafted was dead.", "he drafted was dead"),
    # a story told, no report
    ("He told a story that nobody believed.", "nobody believed"),
    # an object pronoun is the whole listener: "of a word that …" is no listener's
    ("The crisis reminded us of a word that we learn as children.", "we learn as children"),
])
def test_a_clause_or_a_thing_before_that_is_no_listener(text, absent):
    assert absent not in _reports(text), _quotes(text)


@pytest.mark.parametrize("text, report, mention", [
    ("“We will not back down,” the mayor said, adding the council had run out of time.",
     "the council had run out of time", "the mayor"),
    ('"We tried, we failed, and we learned," she said, adding she would run again in May.',
     "she would run again in May", "she"),
    ("“In Leeds, we saw it coming,” Ms Ward said, claiming the board ignored every warning.",
     "the board ignored every warning", "Ms Ward"),
])
def test_a_participle_after_a_quotation_and_its_tail_has_the_tail_speaker(text, report, mention):
    found = [(t, m) for k, t, _, m in _quotes(text) if k == "indirect"]
    assert (report, mention) in found, _quotes(text)


def test_a_participle_after_a_quotation_keeps_its_that_clause():
    text = "“It is over,” the coach said, adding that the club would appeal."
    assert ("the club would appeal", "the coach") in [
        (t, m) for k, t, _, m in _quotes(text) if k == "indirect"], _quotes(text)
