"""Russian quoted speech in real single news sentences: a seventh set (issue 12), held to the bars
of the sixth.

``tests/devset/ru_wikinews_sentences2.jsonl`` holds 115 single sentences of the 840 shared Russian
Wikinews articles, drawn by ``tests/devset/draw_ru_wikinews_sentences2.py``
(``random.Random(2026120852)``): set 6's draw over what set 6 left (100 of the 124 ``speech``
sentences left, 15 ``names``), every third line ``test``. The annotation by
``../shared/ANNOTATION.md``'s Russian conventions was written before any extractor ran on these
sentences; the sentence is the whole document. Offsets only: the sentences are read from
``../shared`` and checked against their sha1 (set 6's module does it); the module skips without
them.

Run ``python tests/extract/test_quotes_ru_wikinews_sentences2.py dev|test`` to print quoted F1
(P/R), all kinds F1, speaker right, false alarms on «» names and, for ``dev`` only, every miss and
wrong speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.extract.test_quotes_ru_wikinews_sentences import (
    TEXTS,
    build_gold,
    measure,
    records,
    report,
)
from tests.extract.test_quotes_rusentne_speech import name_false_alarms

SENTENCES = Path(__file__).resolve().parents[1] / "devset" / "ru_wikinews_sentences2.jsonl"

pytestmark = pytest.mark.skipif(not TEXTS.exists(), reason="needs ../shared/corpora/wikinews_ru")

# Floors a little under the measurements, IoU >= 0.5 (docs/validation.md, "A seventh Russian
# sentence set"). First reading, before any rule saw the set, main at 304eecc: dev quoted F1 0.862
# (n=28; P 0.757, R 1.000), quoted speaker right 0.889 (n=27 matched), all kinds F1 0.814 (n=54);
# test quoted F1 0.914 (n=18; P 0.941, R 0.889), quoted speaker right 0.875 (n=16), all F1 0.830
# (n=30). After round twenty-eight (branch ru-sentences8: sentences_mention_heads,
# sentences_source_no_comma; tuned on dev): dev quoted speaker right 0.963 (27), the rest
# unchanged; test, read once at the end: unchanged. After round twenty-nine (branch ru-quotes22:
# sentences_document_titles, sentences_epithets): dev quoted F1 0.903 (P 0.824), test unchanged.
FLOORS = {
    "dev": {("quoted", "f1"): 0.88, ("quoted", "speaker_right"): 0.93, ("all", "f1"): 0.79},
    "test": {("quoted", "f1"): 0.89, ("quoted", "speaker_right"): 0.85, ("all", "f1"): 0.80},
}
# Most predictions allowed on the sentences with «» that quote nobody (dev 26, test 13 sentences;
# first reading 4 and 0; round twenty-nine 2 and 0).
NAME_FALSE_ALARMS = {"dev": 2, "test": 1}


@pytest.fixture(scope="module", params=["dev", "test"])
def measured(request):
    return request.param, *measure(request.param, SENTENCES)


def test_the_annotation_is_whole():
    recs = records(SENTENCES)
    assert len(recs) == 115 and len({r["sha1"] for r in recs}) == 115
    assert sum(r["split"] == "test" for r in recs) == 38
    assert sum(r["pool"] == "names" for r in recs) == 15
    sixth = {r["sha1"] for r in records()}
    assert not sixth & {r["sha1"] for r in recs}  # nothing set 6 took
    index = (Path(__file__).resolve().parents[1] / "gold" / "wikinews_ru" / "index.csv").read_text(
        encoding="utf-8")
    assert not any(r["file"] in index for r in recs)  # no article of any gold split
    assert len(build_gold("dev", SENTENCES).quotes) == 54
    assert len(build_gold("test", SENTENCES).quotes) == 30


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
