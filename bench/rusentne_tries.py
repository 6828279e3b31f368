"""Tries on RuSentNE's inner splits of dev, fitted on main's feature matrices (the eighth round).

Run from the repository root (needs ../shared/datasets/rusentne/train.tsv and, for
``selftrain``, ../shared/corpora/wikinews_ru/texts)::

    OMP_NUM_THREADS=1 .venv/bin/python bench/rusentne_tries.py [--seeds 1 2 3 4 5 6] \
        [--tries bagging fusion selftrain]

The held-out part is never read: train.tsv is split by sentence as in ``bench/rusentne.py``
(seed 0, 80 % dev), and dev again with each seed (80 % / 20 %, the inner training and validation
parts). For each split the features of ``RUSSIAN.model`` are computed once (context table, then
the ``ColumnTransformer`` fitted on the inner training part: sparse matrices, one row per mention,
columns in the named blocks of :data:`discourse.measure.target_model.NGRAM_BLOCKS` and the dense
blocks after them), and each try fits only logistic regressions on them -- about 4 s of CPU a fit
with one BLAS thread, against a minute for the whole pipeline:

- ``main``: the model of main, its logistic regression blended at 0.3 with a second one on the
  NB-scaled n-grams (:mod:`discourse.measure.nb_blend`); the reference every try is paired with.
- ``bagging``: the blend fitted on ``--bags`` bootstrap resamples of the inner training part's
  sentences (each sentence drawn with all its mentions; the NB ratios of each resample;
  deterministic seeds 1000 + b), probabilities averaged; also the plain model's bags alone and
  the bags averaged with main's model.
- ``fusion``: one logistic regression per view -- word n-grams (the four word blocks), characters
  (window and mention), dense (kinds, Navec window vectors at weight 0.2, rule and role numbers)
  -- each with its C chosen by 5-fold cross-validation by sentence on the inner training part
  (F1_PN of the out-of-fold argmax), then the views' probabilities combined by weights on a 0.1
  grid (simplex) or by a stacked logistic regression on their out-of-fold log-probabilities, both
  fitted on the same out-of-fold probabilities; with and without main's model as a member.
- ``selftrain``: mentions in the 840 Russian Wikinews articles (razdel sentences of 5-60 words,
  natasha's NER from its wheel: PER, ORG, LOC as PERSON, ORGANIZATION, COUNTRY) labelled by the
  blend fitted on the inner training part; the polar ones kept where their class's out-of-fold
  precision on the inner training part reaches ``p`` (the lowest such confidence, at least 10
  rows), with the most confident neutral ones in train.tsv's ratio of neutral to polar (2.56);
  added at weight ``w`` (the NB ratios and the vocabulary from the labelled rows only); refitted.

Prints, per variant, F1_PN on each split, the mean and the splits above main's, and writes
``bench/out/rusentne_tries.json``. Numbers: docs/validation.md, "An eighth round".
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from discourse.measure.nb_blend import count_ratios
from discourse.measure.target_model import NGRAM_BLOCKS, make_target_pipeline
from discourse.measure.targeted import RUSSIAN
from discourse.validate.heldout import split_file
from discourse.validate.models import model_input, read_labelled

DATA = Path("../shared/datasets/rusentne/train.tsv")
WIKINEWS = Path("../shared/corpora/wikinews_ru/texts")
OUT = Path("bench/out/rusentne_tries.json")
CLASSES = np.array([-1, 0, 1])
NB_WEIGHT = RUSSIAN.model["nb_weight"]
OPTIONS = {k: v for k, v in RUSSIAN.model.items() if k != "nb_weight"}
VIEWS = {"word": ("window_words", "left_words", "right_words", "sentence_words"),
         "char": ("window_chars", "entity_chars"),
         "dense": ("entity_tag", "vectors", "rules", "roles")}
C_GRID = {"word": (0.5, 1, 2, 4), "char": (0.25, 0.5, 1, 2), "dense": (0.03, 0.1, 0.3, 1)}
NEUTRAL_PER_POLAR = 4774 / 1863  # in train.tsv
SELF_SETTINGS = ((0.6, 0.3), (0.7, 0.3), (0.6, 1.0))  # (p, w)


@dataclass
class Split:
    """One inner split: main's features fitted on its training part, applied to both parts."""
    seed: int
    Xf: sp.csr_matrix
    yf: np.ndarray
    groups: np.ndarray  # sentence number of each training row
    Xv: sp.csr_matrix
    yv: np.ndarray
    blocks: dict[str, tuple[int, int]]
    class_weight: Any
    features: Any  # the fitted ColumnTransformer, for unlabelled rows


