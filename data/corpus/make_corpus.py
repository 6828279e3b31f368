"""How the example corpus was built: a record, re-runnable from the repository root.

Copies a hand-picked list of English and Russian Wikinews articles (CC BY 2.5, © Wikinews
contributors) from ``../shared/corpora`` into ``data/corpus/`` unchanged, one ``.txt`` per article,
and writes ``metadata.csv``. Articles of the gold sets (``tests/gold/wikinews_*/index.csv``) and
of the hand-coded stance set (``data/stance/units.jsonl``) are refused, so the example never
overlaps the data the methods are evaluated on.

English: ``wikinews_<year>.csv`` row ``i`` (0-based) becomes ``wn<year>_<iii>.txt`` (the ids of the
gold index). Russian: NEREL's file names are kept; the date is the latest full date the text
names ("8 мая 2013 года"; an estimate, the corpus has no publication dates), else left empty (a
dated role then does not apply, and the actor's default camp is used).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "data" / "corpus"

# Picked by reading the titles of every article that names Russia, Belarus, Ukraine or a
# neighbour: politics, security and public affairs of the region and of its partners.
ENGLISH = ["wn2019_000", "wn2019_011", "wn2019_025", "wn2019_040", "wn2019_056", "wn2019_117",
           "wn2019_139", "wn2019_168", "wn2020_011", "wn2020_090"]
RUSSIAN = ["dev-1653218_text", "dev-230892_text", "dev-304703_text", "dev-315825_text",
           "train-096", "train-101502_text", "train-107771_text", "train-109033_text",
           "train-112588_text", "train-112891_text", "train-113790_text", "train-117514_text",
           "train-124371_text", "train-124464_text", "train-126876_text", "train-133620_text",
           "train-156300_text", "train-162165_text", "train-163487_text", "train-164183_text",
           "train-16672_text", "train-18805_text", "train-19361_text", "train-203",
           "train-23012_text", "train-37091_text", "train-37695_text", "train-44758_text",
           "train-44820_text", "train-47371_text", "train-53088_text", "train-69240_text",
           "train-80395_text", "train-15600_text", "train-11600_text", "train-10744_text",
           "train-333", "train-497", "train-25455_text", "train-20849_text", "train-152324_text",
           "train-18216_text", "train-2027_text", "train-128762_text"]

MONTHS = {m: i for i, m in enumerate(
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
     "октября", "ноября", "декабря"], start=1)}
DATE_RU = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4}) год")
# Dates known from the event the article reports, where the latest date in the text is not it.
DATES = {"dev-1653218_text": ("2020-04-25", "date of the joint statement the article reports"),
         "train-113790_text": ("", "date unknown: the latest date in the text (2011) is not the event's")}
FIELDS = ["file", "title", "outlet", "date", "url", "lang", "source", "licence", "note"]
LICENCE = "CC BY 2.5"


def excluded() -> set[str]:
    ids = set()
    for lang in ("en", "ru"):
        with open(ROOT / "tests" / "gold" / f"wikinews_{lang}" / "index.csv", encoding="utf-8") as fh:
            ids |= {row["doc_id"] for row in csv.DictReader(fh)}
    with open(ROOT / "data" / "stance" / "units.jsonl", encoding="utf-8") as fh:
        ids |= {json.loads(line)["doc_id"] for line in fh if line.strip()}
    return ids


def russian_date(text: str) -> str:
    """The latest full date the text names (2000-2021): an article is written on or soon after
    the last event it reports; birth dates and history are earlier, so they never win."""
    dates = [f"{y}-{MONTHS[mon]:02d}-{int(d):02d}" for d, mon, y in DATE_RU.findall(text)
             if 2000 <= int(y) <= 2021]
    return max(dates, default="")


ATTRIBUTION_HEAD = """# The example corpus: sources and attribution

