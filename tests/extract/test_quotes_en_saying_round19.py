"""Reported speech, round nineteen (the saying misses of every dev part counted together, by why
they are missed): a reported clause whose subject and verb an adverb in -ly or "cannot" keep
apart ("she fully supports", "it cannot resolve"); the subject before ", according to X," kept
with its predicate; "according to police records" (a document with its keeper is a source);
"claimed to have …"; "reported on Thursday, P"; a mixed quote whose reported clause is a
subject and a predicate in marks ('said Omar "says …"'); the end of a report after its quoted
words ('"has not been charged," and no charges …'; ", further saying P"). English sentences
of our own, with the negatives ("the said bill", "said to be", "so to speak", "agreed to
have", an introductory phrase before "according to")."""

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
    # an adverb in -ly between the reported clause's subject and its verb
    ("Ms. Ortega said she strongly opposes the new tariff.", "she strongly opposes the new tariff",
     "Ms. Ortega"),
    ("The senator said it hardly matters who wins the primary.",
     "it hardly matters who wins the primary", "The senator"),
    ("Ms. Park said Jenkins simply wants a fair hearing.", "Jenkins simply wants a fair hearing",
     "Ms. Park"),
    # "cannot" is a finite verb of the clause
    ("The mayor argued the city cannot afford another stadium.",
     "the city cannot afford another stadium", "The mayor"),
    ("Pruitt argued it cannot solve the housing shortage.", "it cannot solve the housing shortage",
     "Pruitt"),
])
def test_clause_with_adverb_or_cannot(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, parts, mention", [
    ("Local officials, according to the Daily Record, have closed the bridge.",
     ["Local officials", "have closed the bridge"], "the Daily Record"),
    ("The new terminal, according to airport staff, was finished in March.",
     ["The new terminal", "was finished in March"], "airport staff"),
])
def test_subject_before_an_interrupting_source(text, parts, mention):
    got = _reports(text)
    for part in parts:
        assert (part, mention) in got


@pytest.mark.parametrize("text, report", [
    # an introductory phrase before the source is no part of the report
    ("On Sunday, according to witnesses, a man attacked two guards.", "a man attacked two guards"),
    ("In 2019, according to the agency, the plant had closed.", "the plant had closed"),
])
def test_introductory_phrase_before_source_stays_out(text, report):
    got = [s for s, _ in _reports(text)]
    assert got == [report]


def test_document_with_its_keeper_is_a_source():
    assert ("Officers fired 14 rounds at the car", "court records") in _reports(
        "Officers fired 14 rounds at the car, according to court records.")
    # a bare "data" still names nobody
    assert _reports("The river rose four metres overnight, according to data.") == []


@pytest.mark.parametrize("text, report, mention", [
    ("The militia claimed to have shot down two drones.", "to have shot down two drones",
     "The militia"),
    ("The councillor claims to be unaware of the payments.", "to be unaware of the payments",
     "The councillor"),
    # a time set off by a comma between the cue and its clause
    ("The Guardian reported on Friday, turnout had reached 70 percent.",
     "turnout had reached 70 percent", "The Guardian"),
    ("The ministry noted on Monday, the new cases were all in the capital.",
     "the new cases were all in the capital", "The ministry"),
])
def test_claimed_to_and_time_before_clause(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "He agreed to have lunch with the delegation.",
    "The company refused to be drawn on the figures.",
    "The said bill was passed in March.",
    "The house is said to be haunted.",
    "It is, so to speak, a second chance for the town.",
    "The mayor early arrived at the meeting.",
])
def test_negatives(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ('The senator said Ramos "says whatever suits him on the day."',
     'Ramos "says whatever suits him on the day."'),
    ('Gill said the cost of the delays "runs to millions of dollars a year."',
     'the cost of the delays "runs to millions of dollars a year."'),
])
def test_subject_and_predicate_in_marks(text, report):
    got = _quotes(text)
    assert ("indirect", report) in [(k, s) for k, s, _, _ in got]
    assert any(k == "partial" for k, _, _, _ in got)  # the fragment stays a partial too


@pytest.mark.parametrize("text, report", [
    # after the quoted words, "and" with a new subject or the speaker's next act is the author's
    ('The spokesman said Ortiz "has not been charged," and no hearing has been set.',
     'Ortiz "has not been charged,"'),
    ('The dean said the poster "is in no way consistent with our values" and apologized.',
     'the poster "is in no way consistent with our values"'),
    # an adverb before a participle of saying does not hide the new report
    ("The coach said the team would recover, further saying the injuries were minor.",
     "the team would recover"),
])
def test_report_ends_after_its_quoted_words(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text, report", [
    # the reported subject's second verb in the same tense goes on with the report
    ('Police said Clark "fired two shots" and drove toward the officers.',
     'Clark "fired two shots" and drove toward the officers'),
    ('She said the plan "will fail" and would cost jobs.',
     'the plan "will fail" and would cost jobs'),
    ('He called her a "corrupt fool" and a "lousy liar" in the post.',
     'her a "corrupt fool" and a "lousy liar"'),
])
def test_report_goes_on_after_its_quoted_words(text, report):
    assert any(s.startswith(report) for s, _ in _reports(text))


@pytest.mark.parametrize("text, report", [
    # a noun phrase or a clause with a modal after "and" goes on with the report
    ('Ruiz accused the mayor of being the candidate of the "developers" and the banks.',
     'the mayor of being the candidate of the "developers" and the banks'),
    ('Perkins said the board had kept its pledge to "end the freeze" and the plan would pass.',
     'the board had kept its pledge to "end the freeze" and the plan would pass'),
    # a claim in an "if" clause ends with the clause
    ("If the minister claims to be a friend of farmers, his party should vote for the bill.",
     "to be a friend of farmers"),
])
def test_report_boundaries_kept(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "Not everyone who claims to be an expert knows the law.",
    "An hour after his first tweets on Thursday, the senator left for Ohio.",
])
def test_no_report_from_relative_or_noun(text):
    assert _reports(text) == []


def test_claim_after_a_time_phrase_keeps_no_wrong_speaker():
    # "for decades" is no speaker: the claim is reported without a mention
    got = _quotes("Moss, who grew up in Ohio, had for decades claimed to have Cherokee roots.")
    assert [(k, s, m) for k, s, _, m in got if k == "indirect"] == [
        ("indirect", "to have Cherokee roots", "")]


def test_quoted_verb_after_that_is_no_clause_of_the_listener():
    got = _reports('Agencies quoted Xi as telling Kim that China "supports talks with the US."')
    assert not any(s.startswith("Kim") for s, _ in got)
