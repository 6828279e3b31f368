"""English reported speech after verbs of saying, sixth round (issue 14): the general causes of
the misses read on the Wikinews gold's ``dev5`` split, each on a sentence written for the test
(not taken from the gold), with the span a reader marks as what was said and the speaker's
words; and the near uses that must stay as they were."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def reports(text: str, lex) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of every indirect quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == "indirect"]
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, content, mention", [
    # a reported clause whose subject is a determiner in -s ("this", "those") before a verb:
    # not the plural noun of a compound subject ("anime voice actors weren't")
    ("The director also said this is unlikely to happen again next spring.",
     "this is unlikely to happen again next spring", "The director"),
    ("The coach said those were the best players he had seen.",
     "those were the best players he had seen", "The coach"),
    # a setting phrase of the cue continued by "with X", then the clause without "that"
    ("The singer said in an interview with Night Radio she was ready to tour again.",
     "she was ready to tour again", "The singer"),
    ("The senator said on a call with the press the bill would pass.",
     "the bill would pass", "The senator"),
    # "P, but <introductory phrase> he claimed Q": P ends before the conjunction, Q is a report
    # of its own
    ("The driver denied any contact with the victim, but after seeing the video recorded by "
     "the witness he admitted the brakes had failed.", "any contact with the victim", "The driver"),
    ("The driver denied any contact with the victim, but after seeing the video recorded by "
     "the witness he admitted the brakes had failed.", "the brakes had failed", "he"),
    # an approximate count with "a" opens the report ("over a hundred", "about a thousand")
    ("Organisers said over a hundred runners finished the course.",
     "over a hundred runners finished the course", "Organisers"),
    # after "told <listener>," a clause with its own subject and verb is the report
    ("A spokesman for the fire service told the BBC, crews from two towns fought the blaze "
     "overnight.", "crews from two towns fought the blaze overnight",
     "A spokesman for the fire service"),
    # a reported clause opening with a pronoun fused with its auxiliary (straight or curly
    # apostrophe): the cue before it is a verb, not a noun subject ("his claims were")
    ("The baker said they're out of flour until Monday.", "they're out of flour until Monday",
     "The baker"),
    ("The coach says it’s too early to judge the new players.",
     "it’s too early to judge the new players", "The coach"),
    ("The shop said on Friday they'd sold every fan in stock.", "they'd sold every fan in stock",
     "The shop"),
    # a speaker in apposition, then an adverb, an auxiliary or "on <weekday>" before the cue
    ("Maria Lopez, the city's budget director, also said the deficit had doubled.",
     "the deficit had doubled", "Maria Lopez, the city's budget director"),
    ("Tom Reed, a spokesman for the port, has said the cranes were never inspected.",
     "the cranes were never inspected", "Tom Reed, a spokesman for the port"),
    ("One nurse, Ada Stone, on Monday told the BBC the ward had no masks.",
     "the ward had no masks", "Ada Stone"),
    # "X said P, according to Y": Y's report over the clause and X's report of P, both
    ("The coach said the team was exhausted, according to the Daily Star.",
     "The coach said the team was exhausted", "the Daily Star"),
    ("The coach said the team was exhausted, according to the Daily Star.",
     "the team was exhausted", "The coach"),
    # a place after "from" in apposition is no speaker: the name before it is
    ("Jane Doe, from Leeds, England, on Monday said the fraud was her idea.",
     "the fraud was her idea", "Jane Doe, from Leeds, England"),

    # a noun object ends before "shortly / just before / after …", a time adverbial
    ("The club confirmed the signing of two players just after the deadline.",
     "the signing of two players", "The club"),
])
def test_report_after_a_verb_of_saying(lex, text, content, mention):
    assert (content, mention) in reports(text, lex)


@pytest.mark.parametrize("text", [
    # a cue form before a plural noun and an auxiliary is still the first noun of a subject
    "Insurance claims adjusters were paid late last year.",
    # "with" after a plain verb opens no setting phrase
    "The senator agreed with the plan.",
    # "told <listener>," before a relative clause, a participle or a conjunction: no report there
    "She told him, and he listened.",
    "The nurse told the BBC, which aired the interview at noon.",
    "The minister talked about a dozen times with reporters.",
    # an interest expressed is an attitude, not a statement
    "Several senators, such as Jon Hale of Ohio, have expressed interest in term limits.",
    # "Let say P" in a transcript: an imperative, nobody reports
    "Let say this has a productivity factor of four.",
    # the author speaking ("I'll admit"): no speaker to report, as with "I"
    "I’ll admit I’ve got a soft spot for the senator from Ohio.",
    # a story told is no listener, and what follows no report
    "Let me end by saying that I accept that history tells a different story than the one "
    "that I have talked about here today.",
])
def test_no_report_where_none_is_said(lex, text):
    assert reports(text, lex) == []


def test_two_closing_sources_side_by_side_do_not_nest(lex):
    # "P, according to A; Q according to B": A's report is P alone, B's does not swallow it
    found = reports("Spain has the most cases, according to the ministry data; at least 900 "
                    "deaths were counted as of Monday according to the Daily Star.", lex)
    assert ("Spain has the most cases", "the ministry data") in found
    assert not any(c.startswith("Spain") and "according to the ministry" in c for c, _ in found)


def test_only_according_to_nests_over_a_report(lex):
    # "quoted by name in the article" closes the sentence but names no source of it
    found = reports("At the hearing, Ms. Rowe noted that the lobbyist Dan Pike was the only "
                    "person quoted by name in the article.", lex)
    assert found == [("the lobbyist Dan Pike was the only person quoted by name in the article",
                      "Ms. Rowe")]


def test_a_name_ending_in_a_place_keeps_its_report(lex):
    # "X in <place>, in its statement, said P": no name before a comma to move the speaker to;
    # the report stays (the mention's extent is the speakers pass's business)
    found = reports("The Green Party in Kent, in its statement, said the plan was a mistake.", lex)
    assert [c for c, _ in found] == ["the plan was a mistake"]
