"""The hand-annotated NewsMTSC sentence sets of ``tests/devset/`` as gold (shared by their tests).

``newsmtsc_quotes.jsonl`` (quotes and speakers) and ``newsmtsc_saying.jsonl`` (reported speech,
with the cue's offsets) annotate sentences of ``../shared/datasets/newsmtsc/train.jsonl`` by
offsets only: a line holds the dataset ``id``, the ``sha1`` of the sentence, a ``split`` (``dev``
or ``test``) and its ``quotes`` (``start``, ``end``, ``kind``, ``mention_start``,
``mention_end``, -1 when the sentence names no speaker; in the saying set also ``cue_start``,
``cue_end``). The sentences are read from the dataset and checked against their sha1.
``newsmtsc_saying2.jsonl`` annotates sentences of the two dev files (``mt-dev.jsonl``,
``rw-dev.jsonl``) the same way, its ids prefixed by the file (``mt-dev:<id>``): read them with
:func:`load_dev_sentences`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers
from discourse.validate.evaluate import GOLD_COLUMNS, KIND_TO_CATEGORY, Gold, evaluate_quotes

DEVSET = Path(__file__).resolve().parent / "devset"
DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "newsmtsc" / "train.jsonl"
DEV_FILES = tuple(DATASET.with_name(f"{name}.jsonl") for name in ("mt-dev", "rw-dev"))


def read_annotations(path: Path, quote_keys: set[str] | None = None) -> list[dict]:
    """The annotation records of ``path``, validated (one dict per sentence, in file order);
    with ``quote_keys``, every quote must have exactly those keys."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        rec = json.loads(line)
        missing = {"id", "sha1", "split", "quotes"} - set(rec)
        assert not missing, f"{path.name}, line {n}: missing {sorted(missing)}"
        assert rec["split"] in ("dev", "test"), f"{path.name}, line {n}: bad split {rec['split']!r}"
        for q in rec["quotes"]:
            if quote_keys is not None:
                assert set(q) == quote_keys, f"{path.name}, line {n}: quote keys {sorted(q)}"
            assert q["kind"] in KIND_TO_CATEGORY, f"{path.name}, line {n}: bad kind {q['kind']!r}"
        records.append(rec)
    return records


def load_sentences(ids: set[str], dataset: Path = DATASET) -> dict[str, str]:
    """Sentence text by dataset id, for the ids wanted."""
    out: dict[str, str] = {}
    with dataset.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in ids and rec["id"] not in out:
                out[rec["id"]] = rec["sentence"]
    return out


def load_dev_sentences(ids: set[str]) -> dict[str, str]:
    """Sentence text by ``<file>:<id>`` (``mt-dev:…``, ``rw-dev:…``), for the ids wanted, from
    NewsMTSC's two dev files (the same dataset id may stand in both, hence the prefix)."""
    out: dict[str, str] = {}
    for path in DEV_FILES:
        prefix = f"{path.stem}:"
        wanted = {i[len(prefix):] for i in ids if i.startswith(prefix)}
        if wanted:
            out.update((prefix + k, v) for k, v in load_sentences(wanted, path).items())
    return out


