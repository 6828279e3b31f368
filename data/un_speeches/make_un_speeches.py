"""How the embedded UN example was built: a record, re-runnable from the repository root.

Copies the General Debate speeches of four delegations -- Russia, Belarus, Ukraine and the
United States, sessions 69-79 (2014-2024), 44 speeches -- from ``../shared/corpora/
ungdc_2014_2024`` (UN General Debate Corpus, CC0 1.0) into ``data/un_speeches/texts/``
unchanged, and writes ``metadata.csv`` with the corpus's own columns.

Why these four: each is one camp of the actor registry (Russian, Belarusian, Ukrainian and
Western officials) with eleven speeches, one a year, so every pair of camps has the ten
articles each that a tested difference needs (``min_articles``). The news example
(``data/corpus``) has no such pair: it shows extraction; this one shows comparison. A speech is
a *statement* with a known speaker (the ``speaker`` column), so no quote extraction runs on it.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpora" / "ungdc_2014_2024"
OUT = ROOT / "data" / "un_speeches"
DELEGATIONS = ("RUS", "BLR", "UKR", "USA")


def main() -> int:
    with open(SHARED / "metadata.csv", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        rows = [r for r in reader if r["iso3"] in DELEGATIONS]
    rows.sort(key=lambda r: (DELEGATIONS.index(r["iso3"]), r["year"]))
    (OUT / "texts").mkdir(parents=True, exist_ok=True)
    for r in rows:
        shutil.copyfile(SHARED / r["file"], OUT / r["file"])
    with open(OUT / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} speeches written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
