"""Benchmark: quote extraction and speaker attribution on the seed article.

Run: ``.venv/bin/python bench/extract_seed.py [--repeat N]``. Prints the median and best wall time
of extraction alone and of extraction + attribution (registry loaded once, outside the timing),
and writes them to ``bench/out/extract_seed.json``. Numbers are recorded in ``bench/README.md``;
they are never asserted in tests (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.speakers import attribute_speakers
from discourse.io.examples import seed_articles


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    articles = seed_articles()
    registry, cues = load_actors(), load_cues()
    extract_quotes(articles, cues=cues)  # warm caches (compiled patterns), as in a long run
    extract = timed(lambda: extract_quotes(articles, cues=cues), args.repeat)
    both = timed(lambda: attribute_speakers(extract_quotes(articles, cues=cues), articles, registry),
                 args.repeat)
    n = len(extract_quotes(articles, cues=cues))
    result = {
        "article_chars": int(articles["text"].str.len().sum()),
        "quotes_found": n,
        "extract_ms_median": round(statistics.median(extract), 2),
        "extract_ms_best": round(min(extract), 2),
        "extract_attribute_ms_median": round(statistics.median(both), 2),
        "extract_attribute_ms_best": round(min(both), 2),
        "repeat": args.repeat,
    }
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "extract_seed.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
