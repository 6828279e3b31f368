"""Reported speech in whole articles (issue 14, the dev10 round): what recurs across the fresh
split dev10 and the earlier Wikinews dev splits. "X answered some questions" is an act, not a
report; a bare "reports" ("According to reports, P", "Reports said P") names no source. English
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


@pytest.mark.parametrize("text", [
    "The mayor answered some questions about her budget from our reporter.",
    "Smith answered a series of questions for this newspaper's correspondent.",
    "The senator answered several further questions on Tuesday.",
])
def test_answering_questions_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("The mayor answered the budget was balanced.", "the budget was balanced", "The mayor"),
    ("She answered that questions about her health were overblown.",
     "questions about her health were overblown", "She"),
])
def test_answering_with_a_clause_is_still_a_report(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "According to reports, the minister was unable to attend the summit.",
    "The party lost a dozen seats, according to preliminary reports, and its leader resigned.",
    "Reports said the two men were treated for minor injuries.",
    "On Sunday, reports said the storm had reached the coast.",
    "Reports indicate the bridge may have collapsed under the weight of the trucks.",
])
def test_a_bare_reports_names_no_source(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("According to local news reports, the mayor resigned on Monday.",
     "the mayor resigned on Monday", "local news reports"),
    ("According to the reports, two people were injured in the blast.",
     "two people were injured in the blast", "the reports"),
    ("According to eyewitness reports, the gunman wore a mask.",
     "the gunman wore a mask", "eyewitness reports"),
    ("The state agency reports the factory closed in March.",
     "the factory closed in March", "The state agency"),
])
def test_a_source_with_a_determiner_or_a_kind_is_kept(text, report, mention):
    assert (report, mention) in _reports(text)


def test_a_named_report_inside_an_agentless_one_is_kept():
    text = ("According to reports, critics within the party have said the leader ignored the "
            "warnings of his advisers.")
    got = _reports(text)
    assert [s for s, _ in got] == ["the leader ignored the warnings of his advisers"]
    assert got[0][1] != "reports"


@pytest.mark.parametrize("text, report, mention", [
    ("In a study published on Monday, researchers from Leeds University and the Royal Botanic "
     "Gardens reported the fungus may spread faster in warm soil.",
     "the fungus may spread faster in warm soil",
     "researchers from Leeds University and the Royal Botanic Gardens"),
    ("Officials in Canada and the United States said the border would reopen in May.",
     "the border would reopen in May", "Officials in Canada and the United States"),
    ("The mayor of Lyon and the mayor of Turin said the tunnel would open next year.",
     "the tunnel would open next year", "The mayor of Lyon and the mayor of Turin"),
])
def test_two_coordinated_sources_are_one_mention(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    # the phrase before "and" is a clause ("hired Smith"), not a first conjunct
    ("In 2019, the company hired Smith and the mayor said the deal was fair.",
     "the deal was fair", "the mayor"),
    # the phrase before "and" does not open its clause
    ("When the mayor of Lyon and the mayor of Turin said the tunnel would open, nobody cheered.",
     "the tunnel would open", "the mayor of Turin"),
])
def test_no_coordination_across_a_clause(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    ("The US has further indicated no aid will come without elections.",
     "no aid will come without elections", "The US"),
    ("US officials said the talks would resume in June.",
     "the talks would resume in June", "US officials"),
    ("The US government has said the embassy will stay open.",
     "the embassy will stay open", "The US government"),
])
def test_the_us_is_the_country_not_the_pronoun(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "Let us remind readers that the rules apply.",
    "Listed US states as having members were Ohio, Iowa and Utah.",
])
def test_the_pronoun_us_and_us_states_give_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The governor has claimed widespread voter fraud in three counties.",
     "widespread voter fraud in three counties"),
    ("The city announced new parking restrictions for the weekend.",
     "new parking restrictions for the weekend"),
    ("The rebel group claimed responsibility for the bombing of the bridge.",
     "responsibility for the bombing of the bridge"),
])
def test_content_nouns_after_a_cue(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "The rebel group claimed responsibility.",
    "The minister announced the measures on Tuesday.",
])
def test_no_content_without_a_complement_or_with_an_anaphoric_object(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "Findings also suggested the colony may shrink by half.",
    "The evidence suggests the fire started in the kitchen.",
])
def test_findings_and_evidence_are_no_speakers(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "Japan and Korea have pledged funds and the city is raising a levy toward the rebuilding.",
    "The activist promised marches every week until the law was repealed.",
    "The prime minister vowed support for the farmers, while the opposition called for talks.",
    "The senator had a total of 412 pledged delegates; her rival trailed her.",
])
def test_what_was_pledged_or_promised_is_no_report(text):
    assert _reports(text) == []


def test_a_promise_after_that_is_left_as_it_was():
    assert ("the plant would stay open", "The mayor") in _reports(
        "The mayor promised that the plant would stay open.")


@pytest.mark.parametrize("text, clause", [
    ("The governor has promised each family will receive a payment.",
     "each family will receive a payment"),
    ("The minister vowed the new line would open next year.",
     "the new line would open next year"),
])
def test_a_promised_clause_without_that_is_a_report(text, clause):
    assert [c for c, _ in _reports(text)] == [clause]


@pytest.mark.parametrize("text", [
    "The senator expressed concern about the number of people buying guns.",
    "She also expressed a desire to work with the new governor.",
    "Many residents expressed their anger on social media.",
])
def test_an_expressed_stance_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The minister has expressed she is unwilling to stand again.",
     "she is unwilling to stand again"),
    ("As a boy, Smith expressed intent to become a pilot.", "intent to become a pilot"),
])
def test_express_with_a_clause_or_an_intention_is_kept(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text, report, mention", [
    ("Her resignation was announced by the party chairman on Friday.", "Her resignation",
     "the party chairman"),
    ("The allegation was denied by Tom Baker, the club's lawyer.", "The allegation", "Tom Baker"),
])
def test_a_content_subject_of_a_passive_with_an_agent(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The outbreak was first confirmed by the government on Monday.",
    "The news was independently confirmed by Reuters.",
    "The figures were reported by the agency as such.",
])
def test_a_topic_subject_of_a_passive_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("The rebel group, the National Front for the Liberation of Kivu, claimed responsibility "
     "for the raid.", "responsibility for the raid",
     "The rebel group, the National Front for the Liberation of Kivu"),
    ("The state broadcaster reported her cause of death as heart failure.",
     "her cause of death as heart failure", "The state broadcaster"),
])
def test_an_organisation_named_in_apposition_and_a_cause_of_death(text, report, mention):
    assert (report, mention) in _reports(text)


def test_a_lower_case_appositive_is_no_name():
    assert _reports("The police chief, the man who led the raid, said it went well.") == [
        ("it went well", "The police chief")]
