"""Reported speech, round eleven (the misses of the fourth NewsMTSC saying set's dev part):
an adverb between a pronoun subject and its verb ("said he also expects P"), a restrictive
relative clause in the report's subject ("said anyone who knows … should call"), a speaker
postmodified by a participle ("…, four people briefed on the talks said."), a bare "said"
after a long subject ("X, her campaign hit by …, said Y owes …"), a conditional opening the
report ("said if P, Q"), a noun's clause whose verb has an object of its own ("a warning that
the country faces a choice"), and the short first part of an interrupted report ("That
decision, he said, may have …"). English sentences of our own, with the negatives: topics
("discussed the budget", "announced his candidacy"), non-speech uses ("said to be", "the said
bill", "considered moving"), questions ("asked if"), relative clauses after a noun ("the claims
that he made"), a connective or framing phrase before an interrupting attribution ("But, he
said, …", "In between, she testified, …")."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, cue, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("Rob Portman said he also expects the president to win the debate.",
     "he also expects the president to win the debate", "Rob Portman"),
    ("The governor said Sunday she still believes the bridge can be saved.",
     "she still believes the bridge can be saved", "The governor"),
    ("Senator Lee, who has opposed the plan, said they never wanted a shutdown.",
     "they never wanted a shutdown", "Senator Lee"),
])
def test_adverb_between_pronoun_and_verb(text, report, mention):
    assert (report, "said", mention) in _reports(text)


def test_a_pronoun_after_said_opens_the_report_not_an_inverted_speaker():
    # the clause after "said" is the report; the subject's relative clause is no report
    found = _reports("Rob Portman, who has played Obama in rehearsals, said he expects the "
                     "president to come out swinging.")
    assert found == [("he expects the president to come out swinging", "said", "Rob Portman")]


def test_restrictive_relative_clause_in_the_reports_subject():
    assert ("anyone who knows where the boy is should call 911 immediately", "said",
            "The sheriff") in _reports(
        "The sheriff said anyone who knows where the boy is should call 911 immediately.")


@pytest.mark.parametrize("text, report, mention", [
    ("The plan was dropped after a heated meeting, four people briefed on the discussions said.",
     "The plan was dropped after a heated meeting", "four people briefed on the discussions"),
    ("The talks stalled over money, two officials involved in the negotiations said.",
     "The talks stalled over money", "two officials involved in the negotiations"),
])
def test_speaker_postmodified_by_a_participle(text, report, mention):
    assert (report, "said", mention) in _reports(text)


def test_bare_said_report_ends_before_the_subjects_next_act():
    text = ("The activist has sought refuge in Chile and in a letter sent to President Maria Lopez "
            "seen by the Guardian, said the government was persecuting him, but made it clear he "
            "did not intend to be silenced.")
    found = [(r, c) for r, c, _ in _reports(text)]
    assert ("the government was persecuting him", "said") in found
    assert ("he did not intend to be silenced", "made it clear") in found


def test_bare_said_after_a_long_subject():
    text = ("The senator, her campaign hurt on Friday by newly released emails about the contract, "
            "said Inspector General Tom Ward owes voters a full account.")
    found = _reports(text)
    assert [r for r, _, _ in found] == ["Inspector General Tom Ward owes voters a full account"]
    # "newly released emails that …" is a noun, no cue of its own
    assert not any(c == "emails" for _, c, _ in found)


@pytest.mark.parametrize("text, report", [
    ("Mr. Yoo said if the justices side with the president, it opens the way for a future "
     "president to stop enforcing tax laws.",
     "if the justices side with the president, it opens the way for a future president to stop "
     "enforcing tax laws"),
    ("The mayor said unless the council acts, the library will close in May.",
     "unless the council acts, the library will close in May"),
])
def test_conditional_opens_the_report(text, report):
    assert report in [r for r, _, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "Reporters asked if the justices would side with the president, and the spokesman left.",
    "She wondered if the bill would pass, but nobody knew.",
])
def test_if_after_a_question_verb_is_no_report(text):
    assert _reports(text) == []


def test_noun_clause_whose_verb_has_an_object():
    text = ("In his address, Obama returned to a warning that the country faces a choice between "
            "hope and fear.")
    assert ("the country faces a choice between hope and fear", "warning", "") in _reports(text)


@pytest.mark.parametrize("text", [
    "The senator repeated the claims that he made to the committee last year.",
    "She dismissed the allegations that he faces in court.",
    "Critics pointed to the claims that he made the day before.",
])
def test_relative_clause_after_a_noun_stays_no_report(text):
    assert not any(c in ("claims", "allegations") for _, c, _ in _reports(text))


@pytest.mark.parametrize("text, head, rest, cue", [
    ("That decision, he said, may have given some voters the wrong impression.",
     "That decision", "may have given some voters the wrong impression", "said"),
    ("The world, Fukuyama argued, had arrived at the end of history.",
     "The world", "had arrived at the end of history", "argued"),
    ("Mr. Bratton, the mayor noted, earned a reputation as a reformer in Los Angeles.",
     "Mr. Bratton", "earned a reputation as a reformer in Los Angeles", "noted"),
])
def test_short_head_of_an_interrupted_report(text, head, rest, cue):
    found = [(r, c) for r, c, _ in _reports(text)]
    assert (head, cue) in found and (rest, cue) in found


@pytest.mark.parametrize("text, head", [
    # the speaker's adverbial is part of what was said (the gold splits the sentence in two)
    ("Right now, the mayor said, the city has no money for new buses.", "Right now"),
    ("Either way, said Vladeck, it is hard to judge the record from the outside.", "Either way"),
])
def test_two_word_adverbial_head_is_kept(text, head):
    assert head in [r for r, _, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "But, he said, the plan failed because nobody paid for it.",
    "Still, she added, the money ran out before the spring.",
    "In between, she testified, the two men spoke by phone twice.",
    "Sadly, however, the senator said, the bill died in committee.",
])
def test_connective_or_framing_phrase_before_an_attribution_is_no_report(text):
    found = [r for r, _, _ in _reports(text)]
    assert len(found) == 1 and not found[0].startswith(("But", "Still", "In", "Sadly"))


@pytest.mark.parametrize("text", [
    "The committee discussed the budget on Tuesday.",
    "He announced his candidacy for governor in Dallas.",
    "The mine is said to be the deepest in the country.",
    "The said bill never reached the floor of the Senate.",
    "The company considered moving its headquarters to Texas.",
    "The senator, who has said little, voted against the bill.",
    "The governor said little about the budget on Tuesday.",
])
def test_topics_and_non_speech_uses_are_no_reports(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "One of her rivals, former state senator Kelli Ward, ran against McCain in the primary.",
    "The bill was backed by state lawmakers and signed in May.",
])
def test_state_before_a_noun_is_no_cue(text):
    assert not any(c == "state" for _, c, _ in _reports(text))


def test_report_in_the_present_perfect_ends_before_the_authors_as_clause():
    text = ("The nominee said Sunday that nothing has changed about the party's position on trade, "
            "as the campaign moved to tamp down criticism of the plan.")
    assert [r for r, _, _ in _reports(text)] == [
        "nothing has changed about the party's position on trade"]
    # a clause after "as" with no determiner or name opening it stays in the report
    plain = "The mayor said the city is safe, as crime fell last year."
    assert [r for r, _, _ in _reports(plain)] == ["the city is safe, as crime fell last year"]


def test_report_whose_subject_stands_before_the_quoted_predicate_is_kept():
    text = ("Noting that the senator has renounced outside money, Mr. Borosage added that he "
            "“will never have as much money as his rival, but he will have enough to compete.”")
    assert any(r.startswith("he “will never have") and c == "added" for r, c, _ in _reports(text))
    # a clause all in marks after "that" stays a fragment only (Wikinews: "wrote that “…”")
    alone = "The team wrote that “guns are far more lethal than any other means of harm.”"
    assert not any(c == "wrote" for _, c, _ in _reports(alone))


def test_poll_respondents_most_likely_to_say():
    text = ("Republican voters were most likely to say they were hopeful (41 percent) about the "
            "new tax plan.")
    assert ("they were hopeful (41 percent) about the new tax plan", "say",
            "Republican voters") in _reports(text)
    # a prediction or a plan to say something reports nothing
    assert _reports("He is likely to say the plan will fail.") == []
    assert _reports("He plans to say the plan will fail.") == []


def test_most_opening_the_speaker_phrase_stays_the_speaker():
    assert ("she will win the state", "say", "most political observers") in _reports(
        "Most of the polls are close, but most political observers say she will win the state.")
