"""Reported speech, round fifteen (the misses of the sixth NewsMTSC saying set's dev part and of
the other sets' dev parts): a report nested in a report ("X said the Clinton camp said P": both
are attributions, the inner one was dropped as overlapping). English sentences of our own, with
the negatives: topics ("discussed the budget", "announced his candidacy"), non-speech uses
("said to be", "the said bill", "considered moving") and words the rules take for cues inside a
report ("the cockpit voice recorder", "recently announced changes")."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, cue, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, outer, inner", [
    ("The reporter said the governor's office said the bridge would reopen in May.",
     ("the governor's office said the bridge would reopen in May", "The reporter"),
     ("the bridge would reopen in May", "the governor's office")),
    ("Ms. Lane said she was told by the county clerk that the ballots had been counted twice.",
     ("she was told by the county clerk that the ballots had been counted twice", "Ms. Lane"),
     ("the ballots had been counted twice", "the county clerk")),
    ("The lawyer said his client told investigators he had never met the donor.",
     ("his client told investigators he had never met the donor", "The lawyer"),
     ("he had never met the donor", "his client")),
    ("Officials said the ministry announced the talks had collapsed.",
     ("the ministry announced the talks had collapsed", "Officials"),
     ("the talks had collapsed", "the ministry")),
])
def test_a_report_nested_in_a_report_is_kept_at_both_levels(text, outer, inner):
    found = {(r, m) for r, _, m in _reports(text)}
    assert outer in found and inner in found, found


@pytest.mark.parametrize("text, report", [
    # a noun compound, a participle, a verb taken for a cue inside the report: no inner report
    ("The agency announced the cockpit voice recorder has been recovered from the sea.",
     "the cockpit voice recorder has been recovered from the sea"),
    ("Mr. Dunn said he believed recently announced changes to the rules would help.",
     "he believed recently announced changes to the rules would help"),
    ("The minister said the virus claimed 600 lives in the region last month.",
     "the virus claimed 600 lives in the region last month"),
    ("The senator said the committee discussed the budget on Tuesday.",
     "the committee discussed the budget on Tuesday"),
    ("Aides said the governor announced his candidacy in a video.",
     "the governor announced his candidacy in a video"),
    ("The chairman said the said bill would be read again.", "the said bill would be read again"),
    ("Staff said the mayor is said to be considering moving the office.",
     "the mayor is said to be considering moving the office"),
])
def test_no_inner_report_without_a_speaker_and_a_verb_of_saying(text, report):
    assert [r for r, _, _ in _reports(text)] == [report]


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, span text) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text) for r in q.itertuples()]


@pytest.mark.parametrize("text, report, fragment", [
    ('The governor accused the council of "wasting every dollar it touches" at the hearing.',
     'the council of "wasting every dollar it touches" at the hearing',
     "wasting every dollar it touches"),
    ("Her rival accused her of “breathtaking hypocrisy.”",
     "her of “breathtaking hypocrisy.”", "breathtaking hypocrisy."),
])
def test_a_charge_in_marks_is_a_report_and_its_fragment(text, report, fragment):
    found = _kinds(text)
    assert ("indirect", report) in found and ("partial", fragment) in found, found


@pytest.mark.parametrize("text, fragment", [
    ('The mayor called the plan "a disaster for the city."', "a disaster for the city."),
    ('He was accused of "heinous crimes" by the opposition.', "heinous crimes"),
    ('The senator discussed the "accused" label with reporters.', None),
])
def test_a_judgement_all_in_marks_and_a_passive_charge_stay_fragments(text, fragment):
    found = _kinds(text)
    assert not [t for k, t in found if k == "indirect"], found
    if fragment is not None:
        assert ("partial", fragment) in found, found


@pytest.mark.parametrize("text, report", [
    ("Durkin said the budget compromise represents a new era in Springfield.",
     "the budget compromise represents a new era in Springfield"),
    ("The mayor said the city council approves the budget each year.",
     "the city council approves the budget each year"),
])
def test_a_compound_noun_subject_and_its_verb_open_a_report(text, report):
    assert [r for r, _, _ in _reports(text)] == [report]


@pytest.mark.parametrize("text", [
    "The mayor announced the city budget plans on Monday.",  # a noun phrase, no clause
    "The governor discussed the state budget talks with lawmakers.",  # a topic
])
def test_a_compound_noun_phrase_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("And while the program is new to the department, it is not new to officers, Wolf said.",
     "while the program is new to the department, it is not new to officers", "Wolf"),
    ("But the plan will fail in the Senate, he said.", "the plan will fail in the Senate", "he"),
    ("And the bridge will stay closed until May, the mayor's office said.",
     "the bridge will stay closed until May", "the mayor's office"),
])
def test_a_sentence_opening_with_a_connective_reports_the_clause_after_it(text, report, mention):
    assert [(r, m) for r, _, m in _reports(text)] == [(report, mention)]


@pytest.mark.parametrize("text", [
    "And the senator discussed the budget, aides said to be tired, late into the night.",
    "But the said bill, considered moving to a vote, stalled.",
])
def test_no_tail_report_without_a_closing_attribution(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "McCain told reporters outside the White House following a meeting that he had with Obama.",
    "There are two basic charges against the secretary, and one is more serious than the other.",
    "The senator spoke against the bill during the debate on Tuesday.",
])
def test_an_adverbial_of_place_or_circumstance_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The mayor told reporters outside city hall the budget would pass.", "the budget would pass"),
    ("The governor told reporters near the border the wall would not be finished this year.",
     "the wall would not be finished this year"),
])
def test_the_report_after_an_adverbial_of_place(text, report):
    assert [r for r, _, _ in _reports(text)] == [report]


@pytest.mark.parametrize("text, report", [
    ('.@GovBush spox @jdoe says the shift in policy is "unsurprising" pic.twitter.com/md07aB3 '
     "I guess the advice wasn't so bad after all?", 'the shift in policy is "unsurprising"'),
    ("The senator says the campaign had contact with Russia https://t.co/LBw3Bd5Htk But on "
     "Tuesday night, outlets reported otherwise.", "the campaign had contact with Russia"),
])
def test_a_report_in_a_post_ends_at_the_posts_link(text, report):
    assert report in [r for r, _, _ in _reports(text)]


def test_a_link_inside_no_post_leaves_the_report_whole():
    text = "The agency said the form at example.com/pic.twitter.com is fake."
    assert [r for r, _, _ in _reports(text)] == ["the form at example.com/pic.twitter.com is fake"]


@pytest.mark.parametrize("text, report, mention", [
    ("Trump blasted Biden as a career politician.", "Biden as a career politician", "Trump"),
    ("The campaign criticized the commutation as an abuse of power.",
     "the commutation as an abuse of power", "The campaign"),
    ("The governor dismissed the audit as a partisan stunt.", "the audit as a partisan stunt",
     "The governor"),
    ("The minister hailed the agreement as historic.", "the agreement as historic", "The minister"),
])
def test_a_verb_of_judging_with_x_as_y_is_a_report(text, report, mention):
    assert [(r, m) for r, _, m in _reports(text)] == [(report, mention)]


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy as troops advanced on the town.",  # the author's clause
    "She hailed a cab as it passed the station.",
    "Militants attacked the base as part of an offensive.",  # an idiom
    "The minister condemned the attack as well.",
    "The bill was praised as a breakthrough.",  # a passive: no speaker
    "The senator discussed the budget as a priority.",  # no verb of judging
])
def test_no_judgement_without_an_object_and_its_predicate(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "Rubio criticized Christie’s record as governor and then his policies.",  # an office
    "The host condemned Mueller as special counsel in the past.",
])
def test_an_office_held_as_is_no_judgement(text):
    assert _reports(text) == []


def test_a_tail_report_opening_with_despite_stays():
    text = "Despite signs of recovery on Sunday, he died on Monday, officials said."
    assert [r for r, _, _ in _reports(text)] == ["Despite signs of recovery on Sunday, he died on Monday"]


@pytest.mark.parametrize("text, report, mention", [
    ("He found four women who police said were murdered by the guard.",
     "were murdered by the guard", "police"),
    ("It was the last of four killings that authorities said were committed by Ortiz, a former "
     "agent of the Border Patrol.",
     "were committed by Ortiz, a former agent of the Border Patrol", "authorities"),
])
def test_a_report_in_a_relative_clause_after_who(text, report, mention):
    assert [(r, m) for r, _, m in _reports(text)] == [(report, mention)]


@pytest.mark.parametrize("text", [
    "The officials who were said to be responsible resigned.",  # "said to be": no speaker
    "Voters who discussed the budget were angry.",
])
def test_no_report_in_a_relative_clause_without_a_speaker(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("Officials state the plan will fail.", "the plan will fail", "Officials"),
    ("Residents claim the water is unsafe.", "the water is unsafe", "Residents"),
])
def test_a_present_tense_cue_after_a_plural_subject_opening_the_sentence(text, report, mention):
    assert [(r, m) for r, _, m in _reports(text)] == [(report, mention)]


@pytest.mark.parametrize("text", [
    "Texas state law requires a permit for the march.",  # "state" a noun
    "Republicans claim the majority in the House.",  # no clause: a claim to a thing
])
def test_a_noun_like_cue_after_a_name_stays_a_noun(text):
    assert _reports(text) == []


def test_two_connectives_opening_a_tail_report_are_left_out():
    text = "And yet, if anything, the study does not go far enough, Garrett says."
    assert [r for r, _, _ in _reports(text)] == ["if anything, the study does not go far enough"]
