"""A sentence-final attribution whose subject is a name and its apposition between commas
(:mod:`discourse.extract.quotes.lang.en.tail_apposed`): sentences written for these tests.

"P, Tom Reyes, a spokesman, said Monday." read ", said Monday" as an inverted tail and gave
"Monday" as the speaker; without the time word nothing was found.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(text, mention, speaker) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    return [(r.text, r.speaker_mention, r.speaker) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("The company will appeal the ruling, Tom Reyes, a spokesman, said Monday.",
     "The company will appeal the ruling", "Tom Reyes, a spokesman"),
    ("The company will appeal the ruling, Tom Reyes, a spokesman, said.",
     "The company will appeal the ruling", "Tom Reyes, a spokesman"),
    ("The company will appeal the ruling, Tom Reyes, a spokesman for the firm, said on Monday.",
     "The company will appeal the ruling", "Tom Reyes, a spokesman for the firm"),
    ("The company will appeal the ruling, the spokesman, Tom Reyes, said Monday.",
     "The company will appeal the ruling", "the spokesman, Tom Reyes"),
    ("The governor will sign the bill, Jane Doerr, his press secretary, told reporters Tuesday.",
     "The governor will sign the bill", "Jane Doerr, his press secretary"),
    ("The talks collapsed late on Friday, Tom Reyes, who heads the delegation, said in a "
     "statement.", "The talks collapsed late on Friday", "Tom Reyes"),
    ("But the company will appeal, Tom Reyes, a spokesman for the firm, said.",
     "the company will appeal", "Tom Reyes, a spokesman for the firm"),
])
def test_the_subject_before_the_verb_is_the_speaker(text, report, mention):
    found = _reports(text)
    assert [(t, m) for t, m, _ in found] == [(report, mention)]
    assert found[0][2] == "Tom Reyes" if "Reyes" in mention else found[0][2] == "Jane Doerr"


@pytest.mark.parametrize("text", [
    "The mayor met Tom Reyes, a spokesman, and Jane Doe, the director, on Monday.",
    "He visited Paris, London, and Berlin, the capital, said to be the largest.",
    "The firm hired Tom Reyes, a lawyer, said to be the best in town.",
])
def test_lists_and_non_speech_uses_give_no_report(text):
    assert _reports(text) == []


def test_a_time_word_is_never_the_speaker():
    for day in ("Monday", "Tuesday", "yesterday", "today"):
        found = _reports(f"The plant will close, Jane Doerr, the plant's manager, said {day}.")
        assert found and all(m == "Jane Doerr, the plant's manager" for _, m, _ in found), found
