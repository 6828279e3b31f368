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
beat. ``--inner-seeds 1 2 3 4 5 6`` takes other seeds (the seventh round's bar: six splits).

``--without OPTION`` (e.g. ``nb_weight``) also trains the model without that option of
``RUSSIAN.model`` (the pipeline's default for it) on dev, times its scoring of the held-out part,
and writes ``without``: its summary and the paired bootstrap (:func:`paired`, the same resampled
sentences) of the model's F1_PN minus and over it.

``--baselines`` writes ``bench/out/rusentne_baselines.json`` instead: plain baselines trained on
dev and scored on the held-out test part with the same bootstrap (:func:`baselines`) -- TF-IDF
(scikit-learn defaults) of the sentence's words (1-grams, 1-2-grams) or ``char_wb`` 2-5-grams,
the sentence as it is, with the mention marked (``entbeg ... entend``) or masked (``entmask``),
logistic regression with C 1, class weights none or balanced (and a few other C, to show how much
C alone moves them); and a PolSentiLex word sum (the raw crowd file from ``../shared``, each
lemma's mean judgement; the sign of the sum over the sentence's words by lemma or as written, or
over the 8 words on each side of the mention by lemma). Beside each, the model
trained on dev and the paired bootstrap (same resampled sentences) of the model's F1_PN minus
the baseline's, and of their ratio (``model_vs``; beside the PolSentiLex sums also the untrained
rules', ``rules_vs``): what projects the issue's baseline numbers on the maintainers' held-out
sentences (about 0.41 and 0.29) onto our methods.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from discourse.measure.russian import lemma, read_lexicon
from discourse.measure.target_model import make_target_pipeline
from discourse.measure.targeted import RUSSIAN
from discourse.validate.heldout import split_file
from discourse.validate.models import (
    evaluate_predictions,
    model_input,
    predict_rules,
    predict_table,
    read_labelled,
    train_model,
)

DATA = Path("../shared/datasets/rusentne/train.tsv")
OUT = Path("bench/out/rusentne.json")
OUT_BASELINES = Path("bench/out/rusentne_baselines.json")
POLSENTILEX = Path("../shared/lexicons/polsentilex/PolSentiLex-raw.csv")
LABELS = (-1, 0, 1)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


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


def mention_text(df: pd.DataFrame, how: str) -> list[str]:
    """The sentences as a baseline reads them: as they are, the mention marked, or masked."""
    if how == "plain":
        return df["text"].tolist()
    rows = zip(df["text"], df["start"], df["end"], strict=True)
    if how == "marked":
        return [f"{t[:a]} entbeg {t[a:b]} entend {t[b:]}" for t, a, b in rows]
    return [f"{t[:a]} entmask {t[b:]}" for t, a, b in rows]


def tfidf_lr(fit: pd.DataFrame, val: pd.DataFrame, *, analyzer: str, ngrams: tuple[int, int],
             how: str, weight: str | None, C: float = 1.0) -> np.ndarray:
    """Labels of a plain TF-IDF + logistic regression baseline (scikit-learn defaults
    otherwise), fitted on ``fit`` and applied to ``val``."""
    model = make_pipeline(TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams),
                          LogisticRegression(C=C, class_weight=weight, max_iter=2000,
                                             random_state=0))
    model.fit(mention_text(fit, how), fit["label"].to_numpy())
    return model.predict(mention_text(val, how))


def lexicon_sum(df: pd.DataFrame, lexicon, window: int | None = None,
                lemmas: bool = True) -> np.ndarray:
    """The sign of the sum of the words' lexicon values (by lemma, or as written): the whole
    sentence's, or the ``window`` words on each side of the mention (its own words left out)."""
    key = lemma if lemmas else str
    out = []
    for t, a, b in zip(df["text"], df["start"], df["end"], strict=True):
        if window is None:
            words = _WORD.findall(t)
        else:
            words = _WORD.findall(t[:a])[-window:] + _WORD.findall(t[b:])[:window]
        total = sum(lexicon.get(key(w.lower()).replace("ё", "е"), 0.0) for w in words)
        out.append(int(np.sign(total)))
    return np.asarray(out, dtype="int64")


def _group_counts(y_true, y_pred, gid: np.ndarray, n_units: int) -> np.ndarray:
    """One row of confusion counts (gold x predicted, LABELS order) per sentence."""
    pos = {c: i for i, c in enumerate(LABELS)}
    codes = np.array([pos[int(a)] * 3 + pos[int(b)] for a, b in zip(y_true, y_pred, strict=True)])
    counts = np.zeros((n_units, 9), dtype="int64")
    np.add.at(counts, (gid, codes), 1)
    return counts


def _f1_pn(conf: np.ndarray) -> np.ndarray:
    """F1_PN of confusion matrices (..., 9): mean F1 of -1 and 1."""
    conf = conf.reshape(-1, 3, 3).astype(float)
    f1 = []
    for k in (0, 2):
        tp = conf[:, k, k]
        denom = conf[:, k, :].sum(axis=1) + conf[:, :, k].sum(axis=1)
        f1.append(np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0))
    return (f1[0] + f1[1]) / 2


