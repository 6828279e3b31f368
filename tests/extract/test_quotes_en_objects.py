"""Reported speech, round twenty-one: a noun object after a verb of saying is the report when it
states an event, a number or a claim ("announced his death", "confirmed the deaths of three
soldiers", "predicted another surge of cases", "stated its intention to …"), however short, and
not when it names a topic ("discussed the issue", "announced the plan") or follows a modal ("may
reveal his identity"). English sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.objects import CONTENT_HEADS


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    # short: the three-word floor lets the vouched report through
    ("The club's chairman announced his resignation.", "his resignation",
     "The club's chairman"),
    ("The farmer maintains his innocence.", "his innocence", "The farmer"),
    ("The family of the actor on Monday announced his death.", "his death",
     "The family of the actor"),
    # an event, a count or a claim, with what follows it
    ("The army confirmed the deaths of four soldiers near the border.",
     "the deaths of four soldiers near the border", "The army"),
    ("Forecasters predicted another surge of storms in the gulf.",
     "another surge of storms in the gulf", "Forecasters"),
    ("The retailer stated its intention to close every store in Hungary.",
     "its intention to close every store in Hungary", "The retailer"),
    ("The unions announced their plans to challenge the law in court.",
     "their plans to challenge the law in court", "The unions"),
    ("The health ministry confirmed its first coronavirus infections.",
     "its first coronavirus infections", "The health ministry"),
])
def test_content_object_is_the_report(text: str, report: str, mention: str) -> None:
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The senator talked about the economy.",  # a topic, no verb of saying with content
    "The ministers discussed the issue on Monday.",
    "The minister announced the plan on Tuesday.",  # a topic noun: no content of its own
    "The governor will announce his resignation.",  # a plan, under a modal
    "The paper may reveal his identity next week.",
    "The country has over 1.6 million confirmed cases.",  # a participle after a number
    "The mayor predicted the matter.",  # no head from the list
])
def test_topic_or_modal_is_no_report(text: str) -> None:
    assert _reports(text) == []


def test_content_heads_are_no_topics() -> None:
    # the guard: the nouns the gold reads as topics never vouch for a report
    assert not CONTENT_HEADS & {"issue", "economy", "plan", "matter", "reporters", "decision"}
