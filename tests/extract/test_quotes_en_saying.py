"""English reported speech after verbs of saying (issue 14): each general form the rules of
:mod:`discourse.extract.quotes.lang.en.reported` read, on sentences written for the test (not
taken from the gold sets), with the span a reader would mark as what was said and the words
that name who said it; and the non-speech uses of the same verbs, which give no quote."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes, load_cues


@pytest.fixture(scope="module")
def lex():
    return load_cues()


def reports(text: str, lex) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of every indirect quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == "indirect"]
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, content, mention", [
    # a clause set off by commas between the speaker and the verb
    ("The official, who asked not to be named, said the talks had collapsed overnight.",
     "the talks had collapsed overnight", "The official"),
    ("The mayor, in a statement issued by her office, announced the bridge would reopen soon.",
     "the bridge would reopen soon", "The mayor"),
    ("Council spokesperson Anna Berg, when asked whether the staff had been tested for the "
     "virus after the meeting ended, told local radio the rules had been followed.",
     "the rules had been followed", "Council spokesperson Anna Berg"),
    ("A senior diplomat, whom the paper did not name, said the embassy would close next week.",
     "the embassy would close next week", "A senior diplomat"),
    # a fixed listener or setting phrase, then the clause without "that"
    ("The governor told reporters the budget would be balanced by June.",
     "the budget would be balanced by June", "The governor"),
    ("The ministry said in a statement the pipeline had been shut for repairs.",
     "the pipeline had been shut for repairs", "The ministry"),
    ("The coach went on to say his players had earned the win.",
     "his players had earned the win", "The coach"),
    # a listener noun phrase, then a clause opening with a determiner
    ("She told the committee members the vote had been delayed.",
     "the vote had been delayed", "She"),
])
def test_report_after_a_verb_of_saying(lex, text, content, mention):
    assert (content, mention) in reports(text, lex)


@pytest.mark.parametrize("text", [
    # ", said X" only closes a report when X is no clause of its own
    "The official, who asked not to be named, said the talks had collapsed overnight.",
    "Late on Friday, the minister, in a message read by an aide, announced taxes would rise.",
])
def test_the_subject_of_a_reported_clause_is_no_speaker(lex, text):
    got = reports(text, lex)
    assert got and all(not text.startswith(span) for span, _ in got), got
