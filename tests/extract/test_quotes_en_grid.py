"""A grid of the standard attribution shapes of English news (issue 14): every subject shape x
every place of the verb x the common verbs of saying, on sentences written for this test.

No annotated set held "P, Tom Reyes, a spokesman, said Monday." (the speaker was "Monday"), so no
round met it; this grid asks each shape by construction instead of waiting for data. Each case
asserts the report's text and the speaker mention (spans are not compared).

Left out because English itself reads them two ways: "P, said two people briefed on the
matter" ("said [that] two people briefed [someone] on the matter"); "P, says X" (a tense no news
writer inverts); pronouns and appositions after an inverted verb ("P, said he", "P, said Jane
Doerr, 70"), which news does not write.
"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers

# (subject as written, the mention expected)
SUBJECTS = [
    ("he", "he"), ("she", "she"), ("they", "they"),
    ("Jane Doerr", "Jane Doerr"), ("Doerr", "Doerr"), ("Sen. Jane Doerr", "Sen. Jane Doerr"),
    ("Jane Doerr, 70,", "Jane Doerr"),
    ("Jane Doerr, R-Ohio,", "Jane Doerr, R-Ohio"),
    ("Jane Doerr, a Democrat from Ohio,", "Jane Doerr, a Democrat from Ohio"),
    ("Jane Doerr, the agency's director,", "Jane Doerr, the agency's director"),
    ("Jane Doerr, head of the agency,", "Jane Doerr, head of the agency"),
    ("the agency's director, Jane Doerr,", "the agency's director, Jane Doerr"),
    ("the senator, 70,", "the senator"),
    ("the senator, a Democrat from Ohio,", "the senator"),
    ("the State Department", "the State Department"),
    ("the agency's spokeswoman", "the agency's spokeswoman"),
    ("a spokesman for the agency", "a spokesman for the agency"),
    ("officials familiar with the talks", "officials familiar with the talks"),
    ("two people briefed on the matter", "two people briefed on the matter"),
]
VERBS = ["said", "says", "told reporters", "added", "noted", "argued", "wrote"]
PLACES = ["initial", "initial_that", "initial_statement", "final", "final_time",
          "final_statement", "final_twitter", "interrupted", "inverted"]
P = "the agency will review the rules"
P2 = "and the results will be public by May"
_TAILS = {"final": "", "final_time": " Monday", "final_statement": " in a statement",
          "final_twitter": " on Twitter"}
_MIDDLES = {"initial": "", "initial_that": " that", "initial_statement": " in a statement that"}


def _case(subject: str, mention: str, verb: str, place: str
          ) -> tuple[str, list[tuple[str, str]]] | None:
    """The sentence for one cell of the grid and the reports expected, or None when English
    does not write that cell (see the module notes)."""
    bare = subject.rstrip(",")
    if place in _MIDDLES:
        if verb == "told reporters" and place == "initial_statement":
            return None
        comma = "," if subject.endswith(",") else ""
        text = f"{bare[0].upper()}{bare[1:]}{comma} {verb}{_MIDDLES[place]} {P}."
        return text, [(P, mention[0].upper() + mention[1:])]
    first = P[0].upper() + P[1:]
    if place in _TAILS:
        return f"{first}, {subject} {verb}{_TAILS[place]}.", [(first, mention)]
    if place == "interrupted":
        return f"{first}, {subject} {verb}, {P2}.", [(first, mention), (P2, mention)]
    if subject in ("he", "she", "they") or subject.endswith(",") or "briefed" in subject or (
            verb in ("says", "told reporters")):
        return None
    return f"{first}, {verb} {subject}.", [(first, mention)]


def _grid() -> list[tuple[str, list[tuple[str, str]]]]:
    """A third of the full product, every subject with every place and every verb used (the
    cells are chosen by index, the same on every run)."""
    out = []
    for (si, (s, m)), (vi, v), (pi, p) in itertools.product(
            enumerate(SUBJECTS), enumerate(VERBS), enumerate(PLACES)):
        if (si + vi + pi) % 3 == 0 and (case := _case(s, m, v, p)) is not None:
            out.append(case)
    return out


_ACTORS = load_actors()


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", _grid())
def test_grid(text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected


def test_the_grid_covers_every_subject_verb_and_place() -> None:
    texts = [t for t, _ in _grid()]
    assert 300 <= len(texts) <= 450
    for word in [s.rstrip(",").split()[-1] for s, _ in SUBJECTS] + VERBS:
        assert any(word in t for t in texts), word
    head = P[0].upper() + P[1:] + ", "
    inverted = [t for t in texts if t.startswith(head) and t[len(head):].split()[0] in VERBS]
    assert len(inverted) >= 5
