"""Reported speech, round ten: a pseudo-cleft after a verb of saying ("said what happened was
that P") and a noun's report that ends before the subject's purpose ("… to argue that Q").
English sentences of our own, with the negatives (a topic after "what", a noun report with no
purpose clause after it)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, cue, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, cue, mention", [
    ("Bolton said what happened was that Kim brought a deal that was not good enough.",
     "what happened was that Kim brought a deal that was not good enough", "said", "Bolton"),
    ("The mayor said what the city needs is more buses and fewer cars.",
     "what the city needs is more buses and fewer cars", "said", "The mayor"),
    ("The senator argued what matters most is that voters trust the count.",
     "what matters most is that voters trust the count", "argued", "The senator"),
])
def test_pseudo_cleft_is_a_report(text, report, cue, mention):
    assert (report, cue, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "She said what she wanted.",
    "He said what he thought about the plan.",
    "She explained what the problem was with the old plan.",
    "He told reporters what the plan was.",
])
def test_what_as_a_topic_is_no_report(text):
    assert _reports(text) == []


def test_noun_report_ends_before_a_purpose_with_its_own_report():
    text = ("She pointed to the recent announcement by the company that it would give a year of "
            "paid leave to argue that firms know best.")
    assert ("it would give a year of paid leave", "announcement", "the company") in _reports(text)
    # without the purpose clause the noun's report runs to the end of its clause
    plain = "She pointed to the recent announcement by the company that it would give a year of paid leave."
    assert ("it would give a year of paid leave", "announcement", "the company") in _reports(plain)
