"""Reports framed by "as X put it" (quotes/lang/en/as_put.py): the main clause is X's report;
"such as", "as well as", "as expected", an "as" of time and "put it to a vote" give none to the
"as" clause. Sentences written for this test."""

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
    ("As the harbour master put it, the ferries would not sail before noon.",
     "the ferries would not sail before noon", "the harbour master"),
    ("As Mayor Lina Okafor put it last week, the budget had no room for new parks.",
     "the budget had no room for new parks", "Mayor Lina Okafor"),
    ("The ferries would not sail before noon, as the harbour master put it.",
     "The ferries would not sail before noon", "the harbour master"),
])
def test_as_x_put_it_frames_a_report(text: str, report: str, mention: str) -> None:
    assert _quotes(text) == [("indirect", report, mention)]


@pytest.mark.parametrize("text", [
    "Towns such as Leeds put it to a vote, and the ferries would not sail before noon.",
    "As well as the council put it, the ferries would not sail before noon.",
    "As the council put it to a vote, the ferries would not sail before noon.",
    "As I put it last year, the ferries would not sail before noon.",
])
def test_no_report_without_a_speaker_of_put_it(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("text, mention", [
    ("As expected, officials said the ferries would not sail before noon.", "officials"),
    ("As the storm approached, officials said the ferries would not sail before noon.",
     "officials"),
])
def test_other_as_clauses_name_no_speaker(text: str, mention: str) -> None:
    assert [m for _, _, m in _quotes(text)] == [mention]
