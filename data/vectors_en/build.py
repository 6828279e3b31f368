"""Build the English word vectors shipped in this folder (run from the repository root).

    .venv/bin/python data/vectors_en/build.py ../shared/corpora

How: the texts of the two openly licensed corpora named in README.md (the UN General Debate
speeches and English Wikinews; never NewsMTSC's dev sentences, nor its train sentences) are cut
into lower-case words (``’`` read as ``'``); words seen at least ``MIN_COUNT`` times form the
vocabulary. Every pair of vocabulary words at most ``WINDOW`` words apart within a text counts
``1 / distance`` towards their co-occurrence. The counts become positive pointwise mutual
information with the context distribution smoothed by ``CDS`` (Levy, Goldberg & Dagan 2015),
which a truncated SVD (``DIM`` dimensions, scikit-learn's randomized solver, seed 0, one BLAS
thread) reduces to ``U * sqrt(S)``; each row is scaled to unit length and stored as float16.

Writes ``words.txt`` (one word a line, most frequent first, ties by the word) and
``vectors.npy`` (float16, one row per word, in the same order). Deterministic: the same corpora
give the same files byte for byte.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.utils.extmath import randomized_svd
from threadpoolctl import threadpool_limits

SOURCES = ("ungdc_2014_2024/texts", "wikinews_en")
MIN_COUNT = 3
WINDOW = 5
CDS = 0.75
DIM = 100
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def texts(corpora: Path) -> list[str]:
    """The texts of the .txt files and of the CSV files' ``text`` column, in file-name order."""
    out: list[str] = []
    for sub in SOURCES:
        folder = corpora / sub
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: corpus folder not found (give the shared corpora folder).")
        out += [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
        for table in sorted(folder.glob("*.csv")):
            with open(table, encoding="utf-8", newline="") as fh:
                out += [row["text"] for row in csv.DictReader(fh)]
    return out


def tokens(text: str) -> list[str]:
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(text)]


def build(docs: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """The vocabulary and its unit-length float16 vectors (module docstring)."""
    counts = Counter(w for d in docs for w in d)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for doc in docs:
        ids = [index.get(w, -1) for w in doc]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - WINDOW), min(len(ids), i + WINDOW + 1)):
                if j != i and ids[j] >= 0:
                    rows.append(a)
                    cols.append(ids[j])
                    vals.append(1.0 / abs(i - j))
    n = len(vocab)
    co = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
    co.sum_duplicates()
    total = co.sum()
    row_p = np.asarray(co.sum(axis=1)).ravel() / total
    ctx = np.asarray(co.sum(axis=0)).ravel() ** CDS
    ctx /= ctx.sum()
    co = co.tocoo()
    pmi = np.log(co.data / total / row_p[co.row] / ctx[co.col])
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (co.row[keep], co.col[keep])), shape=(n, n))
    with threadpool_limits(1):
        u, s, _ = randomized_svd(ppmi, DIM, random_state=0, n_iter=5)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return vocab, vectors.astype(np.float16)


def main(corpora: Path, out: Path) -> None:
    docs = [tokens(t) for t in texts(corpora)]
    vocab, vectors = build(docs)
    (out / "words.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    np.save(out / "vectors.npy", vectors, allow_pickle=False)
    print(len(docs), "texts", sum(map(len, docs)), "tokens", len(vocab), "words", vectors.shape[1], "dims")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"), Path(__file__).resolve().parent)
