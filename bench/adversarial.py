"""Benchmark: quote extraction on adversarial inputs, to show it stays linear in the text length.

Run: ``.venv/bin/python bench/adversarial.py [--size 1000000] [--sweep 100000 1000000 2000000]
[--sweep-cases news_like no_newlines] [--attribute]``.

Each case is a synthetic string built to stress one part of the extractor: 10,000 unbalanced quote
marks per MB, one huge unclosed quote, no newlines, only newlines, short CRLF lines with stray
marks, many cue words, and ordinary news-like text. Every case runs at ``--size``; the
``--sweep-cases`` also run at each ``--sweep`` size to show linear time (microseconds per 1,000
characters stays roughly constant as the size grows). Prints a table and writes it to
``bench/out/adversarial.json``. Timings are never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from discourse.extract.quotes import extract_quotes, load_cues

NEWS = ("“We will not give in to these demands,” the minister fumed on Tuesday. "
        "Smith, a Democrat from Ohio, said the plan would fail. “Why not?” she asked.\n\n")


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def unbalanced_marks(size: int) -> str:
    """Openers with no closers: 10,000 marks per MB among words."""
    step = 100
    unit = "“" + "word " * ((step - 1) // 5)
    return _fill(unit[:step], size)


def huge_unclosed(size: int) -> str:
    """One quote opened at the start that never closes, one long paragraph."""
    return "He said: “" + _fill("we will keep going and going ", size - 10)


def no_newlines(size: int) -> str:
    """Many closed quotes and reports in a single paragraph."""
    return _fill(NEWS.replace("\n", " "), size)


def only_newlines(size: int) -> str:
    return "\n" * size


def crlf_lines(size: int) -> str:
    """Short CRLF lines, each a paragraph with a stray straight mark."""
    return _fill('He said "we\r\n', size)


def many_cues(size: int) -> str:
    """Reporting verbs everywhere: "said told added according to" …"""
    return _fill("said told added according to stated warned, he said that ", size)


def news_like(size: int) -> str:
    return _fill(NEWS, size)


CASES: dict[str, Callable[[int], str]] = {
    "unbalanced_marks": unbalanced_marks,
    "huge_unclosed": huge_unclosed,
    "no_newlines": no_newlines,
    "only_newlines": only_newlines,
    "crlf_lines": crlf_lines,
    "many_cues": many_cues,
    "news_like": news_like,
}


def run(plan: list[tuple[str, int]], *, attribute: bool = False) -> list[dict]:
    """Time extraction (and optionally attribution) of each ``(case, size)`` in ``plan``."""
    lex = load_cues()
    registry = None
    if attribute:
        from discourse.extract.actors import load_actors
        from discourse.extract.speakers import attribute_speakers

        registry = load_actors()
    rows = []
    for name, size in plan:
        text = CASES[name](size)
        arts = pd.DataFrame({"doc_id": ["a"], "text": [text]})
        t0 = time.perf_counter()
        quotes = extract_quotes(arts, cues=lex)
        t1 = time.perf_counter()
        row = {"case": name, "chars": len(text), "quotes": len(quotes),
               "extract_s": round(t1 - t0, 3),
               "extract_us_per_kchar": round((t1 - t0) * 1e9 / len(text), 1)}
        if registry is not None:
            attribute_speakers(quotes, arts, registry)
            row["attribute_s"] = round(time.perf_counter() - t1, 3)
        rows.append(row)
        print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--sweep", type=int, nargs="+", default=[100_000, 1_000_000, 2_000_000])
    ap.add_argument("--sweep-cases", nargs="+", default=["news_like", "no_newlines"],
                    choices=sorted(CASES))
    ap.add_argument("--attribute", action="store_true",
                    help="also time attribute_speakers on the extracted quotes")
    args = ap.parse_args()
    plan = [(name, args.size) for name in CASES]
    plan += sorted({(name, n) for name in args.sweep_cases for n in args.sweep} - set(plan),
                   key=lambda x: (x[0], x[1]))
    rows = run(plan, attribute=args.attribute)
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 160):
        print(table.to_string(index=False))
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "adversarial.json").write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