`make report` reads this folder. {n} articles: the seed article (an English translation of a
Russian news report of about 2020-09-20, outlet unknown, the example before this corpus) and
{n_en} English and {n_ru} Russian Wikinews articles about Russia, Belarus, Ukraine and their
neighbours and partners, picked by `make_corpus.py` (which records how; none of them is in the
gold sets or the stance set the methods are evaluated on). `metadata.csv` has one row per
article (`file`, `title`, `outlet`, `date`, `url`, `lang`, `source`, `licence`, `note`). This
file is the corpus's attribution (the corpus reader skips a `README.md`).

## Licence

The Wikinews articles are by **Wikinews contributors** and are licensed under the
[Creative Commons Attribution 2.5 licence (CC BY 2.5)](https://creativecommons.org/licenses/by/2.5/).
Credit: "English Wikinews, CC BY 2.5" and "Russian Wikinews, CC BY 2.5".

**Changes made.** English: the text of each article as in the `vanatteveldt/wikinews`
collection (wiki markup, links, images and infoboxes already removed there), saved unchanged as
UTF-8 plain text. Russian: the text as distributed in the NEREL corpus (version 1.1), saved
unchanged (headline on the first line). Dates of the Russian articles are not in the source: they
are estimated (see `note` in `metadata.csv`). Nothing else was edited, abridged or translated.

## Articles

| file | title | source | date | licence |
|---|---|---|---|---|
"""


def attribution(rows: list[dict]) -> str:
    """The attribution page: licence, authors, changes, and one line per article."""
    wiki = [r for r in rows if r["licence"]]
    head = ATTRIBUTION_HEAD.format(n=len(rows), n_en=sum(r["lang"] == "en" for r in wiki),
                                   n_ru=sum(r["lang"] == "ru" for r in wiki))
    lines = []
    for r in wiki:
        title = r["title"].replace("|", "\\|")
        source = (f"[{r['outlet']}]({r['url']})" if r["url"]
                  else f"{r['outlet']} (via {r['source']}; URL not recorded)")
        lines.append(f"| `{r['file']}` | {title} | {source} | {r['date'] or 'unknown'} | "
                     f"{r['licence']}, Wikinews contributors |")
    return head + "\n".join(lines) + "\n"


def main() -> int:
    csv.field_size_limit(sys.maxsize)
    bad = excluded() & set(ENGLISH + RUSSIAN)
    if bad:
        raise SystemExit(f"refused: {sorted(bad)} are in a gold or stance set")
    rows = [r for r in csv.DictReader(open(OUT / "metadata.csv", encoding="utf-8"))
            if r["file"] == "seed_union_state.txt"]
    tables = {}
    for doc in ENGLISH:
        year, i = int(doc[2:6]), int(doc[7:])
        if year not in tables:
            with open(SHARED / "wikinews_en" / f"wikinews_{year}.csv", encoding="utf-8") as fh:
                tables[year] = list(csv.DictReader(fh))
        art = tables[year][i]
        (OUT / f"{doc}.txt").write_text(art["text"], encoding="utf-8")
        rows.append({"file": f"{doc}.txt", "title": art["title"], "outlet": "English Wikinews",
                     "date": art["date"], "url": art["url"].replace("org//wiki", "org/wiki"),
                     "lang": "en", "source": f"vanatteveldt/wikinews wikinews_{year}.csv row {i}",
                     "licence": LICENCE, "note": ""})
    for doc in RUSSIAN:
        text = (SHARED / "wikinews_ru" / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        (OUT / f"{doc}.txt").write_text(text, encoding="utf-8")
        date = russian_date(text)
        note = "date estimated: the latest full date named in the text" if date else "date unknown"
        date, note = DATES.get(doc, (date, note))
        rows.append({"file": f"{doc}.txt", "title": text.split("\n", 1)[0].strip(),
                     "outlet": "Russian Wikinews", "date": date, "url": "", "lang": "ru",
                     "source": f"NEREL 1.1 {doc}.txt", "licence": LICENCE,
                     "note": note})
    for row in rows:
        row.setdefault("source", "")
        row.setdefault("licence", "")
    with open(OUT / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (OUT / "README.md").write_text(attribution(rows), encoding="utf-8")
    print(f"{len(rows)} articles written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