def make_split(dev_path: Path, tmp: str, seed: int) -> Split:
    fit_path, val_path = split_file(dev_path, Path(tmp) / f"inner{seed}", seed=seed)
    fit, val = read_labelled(fit_path), read_labelled(val_path)
    yf = fit["label"].astype("int64").to_numpy()
    pipe = make_target_pipeline(seed=0, labels=yf, **OPTIONS)
    context, features = pipe.named_steps["context"], pipe.named_steps["features"]
    Xf = sp.csr_matrix(features.fit_transform(context.fit(model_input(fit)).transform(
        model_input(fit)), yf))
    Xv = sp.csr_matrix(features.transform(context.transform(model_input(val))))
    return Split(seed, Xf, yf, pd.factorize(fit["text"])[0], Xv,
                 val["label"].astype("int64").to_numpy(),
                 {n: (s.start, s.stop) for n, s in features.output_indices_.items()},
                 pipe.named_steps["clf"].class_weight, features)


def f1_pn(y: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean(f1_score(y, pred, labels=[-1, 1], average=None)))


def argmax(P: np.ndarray) -> np.ndarray:
    return CLASSES[np.argmax(P, axis=1)]


def lr(C: float, class_weight: Any) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight=class_weight, max_iter=2000, random_state=0)


def nb_scale(s: Split, X: sp.csr_matrix, y: np.ndarray) -> sp.dia_matrix:
    """The column scale of measure.nb_blend: ratios per n-gram block, divided by its mean."""
    ratios, scale = count_ratios(X, y), np.ones(X.shape[1])
    for name in NGRAM_BLOCKS:
        if name in s.blocks:
            a, b = s.blocks[name]
            if ratios[a:b].size and ratios[a:b].mean() > 0:
                scale[a:b] = ratios[a:b] / ratios[a:b].mean()
    return sp.diags(scale)


class Blend:
    """main's model on fixed features: plain and NB-scaled logistic regressions, blended."""

    def __init__(self, s: Split, X, y, *, scale=None, sample_weight=None) -> None:
        self.S = nb_scale(s, X, y) if scale is None else scale
        self.plain = lr(0.25, s.class_weight).fit(X, y, sample_weight=sample_weight)
        self.scaled = lr(0.25, s.class_weight).fit(X @ self.S, y, sample_weight=sample_weight)

    def parts(self, X) -> tuple[np.ndarray, np.ndarray]:
        return self.plain.predict_proba(X), self.scaled.predict_proba(X @ self.S)

    def proba(self, X) -> np.ndarray:
        p, q = self.parts(X)
        return (1 - NB_WEIGHT) * p + NB_WEIGHT * q


def folds(s: Split) -> list:
    return list(GroupKFold(5).split(s.Xf, s.yf, s.groups))


def out_of_fold(s: Split, fit_proba) -> np.ndarray:
    """Out-of-fold probabilities on the training part; ``fit_proba(train_idx, test_idx)``."""
    P = np.zeros((len(s.yf), 3))
    for tr, te in folds(s):
        P[te] = fit_proba(tr, te)
    return P


def try_bagging(s: Split, main_P: np.ndarray, bags: int) -> dict[str, float]:
    rows_of = pd.Series(np.arange(len(s.yf))).groupby(s.groups).apply(np.asarray).tolist()
    ps, qs = [], []
    for b in range(bags):
        drawn = np.random.default_rng(1000 + b).integers(0, len(rows_of), len(rows_of))
        idx = np.concatenate([rows_of[g] for g in drawn])
        p, q = Blend(s, s.Xf[idx], s.yf[idx]).parts(s.Xv)
        ps.append(p)
        qs.append(q)
    out = {}
    for n in sorted({min(5, bags), bags}):
        blend = (1 - NB_WEIGHT) * np.mean(ps[:n], 0) + NB_WEIGHT * np.mean(qs[:n], 0)
        out[f"bagged blend, {n} bags"] = f1_pn(s.yv, argmax(blend))
        out[f"bagged plain LR, {n} bags"] = f1_pn(s.yv, argmax(np.mean(ps[:n], 0)))
        out[f"main + {n} bagged blends, half each"] = f1_pn(s.yv, argmax((main_P + blend) / 2))
        out[f"main and {n} bags, equal weights"] = f1_pn(s.yv,
                                                         argmax((main_P + n * blend) / (n + 1)))
    out["one bag (mean over the bags)"] = float(np.mean([
        f1_pn(s.yv, argmax((1 - NB_WEIGHT) * p + NB_WEIGHT * q)) for p, q in zip(ps, qs)]))
    return out


