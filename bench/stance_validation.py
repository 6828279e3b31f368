"""The hand-coded stance set: coder agreement, the rules and the supervised models, with CIs.

Run from the repository root::

    .venv/bin/python bench/stance_validation.py [--n-boot 1000] [--seed 0]

Writes ``bench/out/stance_validation.json`` and prints the Markdown tables of
``docs/validation.md`` (stance section). The rules were tuned on the ``dev`` split only; every
method is scored on ``test``. The models are trained on ``dev``: the target-aware pipeline on the
coded mentions alone (the ``stance`` task of ``discourse train``), and the same pipeline on
NewsMTSC's train split plus the coded mentions (weight 5), when ``../shared/datasets/newsmtsc``
is present.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd

from discourse.validate.models import read_labelled
from discourse.validate.stance_set import (
    mention_rows,
    predict_model,
    predict_rules,
    read_stance_set,
    stance_agreement,
    stance_f1,
    train_stance_model,
)

REPO = Path(__file__).resolve().parents[1]
NEWSMTSC = REPO.parent / "shared" / "datasets" / "newsmtsc" / "train.jsonl"


def markdown(df: pd.DataFrame, cols: list[str]) -> str:
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in df[cols].itertuples(index=False):
        cells = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sset = read_stance_set()
    out: dict = {"n_boot": args.n_boot, "seed": args.seed}

    agreement = stance_agreement(sset, n_boot=args.n_boot, seed=args.seed)
    out["agreement"] = agreement.to_dict("records")
    print("## Agreement (before adjudication)\n")
    print(markdown(agreement, ["scope", "statistic", "n_units", "n_items", "estimate", "ci_low",
                               "ci_high"]))

    results = {}
    for split in ("dev", "test"):
        gold = sset.gold(split, lang="en")
        pred = predict_rules(gold.drop_duplicates("unit_id"))
        results[f"rules, {split}"] = stance_f1(gold.merge(pred, on=["unit_id", "target"]),
                                               n_boot=args.n_boot, seed=args.seed)
    dev_rows = mention_rows(sset.gold("dev", lang="en"))
    test_rows = mention_rows(sset.gold("test", lang="en"))
    t0 = time.perf_counter()
    model = train_stance_model(dev_rows, seed=args.seed)
    out["seconds_dev_only"] = time.perf_counter() - t0
    results["model trained on dev, test"] = stance_f1(
        test_rows.merge(predict_model(model, test_rows), on=["unit_id", "target"]),
        n_boot=args.n_boot, seed=args.seed)
    if NEWSMTSC.is_file():
        t0 = time.perf_counter()
        model = train_stance_model(dev_rows, extra=read_labelled(NEWSMTSC), seed=args.seed)
        out["seconds_with_newsmtsc"] = time.perf_counter() - t0
        results["model trained on NewsMTSC train + dev, test"] = stance_f1(
            test_rows.merge(predict_model(model, test_rows), on=["unit_id", "target"]),
            n_boot=args.n_boot, seed=args.seed)
    out["n_units"] = {"dev": int(dev_rows["unit_id"].nunique()),
                      "test": int(test_rows["unit_id"].nunique())}
    out["n_mentioned"] = {"dev": int((dev_rows["start"] >= 0).sum()),
                          "test": int((test_rows["start"] >= 0).sum())}
    out["results"] = {k: v.to_dict("records") for k, v in results.items()}
    for name, table in results.items():
        print(f"\n## {name}\n")
        print(markdown(table, ["target", "n_units", "macro_f1", "ci_low", "ci_high", "f1_favour",
                               "f1_against", "f1_none"]))
    path = REPO / "bench" / "out" / "stance_validation.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {path}")


if __name__ == "__main__":
    main()
