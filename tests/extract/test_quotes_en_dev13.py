"""Reported speech in whole articles (issue 14, the dev13 round): how far a mid-sentence
"according to X" reaches (``according_scope.py``). English sentences of our own, with the
negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.according_scope import (
    open_before_source,
    open_end_close,
    participle_scope,
)
from discourse.extract.quotes.tokens import Toks, token_columns


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


def _toks(text: str) -> Toks:
    return Toks(*token_columns(text))


@pytest.mark.parametrize("text, parts, mention", [
    ("The statue was carried through the town followed by, according to several reports, about "
     "3000 people, perhaps more, on a cold evening.",
     ["The statue was carried through the town followed by", "about 3000 people"],
     "several reports"),
    ("The rally drew a crowd of, according to the organisers, more than 10,000.",
     ["The rally drew a crowd of", "more than 10,000"], "the organisers"),
    ("Monday was when, according to the original schedule, thousands of fans were to fill the "
     "stadium, and the band was to play until midnight.",
     ["Monday was when", "thousands of fans were to fill the stadium, and the band was to play "
      "until midnight"], "the original schedule"),
])
def test_an_open_end_before_the_source_makes_the_rest_a_part(text, parts, mention):
    got = _reports(text)
    for part in parts:
        assert (part, mention) in got


@pytest.mark.parametrize("text, report, mention", [
    ("The storm hit the coast on Monday, killing at least 12 according to regional officials.",
     "killing at least 12", "regional officials"),
    ("The hospital treated 40 patients on Monday, with the number rising by about 1,000 a week "
     "according to the local newspaper.",
     "the number rising by about 1,000 a week", "the local newspaper"),
])
def test_a_participle_clause_is_the_reach_of_a_closing_source_without_a_comma(text, report,
                                                                                mention):
    got = _reports(text)
    assert (report, mention) in got
    assert not any(r.startswith("The ") for r, _ in got)


@pytest.mark.parametrize("text, report", [
    # a comma before the source: the whole sentence, as before
    ("The storm hit the coast on Monday, killing at least 12, according to regional officials.",
     "The storm hit the coast on Monday, killing at least 12"),
    # no participle after the last comma
    ("On Monday, the storm destroyed 40 homes according to regional officials.",
     "On Monday, the storm destroyed 40 homes"),
])
def test_the_whole_clause_stays_the_report_otherwise(text, report):
    assert report in [r for r, _ in _reports(text)]


def test_a_closed_stretch_before_the_source_is_read_as_before():
    # "was cut by a third" is no completion forced by an open end: the clause rule finds it
    got = _reports("The ministry's budget, according to two officials, was cut by a third.")
    assert ("was cut by a third", "two officials") in got


@pytest.mark.parametrize("words, a, expected", [
    ("followed by , according to X , many people .", 3, True),
    ("Friday was when , according to X , they came .", 4, True),
    ("The bridge fell , according to X , at noon .", 4, False),
    ("The bridge fell according to X .", 3, False),
])
def test_open_before_source(words, a, expected):
    assert open_before_source(_toks(words), a) is expected


def test_open_end_close():
    toks = _toks("a crowd of , according to X , about 3000 people , perhaps more .")
    # the source at token 4 ("according"), its comma at 7: the noun phrase ends at the comma 11
    assert open_end_close(toks, 4, 7, len(toks.words) - 1) == 11
    toks = _toks("Friday was when , according to X , they came , and left .")
    assert open_end_close(toks, 4, 7, len(toks.words) - 1) == len(toks.words) - 1


@pytest.mark.parametrize("words, expected", [
    ("The storm hit , killing at least 12 according to X .", 4),
    ("They came , with the number rising by 1,000 according to X .", 4),
    ("The storm hit the coast according to X .", 0),
    ("The storm hit , during the night according to X .", 0),
    ("The storm hit ; killing 12 according to X .", 0),
])
def test_participle_scope(words, expected):
    toks = _toks(words)
    a = toks.lows.index("according")
    assert participle_scope(toks, 0, a) == expected


# --- named_topics.py: noun objects that name a topic or an act, no proposition

@pytest.mark.parametrize("text", [
    "The senator denied the allegations and called them a smear.",
    "Aides publicly denied the story on Monday.",
    "The company acknowledged the latest reports about its finances.",
    "The Senate confirmed judge Amy Smith to the Supreme Court on Monday.",
    "The Senate of the island confirmed Smith's nomination on Friday.",
])
def test_a_named_topic_or_an_appointment_is_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The governor denied any allegation of bribery.", "any allegation of bribery"),
    ("The senator denied that he had taken money.", "he had taken money"),
    ("The Senate confirmed that the vote would be held on Tuesday.",
     "the vote would be held on Tuesday"),
    ("Police confirmed the deaths of three people.", "the deaths of three people"),
    ("The minister denied the claims that he had lied to parliament.",
     "he had lied to parliament"),
    # the noun is the subject of a clause, the clause the report
    ("Jones, 64, says the accusations are false and calls the report a smear.",
     "the accusations are false and calls the report a smear"),
    ("She said the reports proved nothing.", "the reports proved nothing"),
])
def test_content_after_the_same_verbs_stays_a_report(text, report):
    assert report in [r for r, _ in _reports(text)]


# --- nested_extra.py: "claimed to be" inside another speaker's report

@pytest.mark.parametrize("text, outer, outer_mention", [
    ("According to Forbes, West claimed to be in contact with the president almost daily.",
     "West claimed to be in contact with the president almost daily", "Forbes"),
    ("The Times reported that the minister claimed to have seen the letter in March.",
     "the minister claimed to have seen the letter in March", "The Times"),
])
def test_a_claim_inside_another_report_is_a_report_too(text, outer, outer_mention):
    got = _reports(text)
    assert (outer, outer_mention) in got
    inner = [(r, m) for r, m in got if r.startswith("to ")]
    assert len(inner) == 1 and inner[0][1] in ("West", "the minister")


def test_holds_inner_cue():
    from discourse.extract.quotes.document import Attr, Found
    from discourse.extract.quotes.lang.en.nested_extra import holds_inner_cue

    outer = Found(20, 80, "indirect", Attr("according to", 0, 12, 13, 19, "according_to"),
                  "according_to")
    assert holds_inner_cue(outer, 30)
    assert not holds_inner_cue(outer, 85)  # the cue outside the report
    same = Found(20, 80, "indirect", Attr("claimed", 25, 32, 20, 24, "cue_before"), "cue_before")
    assert not holds_inner_cue(same, 25)  # the report's own cue: read already


# --- noun_of.py: a possessed claim noun with an "of"/"about" phrase

@pytest.mark.parametrize("text, report, mention", [
    ("So far, the governor's claims of widespread ballot tampering have not been backed by any "
     "court.", "widespread ballot tampering", "the governor"),
    ("The senators faced criticism for their claims of election fraud.", "election fraud",
     "their"),
    ("Smith continued his claims about mail voting causing fraud and again refused to concede.",
     "mail voting causing fraud", "his"),
    ("Despite Jones's allegations of massive fraud, the result stood.", "massive fraud", "Jones"),
])
def test_a_possessed_claim_noun_reports_its_of_phrase(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "Allegations of torture surfaced in the report.",  # no possessor: the author's words
    "The group's claims of responsibility for the attack were not verified.",  # an act
    "Several claims about the mayor surfaced in May.",
    "The court reviewed presidential claims of immunity.",  # an adjective, no possessor
    "He dismissed the senator's accusation of Smith being a liar.",  # a gerund clause
])
def test_no_of_phrase_report_otherwise(text):
    assert _reports(text) == []


# --- object_then_clause.py: a noun object, then the author's coordinated clause

@pytest.mark.parametrize("text, expected", [
    ("The same day Chile confirmed its first coronavirus infections and Peru had its first "
     "death.", ["its first coronavirus infections"]),
    ("The agency announced new measures and the schools closed.", ["new measures"]),
    # a one-word object: below the three-word floor, no report (before: the whole clause)
    ("The government declared victory, but the troops have remained in the country.", []),
])
def test_an_object_ends_before_the_authors_clause(text, expected):
    assert [r for r, _ in _reports(text)] == expected


@pytest.mark.parametrize("text, report", [
    ("Officials said the plan, but not the budget, was approved.",
     "the plan, but not the budget, was approved"),
    ("The ministry said cases and deaths were rising.", "cases and deaths were rising"),
    ("The mayor said the bridge and the road would reopen on Monday.",
     "the bridge and the road would reopen on Monday"),
])
def test_a_that_less_clause_stays_whole(text, report):
    assert report in [r for r, _ in _reports(text)]


# --- cases read wrong in the changed outputs of the round, mended

def test_no_of_phrase_report_for_a_one_word_phrase_or_a_distant_possessor():
    assert _reports("If Smith wants to refute the governor's allegations of widespread, massive "
                    "voter fraud, he should do so.") == []
    assert _reports("Many of them stood by his side even after accusations about the senator's "
                    "hidden accounts came to light.") == []


def test_but_that_is_a_second_report_not_the_authors_clause():
    assert ("Chicago ranks last in road safety, but that no journalist would ask about it",
            "He") in _reports("He said Chicago ranks last in road safety, but that no journalist "
                              "would ask about it.")


def test_but_and_the_speakers_second_act_end_the_object():
    got = _reports("The senator denied knowledge of the payment, but later admitted he had signed "
                   "the cheque.")
    assert ("knowledge of the payment", "The senator") in got
