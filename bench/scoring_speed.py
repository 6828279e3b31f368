"""Training time and scoring throughput of the target-aware sentiment methods, with dev-split scores.

Run from the repository root (needs ../shared/datasets/newsmtsc)::

    .venv/bin/python bench/scoring_speed.py [--repeat 3] [--seed 0]

Writes ``bench/out/scoring_speed.json``: seconds to train on the full train split, sentences per
second of the untrained rules and of the trained model (best of ``--repeat`` runs over the dev
sentences stacked to at least 5,000 rows; single process), and macro-F1 / accuracy with bootstrap
CIs on rw-dev and mt-dev for the rules, the trained model, VADER on the whole sentence and the
majority class.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.measure.sentiment import sentiment_analyzer
from discourse.validate.models import (
    evaluate_predictions,
    predict_rules,
    predict_table,
    read_labelled,
    train_model,
)

REPO = Path(__file__).resolve().parents[1]
NEWSMTSC = REPO.parent / "shared" / "datasets" / "newsmtsc"


def vader_whole_sentence(df: pd.DataFrame) -> np.ndarray:
    c = np.array([sentiment_analyzer().polarity_scores(s)["compound"] for s in df["text"]])
    return np.where(c >= 0.05, 1, np.where(c <= -0.05, -1, 0))


def throughput(fn, df: pd.DataFrame, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(df)
        best = min(best, time.perf_counter() - t0)
    return len(df) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is kept)")
    ap.add_argument("--seed", type=int, default=0, help="classifier and bootstrap seed")
    ap.add_argument("--n-boot", type=int, default=2000, help="bootstrap resamples for the CIs")
    args = ap.parse_args()
    train = read_labelled(NEWSMTSC / "train.jsonl")
    dev = {name: read_labelled(NEWSMTSC / f"{name}.jsonl") for name in ("rw-dev", "mt-dev")}

    t0 = time.perf_counter()
    model = train_model("sentiment", train, seed=args.seed)
    train_seconds = time.perf_counter() - t0

    stacked = pd.concat([dev["rw-dev"], dev["mt-dev"]], ignore_index=True)
    stacked = pd.concat([stacked] * int(np.ceil(5000 / len(stacked))), ignore_index=True)
    speed = {
        "rules": throughput(lambda d: predict_rules("sentiment", d), stacked, args.repeat),
        "trained": throughput(lambda d: predict_table(model, d), stacked, args.repeat),
        "vader_whole_sentence": throughput(vader_whole_sentence, stacked, 1),
    }
    majority = int(train["label"].value_counts().sort_index().idxmax())
    scores = {}
    for name, df in dev.items():
        preds = {
            "rules": predict_rules("sentiment", df)["label"],
            "trained": predict_table(model, df)["label"],
            "vader_whole_sentence": vader_whole_sentence(df),
            "majority": np.full(len(df), majority),
        }
        scores[name] = {
            # the intervals resample sentences: a sentence's mentions are not independent
            method: {k: v for k, v in evaluate_predictions(df["label"], p, n_boot=args.n_boot,
                                                           seed=args.seed,
                                                           groups=df["text"]).items()
                     if k in ("n", "n_units", "macro_f1", "macro_f1_ci", "accuracy",
                              "accuracy_ci")}
            for method, p in preds.items()
        }
    out = {
        "train_rows": len(train), "train_seconds": round(train_seconds, 2),
        "scoring_rows": len(stacked),
        "sentences_per_second": {k: round(v) for k, v in speed.items()},
        "dev": scores, "majority_label": majority, "seed": args.seed,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "processor": platform.processor() or platform.machine()},
    }
    path = REPO / "bench" / "out" / "scoring_speed.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
