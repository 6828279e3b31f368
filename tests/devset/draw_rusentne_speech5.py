"""Draw the sentences of ``rusentne_speech5.jsonl``: a fifth RuSentNE set (issue 12, held out).

Sets 1-4 took every sentence of ``../shared/datasets/rusentne/train.tsv`` with a quotation mark
and a verb of saying. What no set measured is reported speech WITHOUT quotation marks in single
sentences («Президент заявил, что …», «По словам министра, …», «как сообщает ТАСС, …»). This set
takes the distinct sentences (file order, each under its first row, as the first set's draw) that
are in no earlier Russian set (by sha1, UTF-8: the sentences of ``rusentne_speech.jsonl`` ..
``rusentne_speech4.jsonl`` and the texts of ``ru_sentences.jsonl``) and hold no quotation mark at
all (none of « » „ “ ” "), and sorts them in two pools by the first set's list of stems of
Russian verbs and nouns of saying (``SAY``, imported from ``draw_rusentne_speech.py``, unchanged):

- ``saying``: a stem of ``SAY`` somewhere in the sentence (case-insensitive);
- ``plain``: none (the precision part: sentences that should give no attribution).

``random.Random(2026120941).sample`` takes 100 ``saying`` and 20 ``plain`` sentences; the same
generator shuffles the 120 together. Every third line (the 3rd, 6th, ...) is ``test``, the rest
``dev``. One JSON line per sentence: ``row`` (0-based row of train.tsv, header excluded),
``sha1``, ``pool``, ``split``, ``text`` and an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences,
by the Russian conventions of ``../shared/ANNOTATION.md`` and ``tests/gold/wikinews_ru/README.md``
as sets 1-4 were (the whole speaker noun phrase as the mention, every kind, speaker in the
nominative or null for unnamed people and groups). Spans and mentions were written as strings and
turned into offsets by a script that required each string to occur once in the sentence. The
committed ``rusentne_speech5.jsonl`` keeps offsets only (``text`` removed): the dataset asks not to
be committed into the project.

    .venv/bin/python tests/devset/draw_rusentne_speech5.py > /tmp/drawn5.jsonl
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
SEED = 2026120941
N_SAYING, N_PLAIN = 100, 20
MARKS = re.compile("[«»„“”\"]")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """sha1 of every sentence of the earlier Russian sentence sets."""
    seen: set[str] = set()
    for name in ("rusentne_speech.jsonl", "rusentne_speech2.jsonl", "rusentne_speech3.jsonl",
                 "rusentne_speech4.jsonl"):
        seen |= {json.loads(line)["sha1"]
                 for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen |= {sha1(json.loads(line)["text"])
             for line in (HERE / "ru_sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    return seen


def pool5(sentence: str) -> str | None:
    """``saying``, ``plain`` or None (a quotation mark: sets 1-4's ground)."""
    if MARKS.search(sentence):
        return None
    return "saying" if re.search(SAY, sentence, re.IGNORECASE) else "plain"


def draw(tsv: Path = TSV) -> list[dict]:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r["sentence"], i)
    skip = earlier()
    pools: dict[str, list[tuple[int, str]]] = {"saying": [], "plain": []}
    for sentence, i in first.items():
        p = pool5(sentence)
        if p and sha1(sentence) not in skip:
            pools[p].append((i, sentence))
    rng = random.Random(SEED)
    chosen = [(i, s, "saying") for i, s in rng.sample(pools["saying"], N_SAYING)]
    chosen += [(i, s, "plain") for i, s in rng.sample(pools["plain"], N_PLAIN)]
    rng.shuffle(chosen)
    return [{"row": i, "sha1": sha1(s), "pool": p, "split": "test" if n % 3 == 2 else "dev",
             "text": s, "quotes": []}
            for n, (i, s, p) in enumerate(chosen)]


if __name__ == "__main__":
    if not TSV.exists():
        sys.exit(f"{TSV}: not found (RuSentNE train.tsv from ../shared/datasets/rusentne).")
    if "--count" in sys.argv:
        print({p: sum(1 for r in draw() if r["pool"] == p) for p in ("saying", "plain")})
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
