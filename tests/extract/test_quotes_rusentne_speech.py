"""Russian direct speech in real single news sentences: a held-out check (issue 12).

``tests/devset/rusentne_speech.jsonl`` holds 150 distinct sentences of RuSentNE-2023
(``../shared/datasets/rusentne/train.tsv``; dialogue-evaluation/RuSentNE-evaluation, MIT licence,
Copyright (c) 2023 dialogue-evaluation; the sentences come from Russian Wikinews, CC BY 2.5), drawn by
``tests/devset/draw_rusentne_speech.py`` (``random.Random(2026120613)``): 110 with a cue of direct
speech near a quotation mark, 40 with «» and no verb of saying. Each line keeps the TSV ``row``,
the ``sha1`` of the sentence, its ``split`` (every third line ``test``) and the hand annotation by
``../shared/ANNOTATION.md``'s Russian conventions (kind, span and speaker-mention offsets, speaker
in the nominative or null), written before any extractor ran on these sentences. The dataset
asks not to be committed into the project: the lines hold offsets only, the sentences are read
from ``../shared`` by row and checked against their sha1, and the module skips without it.

Unlike ``test_quotes_ru_sentences.py`` (sentences written by us), this is real text. It was a
check at first; since round ten (``test_quotes_ru_round10.py``) the dev part is the tuning set of
the Russian rules and the test part stays held out (its totals read once). Run
``python tests/extract/test_quotes_rusentne_speech.py dev|test`` to print quoted F1 (P/R), all
kinds F1, speaker right, false alarms on «» names and, for ``dev`` only, every miss.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.validate.evaluate import (
    GOLD_COLUMNS,
    KIND_TO_CATEGORY,
    Gold,
    evaluate_quotes,
    iou,
    match_spans,
    normalise_span,
)

SENTENCES = Path(__file__).resolve().parents[1] / "devset" / "rusentne_speech.jsonl"
TSV = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "rusentne" / "train.tsv"

pytestmark = pytest.mark.skipif(not TSV.exists(), reason="needs ../shared/datasets/rusentne")


def sentences(tsv: Path = TSV) -> dict[int, str]:
    """Row number (0-based, header excluded) -> sentence of RuSentNE's train.tsv (its doubled
    "" quoting undone by the csv module, as the draw read it)."""
    with tsv.open(encoding="utf-8", newline="") as f:
        return {i: r["sentence"] for i, r in enumerate(csv.DictReader(f, delimiter="\t"))}

# Floors a little under the measurements, IoU >= 0.5. First measurement, main at b8ea011: dev quoted
# F1 0.846 (n=64), speaker right 0.830 (n=53), all F1 0.783 (n=88); test 0.945 (n=27), 0.840
# (n=25), 0.861 (n=37). Since round ten (branch ru-sent-rules) dev is the Russian rules' tuning
# set: dev 0.910 (64), 0.875 (56), 0.850 (88); test, read once, 0.945 (27), 0.880 (25), 0.892 (37).
# After the fourteenth round (quoted speech, branch ru-quotes13): dev quoted F1 0.968 (64), quoted
# speaker right 0.900 (60), all F1 0.917 (88); test, read once, unchanged 0.964 (27).
FLOORS = {
    # (dev quoted speaker right 0.933 -> 0.983 of 60 after branch ru-quotes21)
    "dev": {("quoted", "f1"): 0.93, ("quoted", "speaker_right"): 0.95, ("all", "f1"): 0.83},
    "test": {("quoted", "f1"): 0.92, ("quoted", "speaker_right"): 0.80, ("all", "f1"): 0.83},
}
# Most predictions allowed on the sentences with «» that quote nobody (dev 30, test 20
# sentences): measured 7 and 1 at first, 4 and 1 since round ten, 3 and 1 since the fourteenth
# round (a caption after "подписью:" dropped).
NAME_FALSE_ALARMS = {"dev": 4, "test": 2}


def build_gold(split: str, path: Path = SENTENCES) -> Gold:
    """One document per sentence of ``split`` (doc id ``row<N>``, N the TSV row), gold offsets as
    annotated; a line whose span or mention does not match its text is an error naming the line."""
    texts: dict[str, str] = {}
    rows: list[dict] = []
    source = sentences()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        rec = json.loads(line)
        if rec["split"] != split:
            continue
        doc_id, text = f"row{rec['row']}", source.get(rec["row"], "")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != rec["sha1"]:
            raise ValueError(f"{path}, line {n}: row {rec['row']} of {TSV} is not the annotated "
                             "sentence (sha1 differs)")
        texts[doc_id] = text
        for q in rec["quotes"]:
            if not 0 <= q["start"] < q["end"] <= len(text):
                raise ValueError(f"{path}, line {n}: span {q['start']}-{q['end']} outside the sentence")
            mention = text[q["mention_start"]:q["mention_end"]] if q["mention_start"] >= 0 else ""
            rows.append({"doc_id": doc_id, "start": q["start"], "end": q["end"],
                         "category": KIND_TO_CATEGORY[q["kind"]], "kind": q["kind"],
                         "speaker_mention": mention, "mention_start": q["mention_start"],
                         "mention_end": q["mention_end"], "speaker": q["speaker"] or "", "cue": ""})
    return Gold(texts=texts, quotes=pd.DataFrame(rows, columns=GOLD_COLUMNS))


def measure(split: str, path: Path = SENTENCES) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame,
                                                          Gold]:
    """Metrics at IoU >= 0.5 by category, the error details, the predictions and the gold of one
    split of the sentence set ``path`` (this module's, or a later set's)."""
    gold = build_gold(split, path)
    articles = pd.DataFrame({"doc_id": list(gold.texts), "text": list(gold.texts.values())})
    pred = extract_attributed_quotes(articles)
    metrics, details = evaluate_quotes(gold, pred)
    return metrics[metrics["match"] == "iou>=0.5"].set_index("category"), details, pred, gold


def name_false_alarms(pred: pd.DataFrame, gold: Gold) -> pd.DataFrame:
    """Predictions on sentences that hold «» but quote nobody (names, titles, labels)."""
    quoting = set(gold.quotes["doc_id"])
    names = [d for d, t in gold.texts.items() if d not in quoting and "«" in t]
    return pred[pred["doc_id"].isin(names)]


def speaker_misses(gold: Gold, pred: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """Matched quoted (direct, nested, partial) spans whose speaker is wrong by both measures of
    ``evaluate_quotes``: ``(doc_id, quote, gold mention / speaker, predicted mention / speaker)``."""
    out = []
    for doc_id, text in gold.texts.items():
        g = gold.quotes[gold.quotes["doc_id"] == doc_id].reset_index(drop=True)
        p = pred[pred["doc_id"] == doc_id].reset_index(drop=True)
        pairs = match_spans([normalise_span(text, a, b) for a, b in zip(g["start"], g["end"])],
                            [normalise_span(text, int(a), int(b)) for a, b in zip(p["start"], p["end"])],
                            mode="iou")
        for i, j in pairs:
            gq, pq = g.iloc[i], p.iloc[j]
            if gq["category"] == "indirect" or not (gq["mention_start"] >= 0 or gq["speaker"]):
                continue
            ok = int(pq["mention_start"]) >= 0 and gq["mention_start"] >= 0 and iou(
                normalise_span(text, int(gq["mention_start"]), int(gq["mention_end"])),
                normalise_span(text, int(pq["mention_start"]), int(pq["mention_end"]))) >= 0.5
            got = pq["speaker"] if isinstance(pq["speaker"], str) else ""
            ok = ok or (bool(gq["speaker"]) and got.casefold() == gq["speaker"].casefold())
            if not ok:
                out.append((doc_id, text[gq["start"]:gq["end"]],
                            f"{gq['speaker_mention']} / {gq['speaker']}",
                            f"{pq['speaker_mention']} / {got}"))
    return out


@pytest.fixture(scope="module", params=["dev", "test"])
def measured(request):
    return request.param, *measure(request.param)


def test_the_annotation_is_whole():
    recs = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 150 and len({r["sha1"] for r in recs}) == 150
    assert sum(r["split"] == "test" for r in recs) == 50
    assert len(build_gold("dev").quotes) == 88 and len(build_gold("test").quotes) == 37


def test_real_sentences_reach_the_floors(measured):
    split, metrics, details, _, _ = measured
    for (category, column), floor in FLOORS[split].items():
        got = metrics.loc[category, column]
        assert got >= floor, f"{split}: {category} {column} = {got:.3f} < {floor}\n{details.to_string()}"


def test_names_and_titles_in_guillemets_are_rarely_quotes(measured):
    split, _, _, pred, gold = measured
    alarms = name_false_alarms(pred, gold)
    assert len(alarms) <= NAME_FALSE_ALARMS[split], alarms[["doc_id", "kind", "text"]].to_string()


def report(argv: list[str], path: Path = SENTENCES) -> None:
    """Print quoted F1 (P/R), speaker right and the «» false alarms of the split ``argv[1]``
    (``dev`` or ``test``) of the sentence set ``path``; for ``dev`` also every miss, false alarm
    and wrong speaker (``-v``: every prediction). A held-out part's errors are not shown."""
    split = argv[1] if len(argv) > 1 else "dev"
    if split not in ("dev", "test"):
        sys.exit(f"usage: {argv[0]} dev|test (got {split!r})")
    metrics, details, pred, gold = measure(split, path)
    cols = ["n_gold", "n_pred", "precision", "recall", "f1", "n_mention", "mention_accuracy",
            "n_speaker_right", "speaker_right"]
    print(f"{split}: {len(gold.texts)} sentences, {len(gold.quotes)} gold quotes (IoU >= 0.5)")
    print(metrics.loc[["quoted", "direct", "mixed", "indirect", "all"], cols].round(3).to_string())
    alarms = name_false_alarms(pred, gold)
    n_names = sum(1 for d, t in gold.texts.items() if d not in set(gold.quotes["doc_id"]) and "«" in t)
    print(f"false alarms on «» names: {len(alarms)} on {n_names} sentences that quote nobody")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pool = {f"row{r['row']}" for r in recs if r["split"] == split and r["pool"] == "names"}
    print(f"'names' pool ({len(pool)} sentences): {int(pred['doc_id'].isin(pool).sum())} "
          f"predictions, {int(((details['status'] == 'pred_only') & details['doc_id'].isin(pool)).sum())}"
          f" false alarms, {int(gold.quotes['doc_id'].isin(pool).sum())} gold")
    if split == "test":  # the misses of a held-out part are not for reading
        print(f"({len(details)} misses and false alarms of the held-out part, not shown)")
        sys.exit(0)
    for r in details.itertuples():
        print(r.status, r.category, r.doc_id, "|", r.text, "||", gold.texts[r.doc_id])
    for doc_id, quote, want, got in speaker_misses(gold, pred):
        print("speaker", doc_id, "|", quote, "|| gold:", want, "|| got:", got)
    if "-v" in argv:
        print(pred[["doc_id", "kind", "text", "speaker_mention", "speaker"]].to_string())


if __name__ == "__main__":  # pragma: no cover - a report for humans
    report(sys.argv)
