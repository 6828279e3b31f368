"""English reports carried by a noun of saying (``lang/en/nouns.py``, issue 14): "their claims
that P", "the announcement by X that P", "X’s insistence that P would …". Sentences written for
the test, with the span a reader marks as what was said and the speaker's words; and the uses
of the same nouns and verbs that report nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def reports(text: str, lex) -> list[tuple[str, str, str]]:
    """``(span, cue, speaker mention)`` of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == "indirect"]
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # a possessive pronoun names the speaker; the clause runs to the sentence's end
    ("The company tried to discredit their claims that the plant had leaked for years.",
     [("the plant had leaked for years", "claims", "their")]),
    # "by X" after the noun names the speaker
    ("The court will review allegations by the former mayor that the vote was rigged.",
     [("the vote was rigged", "allegations", "the former mayor")]),
    # a possessive name; the noun phrase is the subject: the report ends before the main verb
    ("Smith’s assertion that the bridge was safe would later cost him his job.",
     [("the bridge was safe", "assertion", "Smith")]),
    ("The governor’s insistence on Monday that the schools had “failed every test” also angered "
     "the teachers.",
     [("the schools had “failed every test”", "insistence", "The governor")]),
    # no possessor and no agent: a report with no speaker
    ("The claims that the senator had lied were repeated on every channel.",
     [("the senator had lied", "claims", "")]),
    # the report ends where the sentence goes on without it: a comma before a clause with its
    # own cue, "and <past verb>" (the subject's next act), a participle, an opening phrase
    ("Asked about the mayor’s assertion that the plan had failed, she said she would wait.",
     [("the plan had failed", "assertion", "the mayor"), ("she would wait", "said", "she")]),
    ("The blogger defended his claim that the vote is rigged and urged his readers to protest.",
     [("the vote is rigged", "claim", "his")]),
    # after a simple past "and <past verb>" may be the clause's own second verb
    ("The studio faced allegations that the producer had harassed and threatened young actors.",
     [("the producer had harassed and threatened young actors", "allegations", "")]),
    ("The senator asked for the source of her claim that the tax had doubled, stepping up the "
     "pressure on the governor.", [("the tax had doubled", "claim", "her")]),
    ("After his announcement that the plant would close, the mayor met the workers.",
     [("the plant would close", "announcement", "his")]),
    # a second "that" clause after a comma belongs to the same noun
    ("The agency rejected the accusation that it had lost the files or, worse, that it had "
     "destroyed them.", [("it had lost the files or, worse, that it had destroyed them",
                          "accusation", "")]),
    # a bare plural after a preposition or a verb is a noun
    ("The minister resigned amid accusations that she had misled parliament.",
     [("she had misled parliament", "accusations", "")]),
])
def test_report_carried_by_a_noun(lex, text, expected):
    assert reports(text, lex) == expected


@pytest.mark.parametrize("text", [
    # a relative clause after the noun: "that" is the object of the verb in it
    "The senator dismissed the claims that he made about her last year as old news.",
    "The claims that he repeated on air were never proven.",
    # a clause with no subject after "that"
    "The statement that was released on Monday ran to three pages.",
    # the speaker's own voice ("I made the announcement that P" in a speech)
    "At this podium I made the first announcement that the summit will focus on water.",
    # nouns that report nothing said
    "The idea that the plan would fail is absurd to most of the board.",
    "The fact that the plant had closed surprised the town.",
    # the topics and non-speech uses the brief names
    "The council discussed the budget for the new school on Monday.",
    "The senator announced his candidacy for governor on Tuesday night.",
])
def test_no_report_from_these(lex, text):
    assert reports(text, lex) == []


def test_a_clause_all_in_marks_is_a_fragment(lex):
    # "his declaration that “…”": the words in marks are the speaker's, a partial (the English
    # gold's rule for a reported clause all in quotation marks)
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [
        "The mayor’s bold declaration that “I alone can fix it” was mocked by the council."]}),
        cues=lex)
    assert [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()] == [
        ("partial", "I alone can fix it", "The mayor")]


def test_a_verb_stays_a_verb(lex):
    # "Issa claims that P", "the critics claim that P": verbs, read by the reported pass with
    # their subject as the speaker, not as a noun with no speaker
    assert reports("Issa claims that the charges were dropped in 1973.", lex) == [
        ("the charges were dropped in 1973", "claims", "Issa")]
    assert reports("The critics claim that the plan would fail.", lex) == [
        ("the plan would fail", "claim", "The critics")]
