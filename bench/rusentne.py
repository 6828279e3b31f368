"""Target sentiment in Russian on RuSentNE: a held-out part of the shared train split.

Run from the repository root (needs ../shared/datasets/rusentne/train.tsv)::

    .venv/bin/python bench/rusentne.py [--seed 0]

Splits train.tsv by sentence (``discourse.validate.heldout``: 80 % dev, 20 % test, seed 0; the
rules' constants, the lexicon's second block and the model's options were chosen on dev only),
trains the model on dev (timed; CPU and wall seconds), scores the held-out test part with it
(timed, mentions per second; the first call, the Navec table already loaded by training) and with
the untrained rules, trains the model on the whole train.tsv (timed: the time the issue limits to
2 minutes), and writes ``bench/out/rusentne.json``: F1_PN and macro-F1 with bootstrap 95%
CIs (2,000 resamples, seed 0), per-class F1, the confusion matrix (row = gold, column =
predicted, in the order -1, 0, 1), n.

``--inner`` adds the numbers to tune on (the held-out part is not read for them): the dev part is
split again by sentence with seeds 1-3 (80 % / 20 %), the model trained on each inner 80 % and
scored on its 20 %; ``inner`` in the output lists F1_PN, macro-F1 and the confusion matrix of
each split and their mean F1_PN. The spread between the three splits is the noise a change must
beat.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from discourse.validate.heldout import split_file
from discourse.validate.models import (
    evaluate_predictions,
    predict_rules,
    predict_table,
    read_labelled,
    train_model,
)

DATA = Path("../shared/datasets/rusentne/train.tsv")
OUT = Path("bench/out/rusentne.json")


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def summary(m: dict) -> dict:
    return {k: m[k] for k in ("n", "n_units", "f1_pn", "f1_pn_ci", "macro_f1", "macro_f1_ci", "accuracy",
                              "confusion")} | {"f1": {c: v["f1"] for c, v in m["per_class"].items()}}


def inner_splits(dev_path: Path, tmp: str, seeds: tuple[int, ...] = (1, 2, 3)) -> dict:
    """F1_PN on inner splits of the dev part (module docstring); the held-out part is not read."""
    runs = []
    for seed in seeds:
        fit_path, val_path = split_file(dev_path, Path(tmp) / f"inner{seed}", seed=seed)
        fit, val = read_labelled(fit_path), read_labelled(val_path)
        pred = predict_table(train_model("sentiment", fit, seed=0), val)
        m = evaluate_predictions(val["label"], pred["label"], n_boot=1, seed=0)
        runs.append({"seed": seed, "n_fit": len(fit), "n_val": len(val), "f1_pn": m["f1_pn"],
                     "macro_f1": m["macro_f1"], "confusion": m["confusion"]})
    return {"splits": runs, "mean_f1_pn": sum(r["f1_pn"] for r in runs) / len(runs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--inner", action="store_true",
                    help="also train and score on three inner splits of dev (seeds 1-3)")
    args = ap.parse_args()
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_path, test_path = split_file(DATA, tmp, seed=args.seed)
        dev, test = read_labelled(dev_path), read_labelled(test_path)
        out["n_dev"], out["n_test"] = len(dev), len(test)
        if args.inner:
            out["inner"] = inner_splits(dev_path, tmp)
        model, wall, cpu = timed(lambda: train_model("sentiment", dev, seed=0))
        out["train_dev_seconds"] = {"wall": wall, "cpu": cpu}
        model_pred, wall, cpu = timed(lambda: predict_table(model, test))
        out["score_test_seconds"] = {"wall": wall, "cpu": cpu, "mentions_per_s": len(test) / wall}
        for name, pred in (("model", model_pred),
                           ("rules", predict_rules("sentiment", test))):
            # intervals resample sentences: a sentence's mentions are not independent
            out[f"test_{name}"] = summary(evaluate_predictions(
                test["label"], pred["label"], n_boot=2000, seed=0, groups=test["text"]))
        out["dev_rules"] = summary(evaluate_predictions(
            dev["label"], predict_rules("sentiment", dev)["label"], n_boot=2000, seed=0,
            groups=dev["text"]))
        _, wall, cpu = timed(lambda: train_model("sentiment", read_labelled(DATA), seed=0))
        out["train_full_seconds"] = {"wall": wall, "cpu": cpu}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
