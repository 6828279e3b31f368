"""The rule of the third English grid (issue 14, helper en-grid3), on sentences written for this
test: in "Y praised X, who said P" the object X speaks, and in "Y spoke with X, the agency's
director, who said P" the name and its description are the mention. Neighbours that must keep
their old reading are asked too."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers
from discourse.extract.speakers.lang.en_object_relative import object_relative

_ACTORS = load_actors()


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report in ``text``, in text order."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS).sort_values("start")
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", [
    # a verb's object, then ", who <verb of saying>": the object speaks
    ("The coach thanked Ana Ruiz, who said the pool would reopen in June.",
     [("the pool would reopen in June", "Ana Ruiz")]),
    ("Voters cheered Halvorsen, who argued that the levy was too high.",
     [("the levy was too high", "Halvorsen")]),
    ("The council applauded Mayor Lin Ortega, who told reporters the budget was balanced.",
     [("the budget was balanced", "Mayor Lin Ortega")]),
    # a name and its description after a preposition: both are the mention
    ("The paper talked to Ana Ruiz, the clinic's founder, who said the waiting list had doubled.",
     [("the waiting list had doubled", "Ana Ruiz, the clinic's founder")]),
    ("The survey was run by Ana Ruiz, a chemist at the institute, who said the water was safe.",
     [("the water was safe", "Ana Ruiz, a chemist at the institute")]),
    # a name inside the speaker's description (after a preposition or a noun): the relative
    # clause is the description's, the mention stays
    ("The sister of Tom Hale, who says the mill polluted the river, spoke on Monday.",
     [("the mill polluted the river", "The sister of Tom Hale")]),
    # the subject keeps its reading: no relative clause, or one of the subject itself
    ("The coach said the pool would reopen in June.",
     [("the pool would reopen in June", "The coach")]),
    ("Ana Ruiz, who chairs the board, said the pool would reopen in June.",
     [("the pool would reopen in June", "Ana Ruiz")]),
])
def test_object_relative_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected


def test_object_relative_reads_only_its_shape() -> None:
    text = "The coach thanked Ana Ruiz, who said the pool would reopen."
    qs = text.index("the pool")
    assert object_relative(text, 0, text.index(","), qs) == (18, 26)
    # no "who" before the verb of saying: not this rule's
    text2 = "The coach thanked Ana Ruiz and said the pool would reopen."
    assert object_relative(text2, 0, text2.index(" and"), text2.index("the pool")) is None
    # the mention is a subject alone (no object at its end): nothing to move to
    text3 = "Ana Ruiz, who said the pool would reopen."
    assert object_relative(text3, 0, 8, text3.index("the pool")) is None


def _directs(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every direct quote in ``text``, in text order."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS).sort_values("start")
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    # a title and a surname heading the line: the speaker
    ("Gov. Halvorsen: \"The levy stays\"\n\nThe governor spoke in Salem on Friday.",
     [("The levy stays", "Gov. Halvorsen")]),
    ("Rep. Okafor: ‘We need more beds’\n\nThe hospital is full.",
     [("We need more beds", "Rep. Okafor")]),
    # a label that names nobody keeps no speaker
    ("Update: \"The levy stays\"\n\nThe governor spoke in Salem on Friday.",
     [("The levy stays", "")]),
])
def test_title_headline(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.strip("\"“”‘’'"), m) for t, m in _directs(text)] == expected
