"""How the ``dev16`` articles of this gold set were drawn (issue 12, Russian quotes, round twenty-four).

    .venv/bin/python tests/gold/wikinews_ru/draw_dev16.py

Candidates: as for ``draw_dev15.py`` (the Russian Wikinews texts of
``../shared/corpora/wikinews_ru/texts/`` in sorted file order, not already in ``index.csv`` nor in
the example corpus ``data/corpus/``, under 6,000 characters, holding a quotation mark or a dash
after a closing quote, at least three quotation or reporting cues, and naming a state office or
body — political news first), also excluding dev15 and every earlier split.
``random.Random(2026120921).sample(candidates, 20)`` is printed. The choice
reads the text only; no extractor ran on these articles before they were annotated.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
TEXTS = REPO.parent / "shared" / "corpora" / "wikinews_ru" / "texts"
MARK = re.compile(r'[«„"]')
DASH_AFTER_QUOTE = re.compile(r'[»“"]\s*,?\s*[—–]')
CUE = re.compile(
    r"[«„]|\b(?:заяви|сообщ|сказа|отмети|рассказа|подчеркну|добави|говори|пишет|считает|"
    r"по словам|по мнению)", re.IGNORECASE)
POLITICS = re.compile(
    r"\b(?:президент|премьер|министр|правительств|парламент|депутат|парти[ияюей]|выбор|МИД|"
    r"Кремл|Госдум|Белый дом|Белого дома|Госдеп|сенат|оппозици)", re.IGNORECASE)


def candidates() -> list[str]:
    """File names of every text that may be drawn, in sorted order."""
    with open(HERE / "index.csv", encoding="utf-8") as fh:
        taken = {Path(row["source"]).name for row in csv.DictReader(fh) if row["split"] != "dev16"}
    taken |= {p.name for p in (REPO / "data" / "corpus").glob("*.txt")}
    out = []
    for path in sorted(TEXTS.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        if (path.name not in taken and len(text) < 6000
                and (MARK.search(text) or DASH_AFTER_QUOTE.search(text))
                and len(CUE.findall(text)) >= 3 and POLITICS.search(text)):
            out.append(path.name)
    return out


if __name__ == "__main__":
    pool = candidates()
    print(f"{len(pool)} candidates")
    for name in random.Random(2026120921).sample(pool, 20):
        print(name)
