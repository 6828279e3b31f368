"""Speaker labels, posts and signature lines on US political news (issue 14).

``tests/devset/newsmtsc_labels.jsonl`` annotates 90 distinct sentences of the three NewsMTSC
files (``../shared/datasets/newsmtsc/``) that no earlier set holds and that open with a
capitalised label and a colon (``TAPPER:``, ``Rubio:``, ``SEE ALSO:``), or hold a ``>`` post or a
signature ``— Name (@handle) date`` (``tests/devset/draw_newsmtsc_labels.py``). Same line format
as ``newsmtsc_saying3.jsonl``; ids of the two dev files prefixed by the file (``mt-dev:<id>``);
every third line ``test`` (held out), the rest ``dev``. The annotation was committed before any
extractor ran on these sentences. The tests skip when ``../shared`` is absent.

Run ``python tests/extract/test_quotes_labels_set.py dev|test`` to print the metrics; for ``dev``
also every miss / false alarm (a held-out part's are not shown).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from discourse.validate.evaluate import Gold
from tests.newsmtsc_gold import (
    assert_floors,
    check_fresh_sample,
    load_any_sentences,
    print_split,
    require_dataset,
)
from tests.newsmtsc_gold import score as score_set

DEVSET = Path(__file__).resolve().parents[1] / "devset"
ANNOTATIONS = DEVSET / "newsmtsc_labels.jsonl"
QUOTE_KEYS = {"start", "end", "kind", "mention_start", "mention_end", "cue_start", "cue_end"}
N_SENTENCES = 90

# Floors (IoU >= 0.5) a little below the values measured; see docs/validation.md ("Transcript
# turns and inline posts"). "direct" holds the embedded turns and posts. First measurement (main
# 1a3816f, before any rule; test totals only), dev / test: direct F1 0.850 (n=23) / 0.857 (12);
# all kinds F1 0.612 (62; P 0.833, R 0.484) / 0.654 (31; P 0.810, R 0.548); mention accuracy of
# all matched 0.786 (28) / 0.812 (16). After the transcript and inline-post passes (tuned on dev,
# test read once at the end): dev direct F1 0.980, all F1 0.706 (P 0.900, R 0.581), mentions
# 0.824 (34); test direct F1 1.000, all F1 0.727 (P 0.833, R 0.645), mentions 0.842 (19).
# Round 17 ("Name: proposition" headlines, lang/en/headlines.py): dev all F1 0.755 (P 0.909, R
# 0.645); the test part was not read in that round.
FLOORS: dict[str, dict[tuple[str, str], float]] = {
    "dev": {("direct", "f1"): 0.95, ("all", "f1"): 0.73, ("all", "precision"): 0.87},
    "test": {("direct", "f1"): 0.9, ("all", "f1"): 0.7, ("all", "precision"): 0.8},
}


def score(split: str) -> tuple[pd.DataFrame, pd.DataFrame, Gold]:
    """Metrics and error details of extraction + attribution on one split of the set."""
    return score_set(ANNOTATIONS, split, QUOTE_KEYS, load_any_sentences)


def test_annotations_are_well_formed():
    check_fresh_sample(ANNOTATIONS, QUOTE_KEYS, N_SENTENCES)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_labels_set_floors(split):
    require_dataset()
    metrics, _, _ = score(split)
    assert_floors(metrics, FLOORS[split], split)


if __name__ == "__main__":  # pragma: no cover - a tool for whoever tunes the extractor
    print_split(score, sys.argv)
