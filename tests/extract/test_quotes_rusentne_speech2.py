"""Russian direct speech in real single news sentences: a second held-out set (issue 12).

``tests/devset/rusentne_speech2.jsonl`` holds 150 distinct sentences of RuSentNE-2023
(``../shared/datasets/rusentne/train.tsv``; dialogue-evaluation/RuSentNE-evaluation, MIT licence,
Copyright (c) 2023 dialogue-evaluation; the sentences come from Russian Wikinews, CC BY 2.5), drawn by
``tests/devset/draw_rusentne_speech2.py`` (``random.Random(2026120921)``, the first set's pools
and filters, none of its sentences): 110 with a cue of direct speech near a quotation mark, 40
with «» and no verb of saying. Each line keeps the TSV ``row``, the ``sha1`` of the sentence, its
``split`` (every third line ``test``) and the hand annotation by ``../shared/ANNOTATION.md``'s
Russian conventions, written before any extractor ran on these sentences. The lines hold
offsets only (the dataset asks not to be committed); the sentences are read from ``../shared``
by row and checked against their sha1, and the module skips without it.

The first set (``test_quotes_rusentne_speech.py``) had been tuned on for several rounds; this one
measures what fresh sentences give. Run ``python tests/extract/test_quotes_rusentne_speech2.py
dev|test`` to print quoted F1 (P/R), all kinds F1, speaker right, false alarms on «» names and,
for ``dev`` only, every miss and wrong speaker.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.extract.test_quotes_rusentne_speech import (
    TSV,
    build_gold,
    measure,
    name_false_alarms,
    report,
)

SENTENCES = Path(__file__).resolve().parents[1] / "devset" / "rusentne_speech2.jsonl"

pytestmark = pytest.mark.skipif(not TSV.exists(), reason="needs ../shared/datasets/rusentne")

# Floors a little under the measurements, IoU >= 0.5 (docs/validation.md, "A second RuSentNE
# sentence set"). First reading, before any tuning, main at fde623f: dev quoted F1 0.922 (n=59;
# P 0.930, R 0.915), quoted speaker right 0.907 (n=54 matched), all kinds F1 0.859 (n=80); test
# quoted F1 0.916 (n=25; P 0.955, R 0.880), quoted speaker right 0.727 (n=22), all F1 0.896 (n=35).
# (Five annotations were aligned with the Wikinews gold of the same sentences before this reading
# was taken again; as first annotated, dev all F1 read 0.855 of 76: docs/validation.md.)
# After the fixes of branch ru-sentences3 (tuned on dev): dev quoted F1 0.922 (59), quoted speaker
# right 0.944 (54), all F1 0.872 (80); test, read once, unchanged.
FLOORS = {
    # (dev quoted speaker right 0.981 -> 1.000 of 54 after branch ru-quotes21)
    "dev": {("quoted", "f1"): 0.90, ("quoted", "speaker_right"): 0.97, ("all", "f1"): 0.85},
    "test": {("quoted", "f1"): 0.89, ("quoted", "speaker_right"): 0.70, ("all", "f1"): 0.86},
}
# Most predictions allowed on the sentences with «» that quote nobody (dev 31, test 20 sentences;
# first reading 3 and 1).
NAME_FALSE_ALARMS = {"dev": 4, "test": 2}


@pytest.fixture(scope="module", params=["dev", "test"])
def measured(request):
    return request.param, *measure(request.param, SENTENCES)


def test_the_annotation_is_whole():
    recs = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 150 and len({r["sha1"] for r in recs}) == 150
    assert sum(r["split"] == "test" for r in recs) == 50
    assert sum(r["pool"] == "names" for r in recs) == 40
    first = Path(__file__).resolve().parents[1] / "devset" / "rusentne_speech.jsonl"
    earlier = {json.loads(line)["sha1"] for line in first.read_text(encoding="utf-8").splitlines()}
    assert not earlier & {r["sha1"] for r in recs}
    assert len(build_gold("dev", SENTENCES).quotes) == 80
    assert len(build_gold("test", SENTENCES).quotes) == 35


def test_real_sentences_reach_the_floors(measured):
    split, metrics, details, _, _ = measured
    for (category, column), floor in FLOORS[split].items():
        got = metrics.loc[category, column]
        assert got >= floor, f"{split}: {category} {column} = {got:.3f} < {floor}\n{details.to_string()}"


def test_names_and_titles_in_guillemets_are_rarely_quotes(measured):
    split, _, _, pred, gold = measured
    alarms = name_false_alarms(pred, gold)
    assert len(alarms) <= NAME_FALSE_ALARMS[split], alarms[["doc_id", "kind", "text"]].to_string()


if __name__ == "__main__":  # pragma: no cover - a report for humans
    report(sys.argv, SENTENCES)
