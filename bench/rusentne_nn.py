"""Tries with a small neural sequence model trained here, on RuSentNE's inner splits (the tenth round).

Run from the repository root (needs ../shared/datasets/rusentne/train.tsv, the ``natasha`` wheel
for Navec, and torch: ``.venv/bin/pip install torch==2.13.0``, the CPU build)::

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python bench/rusentne_nn.py [--seeds 1 2 3 4 5 6] \
        [--tries gru] [--cache /tmp/rusentne_nn]

The held-out part is never read: train.tsv is split by sentence as in ``bench/rusentne.py`` (seed
0, 80 % dev) and dev again with each seed (80 % / 20 %), as in ``bench/rusentne_use.py``, whose
helpers (``make_split``, ``Blend``, ``f1_pn``, ``argmax``, ``cv_folds``) this script imports.
main's probabilities of each split are cached in ``--cache`` (outside the repository).

The model reads the sentence as tokens (words and punctuation), at most ``MAXLEN`` around the
mention. Per token: its Navec vector (frozen; the word form, else its pymorphy3 lemma; a flag
where neither is in the table), a learned embedding of its position relative to the mention (0
inside it, -k / +k the k-th token before / after it, clipped at +-20), of its pymorphy3 part of
speech and of its case; in the ``lemmas`` variants also a learned embedding of its lemma (lemmas
seen at least twice in the training rows) and its valence in the project's Russian lexicon. A
bidirectional GRU (``gru``) or a convolution of widths 3 and 5 (``cnn``) reads them; the
mention's mean state, an attention pooling over the sentence keyed by the mention's state and a
max pooling over the sentence, with an embedding of the kind of mention, go to a linear layer of
three classes. Cross-entropy with main's class weights, Adam, dropout; one thread, fixed seeds,
deterministic algorithms (the same run gives the same bytes).

How a try is run on one inner split, nothing chosen on its validation part:

1. the inner training part is cut once more by sentence (the first fold of ``cv_folds(s, 5)``:
   80 % to fit the network, 20 % to choose on); the network trains ``EPOCHS`` epochs on the 80 %,
   and the epoch with the best F1_PN on the 20 % is kept; main's blend is fitted on the same 80 %
   and its probabilities on the 20 % give the blend weight ``g`` (a 0.1 grid, the network's
   share) with the best F1_PN there;
2. ``alone``: that network's argmax on the validation part; ``blend``: ``(1 - g)`` main's
   probabilities (main fitted on the whole inner training part, as in every round) plus ``g``
   the network's; ``snap alone`` and ``snap blend``: the same with the network's probabilities
   averaged over epochs ``SNAP``..``EPOCHS`` (a snapshot average; its own ``g``), no epoch chosen;
3. with ``--full``: the network retrained on the whole inner training part (same seed, all
   ``EPOCHS`` epochs): ``full`` (the chosen epoch, the first ``g``), ``full snap`` (the
   snapshot average, the second ``g``), ``full snap half`` (the snapshot average and main's at
   0.5 each, fixed beforehand), and each network alone;
4. with ``--lean`` instead (half the CPU: no network on the 80 %, nothing chosen): one network
   on the whole inner training part, ``lean snap half`` its snapshot average and main's at 0.5
   each, ``lean last half`` its last epoch's the same way, and each alone. ``gru_short`` and
   ``cnn_short`` read 20 tokens on each side instead of 40.

Prints per variant the F1_PN of each split, the mean, its difference to main's and the splits up
(the bar: mean +0.008 with five of six splits up), and writes
``bench/out/rusentne_nn_<tries>[_full|_lean][_s<seeds>].json`` (seeds named unless 1-6).
Numbers: docs/validation.md, "A tenth round".
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rusentne_use import DATA, Blend, argmax, cv_folds, f1_pn, make_split  # noqa: E402

from discourse.measure.embeddings import load_vectors  # noqa: E402
from discourse.measure.russian import read_lexicon  # noqa: E402
from discourse.validate.heldout import split_file  # noqa: E402
from discourse.validate.models import read_labelled  # noqa: E402

OUT = Path("bench/out")  # rusentne_nn_<tries>.json
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*|[^\w\s]")
MAXLEN = 40  # tokens kept on each side of the mention
CLIP = 20  # relative positions beyond this share one embedding
EPOCHS = 12
SNAP = 4  # the snapshot average: epochs SNAP..EPOCHS
BATCH = 32
FULL_KEYS = ("full alone", "full", "full snap alone", "full snap", "full snap half")
LEAN_KEYS = ("lean snap alone", "lean snap half", "lean last alone", "lean last half")
GRID = [round(x, 1) for x in np.arange(0, 1.01, 0.1)]


@dataclass(frozen=True)
class Config:
    """One try's network: the encoder (``gru`` or ``cnn``) and whether lemmas are read."""
    encoder: str = "gru"
    lemmas: bool = False
    hidden: int = 64
    dropout: float = 0.4
    lr: float = 2e-3
    maxlen: int = MAXLEN


