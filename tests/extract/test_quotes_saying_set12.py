"""Reported speech after verbs of saying on a twelfth fresh sample of US political news (round 32).

``tests/devset/newsmtsc_saying12.jsonl`` annotates 120 distinct sentences of NewsMTSC's training
split that no earlier set holds, drawn from the sentences whose sha1 starts with 8-f (the half
sets 9 to 11 did not draw from; ``tests/devset/draw_newsmtsc_saying12.py``). Same line format as
``newsmtsc_saying5.jsonl`` (read by :mod:`tests.newsmtsc_gold`); every third line ``test`` (held
out), the rest ``dev``. The annotation was committed before any extractor ran on these sentences
(one dev line's second line, cut from the listing read for annotating, was annotated after; see
the draw script). The tests skip when ``../shared`` is absent.

Run ``python tests/extract/test_quotes_saying_set12.py dev|test`` to print the metrics; for
``dev`` also every miss / false alarm (a held-out part's are not shown).
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
ANNOTATIONS = DEVSET / "newsmtsc_saying12.jsonl"
QUOTE_KEYS = {"start", "end", "kind", "mention_start", "mention_end", "cue_start", "cue_end"}
N_SENTENCES = 120

# Floors (IoU >= 0.5) a little below the values measured; see docs/validation.md. First
# measurement (branch en-saying21 at ec41c05 = main 304eecc's extractor, before any rule was
# tuned on the set), dev / test: indirect_saying recall 0.792 (n=48) / 0.875 (16); all kinds F1
# 0.797 (74; P 0.859, R 0.743) / 0.806 (34; P 0.893, R 0.735); direct F1 0.923 (14) / 0.875 (9).
# After the round (en-saying21), dev: saying recall 0.833 (40 of 48), all kinds F1 0.820 (P 0.877,
# R 0.770); the dev floors rose a little, the test floors stay under the first reading.
FLOORS: dict[str, dict[tuple[str, str], float]] = {
    "dev": {("indirect_saying", "recall"): 0.81, ("all", "f1"): 0.80,
            ("all", "precision"): 0.86, ("direct", "f1"): 0.90},
    "test": {("indirect_saying", "recall"): 0.78, ("all", "f1"): 0.74,
             ("all", "precision"): 0.83, ("direct", "f1"): 0.82},
}
MIN_SAYING = {"dev": 47, "test": 15}  # gold indirect reports after a verb of saying, per part


def score(split: str) -> tuple[pd.DataFrame, pd.DataFrame, Gold]:
    """Metrics and error details of extraction + attribution on one split of the set."""
    return score_set(ANNOTATIONS, split, QUOTE_KEYS, load_any_sentences)


def test_annotations_are_well_formed():
    records = check_fresh_sample(ANNOTATIONS, QUOTE_KEYS, N_SENTENCES)
    # the 24 unfiltered sentences hold no attribution in some lines, the filtered most do
    assert 72 <= sum(bool(r["quotes"]) for r in records) < N_SENTENCES


@pytest.mark.parametrize("split", ["dev", "test"])
def test_saying_set12_floors(split):
    require_dataset()
    metrics, _, _ = score(split)
    iou = assert_floors(metrics, FLOORS[split], split)
    assert iou.at["indirect_saying", "n_gold"] >= MIN_SAYING[split]


if __name__ == "__main__":  # pragma: no cover - a tool for whoever tunes the extractor
    print_split(score, sys.argv)
