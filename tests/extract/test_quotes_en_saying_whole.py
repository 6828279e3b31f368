"""Reported speech in whole articles (issue 14, the dev9 round): the misses of fresh whole news
articles, by why they are missed. An aside between commas after the cue ("claimed, as of
Thursday, P", "reported, citing hospital data, P"); a relative clause whose subject is longer
than one word ("which the mayor said was …"); the subject before a restrictive "who" clause
("X who sponsored the bill remarked P"); a reported clause whose subject carries a long
appositive ("Hamza bin Laden, son of …, has been killed"); a semicolon before another source
("P; according to prosecutors, Q"); a report that ends before "citing X" or a gloss after its
quoted words ('"…," meaning …'); "saying" without a comma before a quotation. English
sentences of our own, with the negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, span text, cue, mention) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    return [(s, m) for k, s, _, m in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("The ministry claimed, as of Monday, it had no cases of the disease.",
     "it had no cases of the disease", "The ministry"),
    ("The Herald reported, citing hospital records, there were 40 deaths in May.",
     "there were 40 deaths in May", "The Herald"),
    ("The minister said, in a letter to staff, that the office would close.",
     "the office would close", "The minister"),
])
def test_an_aside_between_the_cue_and_its_clause(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "He said, in short, nothing.",
    "The agency reported, citing sources.",
    "“Stop,” Reyes says, before quickly turning away, almost as if nothing had happened.",
    "All told, in the first two years of my term, the city has built 40 schools.",
    "Of course, we might add, in addition to his record, that nobody has complained.",
])
def test_no_report_after_an_aside(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("He stayed home, which the mayor said was due to a cold.", "was due to a cold", "the mayor"),
    ("He left early, which his lawyer Dan Ross said was due to illness.",
     "was due to illness", "his lawyer Dan Ross"),
])
def test_a_relative_clause_with_a_longer_subject(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "That the union claims were exaggerated is clear.",  # a noun, not a verb of saying
    "What the coach actually said was that the team is tired.",  # a cleft: no "was that"
])
def test_no_relative_report(text):
    assert not any(s.startswith(("were", "was that")) for s, _ in _reports(text))


@pytest.mark.parametrize("text, report, mention", [
    ("State senator Ann Lee who sponsored the bill remarked the law was not enforceable.",
     "the law was not enforceable", "State senator Ann Lee"),
    ("The woman who had hired the lawyer told reporters she was relieved.",
     "she was relieved", "The woman"),
    ("The senator who wrote the bill said the law was fair.", "the law was fair", "The senator"),
])
def test_the_subject_before_a_restrictive_who(text, report, mention):
    assert _reports(text) == [(report, mention)]


@pytest.mark.parametrize("text, report, mention", [
    # the police's report, not the women's; the mayor's, not the reporter's
    ("He found four women who police said were murdered by the guard.",
     "were murdered by the guard", "police"),
    ("The reporter who wrote that the mayor said nothing was fired.", "nothing was fired",
     "the mayor"),
])
def test_who_keeps_the_subject_of_its_own_clause(text, report, mention):
    assert (report, mention) in _reports(text)


def test_a_clause_whose_subject_has_a_long_appositive():
    text = ("Officials said Omar bin Said, son of the late Al-Shabaab commander Ali bin Said, "
            "has been arrested in Kenya.")
    assert _reports(text) == [("Omar bin Said, son of the late Al-Shabaab commander Ali bin Said, "
                               "has been arrested in Kenya", "Officials")]


@pytest.mark.parametrize("text", [
    "Police said Omar, who was there, had left.",  # a relative clause, read as before
    "Police said Omar, and then his brother, had left.",
])
def test_an_appositive_rule_leaves_other_commas_alone(text):
    assert [s for s, _ in _reports(text)] in ([], [text[12:-1]])


@pytest.mark.parametrize("text, reports", [
    ("The county suggested the debt was a factor; according to prosecutors, he owed $9,000.",
     [("the debt was a factor", "The county"), ("he owed $9,000", "prosecutors")]),
    ("The mayor said the plan was costly; critics said it would fail.",
     [("the plan was costly", "The mayor"), ("it would fail", "critics")]),
])
def test_a_semicolon_before_another_source(text, reports):
    assert _reports(text) == reports


@pytest.mark.parametrize("text, report", [
    ("Several outlets reported the singer to be in hospital citing people close to her.",
     "the singer to be in hospital"),
    ('The governor claimed there were "good people on both sides," meaning the protesters.',
     'there were "good people on both sides,"'),
])
def test_where_a_report_ends(text, report):
    assert report in [s for s, _ in _reports(text)]


def test_citing_inside_the_report_stays():
    text = "He said the agency was citing old data in its report."
    assert _reports(text) == [("the agency was citing old data in its report", "He")]


def test_saying_without_a_comma_before_a_quotation():
    text = 'The governor explained her veto saying, "Today, I protected the budget."'
    assert ("direct", "Today, I protected the budget.", "saying", "The governor") in _quotes(text)


def test_someone_heard_saying_is_not_the_subject():
    text = 'He heard a man saying, "Stop the car!"'
    assert [m for k, _, _, m in _quotes(text) if k == "direct"] != ["He"]


@pytest.mark.parametrize("text", [
    "He pleaded guilty to 12 federal charges on condition they would drop the rest.",
    "She was convicted of related charges involving a stolen car.",
])
def test_charges_as_a_noun_reports_nothing(text):
    assert _reports(text) == []


def test_charges_that_is_a_verb():
    assert _reports("The lawsuit charges that the company broke the law.") == [
        ("the company broke the law", "The lawsuit")]


@pytest.mark.parametrize("text, reports", [
    ("As a result of the storm, according to a report from the city, ten roads were closed.",
     ["ten roads were closed"]),
    ("On Monday the mayor resigned, according to the newspaper.",
     ["On Monday the mayor resigned"]),
])
def test_an_introductory_phrase_before_according_to_is_no_report(text, reports):
    assert [s for s, _ in _reports(text)] == reports
