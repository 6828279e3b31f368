"""Interview answers under a ``((Label))`` (extract/quotes/interview.py), through extract_quotes."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers

INTERVIEW = (
    "The railway manager spoke to Wikinews about the all-women crew.\n\n\n"
    "((WN))  How many employees were there in this crew?\n\n\n"
    "((Aparna Garg))  There were fifteen of them.  A crew combines the loco pilot and the guard.\n\n\n"
    "((WN))  How rare is it to have an all-women crew running the train?\n\n\n"
    "((Aparna Garg))  Yeah, it is really rare.  We are in a ten-day campaign.\n\n"
    "Each day has one activity, and this was one of them.\n\n\n"
    "((WN))  Thank you very much.\n\n\n"
    "((Aparna Garg))  Thank you for having me here today."
)


def _quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))


def test_each_answer_is_one_embedded_quote_of_the_label_and_the_questions_are_not_quotes():
    q = _quotes(INTERVIEW)
    turns = q[q["_rule"] == "interview_label"]
    assert turns["text"].tolist() == [
        "There were fifteen of them.  A crew combines the loco pilot and the guard.",
        "Yeah, it is really rare.  We are in a ten-day campaign.\n\n"
        "Each day has one activity, and this was one of them.",  # its paragraphs included
        "Thank you for having me here today.",  # the last turn runs to the end
    ]
    assert set(turns["kind"]) == {"embedded"} and set(turns["speaker_mention"]) == {"Aparna Garg"}
    assert set(turns["cue"]) == {""}
    # the interviewer's questions (and the thanks under the same label) are the reporter's words
    assert not q["text"].str.contains("How rare|Thank you very much").any()


def test_the_answers_speaker_is_the_person_the_label_names():
    q = _quotes(INTERVIEW)
    arts = pd.DataFrame({"doc_id": ["a"], "text": [INTERVIEW]})
    out = attribute_speakers(q, arts, load_actors())  # the shipped registry
    turns = out[out["attribution"] == "interview_label"]
    assert len(turns) == 3 and set(turns["speaker_mention"]) == {"Aparna Garg"}
    assert set(turns["camp"]) == {"unknown"}  # no registry actor is named here


def test_a_language_code_or_a_single_label_is_no_interview():
    code = ("Fernández said the law would change.\n\n((es))Spanish language:  La ley cambiará "
            "pronto y para todos.\n\n((es))Spanish language:  Lo haremos juntos este año.")
    assert (_quotes(code)["_rule"] != "interview_label").all()
    single = "((Editor's note))  This article was updated on Monday with new figures from the ministry."
    assert _quotes(single).empty or (_quotes(single)["_rule"] != "interview_label").all()


def test_answers_labelled_otherwise_are_not_taken_for_the_interviewers_turn():
    # the questions carry a label, the answers another kind ("NG:"): the question's turn is no quote
    text = ("((WN))  How did you approach such a large study?\n\n\nNG: This study started in 1982, "
            "long before I joined the lab.\n\n\n((WN))  What did you find about the females?\n\n\n"
            "NG: We are not yet certain why females are more likely to die.")
    assert (_quotes(text)["_rule"] != "interview_label").all()
