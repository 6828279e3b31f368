"""Russian direct speech in real single news sentences: a third held-out set (issue 12).

``tests/devset/rusentne_speech3.jsonl`` holds 125 distinct sentences of RuSentNE-2023
(``../shared/datasets/rusentne/train.tsv``; dialogue-evaluation/RuSentNE-evaluation, MIT licence,
Copyright (c) 2023 dialogue-evaluation; the sentences come from Russian Wikinews, CC BY 2.5),
drawn by ``tests/devset/draw_rusentne_speech3.py`` (``random.Random(2026120931)``, the first set's
pools and filters, none of the sentences of sets 1 and 2): all 105 sentences left with a cue of
direct speech near a quotation mark, and 20 with «» and no verb of saying. Each line keeps the TSV
``row``, the ``sha1`` of the sentence, its ``split`` (every third line ``test``) and the hand
annotation by ``../shared/ANNOTATION.md``'s Russian conventions, written before any extractor ran
on these sentences. The lines hold offsets only (the dataset asks not to be committed); the
sentences are read from ``../shared`` by row and checked against their sha1, and the module skips
without it.

Sets 1 and 2 had been tuned on; this one measures what fresh sentences give, above all who speaks.
Run ``python tests/extract/test_quotes_rusentne_speech3.py dev|test`` to print quoted F1 (P/R),
all kinds F1, speaker right, false alarms on «» names and, for ``dev`` only, every miss and wrong
speaker.
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

SENTENCES = Path(__file__).resolve().parents[1] / "devset" / "rusentne_speech3.jsonl"

pytestmark = pytest.mark.skipif(not TSV.exists(), reason="needs ../shared/datasets/rusentne")

# Floors a little under the measurements, IoU >= 0.5 (docs/validation.md, "A third RuSentNE
# sentence set"). First reading, before any tuning, main at 5b8f20d: dev quoted F1 0.888 (n=49;
# P 0.974, R 0.816), quoted speaker right 0.775 (n=40 matched), speaker right of all matched
# 0.755 (n=53), all kinds F1 0.828 (n=71); test quoted F1 0.950 (n=21; P 1.000, R 0.905), quoted
# speaker right 0.944 (n=18), of all matched 0.962 (n=26), all F1 0.885 (n=32).
# After the fixes of branch ru-sentences4 (tuned on dev): dev quoted F1 0.901 (49), quoted speaker
# right 0.951 (41), all F1 0.844 (71); test, read once, unchanged.
# After branch ru-sentences9 (sentences_short_closers.py): dev quoted F1 0.911 -> 0.923, one more
# quote matched («С почином!», — цитирует запись, оставленную Медведевым …) whose speaker, the
# author a participle names, is missed: quoted speaker right 0.951 (41) -> 0.929 (42).
FLOORS = {
    "dev": {("quoted", "f1"): 0.88, ("quoted", "speaker_right"): 0.92, ("all", "f1"): 0.82},
    "test": {("quoted", "f1"): 0.92, ("quoted", "speaker_right"): 0.90, ("all", "f1"): 0.86},
}
# Most predictions allowed on the sentences with «» that quote nobody (dev 25, test 11 sentences;
# first reading 2 and 0).
NAME_FALSE_ALARMS = {"dev": 3, "test": 1}


@pytest.fixture(scope="module", params=["dev", "test"])
def measured(request):
    return request.param, *measure(request.param, SENTENCES)


def test_the_annotation_is_whole():
    recs = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 125 and len({r["sha1"] for r in recs}) == 125
    assert sum(r["split"] == "test" for r in recs) == 41
    assert sum(r["pool"] == "names" for r in recs) == 20
    devset = Path(__file__).resolve().parents[1] / "devset"
    earlier = {json.loads(line)["sha1"]
               for name in ("rusentne_speech.jsonl", "rusentne_speech2.jsonl")
               for line in (devset / name).read_text(encoding="utf-8").splitlines()}
    assert not earlier & {r["sha1"] for r in recs}
    assert len(build_gold("dev", SENTENCES).quotes) == 71
    assert len(build_gold("test", SENTENCES).quotes) == 32


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
