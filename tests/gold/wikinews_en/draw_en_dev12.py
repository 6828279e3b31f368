"""How the ``dev12`` articles of this gold set were drawn (issue 14, whole articles).

    .venv/bin/python tests/gold/wikinews_en/draw_en_dev12.py

The draw of ``draw_en_dev11.py`` with a new seed, ``random.Random(2026120812)``, taking ALL the
articles that are left: English Wikinews 2019-2020 (``../shared/corpora/wikinews_en/``) of 800 to
14,000 characters, not already in ``index.csv`` (other than this draw's own rows, split dev12) nor
in the example corpus (``data/corpus/metadata.csv``), any row number. 22 were left, none of them
political by ``POLITICAL`` (dev9 and dev10 took the political ones): disasters, COVID-19 counts,
sport, science notes, courts, two Wikinews event reports. Printed in the order of the earlier
draws (political first, then the richest in words of saying and quotation marks, the shuffle
breaking ties); all are taken. The choice reads the text only; no extractor ran on these
articles before they were annotated.
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
SAYING = re.compile(
    r"\b(?:said|says|told|according to|stated|added|announced|claimed|wrote|reported|noted|"
    r"argued|explained|tweeted|denied|confirmed|warned)\b")
POLITICAL = re.compile(
    r"\b(?:President|Senate|Senator|Congress|Congressman|Parliament|Prime Minister|MPs?|"
    r"election|Democrats?|Democratic Party|Republicans?|Labour|Conservative|governor|"
    r"House of Representatives|House of Commons|White House|Downing Street)\b")


def richness(text: str) -> int:
    """Words of saying plus double quotation marks: how much attribution an article holds."""
    return len(SAYING.findall(text)) + len(QUOTES.findall(text))


def candidates(low: int = 800, high: int = 14000) -> list[tuple[str, int, str]]:
    """``(year, row, text)`` of every article of ``low`` to ``high`` characters that may be drawn."""
    with open(HERE / "index.csv", encoding="utf-8") as fh:
        # the draw's own rows (split dev11) were added after it: leave them in, so that it repeats
        taken = {row["doc_id"] for row in csv.DictReader(fh) if row["split"] != "dev12"}
    with open(REPO / "data" / "corpus" / "metadata.csv", encoding="utf-8") as fh:
        taken |= {Path(row["file"]).stem for row in csv.DictReader(fh)}
    out = []
    for year in ("2019", "2020"):
        with open(CORPUS / f"wikinews_{year}.csv", encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                text = row["text"]
                if low <= len(text) <= high and f"wn{year}_{i:03d}" not in taken:
                    out.append((year, i, text))
    return out


def main() -> None:
    pool = candidates()
    random.Random(2026120812).shuffle(pool)
    pool.sort(key=lambda c: (not POLITICAL.search(c[2]), -richness(c[2])))
    for year, i, text in pool:
        print(f"wn{year}_{i:03d}", len(text), len(SAYING.findall(text)), len(QUOTES.findall(text)),
              bool(POLITICAL.search(text)))


if __name__ == "__main__":
    main()
