"""Generate benchmark corpora by sampling and recombining paragraphs of real texts.

Paragraphs come from the seed article (``data/corpus``) and, when ``../shared`` is beside the
repository, from two real corpora: the sentences of the NewsMTSC political-news dataset (each
distinct sentence a paragraph, as in wire copy) and the UN General Debate speeches. Each generated
article gets a fresh id, an outlet and a date. Each paragraph is news with probability 0.6, which
keeps the quote density near the news sources' own (about one quote per 250-300 characters of
news, few in speeches); within a pool, no paragraph comes again before all have been used.
Deterministic for a seed.

Why NewsMTSC: with the seed article alone, 60% of the paragraphs were some 50 repeated, which
no real corpus looks like; spaCy's tokenizer, which caches every string it has seen, read that
text almost three times faster than real news, so the peer measurement was an artefact.

Run: ``.venv/bin/python bench/generate.py N OUT.parquet [--seed S]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OUTLETS = ["Daily Courier", "Evening Post", "Baltic Times", "Minsk Herald", "Moscow Gazette",
           "Kyiv Review", "Warsaw Ledger", "Vilnius Wire", "Riga Observer", "Tallinn Daily",
           "Berlin Monitor", "Paris Chronicle"]


def newsmtsc_sentences() -> list[str]:
    """Distinct NewsMTSC sentences in file order (``[]`` without ``../shared``).

    The dataset has one line per (sentence, target) pair, so a sentence with two targets appears
    twice; it is kept once.
    """
    folder = SHARED / "datasets" / "newsmtsc"
    seen: dict[str, None] = {}
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["sentence"].strip(), None)
    return list(seen)


def paragraph_pools() -> tuple[list[str], list[str]]:
    """News paragraphs (the seed article, NewsMTSC sentences) and speech paragraphs (UN debates);
    the shared corpora only when available."""
    seed = (REPO / "data" / "corpus" / "seed_union_state.txt").read_text(encoding="utf-8")
    news = [p.strip() for p in seed.split("\n\n") if p.strip()] + newsmtsc_sentences()
    speeches: list[str] = []
    texts = SHARED / "corpora" / "ungdc_2014_2024" / "texts"
    if texts.is_dir():
        for f in sorted(texts.glob("*.txt")):
            speeches += [p.strip() for p in f.read_text(encoding="utf-8").split("\n")
                         if len(p.strip()) > 80]
    return news, speeches


def _without_repeats(rng: np.random.Generator, size: int, k: int) -> np.ndarray:
    """``k`` indices into a pool of ``size``: every index once, in random order, before any
    comes again (successive random permutations), so small corpora repeat no paragraph."""
    rounds = -(-k // size)
    return np.concatenate([rng.permutation(size) for _ in range(rounds)])[:k]


def generate(n: int, *, seed: int = 0, news_share: float = 0.6) -> pd.DataFrame:
    """``n`` articles: ``doc_id, text, outlet, date``; 4–12 paragraphs each.

    Each paragraph is news with probability ``news_share`` (always, without the speeches).
    Paragraphs are drawn without repeats until a pool is used up: a corpus that repeats
    paragraphs suits tools that cache what they have seen, and real corpora repeat little.
    """
    rng = np.random.default_rng(seed)
    news, speeches = paragraph_pools()
    n_par = rng.integers(4, 13, size=n)
    total = int(n_par.sum())
    is_news = rng.random(total) < news_share if speeches else np.ones(total, dtype=bool)
    news_picks = iter(_without_repeats(rng, len(news), int(is_news.sum())))
    speech_picks = iter(_without_repeats(rng, len(speeches), int((~is_news).sum())))
    paragraphs = [news[next(news_picks)] if flag else speeches[next(speech_picks)]
                  for flag in is_news]
    texts, k = [], 0
    for m in n_par:
        texts.append("\n\n".join(paragraphs[k:k + m]))
        k += m
    days = rng.integers(0, 11 * 365, size=n)
    dates = (pd.Timestamp("2014-01-01") + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d")
    return pd.DataFrame({
        "doc_id": [f"gen{i:07d}" for i in range(n)],
        "text": texts,
        "outlet": [OUTLETS[i] for i in rng.integers(0, len(OUTLETS), size=n)],
        "date": list(dates),
    })


def write(n: int, out: Path, *, seed: int = 0) -> Path:
    """Write ``n`` generated articles to a Parquet file (row groups of 1,000) and return it."""
    df = generate(n, seed=seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    df.to_parquet(out, row_group_size=1000, index=False)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(write(a.n, a.out, seed=a.seed))
