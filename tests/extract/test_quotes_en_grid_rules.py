"""The rules the English grid asked for (apposed_age.py, tail_apposed_roles.py,
en_briefed_source.py), with sentences written for these tests: what they read and what they must
leave alone."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers

_ACTORS = load_actors()


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", [
    ("The mill will reopen in June, Tom Reyes, 58, said Tuesday.",
     [("The mill will reopen in June", "Tom Reyes")]),
    ("The mill will reopen in June, the owner, 58, told reporters.",
     [("The mill will reopen in June", "the owner")]),
    ("The mill will reopen in June, Tom Reyes, D-Maine, said on Friday.",
     [("The mill will reopen in June", "Tom Reyes, D-Maine")]),
    ("The mill will reopen in June, Tom Reyes, former director of the plant, said.",
     [("The mill will reopen in June", "Tom Reyes, former director of the plant")]),
    ("The mill will reopen in June, the governor, a Republican, said yesterday.",
     [("The mill will reopen in June", "the governor")]),
    ("The mill will reopen in June, Tom Reyes, a spokesman, said, but the jobs will not return.",
     [("The mill will reopen in June", "Tom Reyes, a spokesman"),
      ("but the jobs will not return", "Tom Reyes, a spokesman")]),
])
def test_an_apposed_subject_before_the_closing_verb(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The governor, 61, says the mill will reopen.", [("the mill will reopen", "The governor")]),
    ("The governor, 61, argued the mill would reopen.",
     [("the mill would reopen", "The governor")]),
    ("The governor, a Republican from Maine, wrote that the mill would reopen.",
     [("the mill would reopen", "The governor")]),
    ("In the morning, a spokesman says the mill will reopen.",
     [("the mill will reopen", "a spokesman")]),
])
def test_an_apposition_between_a_lower_case_subject_and_its_verb(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, mention", [
    ("Two people briefed on the plan said the mill would reopen.",
     "Two people briefed on the plan"),
    ("Officials informed about the sale said the mill would reopen.",
     "Officials informed about the sale"),
    ("Several diplomats involved in the talks said the mill would reopen.",
     "Several diplomats involved in the talks"),
])
def test_a_source_described_by_what_it_was_told(text, mention):
    assert _reports(text) == [("the mill would reopen", mention)]


@pytest.mark.parametrize("text", [
    "The firm hired Tom Reyes, 58, and Ann Bell, 44, on Monday.",
    "The town sent Tom Reyes, head of the council, and Ann Bell to the meeting on Friday.",
    "The governor, 61, signed the bill on Monday.",
])
def test_lists_and_other_verbs_give_no_report(text):
    assert _reports(text) == []


def test_a_bare_object_is_no_source():
    found = _reports("The mayor warned officials briefed on the plan that it would fail.")
    assert found == [("it would fail", "The mayor")]
