"""Russian direct speech in single news sentences, written for this test (not from the gold).

``tests/devset/ru_sentences.jsonl``: one sentence a line, made up in the style of Russian news
(the dialogue dash, an attribution interrupting the quote, a colon after the speaker, a dash
line, reported speech holding a quoted fragment) with its quotes: ``kind``, the quoted ``text``
and the ``speaker_mention`` as they stand in the sentence (offsets are found by search). Six
sentences hold only names and labels in «» (газета «Коммерсантъ», партия «Единая Россия», ПАО
«Газпром», операция «…», фильм «…», «иностранные агенты»): nothing may be reported there.

The sentences were written before the extractor was run on them, as a second check of the
behaviour the Wikinews gold measures (the issue's held-out set of single sentences is held to the
same quoted-speech and speaker numbers). Run ``python tests/extract/test_quotes_ru_sentences.py``
to print the metrics and every miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from discourse.extract.attributed import extract_attributed_quotes
from discourse.validate.evaluate import GOLD_COLUMNS, KIND_TO_CATEGORY, Gold, evaluate_quotes

SENTENCES = Path(__file__).resolve().parents[1] / "devset" / "ru_sentences.jsonl"

# Floors a little under what was measured (IoU >= 0.5): see bench/README.md for the numbers.
FLOORS = {("quoted", "f1"): 0.90, ("quoted", "speaker_right"): 0.85, ("all", "precision"): 0.90}


def build_gold(path: Path = SENTENCES) -> Gold:
    """One document per sentence (``r00``, ``r01``, …), quote and mention offsets by search."""
    texts: dict[str, str] = {}
    rows: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        doc_id, text = f"r{n:02d}", rec["text"]
        texts[doc_id] = text
        for q in rec["quotes"]:
            start = text.index(q["text"])
            ms = text.index(q["speaker_mention"]) if q["speaker_mention"] else -1
            rows.append({"doc_id": doc_id, "start": start, "end": start + len(q["text"]),
                         "category": KIND_TO_CATEGORY[q["kind"]], "kind": q["kind"],
                         "speaker_mention": q["speaker_mention"], "mention_start": ms,
                         "mention_end": ms + len(q["speaker_mention"]) if ms >= 0 else -1,
                         "speaker": "", "cue": ""})
    return Gold(texts=texts, quotes=pd.DataFrame(rows, columns=GOLD_COLUMNS))


def measure() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    gold = build_gold()
    articles = pd.DataFrame({"doc_id": list(gold.texts), "text": list(gold.texts.values())})
    pred = extract_attributed_quotes(articles)
    metrics, details = evaluate_quotes(gold, pred)
    return metrics[metrics["match"] == "iou>=0.5"].set_index("category"), details, pred


def test_russian_sentences_reach_the_floors():
    metrics, details, _ = measure()
    for (category, column), floor in FLOORS.items():
        got = metrics.loc[category, column]
        assert got >= floor, f"{category} {column} = {got:.3f} < {floor}\n{details.to_string()}"


def test_names_and_labels_in_guillemets_are_not_quotes():
    _, _, pred = measure()
    gold = build_gold()
    empty = [d for d in gold.texts if d not in set(gold.quotes["doc_id"])]
    assert len(empty) == 6
    assert pred[pred["doc_id"].isin(empty)].empty, pred[pred["doc_id"].isin(empty)]


if __name__ == "__main__":  # pragma: no cover - a report for humans
    metrics, details, pred = measure()
    cols = ["n_gold", "n_pred", "precision", "recall", "f1", "n_mention", "mention_accuracy",
            "speaker_right"]
    print(metrics[cols].round(3).to_string())
    texts = build_gold().texts
    for r in details.itertuples():
        print(r.status, r.category, r.doc_id, "|", r.text, "||", texts[r.doc_id])
    if len(sys.argv) > 1:
        print(pred[["doc_id", "kind", "text", "speaker_mention", "cue"]].to_string())