def paired(y_true, pred_a, pred_b, groups, *, n_boot: int = 2000, seed: int = 0) -> dict:
    """F1_PN of ``pred_a`` minus and over ``pred_b`` on the same resampled sentences: the
    observed values, the 95 % percentile intervals and the share of resamples with a <= b."""
    gid = pd.factorize(pd.Series(list(groups), dtype="object"), sort=False)[0]
    n_units = int(gid.max()) + 1
    ca, cb = (_group_counts(y_true, p, gid, n_units) for p in (pred_a, pred_b))
    rng = np.random.default_rng(seed)
    mult = np.stack([np.bincount(rng.integers(0, n_units, size=n_units), minlength=n_units)
                     for _ in range(n_boot)])
    fa, fb = _f1_pn(mult @ ca), _f1_pn(mult @ cb)
    a, b = float(_f1_pn(ca.sum(axis=0))[0]), float(_f1_pn(cb.sum(axis=0))[0])
    ratio = np.divide(fa, fb, out=np.full_like(fa, np.nan), where=fb > 0)
    return {"diff": a - b, "diff_ci": np.quantile(fa - fb, [0.025, 0.975]).tolist(),
            "ratio": a / b if b else None,
            "ratio_ci": np.nanquantile(ratio, [0.025, 0.975]).tolist() if b else None,
            "share_a_not_better": float(np.mean(fa <= fb))}


def without(option: str, dev: pd.DataFrame, test: pd.DataFrame, model_pred: np.ndarray) -> dict:
    """The model without ``option`` of ``RUSSIAN.model``, trained on ``dev``, scored on ``test``
    (timed), and the model's paired F1_PN against it."""
    options = {k: v for k, v in RUSSIAN.model.items() if k != option}
    if len(options) == len(RUSSIAN.model):
        raise SystemExit(f"--without {option}: RUSSIAN.model has no such option "
                         f"(it has {sorted(RUSSIAN.model)}).")
    y = dev["label"].astype("int64").to_numpy()
    other = make_target_pipeline(seed=0, labels=y, **options).fit(model_input(dev), y)
    pred, wall, cpu = timed(lambda: predict_table(other, test))
    labels = pred["label"].to_numpy()
    return {"option": option, "score_test_seconds": {"wall": wall, "cpu": cpu},
            "test": summary(evaluate_predictions(test["label"], labels, n_boot=2000, seed=0,
                                                 groups=test["text"])),
            "model_vs": paired(test["label"].to_numpy(), model_pred, labels, test["text"])}


BASELINES = (  # name, analyzer, n-grams
    ("words 1", "word", (1, 1)), ("words 1-2", "word", (1, 2)), ("char_wb 2-5", "char_wb", (2, 5)),
)


