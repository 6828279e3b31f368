"""Count the verbs that report speech in the Russian Wikinews articles outside the gold set.

    .venv/bin/python bench/cues_ru_counts.py [--top 80] [--out bench/out/cues_ru_counts.csv]

The evidence behind ``data/cues_ru.yaml``: every verb (by lemma, pymorphy3) is counted where the
Russian syntax of reporting puts it: after a dialogue dash that follows a quotation or a clause
(``«…», — заявил он``, ``…, — сообщил Х``), before ``, что`` (``заявил, что``) and before a colon
(``сказал: «…»``). The 840 articles of ``../shared/corpora/wikinews_ru/texts`` are read except
those of the gold set (``tests/gold/wikinews_ru/index.csv``), so the lexicon is not fitted to the
articles it is measured on. Prints lemma, aspect and the three counts, most frequent first.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "corpora" / "wikinews_ru" / "texts"
GOLD_INDEX = REPO / "tests" / "gold" / "wikinews_ru" / "index.csv"

_WORD = r"([а-яё]+(?:-[а-яё]+)?)"
PATTERNS = {
    "dash": re.compile(r"[»\w\"“”!?.…],?\s+[—–-]\s+" + _WORD, re.IGNORECASE),
    "chto": re.compile(_WORD + r",\s+что\b", re.IGNORECASE),
    "colon": re.compile(_WORD + r"\s*:\s*[«„\"“]", re.IGNORECASE),
}


def count(texts: list[str]) -> pd.DataFrame:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    counts: dict[str, Counter] = {k: Counter() for k in PATTERNS}
    aspect: dict[str, str] = {}
    for text in texts:
        for name, pat in PATTERNS.items():
            for m in pat.finditer(text):
                word = m.group(1).lower()
                p = next((p for p in morph.parse(word) if p.tag.POS in ("VERB", "GRND")), None)
                if p is None:
                    continue
                counts[name][p.normal_form] += 1
                aspect[p.normal_form] = str(p.tag.aspect or "")
    lemmas = set().union(*counts.values())
    rows = [{"lemma": w, "aspect": aspect[w], **{k: counts[k][w] for k in PATTERNS}} for w in lemmas]
    df = pd.DataFrame(rows)
    df["total"] = df[list(PATTERNS)].sum(axis=1)
    return df.sort_values(["total", "lemma"], ascending=[False, True]).reset_index(drop=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "cues_ru_counts.csv")
    args = ap.parse_args()
    if not TEXTS.is_dir():
        sys.exit(f"{TEXTS} is not present.")
    gold = set(pd.read_csv(GOLD_INDEX)["doc_id"])
    files = sorted(p for p in TEXTS.glob("*.txt") if p.stem not in gold)
    df = count([p.read_text(encoding="utf-8") for p in files])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(args.out, index=False)
    print(f"{len(files)} articles (gold excluded)")
    print(df.head(args.top).to_string(index=False))


if __name__ == "__main__":
    main()
