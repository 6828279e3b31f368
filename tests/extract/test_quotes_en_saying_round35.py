"""Reported speech, round 35 (branch en-saying24): sentences written for these tests.

A news agency's dateline opening a sentence ("(CNN)", "WASHINGTON (Reuters) -", "Washington
(CNN)") is no part of the sentence's report, and does not stop the sentence-final reading
(:mod:`discourse.extract.quotes.lang.en.dateline`). A remark with its sentence-final attribution
set off by two dashes inside a sentence ("the plan — the most ambitious in a decade, officials
said — will cost …") is read (:mod:`discourse.extract.quotes.lang.en.dash_report`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.dateline import _DATELINE


def _reports(text: str) -> list[tuple[str, str]]:
    """(text, mention) of every indirect report found in ``text``."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = extract_quotes(arts)
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("(CNN) The tax bill will pass the Senate next week, the senator said.",
     "The tax bill will pass the Senate next week", "the senator"),
    ("(Reuters) - The mayor will not seek a third term, he told reporters on Friday.",
     "The mayor will not seek a third term", "he"),
    ("WASHINGTON (Reuters) - The tax bill will pass the Senate next week, the senator told "
     "reporters.", "The tax bill will pass the Senate next week", "the senator"),
    ("Washington (CNN) Troops will be able to re-enlist while the order is under review, the "
     "Pentagon confirmed.", "Troops will be able to re-enlist while the order is under review",
     "the Pentagon"),
    ("NEW YORK (AP) -- The museum will reopen in May, according to two people familiar with the "
     "plans.", "The museum will reopen in May", "two people familiar"),
    ("(AP) — The senator said the tax bill would pass the Senate next week.",
     "the tax bill would pass the Senate next week", "The senator"),
])
def test_dateline_is_no_part_of_the_report(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report", [
    # a bracket that is no agency: the sentence is read as before
    ("Sen. Rob Portman (R-Ohio) said the tax bill would pass the Senate next week.",
     "the tax bill would pass the Senate next week"),
    ("The tax bill will pass the Senate next week, Sen. Rob Portman (R-Ohio) said.",
     "The tax bill will pass the Senate next week"),
])
def test_other_brackets_are_untouched(text, report):
    assert report in [t for t, _ in _reports(text)]


@pytest.mark.parametrize("text, is_dateline", [
    ("(CNN) Anthony Hale", True),
    ("WASHINGTON (AP) — Ann Hale", True),
    ("Kiev, Ukraine (Reuters) - Ann Hale", True),
    ("Sen. Rob Portman (R-Ohio) said", False),
    ("The network (NBC) said", False),
])
def test_dateline_pattern(text, is_dateline):
    assert (_DATELINE.match(text) is not None) == is_dateline


@pytest.mark.parametrize("text, report, mention", [
    ("The new plan — the most ambitious in a decade, officials said — will cost $3 billion.",
     "the most ambitious in a decade", "officials"),
    ("The new plan -- the most ambitious in a decade, the mayor said on Tuesday -- will cost "
     "$3 billion.", "the most ambitious in a decade", "the mayor"),
    ("Air strikes – a last resort if the talks fail, the minister said – would be hard to sell.",
     "a last resort if the talks fail", "the minister"),
    ("The union praised its members — 60% “under thirty,” Hale said — and their energy.",
     "60% “under thirty,”", "Hale"),
])
def test_dash_aside_remark(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The plan, the mayor said — and few doubted it — was dead.",  # one dash only after the cue
    "— The plan is dead, the mayor said — and few doubted it.",  # the dash opens the sentence
    "The bill — taxes, spending, the mayor said — will pass.",  # a list, not one remark
    "The bill — the biggest in years, she said in a long interview with the paper — will pass.",
])
def test_dash_aside_negatives(text):
    assert not any(m in ("the mayor", "she") for _, m in _reports(text))