def _simplex(k: int, steps: int = 10):
    for c in itertools.product(range(steps + 1), repeat=k - 1):
        if sum(c) <= steps:
            yield np.array([*c, steps - sum(c)]) / steps


def try_fusion(s: Split, main_P: np.ndarray) -> dict[str, Any]:
    oof, val, chosen = {}, {}, {}
    Xf, Xv = s.Xf.tocsc(), s.Xv.tocsc()
    for view, names in VIEWS.items():
        cols = np.concatenate([np.arange(*s.blocks[n]) for n in names])
        A, Av = Xf[:, cols].tocsr(), Xv[:, cols].tocsr()
        if view == "dense":  # the vectors at 0.2 beside the standardised numbers, not 0.05
            a, b = s.blocks["vectors"]
            w = np.where((cols >= a) & (cols < b), 4.0, 1.0)
            A, Av = A @ sp.diags(w), Av @ sp.diags(w)
        best = None
        for C in C_GRID[view]:
            P = out_of_fold(s, lambda tr, te, C=C, A=A: lr(C, s.class_weight).fit(
                A[tr], s.yf[tr]).predict_proba(A[te]))
            score = f1_pn(s.yf, argmax(P))
            if best is None or score > best[0]:
                best = (score, C, P)
        chosen[view] = {"C": best[1], "oof_f1_pn": best[0]}
        oof[view] = best[2]
        val[view] = lr(best[1], s.class_weight).fit(A, s.yf).predict_proba(Av)
    oof["main"] = out_of_fold(s, lambda tr, te: Blend(s, s.Xf[tr], s.yf[tr]).proba(s.Xf[te]))
    val["main"] = main_P
    out: dict[str, Any] = {"chosen": chosen, "oof_main": f1_pn(s.yf, argmax(oof["main"]))}
    for view in VIEWS:
        out[f"view {view} alone"] = f1_pn(s.yv, argmax(val[view]))
    for members in (("word", "char", "dense"), ("word", "char", "dense", "main"),
                    ("dense", "main")):
        name = "+".join(members)
        w = max(_simplex(len(members)), key=lambda w: f1_pn(
            s.yf, argmax(sum(wi * oof[m] for wi, m in zip(w, members)))))
        out[f"weights {name}"] = w.round(2).tolist()
        out[f"fusion {name}"] = f1_pn(s.yv, argmax(sum(wi * val[m] for wi, m in zip(w, members))))
        Z = np.hstack([np.log(oof[m] + 1e-9) for m in members])
        Zv = np.hstack([np.log(val[m] + 1e-9) for m in members])
        out[f"stacked LR {name}"] = f1_pn(s.yv, lr(1.0, s.class_weight).fit(Z, s.yf).predict(Zv))
    return out


