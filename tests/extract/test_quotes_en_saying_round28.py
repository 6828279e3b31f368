"""Reported speech, round 28 (branch en-saying20): sentences written for these tests.

Verbless "Name: proposition" headlines that quote the speaker in marks
(:mod:`discourse.extract.quotes.lang.en.headline_verbless`); a verb of saying after "and" whose
form cannot be coordinated with the report's cue stays in the report
(:mod:`discourse.extract.quotes.lang.en.coordinated_form`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.coordinated_form import form_breaks_coordination
from discourse.extract.quotes.lang.en.headline_verbless import fragment_statement


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, cue, mention) of every quote found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, report, mention", [
    ("Maria Lopez: Council 'far too slow' on housing", "Council 'far too slow' on housing",
     "Maria Lopez"),
    ("Tom Reed: Tax plan 'a gift' to the richest families",
     "Tax plan 'a gift' to the richest families", "Tom Reed"),
    ("Grant: 'No deal' without the unions on board", "'No deal' without the unions on board",
     "Grant"),
    ("Helen Park: “Never again” for the old stadium plan",
     "“Never again” for the old stadium plan", "Helen Park"),
])
def test_a_verbless_headline_with_a_fragment_is_a_report(text, report, mention):
    found = [(t, m) for k, t, c, m in _quotes(text) if k == "indirect" and c == ":"]
    assert (report, mention) in found, _quotes(text)


@pytest.mark.parametrize("text", [
    # a topic: a possessive noun phrase with a word in marks
    "Ann Cole: The city council's 'historic' vote",
    # all in marks: a title or a direct quote, not a verbless report
    "Ann Cole: 'The Long Road Home'",
    # a question
    "Ann Cole: 'Too late' for the bridge?",
    # a verbless line without marks stays a topic
    "Ann Cole: A new chapter for the city library",
    # rubrics and labels stay out
    "Update: Council 'far too slow' on housing",
    "Photo: Mayor 'all smiles' at the opening",
])
def test_no_verbless_headline_report(text):
    assert [q for q in _quotes(text) if q[0] == "indirect" and q[2] == ":"] == []


def test_fragment_statement_reads_the_marks():
    assert fragment_statement("Obama 'too cautious' on trade")
    assert not fragment_statement("Obama too cautious on trade")
    assert not fragment_statement("'Too cautious'")
    assert not fragment_statement("The court's 'historic' ruling")
    assert not fragment_statement("Obama 'too cautious' on trade?")


# --- a verb of saying after "and" in another form than the cue: the report's own verb --------

def _reports(text: str) -> list[tuple[str, str]]:
    """(text, cue) of every ``indirect`` report found in ``text``."""
    return [(t, c) for k, t, c, m in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report", [
    ('Lena Ortiz said the mayor should "stop stalling" and reveal the full budget.',
     'the mayor should "stop stalling" and reveal the full budget'),
    ("Ortiz said the board would meet on Friday and announce its choice.",
     "the board would meet on Friday and announce its choice"),
    ("Ortiz said her best memory was of sitting on the porch singing and laughing with her aunt.",
     "her best memory was of sitting on the porch singing and laughing with her aunt"),
])
def test_a_coordinated_verb_in_another_form_stays_in_the_report(text, report):
    assert report in [t for t, c in _reports(text)], _reports(text)


@pytest.mark.parametrize("text, first, second", [
    # the same form as the cue: the speaker's next act
    ("Ortiz said the plan was sound and added that costs could rise.",
     "the plan was sound", "costs could rise"),
    ("Ortiz and Kim say the plan is sound and warn that costs could rise.",
     "the plan is sound", "costs could rise"),
])
def test_a_coordinated_cue_in_the_same_form_still_ends_the_report(text, first, second):
    reports = [t for t, c in _reports(text)]
    assert first in reports and second in reports, reports


def test_form_breaks_coordination():
    assert form_breaks_coordination("said", "reveal")
    assert form_breaks_coordination("told", "laughing")
    assert not form_breaks_coordination("said", "added")
    assert not form_breaks_coordination("say", "warn")
    assert not form_breaks_coordination("saying", "adding")
    assert not form_breaks_coordination("says", "warns")
