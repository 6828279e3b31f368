"""How the ``dev8`` articles of this gold set were drawn (issue 14, the right speaker of direct quotes).

    .venv/bin/python tests/gold/wikinews_en/draw_en_dev8.py

Candidates: English Wikinews 2019-2020 (``../shared/corpora/wikinews_en/``) of 800 to 14,000
characters, not already in ``index.csv`` nor in the example corpus (``data/corpus/metadata.csv``),
any row number, with at least two pairs of double quotation marks (straight or curly). After dev7
only three short articles are left with four pairs or more, so the bar is two pairs, and US/UK
political news is preferred: an article is political when its text names one of ``POLITICAL``'s
words (an office, a chamber, a party, an election). The candidates are shuffled with
``random.Random(20261224)`` and then sorted, stably, political first and then by their number of
quotation marks, most first; the first 17 are printed (the brief asked for 15 to 18). Short
articles hold few direct quotes, so the article of 14,000 to 30,000 characters with the most
quotation marks is added (wn2020_108, a monthly US campaign feature, 80 marks; the next ones are
long ((Name)) interviews on software and science, not political): 18 articles, all annotated.
They hold 31 direct quotes, short of the 60 asked for: no article left in the corpus is rich in
direct quotes except long interviews, whose answers are ``embedded`` turns. The choice reads the
text only; no extractor ran on these articles before they were annotated.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews_en"
QUOTES = re.compile(r"[\"\u201c\u201d]")
POLITICAL = re.compile(
    r"\b(?:President|Senate|Senator|Congress|Congressman|Parliament|Prime Minister|MPs?|"
    r"election|Democrats?|Democratic Party|Republicans?|Labour|Conservative|governor|"
    r"House of Representatives|House of Commons|White House|Downing Street)\b")


def candidates(low: int = 800, high: int = 14000) -> list[tuple[str, int, str]]:
    """``(year, row, text)`` of every article of ``low`` to ``high`` characters that may be drawn."""
    with open(HERE / "index.csv", encoding="utf-8") as fh:
        # the draw's own rows (split dev8) were added after it: leave them in, so that it repeats
        taken = {row["doc_id"] for row in csv.DictReader(fh) if row["split"] != "dev8"}
    with open(REPO / "data" / "corpus" / "metadata.csv", encoding="utf-8") as fh:
        taken |= {Path(row["file"]).stem for row in csv.DictReader(fh)}
    out = []
    for year in ("2019", "2020"):
        with open(CORPUS / f"wikinews_{year}.csv", encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                text = row["text"]
                if (low <= len(text) <= high and f"wn{year}_{i:03d}" not in taken
                        and len(QUOTES.findall(text)) >= 4):
                    out.append((year, i, text))
    return out


def main() -> None:
    pool = candidates()
    random.Random(20261224).shuffle(pool)
    pool.sort(key=lambda c: (not POLITICAL.search(c[2]), -len(QUOTES.findall(c[2]))))
    longer = candidates(14001, 30000)
    longer.sort(key=lambda c: -len(QUOTES.findall(c[2])))  # no ties at the top: no shuffle needed
    for year, i, text in pool[:17] + longer[:1]:
        print(f"wn{year}_{i:03d}", len(text), len(QUOTES.findall(text)),
              bool(POLITICAL.search(text)))


if __name__ == "__main__":
    main()
