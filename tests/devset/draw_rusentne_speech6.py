"""Draw the sentences of ``rusentne_speech6.jsonl``: a sixth RuSentNE set (issue 12, held out).

Sets 1-4 took every sentence of ``../shared/datasets/rusentne/train.tsv`` with a quotation mark
and a stem of saying (``SAY`` of ``draw_rusentne_speech.py``); set 5 took sentences with no mark
at all. What no set measured is the sentences that hold a quotation mark but **no** stem of
saying: the precision side of quoted speech (names, titles, terms and epithets in marks) and
quotations whose cue is not in that list (a colon, a dash, «по данным», a headline-like quote).
This set takes the distinct sentences (file order, each under its first row, as the first set's
draw) that are in no earlier Russian set (by sha1, UTF-8: the sentences of
``rusentne_speech.jsonl`` .. ``rusentne_speech5.jsonl``, the texts of ``ru_sentences.jsonl`` and
the sentences of ``ru_wikinews_sentences.jsonl`` and ``ru_wikinews_sentences2.jsonl``), hold a
quotation mark (one of « » „ “ ” ") and hold no stem of ``SAY`` (imported unchanged,
case-insensitive): 378 sentences (``--count`` prints the pool's size).

``random.Random(2026120961).sample`` takes 120 of them. Every third line (the 3rd, 6th, ...) is
``test``, the rest ``dev``. One JSON line per sentence: ``row`` (0-based row of train.tsv, header
excluded), ``sha1``, ``pool`` (``marks``), ``split``, ``text`` and an empty ``quotes`` list for
the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences,
by the Russian conventions of ``../shared/ANNOTATION.md`` and ``tests/gold/wikinews_ru/README.md``
as sets 1-5 were. Spans and mentions were written as strings and turned into offsets by a script
that required each string to occur once in the sentence (or named the occurrence). The committed
``rusentne_speech6.jsonl`` keeps offsets only (``text`` removed): the dataset asks not to be
committed into the project.

    .venv/bin/python tests/devset/draw_rusentne_speech6.py > /tmp/drawn6.jsonl
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_rusentne_speech import SAY, TSV  # noqa: E402  (the first set's list, unchanged)

HERE = Path(__file__).resolve().parent
SEED = 2026120961
N = 120
MARKS = re.compile("[«»„“”\"]")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """sha1 of every sentence of the earlier Russian sentence sets."""
    seen: set[str] = set()
    for name in ("rusentne_speech.jsonl", "rusentne_speech2.jsonl", "rusentne_speech3.jsonl",
                 "rusentne_speech4.jsonl", "rusentne_speech5.jsonl",
                 "ru_wikinews_sentences.jsonl", "ru_wikinews_sentences2.jsonl"):
        seen |= {json.loads(line)["sha1"]
                 for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen |= {sha1(json.loads(line)["text"])
             for line in (HERE / "ru_sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    return seen


def candidates(tsv: Path = TSV) -> list[tuple[int, str]]:
    """(row, sentence) of every distinct sentence with a quotation mark and no stem of saying
    that no earlier set holds, in file order."""
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r["sentence"], i)
    skip = earlier()
    return [(i, s) for s, i in first.items()
            if MARKS.search(s) and not re.search(SAY, s, re.IGNORECASE) and sha1(s) not in skip]


def draw(tsv: Path = TSV) -> list[dict]:
    rng = random.Random(SEED)
    chosen = rng.sample(candidates(tsv), N)
    return [{"row": i, "sha1": sha1(s), "pool": "marks", "split": "test" if n % 3 == 2 else "dev",
             "text": s, "quotes": []}
            for n, (i, s) in enumerate(chosen)]


if __name__ == "__main__":
    if not TSV.exists():
        sys.exit(f"{TSV}: not found (RuSentNE train.tsv from ../shared/datasets/rusentne).")
    if "--count" in sys.argv:
        print(len(candidates()))
        sys.exit(0)
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
