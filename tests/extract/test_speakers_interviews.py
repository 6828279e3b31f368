"""Speakers of English quotes that name nobody next to them (discourse.extract.speakers.attribute
fallbacks): interview answers after questions, a person named in the sentence before, titles
before a name. Sentences written for these tests; registry without any of these people."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers
from discourse.extract.speakers.lang.en import ENGLISH


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def direct(text: str, registry, lex) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text], "date": ["2021-03-01"]})
    out = attribute_speakers(extract_quotes(arts, cues=lex), arts, registry)
    return out[out["kind"] == "direct"].reset_index(drop=True)


INTERVIEW = ('Senator Jane Roe spoke to us on Tuesday about the bill. "We have the votes," she '
             "said.\n\nWhat happens if the bill fails?\n\n"
             '"Then we start again in the autumn, and we keep going until it passes."\n\n'
             'And your party?\n\n"My party is behind me."')


def test_interview_answers_keep_the_speaker_named_before_the_questions(registry, lex):
    out = direct(INTERVIEW, registry, lex)
    assert list(out["speaker"]) == ["Jane Roe"] * 3
    assert list(out["attribution"]) == ["pronoun", "carried", "carried"]
    # less sure than a cue next to the quote
    assert out.loc[1, "confidence"] < out.loc[0, "confidence"]


def test_no_carry_over_narration_or_another_person(registry, lex):
    text = ('Senator Jane Roe spoke to us on Tuesday. "We have the votes," she said.\n\n'
            "The vote is set for June.\n\n"
            '"Nobody has the votes yet."')
    assert direct(text, registry, lex).loc[1, "attribution"] != "carried"
    text = ('Senator Jane Roe spoke to us on Tuesday. "We have the votes," she said.\n\n'
            "Did Tom Hale agree with you?\n\n"
            '"He never does."')
    assert direct(text, registry, lex).loc[1, "speaker"] != "Jane Roe"


def test_interview_answers_before_any_quote_go_to_the_one_person_named_before(registry, lex):
    # the interviewee is named paragraphs before the first answer, never next to a quote
    # (issue 14)
    text = ("The Dunmore Herald interviewed Tom Hale, a candidate for mayor, on Friday.\n\n"
            "Why are you running?\n\n\"Because the harbour needs a change of course.\"\n\n"
            "What would you do first?\n\n\"Fix the roads to the port.\"")
    out = direct(text, registry, lex)
    assert list(out["speaker"]) == ["Tom Hale", "Tom Hale"]
    assert list(out["speaker_mention"]) == ["Tom Hale", "Tom Hale"]
    assert set(out["attribution"]) == {"carried"}


def test_no_interviewee_when_two_people_are_named_before(registry, lex):
    text = ("Tom Hale met Ann Bell at the harbour on Friday.\n\n"
            "Why are you running?\n\n\"Because the harbour needs a change of course.\"")
    assert direct(text, registry, lex).loc[0, "speaker"] == ""


def test_person_named_in_the_sentence_before_the_quote(registry, lex):
    text = ('Senator Jane Roe spoke to us on Tuesday. "We have the votes," she said.\n\n'
            "Her rival, Tom Hale, disagrees.\n\n"
            '"They do not have the votes."')
    out = direct(text, registry, lex)
    assert (out.loc[1, "speaker"], out.loc[1, "speaker_mention"]) == ("Tom Hale", "Tom Hale")
    assert out.loc[1, "attribution"] == "previous_sentence"


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Jane Roe spoke.", "Jane Roe"),
    ("Former Mayor Tom Hale spoke.", "Tom Hale"),
    ("Prime Minister Ardern spoke.", "Ardern"),
    # "Mr." gives no surname alone: "she" must not reach "Mr. Barr"
    ("Mr. Barr spoke.", None),
    # a word capitalised because it opens the sentence is no part of the name
    ("As Mo Ibrahim plainly said:", "Mo Ibrahim"),
    # the name without its possessive
    ("Lech Kaczynski’s seminal words", "Lech Kaczynski"),
    ("Dave Meltzer spoke.", "Dave Meltzer"),
])
def test_person_runs_leave_titles_out(text, name):
    # a title before a surname alone gives the surname
    runs = ENGLISH.person_runs(text, 0, len(text))
    assert [text[a:b] for a, b in runs] == ([name] if name else [])


def test_title_alone_is_no_person():
    text = "The Prime Minister spoke."
    assert ENGLISH.person_runs(text, 0, len(text)) == []


def test_she_does_not_reach_a_man_named_after_her(registry, lex):
    text = ("Speaker Nancy Pelosi publicly accused Mr. Barr of lying to Congress, which, she "
            "added, is “considered a crime.”")
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text], "date": ["2021-03-01"]})
    out = attribute_speakers(extract_quotes(arts, cues=lex), arts, registry)
    assert set(out["speaker"]) == {"Nancy Pelosi"}