def baselines(dev: pd.DataFrame, test: pd.DataFrame) -> dict:
    """Every plain baseline and the model, trained on ``dev``, scored on ``test`` (docstring)."""
    preds: dict[str, np.ndarray] = {}
    seconds: dict[str, float] = {}
    runs = [(b, how, weight, 1.0) for b in BASELINES for how in ("plain", "marked", "masked")
            for weight in (None, "balanced")]
    # how much C alone moves them (not part of the brief's grid: C 1 is scikit-learn's default)
    runs += [(b, "marked", "balanced", C) for b in BASELINES for C in (0.3, 10.0)]
    runs += [(b, "plain", None, C) for b in BASELINES for C in (10.0, 30.0)]
    for (name, analyzer, ngrams), how, weight, C in runs:
        key = f"tfidf {name}, {how}, {weight or 'no'} class weights, C {C:g}"
        cpu = time.process_time()
        preds[key] = tfidf_lr(dev, test, analyzer=analyzer, ngrams=ngrams, how=how,
                              weight=weight, C=C)
        seconds[key] = time.process_time() - cpu
    lex = read_lexicon(POLSENTILEX)
    preds["PolSentiLex sum, sentence"] = lexicon_sum(test, lex)
    preds["PolSentiLex sum, 8 words each side"] = lexicon_sum(test, lex, window=8)
    preds["PolSentiLex sum, sentence, word forms"] = lexicon_sum(test, lex, lemmas=False)
    preds["rules (untrained)"] = predict_rules("sentiment", test)["label"].to_numpy()
    preds["model"] = predict_table(train_model("sentiment", dev, seed=0), test)["label"].to_numpy()
    y, groups = test["label"].to_numpy(), test["text"]
    rows = {}
    for key, pred in preds.items():
        rows[key] = summary(evaluate_predictions(y, pred, n_boot=2000, seed=0, groups=groups))
        if key in seconds:
            rows[key]["fit_cpu_seconds"] = seconds[key]
        if key != "model":
            rows[key]["model_vs"] = paired(y, preds["model"], pred, groups)
        if key.startswith("PolSentiLex"):  # the untrained method's anchor in the issue
            rows[key]["rules_vs"] = paired(y, preds["rules (untrained)"], pred, groups)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--inner", action="store_true",
                    help="also train and score on three inner splits of dev (seeds 1-3)")
    ap.add_argument("--inner-seeds", type=int, nargs="+", default=[1, 2, 3],
                    help="the seeds of the inner splits (default 1 2 3)")
    ap.add_argument("--without", metavar="OPTION",
                    help="also the model without this option of RUSSIAN.model, paired against it")
    ap.add_argument("--baselines", action="store_true",
                    help="plain TF-IDF + LR and PolSentiLex baselines against the model "
                         f"(writes {OUT_BASELINES})")
    args = ap.parse_args()
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_path, test_path = split_file(DATA, tmp, seed=args.seed)
        dev, test = read_labelled(dev_path), read_labelled(test_path)
        out["n_dev"], out["n_test"] = len(dev), len(test)
        if args.baselines:
            out["baselines"] = baselines(dev, test)
            OUT_BASELINES.parent.mkdir(parents=True, exist_ok=True)
            OUT_BASELINES.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
            for key, row in out["baselines"].items():
                vs = row.get("model_vs", {})
                print(f"{row['f1_pn']:.3f} [{row['f1_pn_ci'][0]:.3f}, {row['f1_pn_ci'][1]:.3f}] "
                      f"macro {row['macro_f1']:.3f} diff {vs.get('diff', 0):+.3f} "
                      f"{[round(x, 3) for x in vs.get('diff_ci', [])]} {key}")
            return 0
        if args.inner:
            out["inner"] = inner_splits(dev_path, tmp, seeds=tuple(args.inner_seeds))
        model, wall, cpu = timed(lambda: train_model("sentiment", dev, seed=0))
        out["train_dev_seconds"] = {"wall": wall, "cpu": cpu}
        model_pred, wall, cpu = timed(lambda: predict_table(model, test))
        out["score_test_seconds"] = {"wall": wall, "cpu": cpu, "mentions_per_s": len(test) / wall}
        for name, pred in (("model", model_pred),
                           ("rules", predict_rules("sentiment", test))):
            # intervals resample sentences: a sentence's mentions are not independent
            out[f"test_{name}"] = summary(evaluate_predictions(
                test["label"], pred["label"], n_boot=2000, seed=0, groups=test["text"]))
        if args.without:
            out["without"] = without(args.without, dev, test, model_pred["label"].to_numpy())
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