def wikinews_mentions(texts: Path = WIKINEWS) -> pd.DataFrame:
    """Mentions (``text``, ``start``, ``end``, ``entity_tag``) of natasha's NER in the Russian
    Wikinews articles' distinct sentences of 5-60 words."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    from razdel import sentenize

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    kinds = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "COUNTRY"}
    rows, seen = [], set()
    for path in sorted(texts.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            for sent in sentenize(para):
                text = sent.text.strip()
                if not 5 <= len(text.split()) <= 60 or text in seen:
                    continue
                seen.add(text)
                doc = Doc(text)
                doc.segment(segmenter)
                doc.tag_ner(ner)
                rows += [{"text": text, "start": m.start, "end": m.stop,
                          "entity_tag": kinds[m.type]} for m in doc.spans]
    return pd.DataFrame(rows, columns=["text", "start", "end", "entity_tag"])


def _threshold(P: np.ndarray, y: np.ndarray, c: int, p: float) -> float | None:
    """The lowest confidence at which the out-of-fold predictions of ``c`` are right for at
    least ``p`` of them (at least 10 rows), or None."""
    pred, conf = argmax(P), P.max(axis=1)
    for t in np.sort(conf[pred == c]):
        sel = (pred == c) & (conf >= t)
        if sel.sum() >= 10 and (y[sel] == c).mean() >= p:
            return float(t)
    return None


def try_selftrain(s: Split, unlabelled: pd.DataFrame) -> dict[str, Any]:
    pipe = make_target_pipeline(seed=0, labels=s.yf, **OPTIONS)
    Xu = sp.csr_matrix(s.features.transform(pipe.named_steps["context"].fit(unlabelled)
                                            .transform(unlabelled)))
    oof = out_of_fold(s, lambda tr, te: Blend(s, s.Xf[tr], s.yf[tr]).proba(s.Xf[te]))
    model = Blend(s, s.Xf, s.yf)
    Pu = model.proba(Xu)
    lu, cu = argmax(Pu), Pu.max(axis=1)
    out: dict[str, Any] = {"main": f1_pn(s.yv, argmax(model.proba(s.Xv)))}
    for p, w in SELF_SETTINGS:
        keep = np.zeros(len(lu), dtype=bool)
        for c in (-1, 1):
            t = _threshold(oof, s.yf, c, p)
            if t is not None:
                keep |= (lu == c) & (cu >= t)
        neutral = np.flatnonzero(lu == 0)
        neutral = neutral[np.argsort(-cu[neutral], kind="stable")]
        keep[neutral[:int(round(NEUTRAL_PER_POLAR * keep.sum()))]] = True
        X = sp.vstack([s.Xf, Xu[keep]]).tocsr()
        weights = np.concatenate([np.ones(len(s.yf)), np.full(int(keep.sum()), w)])
        refit = Blend(s, X, np.concatenate([s.yf, lu[keep]]), scale=model.S,
                      sample_weight=weights)
        out[f"self-training p {p} w {w}"] = f1_pn(s.yv, argmax(refit.proba(s.Xv)))
        out[f"added p {p} (-1/0/1)"] = [int(((lu == c) & keep).sum()) for c in (-1, 0, 1)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5, 6])
    ap.add_argument("--tries", nargs="+", default=["bagging", "fusion", "selftrain"],
                    choices=["bagging", "fusion", "selftrain"])
    ap.add_argument("--bags", type=int, default=10)
    args = ap.parse_args()
    unlabelled = wikinews_mentions() if "selftrain" in args.tries else None
    runs: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_path, _ = split_file(DATA, tmp, seed=0)  # the held-out part is not read
        for seed in args.seeds:
            cpu = time.process_time()
            s = make_split(dev_path, tmp, seed)
            main_P = Blend(s, s.Xf, s.yf).proba(s.Xv)
            run: dict[str, Any] = {"main": f1_pn(s.yv, argmax(main_P))}
            if "bagging" in args.tries:
                run |= try_bagging(s, main_P, args.bags)
            if "fusion" in args.tries:
                run |= try_fusion(s, main_P)
            if "selftrain" in args.tries:
                run |= {k: v for k, v in try_selftrain(s, unlabelled).items() if k != "main"}
            run["cpu_seconds"] = time.process_time() - cpu
            runs[seed] = run
            print(seed, json.dumps(run), flush=True)
    base = np.array([runs[s]["main"] for s in args.seeds])
    table = {}
    for key, value in runs[args.seeds[0]].items():
        if isinstance(value, float) and key not in ("cpu_seconds", "oof_main"):
            f = np.array([runs[s][key] for s in args.seeds])
            table[key] = {"f1_pn": f.round(4).tolist(), "mean": float(f.mean()),
                          "vs_main": float(f.mean() - base.mean()), "splits_up": int((f > base).sum())}
            print(f"{key}: {', '.join(f'{x:.3f}' for x in f)} (mean {f.mean():.4f}, "
                  f"{f.mean() - base.mean():+.4f}, {(f > base).sum()} of {len(f)} up)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"seeds": args.seeds, "runs": runs, "table": table}, indent=1)
                   + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