TRIES = {"gru": Config("gru"), "gru_lemmas": Config("gru", lemmas=True),
         "cnn": Config("cnn"), "cnn_lemmas": Config("cnn", lemmas=True),
         # half the tokens, about half the CPU (the --lean runs)
         "gru_short": Config("gru", maxlen=20), "cnn_short": Config("cnn", maxlen=20)}


@cache
def _parse(word: str) -> tuple[str, str, str]:
    """pymorphy3's most probable reading of a lower-case word: (lemma, part of speech, case)."""
    p = _morph().parse(word)[0]
    # punctuation, numbers and Latin words have no part of speech: their tag's first grammeme
    pos = p.tag.POS or str(p.tag).split(",")[0].split()[0]
    return p.normal_form.replace("ё", "е"), str(pos), str(p.tag.case or "-")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def tokenize(text: str, a: int, b: int, maxlen: int = MAXLEN) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` around the mention ``text[a:b]`` and each one's position relative
    to it (0 inside; -k the k-th token before it, +k after it), at most ``maxlen`` each side."""
    spans = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    inside = [i for i, (_, s, e) in enumerate(spans) if s < b and e > a]
    if not inside:  # a mention between tokens: the nearest token after its start
        inside = [min(range(len(spans)), key=lambda i: abs(spans[i][1] - a))]
    first, last = inside[0], inside[-1]
    lo, hi = max(0, first - maxlen), min(len(spans), last + 1 + maxlen)
    words, rel = [], []
    for i in range(lo, hi):
        words.append(spans[i][0].lower().replace("ё", "е"))
        rel.append(0 if first <= i <= last else (i - first if i < first else i - last))
    return words, rel


class Vocab:
    """Ids of strings, 0 kept for padding and 1 for the unknown."""

    def __init__(self, items: list[str] | None = None) -> None:
        self.index: dict[str, int] = {}
        for x in items or []:
            self.add(x)

    def add(self, x: str) -> int:
        return self.index.setdefault(x, len(self.index) + 2)

    def get(self, x: str) -> int:
        return self.index.get(x, 1)

    def __len__(self) -> int:
        return len(self.index) + 2


def encode_rows(df, words_vocab: Vocab, lemma_vocab: Vocab, tags: Vocab, cases: Vocab,
                kinds: Vocab, lexicon, maxlen: int = MAXLEN) -> list[dict[str, np.ndarray]]:
    """One dict of arrays per row: word ids (into the frozen table), lemma, tag and case ids,
    relative positions (shifted to 1..2 CLIP + 1), lexicon valences, the kind's id."""
    rows = []
    kind_col = df["entity_tag"] if "entity_tag" in df else [""] * len(df)
    for t, a, b, kind in zip(df["text"], df["start"], df["end"], kind_col):
        words, rel = tokenize(t, int(a), int(b), maxlen)
        parses = [_parse(w) for w in words]
        rows.append({
            "word": np.array([words_vocab.get(w) for w in words]),
            "lemma": np.array([lemma_vocab.get(p[0]) for p in parses]),
            "tag": np.array([tags.get(p[1]) for p in parses]),
            "case": np.array([cases.get(p[2]) for p in parses]),
            "rel": np.clip(np.array(rel), -CLIP, CLIP) + CLIP + 1,
            "val": np.array([lexicon.get(p[0], 0.0) / 4 for p in parses], dtype=np.float32),
            "kind": np.array(kinds.get(str(kind))),
        })
    return rows


def word_table(dfs: list) -> tuple[Vocab, np.ndarray]:
    """Every token of the rows in a vocabulary, with its Navec vector (the form's, else the
    lemma's) and, as a 301st column, 1 where neither is in the table (zeros then)."""
    navec = load_vectors("navec_news")
    vocab = Vocab()
    vecs = [np.zeros(301, np.float32), np.zeros(301, np.float32)]
    vecs[1][300] = 1.0
    for df in dfs:
        for t, a, b in zip(df["text"], df["start"], df["end"]):
            for w in tokenize(t, int(a), int(b))[0]:
                if w in vocab.index:
                    continue
                vocab.add(w)
                v = navec.get(w)
                if v is None:
                    v = navec.get(_parse(w)[0])
                vecs.append(np.append(v, 0.0).astype(np.float32) if v is not None
                            else vecs[1].copy())
    return vocab, np.vstack(vecs)


def batch(rows: list[dict], idx: np.ndarray):
    """Padded tensors of the rows ``idx``."""
    import torch

    n = max(len(rows[i]["word"]) for i in idx)
    out = {}
    for k in ("word", "lemma", "tag", "case", "rel"):
        a = np.zeros((len(idx), n), dtype=np.int64)
        for j, i in enumerate(idx):
            a[j, :len(rows[i][k])] = rows[i][k]
        out[k] = torch.from_numpy(a)
    v = np.zeros((len(idx), n), dtype=np.float32)
    for j, i in enumerate(idx):
        v[j, :len(rows[i]["val"])] = rows[i]["val"]
    out["val"] = torch.from_numpy(v)
    out["kind"] = torch.from_numpy(np.array([rows[i]["kind"] for i in idx], dtype=np.int64))
    return out


def make_net(cfg: Config, table: np.ndarray, n_lemmas: int, n_tags: int, n_cases: int,
             n_kinds: int):
    """The network of module docstring (built here so that torch is imported only when run)."""
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(torch.from_numpy(table), freeze=True,
                                                     padding_idx=0)
            self.rel = nn.Embedding(2 * CLIP + 2, 16, padding_idx=0)
            self.tag = nn.Embedding(n_tags, 16, padding_idx=0)
            self.case = nn.Embedding(n_cases, 8, padding_idx=0)
            self.kind = nn.Embedding(n_kinds, 8)
            dim = table.shape[1] + 16 + 16 + 8
            if cfg.lemmas:
                self.lemma = nn.Embedding(n_lemmas, 32, padding_idx=0)
                dim += 32 + 1
            self.drop = nn.Dropout(cfg.dropout)
            h = cfg.hidden
            if cfg.encoder == "gru":
                self.enc = nn.GRU(dim, h, batch_first=True, bidirectional=True)
            else:
                self.conv3 = nn.Conv1d(dim, h, 3, padding=1)
                self.conv5 = nn.Conv1d(dim, h, 5, padding=2)
            self.att = nn.Linear(4 * h, 1)
            self.out = nn.Linear(3 * 2 * h + 8, 3)

        def forward(self, b: dict) -> Any:
            parts = [self.word(b["word"]), self.rel(b["rel"]), self.tag(b["tag"]),
                     self.case(b["case"])]
            if cfg.lemmas:
                parts += [self.lemma(b["lemma"]), b["val"].unsqueeze(-1)]
            x = self.drop(torch.cat(parts, -1))
            if cfg.encoder == "gru":
                hs, _ = self.enc(x)
            else:
                xc = x.transpose(1, 2)
                hs = torch.relu(torch.cat([self.conv3(xc), self.conv5(xc)], 1)).transpose(1, 2)
            pad = b["word"] == 0
            men = (b["rel"] == CLIP + 1).float().unsqueeze(-1)
            m = (hs * men).sum(1) / men.sum(1).clamp(min=1.0)
            score = self.att(torch.cat([hs, m.unsqueeze(1).expand_as(hs)], -1)).squeeze(-1)
            alpha = torch.softmax(score.masked_fill(pad, -1e9), 1).unsqueeze(-1)
            ctx = (alpha * hs).sum(1)
            mx = hs.masked_fill(pad.unsqueeze(-1), -1e9).max(1).values
            z = torch.cat([m, ctx, mx, self.kind(b["kind"])], -1)
            return self.out(self.drop(z))

    return Net()


def train(cfg: Config, rows: list[dict], y: np.ndarray, idx: np.ndarray, epochs: int,
          weights: np.ndarray, sizes: tuple, table: np.ndarray, watch: list[list[dict]],
          seed: int = 0) -> list[list[np.ndarray]]:
    """Train on ``rows[idx]`` for ``epochs``; after each epoch the probabilities of every list
    of rows in ``watch`` (a list per epoch, in ``watch`` order)."""
    import torch

    torch.manual_seed(seed)
    net = make_net(cfg, table, *sizes)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=cfg.lr)
    lossf = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, dtype=torch.float32))
    target = torch.from_numpy(y + 1)
    rng = np.random.default_rng(seed)
    history = []
    for _ in range(epochs):
        net.train()
        order = rng.permutation(idx)
        for k in range(0, len(order), BATCH):
            part = order[k:k + BATCH]
            opt.zero_grad()
            loss = lossf(net(batch(rows, part)), target[part])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
        net.eval()
        with torch.no_grad():
            history.append([np.vstack([torch.softmax(net(batch(w, np.arange(k, min(k + 256, len(w))))),
                                                     -1).numpy() for k in range(0, len(w), 256)])
                            for w in watch])
    return history


def class_weights(class_weight: Any, y: np.ndarray) -> np.ndarray:
    """main's class weights as an array in the order -1, 0, 1 ("balanced" computed on ``y``)."""
    if isinstance(class_weight, dict):
        return np.array([class_weight[c] for c in (-1, 0, 1)], dtype=np.float64)
    counts = np.array([(y == c).sum() for c in (-1, 0, 1)], dtype=np.float64)
    return len(y) / (3 * counts)


def load_split(seed: int, dev_path: Path, tmp: str, cache: Path) -> dict[str, Any]:
    """main's probabilities on one inner split (validation part; the choice part, fitted on the
    rest of the training part), the labels and the rows, cached."""
    path = cache / f"split{seed}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    s = make_split(dev_path, tmp, seed)
    fit_path, val_path = split_file(dev_path, Path(tmp) / f"inner{seed}", seed=seed)
    fit, val = read_labelled(fit_path), read_labelled(val_path)
    tr, te = cv_folds(s, 5)[0]
    out = {"fit": fit, "val": val, "yf": s.yf, "yv": s.yv, "tr": tr, "te": te,
           "class_weight": s.class_weight,
           "main_val": Blend(s, s.Xf, s.yf).proba(s.Xv),
           "main_hold": Blend(s, s.Xf[tr], s.yf[tr]).proba(s.Xf[te])}
    part = path.with_suffix(".part")  # another run may read the cache: rename when written
    part.write_bytes(pickle.dumps(out))
    part.rename(path)
    return out


def run_try(cfg: Config, d: dict[str, Any], full: bool, lean: bool = False) -> dict[str, Any]:
    """One try on one split (module docstring, steps 1-3)."""
    fit, val, yf, yv, tr, te = d["fit"], d["val"], d["yf"], d["yv"], d["tr"], d["te"]
    vocab, table = word_table([fit, val])
    lemma_count: dict[str, int] = {}
    for t, a, b in zip(fit["text"], fit["start"], fit["end"]):
        for w in tokenize(t, int(a), int(b))[0]:
            lemma_count[_parse(w)[0]] = lemma_count.get(_parse(w)[0], 0) + 1
    lemmas = Vocab(sorted(x for x, c in lemma_count.items() if c >= 2))
    tags, cases = Vocab(), Vocab()
    for df in (fit, val):
        for t, a, b in zip(df["text"], df["start"], df["end"]):
            for w in tokenize(t, int(a), int(b))[0]:
                _, pos, case = _parse(w)
                tags.add(pos)
                cases.add(case)
    kinds = Vocab(sorted(set(fit.get("entity_tag", []))))
    lexicon = read_lexicon()
    rf = encode_rows(fit, vocab, lemmas, tags, cases, kinds, lexicon, cfg.maxlen)
    rv = encode_rows(val, vocab, lemmas, tags, cases, kinds, lexicon, cfg.maxlen)
    sizes = (len(lemmas), len(tags), len(cases), len(kinds))
    w = class_weights(d["class_weight"], yf)
    if lean:  # one network on the whole training part, nothing chosen: snapshot, weight 0.5
        cpu = time.process_time()
        hf = [h[0] for h in train(cfg, rf, yf, np.arange(len(yf)), EPOCHS, w, sizes, table, [rv])]
        Ps = np.mean(hf[SNAP - 1:], axis=0)
        return {"cpu_full": time.process_time() - cpu,
                "val_by_epoch": [round(f1_pn(yv, argmax(h)), 4) for h in hf],
                "lean snap alone": f1_pn(yv, argmax(Ps)),
                "lean snap half": f1_pn(yv, argmax((d["main_val"] + Ps) / 2)),
                "lean last alone": f1_pn(yv, argmax(hf[-1])),
                "lean last half": f1_pn(yv, argmax((d["main_val"] + hf[-1]) / 2))}
    hold = [rf[i] for i in te]
    cpu = time.process_time()
    hist = train(cfg, rf, yf, tr, EPOCHS, w, sizes, table, [hold, rv])
    out: dict[str, Any] = {"cpu_80": time.process_time() - cpu}
    per_epoch = [f1_pn(yf[te], argmax(h[0])) for h in hist]
    e = int(np.argmax(per_epoch))  # the first best
    snap = [np.mean([h[k] for h in hist[SNAP - 1:]], axis=0) for k in (0, 1)]
    out |= {"epochs": e + 1, "hold_by_epoch": [round(x, 4) for x in per_epoch],
            "val_by_epoch": [round(f1_pn(yv, argmax(h[1])), 4) for h in hist]}
    gs = {}
    for name, (P_hold, P_val) in (("", hist[e]), ("snap ", snap)):
        by_g = {g: f1_pn(yf[te], argmax((1 - g) * d["main_hold"] + g * P_hold)) for g in GRID}
        g = gs[name] = max(by_g, key=lambda g: (by_g[g], -g))
        out |= {f"{name}g": g, f"{name}hold_by_g": {str(k): round(v, 4) for k, v in by_g.items()},
                f"{name}alone": f1_pn(yv, argmax(P_val)),
                f"{name}blend": f1_pn(yv, argmax((1 - g) * d["main_val"] + g * P_val)),
                f"{name}val_by_g": {str(k): round(f1_pn(yv, argmax((1 - k) * d["main_val"]
                                                                     + k * P_val)), 4)
                                    for k in GRID}}
    if full:
        cpu = time.process_time()
        hf = [h[0] for h in train(cfg, rf, yf, np.arange(len(yf)), EPOCHS, w, sizes, table, [rv])]
        Pf, Ps = hf[e], np.mean(hf[SNAP - 1:], axis=0)
        out |= {"cpu_full": time.process_time() - cpu,
                "full alone": f1_pn(yv, argmax(Pf)),
                "full": f1_pn(yv, argmax((1 - gs[""]) * d["main_val"] + gs[""] * Pf)),
                "full snap alone": f1_pn(yv, argmax(Ps)),
                "full snap": f1_pn(yv, argmax((1 - gs["snap "]) * d["main_val"] + gs["snap "] * Ps)),
                "full snap half": f1_pn(yv, argmax((d["main_val"] + Ps) / 2))}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5, 6])
    ap.add_argument("--tries", nargs="+", default=["gru"], choices=sorted(TRIES))
    ap.add_argument("--full", action="store_true", help="also retrain on the whole training part")
    ap.add_argument("--lean", action="store_true",
                    help="only one network on the whole training part (snapshot, weight 0.5)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rusentne_nn")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    args.cache.mkdir(parents=True, exist_ok=True)
    runs: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_path, _ = split_file(DATA, tmp, seed=0)  # the held-out part is not read
        for seed in args.seeds:
            d = load_split(seed, dev_path, tmp, args.cache)
            run: dict[str, Any] = {"main": f1_pn(d["yv"], argmax(d["main_val"]))}
            for t in args.tries:
                run[t] = run_try(TRIES[t], d, args.full, args.lean)
                print(seed, t, json.dumps(run[t]), flush=True)
            runs[seed] = run
    base = np.array([runs[s]["main"] for s in args.seeds])
    table = {}
    for t in args.tries:
        names = LEAN_KEYS if args.lean else ("alone", "blend", "snap alone", "snap blend",
                                              *(FULL_KEYS if args.full else ()))
        for n in names:
            f = np.array([runs[s][t][n] for s in args.seeds])
            label = f"{t} {n}"
            table[label] = {"f1_pn": f.round(4).tolist(), "mean": float(f.mean()),
                            "vs_main": float(f.mean() - base.mean()),
                            "splits_up": int((f > base).sum())}
            print(f"{label}: {', '.join(f'{x:.3f}' for x in f)} (mean {f.mean():.4f}, "
                  f"{f.mean() - base.mean():+.4f}, {(f > base).sum()} of {len(f)} up)")
    print(f"main: {', '.join(f'{x:.3f}' for x in base)} (mean {base.mean():.4f})")
    mode = "_lean" if args.lean else "_full" if args.full else ""
    seeds = "" if args.seeds == [1, 2, 3, 4, 5, 6] else "_s" + "".join(map(str, args.seeds))
    out = OUT / f"rusentne_nn_{'_'.join(args.tries)}{mode}{seeds}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"seeds": args.seeds, "runs": runs, "table": table}, indent=1)
                   + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
