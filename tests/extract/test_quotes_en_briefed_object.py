"""An object pronoun after "briefed on" and its kin closes an unnamed source: "Three diplomats
briefed on them said P" is the diplomats' report (quotes/lang/en/briefed_object.py). Sentences
written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers

_ACTORS = load_actors()


def _quotes(text: str) -> list[tuple[str, str, str]]:
    """(kind, text, mention) of every quote found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS)
    return [(r.kind, r.text.strip(" ."), r.speaker_mention)
            for r in q.sort_values(["start", "end"]).itertuples()]


@pytest.mark.parametrize("text, report, mention", [
    ("Three diplomats briefed on them said the ceasefire would hold until spring.",
     "the ceasefire would hold until spring", "Three diplomats briefed on them"),
    ("Two people informed about them said the bank had paused the merger.",
     "the bank had paused the merger", "Two people informed about them"),
    ("The bank had paused the merger, two sources briefed on them said.",
     "The bank had paused the merger", "two sources briefed on them"),
])
def test_source_briefed_on_a_pronoun(text: str, report: str, mention: str) -> None:
    assert _quotes(text) == [("indirect", report, mention)]


@pytest.mark.parametrize("text", [
    # an object pronoun before a verb is still no subject
    "Let us remind you that the vote is on Friday.",
    # a thing "based on them" is no source described by what it was told
    "The estimates based on them said little about the harvest.",
])
def test_other_object_pronouns_give_no_speaker(text: str) -> None:
    assert all(m not in ("us", "them") for _, _, m in _quotes(text))
