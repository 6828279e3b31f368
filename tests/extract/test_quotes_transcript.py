"""Transcript turns after a plain speaker label (extract/quotes/transcript.py), through
extract_quotes and attribute_speakers."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers

TRANSCRIPT = (
    "Jake Tapper spoke with Sen. Tim Kaine on Sunday about the judge.\n\n"
    "TAPPER: If you are saying he cannot do his job because of his race, is that not racism?\n\n"
    "SEN. KAINE: Well, I think the judge has done his job for years. Nobody doubts it.\n\n"
    "The senator then turned to the budget.\n\n"
    "TAPPER: And the budget?\n\n"
    "SEN. KAINE: We will pass it this month.\n\n"
    "The interview ended there."
)


def _quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))


def _turns(text: str) -> pd.DataFrame:
    q = _quotes(text)
    return q[q["_rule"] == "transcript_label"]


def test_each_answer_is_an_embedded_turn_and_the_questions_are_left_out():
    turns = _turns(TRANSCRIPT)
    assert turns["text"].tolist() == [
        "Well, I think the judge has done his job for years. Nobody doubts it.\n\n"
        "The senator then turned to the budget.",  # up to the next label
        "We will pass it this month.",  # the last turn: its own paragraph only
    ]
    assert set(turns["kind"]) == {"embedded"} and set(turns["speaker_mention"]) == {"SEN. KAINE"}
    q = _quotes(TRANSCRIPT)
    assert not q["text"].str.contains("is that not racism|And the budget").any()
    assert not q["text"].str.contains("The interview ended").any()


def test_a_single_capitals_label_is_a_turn():
    turns = _turns("MCALEENAN: 100 percent.")
    assert turns["text"].tolist() == ["100 percent."]
    assert turns["speaker_mention"].tolist() == ["MCALEENAN"]


def test_a_label_alone_heads_the_next_paragraph():
    turns = _turns("CHUCK ROSENBERG:\nYeah, there's a difference between describing what you find --")
    assert turns["text"].tolist() == ["Yeah, there's a difference between describing what you find --"]
    assert turns["speaker_mention"].tolist() == ["CHUCK ROSENBERG"]


@pytest.mark.parametrize("text", [
    "SEE ALSO: Nancy Pelosi sounds a pessimistic note about the House.",
    "UPDATE: Clinton's victory is now official.",
    "UPDATE II: Trump thought it was great.",
    "THE FACTS: The bill did not pass the Senate.",
    "EXCLUSIVE: The senator will resign on Monday.",
    "SPECIAL COVERAGE: The election results are in.",
    "EDITOR'S NOTE: This story was corrected on Tuesday.",
    "Note: Figures are rounded to the nearest percent.",
    "Photo: Supporters gather at a rally in Ohio.",
    "Source: The Census Bureau released the figures.",
    "The meeting starts at 10:30 and ends at noon.",
    "TRUMP AGENDA: What the tax deal might mean for 2020",  # a section head, not a sentence
])
def test_labels_that_name_nobody_are_no_turns(text):
    q = _quotes(text)
    assert q.empty or (q["_rule"] != "transcript_label").all()
    assert q.empty or (q["kind"] != "embedded").all()


def test_a_title_line_with_a_name_is_no_turn():
    text = ("Trump: the wall will be built\n\nThe president repeated on Monday that the wall "
            "would be built.")
    assert _turns(text).empty
    assert _turns("Karl Rove: Hillary Clinton Might Have Brain Damage.").empty


def test_names_as_written_make_a_conversation_and_initials_follow():
    text = ("Wikinews spoke with the ecologist Natasha Gownaris about penguins.\n\n"
            "Natasha Gownaris: I study seabirds in Namibia.\n\n"
            "Tim Alberta: Why penguins?\n\n"
            "NG: They tell us how the ocean is doing.")
    turns = _turns(text)
    assert turns["text"].tolist() == ["I study seabirds in Namibia.",
                                      "They tell us how the ocean is doing."]
    assert turns["speaker_mention"].tolist() == ["Natasha Gownaris", "NG"]


def test_q_and_a_alternate_between_the_interviewer_and_the_person_named():
    text = ("In an interview with Jane Doe, the mayor of Springfield, we asked about the flood.\n\n"
            "Q: What happened on Monday?\n\nA: The river rose two metres overnight.\n\n"
            "Q: Will the town rebuild?\n\nA: We will rebuild every house.")
    turns = _turns(text)
    assert turns["text"].tolist() == ["The river rose two metres overnight.",
                                      "We will rebuild every house."]
    assert set(turns["speaker_mention"]) == {"Jane Doe"}
    unnamed = "Q: What happened?\n\nA: The river rose overnight."
    assert _turns(unnamed)["speaker_mention"].tolist() == ["A"]  # nobody named: the label
    assert _turns("A: Kim vowed to work towards denuclearization.").empty  # no Q: no interview


def test_a_turn_speaker_resolves_to_the_full_name_in_the_article_only():
    arts = pd.DataFrame({"doc_id": ["a"], "text": [TRANSCRIPT]})
    out = attribute_speakers(_quotes(TRANSCRIPT), arts, load_actors())
    turns = out[out["attribution"] == "transcript_label"]
    assert set(turns["speaker"]) == {"Tim Kaine"}
    assert set(turns["camp"]) <= {"unknown", "western", "other"}
    alone = "SEN. KAINE: Well, I think the judge has done his job for years."
    out = attribute_speakers(_quotes(alone), pd.DataFrame({"doc_id": ["a"], "text": [alone]}),
                             load_actors())
    assert set(out["camp"]) == {"unknown"}  # no evidence in the article: no camp


def _attributed(text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    out = attribute_speakers(_quotes(text), arts, load_actors())
    return out[out["attribution"] == "transcript_label"]


def test_initials_resolve_to_the_one_person_named_with_them():
    text = ("Wikinews spoke with the ecologist Natasha Gownaris about penguins.\n\n"
            "Natasha Gownaris: I study seabirds in Namibia.\n\n"
            "Tim Alberta: Why penguins?\n\n"
            "NG: They tell us how the ocean is doing.")
    turns = _attributed(text)
    assert turns["speaker_mention"].tolist() == ["Natasha Gownaris", "NG"]
    assert turns["speaker"].tolist() == ["Natasha Gownaris", "Natasha Gownaris"]
    # two people with those initials: no evidence which one, the label stays unresolved
    two = text.replace("about penguins.", "and Nick Green about penguins.")
    assert _attributed(two)["speaker"].tolist()[-1] != "Natasha Gownaris"
