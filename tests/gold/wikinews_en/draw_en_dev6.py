"""How the ``dev6`` articles of this gold set were drawn (issue 14, the right speaker of direct quotes).

    .venv/bin/python tests/gold/wikinews_en/draw_en_dev6.py

Candidates: English Wikinews 2019-2020 (``../shared/corpora/wikinews_en/``) of 800 to 9,000
characters, not already in ``index.csv`` nor in the example corpus (``data/corpus/metadata.csv``),
any row number, and rich in direct quotes: at least five pairs of double quotation marks (straight
or curly; many direct quotes, several speakers). The brief asked for six pairs, but only 6 of the
148 articles left qualify; with five pairs exactly 15 do, so all of them are drawn. Shuffled
with ``random.Random(2026120622)``; the first 15 are printed, all 15 annotated. The choice
reads the text only; no extractor ran on these articles before they were annotated.
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


def candidates() -> list[tuple[str, int, str]]:
    """``(year, row, text)`` of every article that may be drawn, in file order."""
    with open(HERE / "index.csv", encoding="utf-8") as fh:
        # the draw's own rows (split dev6) were added after it: leave them in, so that it repeats
        taken = {row["doc_id"] for row in csv.DictReader(fh) if row["split"] != "dev6"}
    with open(REPO / "data" / "corpus" / "metadata.csv", encoding="utf-8") as fh:
        taken |= {Path(row["file"]).stem for row in csv.DictReader(fh)}
    out = []
    for year in ("2019", "2020"):
        with open(CORPUS / f"wikinews_{year}.csv", encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                text = row["text"]
                if (800 <= len(text) <= 9000 and f"wn{year}_{i:03d}" not in taken
                        and len(QUOTES.findall(text)) >= 10):
                    out.append((year, i, text))
    return out


def main() -> None:
    pool = candidates()
    random.Random(2026120622).shuffle(pool)
    for year, i, text in pool[:15]:
        print(f"wn{year}_{i:03d}", len(text))


if __name__ == "__main__":
    main()
