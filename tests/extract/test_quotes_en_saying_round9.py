"""English reported speech after verbs of saying, ninth round (issue 14): the general causes of
the misses read on the dev part of the third NewsMTSC saying set (``newsmtsc_saying3.jsonl``),
each on a sentence written for the test (not taken from the set), with the span a reader marks
as what was said and the speaker's words; and the near uses that must stay as they were."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def quotes(text: str, lex, kind: str = "indirect") -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of every quote of ``kind`` found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == kind]
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # "X, according to Y, <predicate>": the subject before the source and the predicate after
    # it are both the source's report (two spans)
    ("The rise in prices, according to the central bank, is due to the drought in the south.",
     [("The rise in prices", "the central bank"),
      ("is due to the drought in the south", "the central bank")]),
    # a reduced passive "when told that P": a report with no speaker (the subject listened)
    ("The mayor seemed calm when told that the bridge had been closed for repairs.",
     [("the bridge had been closed for repairs", "")]),
    # "went on to claim / argue that P", as "went on to say"
    ("The coach went on to argue that the referee had ignored two fouls.",
     [("the referee had ignored two fouls", "The coach")]),
    # "X, as <clause>, <verb>ed …, warning that P": the participle's speaker is X, past the
    # "as" clause set off by commas
    ("Smith, as she did last year, criticized the budget, warning that it would close schools.",
     [("it would close schools", "Smith")]),
    # a participle of saying opening the sentence: its clause ends at the comma, its speaker
    # is the main clause's subject
    ("Noting that the plant had closed, the mayor said the town would recover.",
     [("the plant had closed", "the mayor"), ("the town would recover", "the mayor")]),
    # after a past cue, a report in the present ends before "and <past verb>" (the speaker's
    # next act)
    ("The spokeswoman told reporters the senator is “not privy to any briefing” and referred to "
     "his remarks as gossip.",
     [("the senator is “not privy to any briefing”", "The spokeswoman")]),
    # a report in the future ends before "after <subject> <past verb>": the author's cause
    ("The bakery announced Friday that it will no longer sell at the fair after the organizer "
     "insulted its staff.", [("it will no longer sell at the fair", "The bakery")]),
    # a reason after "because" may be the speaker's own: kept
    ("The mayor said the town is safer because the police hired more officers.",
     [("the town is safer because the police hired more officers", "The mayor")]),
    # two participles joined by "and" stay one predicate
    ("The minister stated that the old plant is a danger that has to be closed and demolished.",
     [("the old plant is a danger that has to be closed and demolished", "The minister")]),
    # a perfect goes on with its second participle: no cut there
    ("Health officials confirmed the virus has infected 200 people and killed three.",
     [("the virus has infected 200 people and killed three", "Health officials")]),
])
def test_report_after_a_verb_of_saying(lex, text, expected):
    assert quotes(text, lex) == expected


def test_a_warning_with_an_infinitive_reports_nothing(lex):
    # "warned X not to V" is a request; the participle's report after it stays
    assert quotes("The governors warned the president not to cut the funds, saying the schools "
                  "would close.", lex) == [("the schools would close", "The governors")]


@pytest.mark.parametrize("text", [
    # "charged X with Y": a legal act, not a statement
    "The office charged Smith with fraud for filing a false report that described an attack.",
    "Prosecutors charged the driver with reckless homicide after the crash on Monday.",
    # a reduced passive "told" with an infinitive is an order; a plain "when" clause is none
    "The crowd left quietly when told to leave the square.",
    "When told the results, the candidate smiled at the cameras.",
    # a participle opening the sentence with no clause after it
    "Adding to the confusion, the mayor left the meeting early.",
    "Saying goodbye to his staff, the mayor left the building.",
    # "went on to <non-saying verb>"
    "The coach went on to win three titles with the club in Spain.",
    # the topics and non-speech uses the brief names
    "The council discussed the budget for the new school on Monday.",
    "The senator announced his candidacy for governor on Tuesday night.",
    "The house is said to be the oldest in the town.",
    "The said bill was passed by the council in March.",
    "The board considered moving the office to Denver next year.",
])
def test_no_report_where_none_is_said(lex, text):
    assert quotes(text, lex) == []


def test_reasons_before_a_comma_is_a_noun(lex):
    # "for political reasons, say most voters": "reasons" is no verb of saying (it read "say
    # most voters" as a report before): "P, say X" reports P; "claims" carries a report too
    assert quotes("The claims that the mayor is a liar are made in bad faith, not for political "
                  "reasons, say most voters.", lex) == [
        ("The claims that the mayor is a liar are made in bad faith, not for political reasons",
         "most voters"), ("the mayor is a liar", "")]


def test_charged_that_stays_a_report(lex):
    # "charged that P" is an allegation: only "charged X with" is the legal act
    assert quotes("Critics charged that the new tax would hurt the poorest families.", lex) == [
        ("the new tax would hurt the poorest families", "Critics")]
