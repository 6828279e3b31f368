"""Reported speech, round 36 (branch en-saying25): sentences written for these tests.

- a coordinated verb of saying takes its subject behind an opening adverb and its comma, or a
  name with an apposition set off by commas (:mod:`discourse.extract.quotes.lang.en.coordinated_opening`);
- a titled name is the speaker of a relative report, "which Mr. Ortiz argues did"
  (:mod:`discourse.extract.quotes.lang.en.relative_title`);
- two-word reports that are whole clauses are kept: "which he said | was legal", "says | others
  agreed" (:mod:`discourse.extract.quotes.lang.en.short_reports`);
- "add X to Y" adds a thing and reports nothing (:mod:`discourse.extract.quotes.lang.en.added_thing`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("Afterward, the governor thanked the volunteers and said the bridge would reopen in March.",
     "the bridge would reopen in March", "the governor"),
    ("Later, she met the families and said the inquiry would be public.",
     "the inquiry would be public", "she"),
    ("Separately, he told reporters the budget was balanced and said the deficit would shrink.",
     "the deficit would shrink", "he"),
    ("Ms Okafor, the county's health director, visited the clinic and said the outbreak was "
     "under control.", "the outbreak was under control", "Ms Okafor"),
    ("In a letter to members, Dan Pruitt, a former union leader, criticized the deal and claimed "
     "the pension fund would run dry.", "the pension fund would run dry", "Dan Pruitt"),
])
def test_coordinated_cue_behind_adverb_or_apposition(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    # a list of names is no apposition: no subject, no report
    "Ortiz, Lee and Brown met on Monday and said they agreed on the plan.",
    # the comma after the apposition is not followed by a verb
    "Ms Okafor, the health director, and her deputy, Mr Lamb, said nothing.",
])
def test_no_apposition_subject_without_its_verb(text):
    assert all(m not in ("Ortiz", "Ms Okafor") for _, m in _reports(text))


@pytest.mark.parametrize("text, report, mention", [
    ("The tariffs, which Mr. Ortiz argues did lasting harm to farmers, were lifted in May.",
     "did lasting harm to farmers", "Mr. Ortiz"),
    ("The memo, which Sen. Ada Holm said was written in 2019, surfaced on Friday.",
     "was written in 2019", "Sen. Ada Holm"),
    ("He praised the treaty, which Dr. Weiss claims will cut emissions by half.",
     "will cut emissions by half", "Dr. Weiss"),
])
def test_titled_speaker_of_a_relative_report(text, report, mention):
    assert (report, mention) in _reports(text)


def test_titled_name_without_relative_word_is_unchanged():
    # a plain titled subject: the ordinary reading, the report after the cue
    assert ("the tariffs did lasting harm to farmers", "Mr. Ortiz") in _reports(
        "Mr. Ortiz argues the tariffs did lasting harm to farmers.")


@pytest.mark.parametrize("text, report", [
    ("The guard searched the bag, all of which he said was legal.", "was legal"),
    ("The council approved the budget, which she said was fair.", "was fair"),
    ("The senator backed the bill but says others refused.", "others refused"),
    ("Asked about the leak, the minister said she resigned.", "she resigned"),
])
def test_two_word_clause_reports_are_kept(text, report):
    assert report in [t for t, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "As he said he would, the mayor resigned.",  # an elided clause: "he would"
    "She said it again.",  # no clause
    "He told reporters.",  # a listener only
    "The coach said so.",
])
def test_two_word_stretches_that_are_no_clause_stay_out(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, thing", [
    ("The vote adds fuel to the already heated fight over the budget.",
     "fuel to the already heated fight over the budget"),
    ("The mayor also added some caution to the forecasts, saying the data were weak.",
     "some caution to the forecasts"),
    ("The museum added another painting from Mr. Hale: a portrait he had donated.",
     "another painting from Mr. Hale: a portrait he had donated"),
])
def test_a_thing_added_is_no_report(text, thing):
    assert thing not in [t for t, _ in _reports(text)]


@pytest.mark.parametrize("text, report", [
    ("He added the company would appeal to the state court.",
     "the company would appeal to the state court"),
    ("She added officials went to the site on Monday.", "officials went to the site on Monday"),
    ("The minister added that fuel to the region would be rationed.",
     "fuel to the region would be rationed"),
])
def test_add_with_a_clause_is_still_a_report(text, report):
    assert report in [t for t, _ in _reports(text)]


@pytest.mark.parametrize("text, report, mention", [
    ("The ruling drew criticism, with former Attorney-General Ann Cole saying the court had "
     "ignored the law.", "the court had ignored the law", "former Attorney-General Ann Cole"),
    ("The vote was delayed, with the committee chairman saying the text was not ready yet.",
     "the text was not ready yet", "the committee chairman"),
])
def test_with_absolute_subject_opening_lower_case(text, report, mention):
    assert (report, mention) in _reports(text)


def test_with_before_a_thing_is_no_speaker():
    # "with work starting": no verb of saying, nothing read
    assert _reports("The bridge will close, with work starting on Monday morning.") == []


@pytest.mark.parametrize("text, first, second", [
    ("Surveys differed, with Gallup saying the race was very close, and Ipsos saying the mayor "
     "led by nine points.", ("the race was very close", "Gallup"),
     ("the mayor led by nine points", "Ipsos")),
    ("Surveys differed, with Gallup saying the race was very close and the other pollster saying the "
     "mayor led by nine points.", ("the race was very close", "Gallup"),
     ("the mayor led by nine points", "the other pollster")),
])
def test_two_absolute_reports_in_a_row(text, first, second):
    got = _reports(text)
    assert first in got and second in got


def test_and_participle_without_with_is_unchanged():
    # no "with" before: the ordinary coordination inside the report is left alone
    got = _reports("The mayor said the road was closed and workers were clearing the snow.")
    assert ("the road was closed and workers were clearing the snow", "The mayor") in got


@pytest.mark.parametrize("text, circumstance", [
    ("“The bridge is safe,” a visibly tired engineer told the gathered residents on Sunday "
     "evening during a meeting at the town hall.", "during a meeting at the town hall"),
    ("“I never wanted this job,” she declared when she announced her run for the council in May.",
     "when she announced her run for the council in May"),
    ("“We owe the nurses everything,” the governor told the station in an interview, her first "
     "since the cases were found.", "her first since the cases were found"),
])
def test_the_cue_of_an_opening_quote_reports_nothing_else(text, circumstance):
    assert not any(circumstance in t for t, _ in _reports(text))


@pytest.mark.parametrize("text, report", [
    # a "that" clause after the quote's cue is a report of its own
    ("“On balance,” the auditor said that the agency sometimes overstates its savings.",
     "the agency sometimes overstates its savings"),
    # another cue after the quote's cue
    ("“You are not telling us everything,” Holm said when the minister replied that he could "
     "not recall the meeting.", "he could not recall the meeting"),
    # a participle after a comma
    ("“We are staying here,” he said, stressing that the union had voted twice for the strike.",
     "the union had voted twice for the strike"),
    # the quotation does not open the sentence
    ('He called the plan "a disaster," and Holm said the city would lose millions of dollars.',
     "the city would lose millions of dollars"),
])
def test_other_reports_near_a_quote_stay(text, report):
    assert report in [t for t, _ in _reports(text)]


@pytest.mark.parametrize("text, fragment", [
    ('The mayor called the councillors "cowards" for their vote on the budget.', "cowards"),
    ("The coach called him “a true leader” who had carried the team for years.", "a true leader"),
    ('She called it "absurd" to close the library in winter.', "absurd"),
])
def test_quoted_complement_is_a_partial_only(text, fragment):
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    assert fragment in [r.text for r in q.itertuples() if r.kind == "partial"]
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    # the article stands outside the marks: the name-calling is a report, as the gold has it
    ("He termed her a “corrupt oaf” and a “lousy traitor” in the speech.",
     "her a “corrupt oaf” and a “lousy traitor” in the speech"),
    # no marks at all
    ("She called the plan a disaster for the city and its schools.",
     "the plan a disaster for the city and its schools"),
])
def test_naming_reports_without_an_opening_quotation_stay(text, report):
    assert report in [t for t, _ in _reports(text)]