def build_gold(records: list[dict], sentences: dict[str, str], name: str) -> Gold:
    """A :class:`discourse.validate.evaluate.Gold` with one document per sentence (``s000``,
    ``s001``, …); the cue word where the annotation gives its offsets. ``name`` (the
    annotation file's) is for the error messages."""
    texts: dict[str, str] = {}
    rows: list[dict] = []
    for n, rec in enumerate(records):
        text = sentences.get(rec["id"])
        assert text is not None, f"{name}: id {rec['id']!r} is not in {DATASET}"
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        assert sha == rec["sha1"], (f"{name}: sentence {rec['id']!r} has sha1 {sha}, "
                                    f"annotated {rec['sha1']}: the dataset changed")
        doc_id = f"s{n:03d}"
        texts[doc_id] = text
        for q in rec["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text), f"{rec['id']}: span outside the sentence"
            ms, me = q["mention_start"], q["mention_end"]
            row = {"doc_id": doc_id, "start": q["start"], "end": q["end"],
                   "category": KIND_TO_CATEGORY[q["kind"]], "kind": q["kind"],
                   "speaker_mention": text[ms:me] if ms >= 0 else "",
                   "mention_start": ms, "mention_end": me, "speaker": ""}
            if "cue_start" in q:
                cs, ce = q["cue_start"], q["cue_end"]
                row["cue"] = text[cs:ce] if cs >= 0 else ""
            rows.append(row)
    return Gold(texts=texts, quotes=pd.DataFrame(rows, columns=GOLD_COLUMNS))


def score(path: Path, split: str, quote_keys: set[str] | None = None,
          sentences: Callable[[set[str]], dict[str, str]] = load_sentences
          ) -> tuple[pd.DataFrame, pd.DataFrame, Gold]:
    """Metrics and error details of extraction + attribution on one split of the set ``path``
    (``sentences`` reads the texts by id: :func:`load_dev_sentences` for the dev-file set)."""
    records = [r for r in read_annotations(path, quote_keys) if r["split"] == split]
    gold = build_gold(records, sentences({r["id"] for r in records}), path.name)
    articles = pd.DataFrame({"doc_id": list(gold.texts), "text": list(gold.texts.values())})
    pred = attribute_speakers(extract_quotes(articles), articles, load_actors())
    metrics, details = evaluate_quotes(gold, pred)
    return metrics, details, gold


def require_dataset() -> None:
    """Skip the calling test when the NewsMTSC sentences are absent (``../shared`` is not beside
    the checkout, as in a user's clone): the sets hold offsets only."""
    for path in (DATASET, *DEV_FILES):
        if not path.is_file():
            pytest.skip(f"{path} is not present (../shared is absent)")


def check_fresh_sample(path: Path, quote_keys: set[str], n_sentences: int) -> list[dict]:
    """Check the set at ``path`` as its draw wrote it and return its records: ``n_sentences``
    distinct sentences (by sha1 and by id), every third one ``test``, well-formed offsets, and
    no sentence of another NewsMTSC set in ``tests/devset`` (each set is a fresh sample, so
    that its first reading was on text no rule had been tuned on)."""
    records = read_annotations(path, quote_keys)
    assert len(records) == n_sentences
    assert len({r["sha1"] for r in records}) == len({r["id"] for r in records}) == len(records)
    assert [r["split"] for r in records] == ["test" if n % 3 == 2 else "dev"
                                             for n in range(n_sentences)]
    others = {json.loads(line)["sha1"]
              for other in sorted(DEVSET.glob("newsmtsc_*.jsonl")) if other != path
              for line in other.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(others) > 1000, "the other NewsMTSC sets are missing"
    assert not {r["sha1"] for r in records} & others
    check_offsets(records)
    return records


def check_offsets(records: list[dict]) -> None:
    """Every span, mention and cue of ``records`` is ``-1, -1`` or a non-empty ``start < end``."""
    for r in records:
        for q in r["quotes"]:
            for a, b in (("start", "end"), ("mention_start", "mention_end"), ("cue_start", "cue_end")):
                if a in q:
                    assert (q[a] == q[b] == -1) or 0 <= q[a] < q[b], f"{r['id']}: bad {a}/{b}"


def assert_floors(metrics: pd.DataFrame, floors: dict[tuple[str, str], float],
                  split: str) -> pd.DataFrame:
    """The IoU >= 0.5 rows of ``metrics`` by category (printed), each ``(category, column)`` of
    ``floors`` at least its floor."""
    iou = metrics[metrics["match"] == "iou>=0.5"].set_index("category")
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(f"\n[{split}]\n{iou.round(3)}")
    for (cat, col), floor in floors.items():
        assert iou.at[cat, col] >= floor, f"{split}: {cat} {col} = {iou.at[cat, col]:.3f} < {floor}"
    return iou


def print_split(score_split: Callable[[str], tuple[pd.DataFrame, pd.DataFrame, Gold]],
                argv: list[str]) -> None:
    """The command line of a set's test module: ``dev`` (default) prints the metrics and every
    miss and false alarm; ``test`` prints the metrics only -- the misses of a held-out part are
    not for reading, so the tool does not show them."""
    which = argv[1] if len(argv) > 1 else "dev"
    if which not in ("dev", "test"):
        raise SystemExit(f"usage: {argv[0]} dev|test (got {which!r})")
    m, d, _ = score_split(which)
    with pd.option_context("display.width", 200, "display.max_columns", 20,
                           "display.max_colwidth", 120):
        print(m[m["match"] == "iou>=0.5"].round(3).to_string())
        if which == "test":
            print(f"({len(d)} misses and false alarms of the held-out part, not shown)")
            return
        for row in d.itertuples():
            print(f"{row.doc_id} {row.status:9} {row.category:8} {row.text!r}")

