"""Draw the sentences of ``rusentne_speech4.jsonl``: a fourth RuSentNE set (issue 12, held out).

The first set's filters (imported from ``draw_rusentne_speech.py``: distinct sentences of
``../shared/datasets/rusentne/train.tsv`` in file order, each under its first row), with every
sentence of the earlier Russian sets left out by its sha1 (UTF-8): the 150 of
``rusentne_speech.jsonl``, the 150 of ``rusentne_speech2.jsonl``, the 125 of
``rusentne_speech3.jsonl`` and the texts of ``ru_sentences.jsonl``.

The ``speech`` pool (a quotation mark with a cue of direct speech next to it) is empty once sets
1-3 are out: set 3 took the last 105 of its 325 sentences. What is left of the 3,716 distinct
sentences is 311 ``names`` (``«`` and no verb of saying), 101 with a quotation mark and a verb or
noun of saying anywhere in the sentence but no cue next to the mark (here ``saying``: the
sentences the first filter set aside as neither pool), and 2,879 with no quotation mark. This set
takes every one of the 101 ``saying`` sentences (direct speech whose cue is further from the
marks, quoted fragments inside reported speech, and names in marks beside a verb of saying) and
``random.Random(2026120821).sample`` of 24 ``names`` sentences, 125 in all like set 3, shuffled
together with the same generator. Every third line (the 3rd, 6th, ...) is ``test``, the rest
``dev``. One JSON line per sentence: ``row`` (0-based row of train.tsv, header excluded),
``sha1``, ``pool``, ``split``, ``text`` and an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences,
by the Russian conventions of ``../shared/ANNOTATION.md`` and ``tests/gold/wikinews_ru/README.md``
as sets 1-3 were: the whole speaker noun phrase as the mention, every kind (reported speech
included), speaker in the nominative or null for unnamed people and groups. Quote spans and
mentions were written as strings and turned into offsets by a script that required each string to
occur in the sentence on whole-word bounds. The committed ``rusentne_speech4.jsonl`` keeps offsets
only (``text`` removed): the dataset asks not to be committed into the project.

    .venv/bin/python tests/devset/draw_rusentne_speech4.py > /tmp/drawn4.jsonl
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_rusentne_speech import QUOTE, TSV, pool  # noqa: E402  (the first set's filters, unchanged)

HERE = Path(__file__).resolve().parent
SEED = 2026120821
N_NAMES = 24  # with the 101 ``saying`` sentences, 125 like set 3


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """sha1 of every sentence of the earlier Russian sentence sets."""
    seen: set[str] = set()
    for name in ("rusentne_speech.jsonl", "rusentne_speech2.jsonl", "rusentne_speech3.jsonl"):
        seen |= {json.loads(line)["sha1"]
                 for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen |= {sha1(json.loads(line)["text"])
             for line in (HERE / "ru_sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    return seen


def pool4(sentence: str) -> str | None:
    """The first set's pool, and ``saying`` for a quotation mark that pool() set aside."""
    p = pool(sentence)
    if p is None and QUOTE.search(sentence):
        return "saying"  # pool() returns None with a mark only when a verb of saying is present
    return p


def draw(tsv: Path = TSV) -> list[dict]:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r["sentence"], i)
    skip = earlier()
    pools: dict[str, list[tuple[int, str]]] = {"speech": [], "saying": [], "names": []}
    for sentence, i in first.items():
        p = pool4(sentence)
        if p and sha1(sentence) not in skip:
            pools[p].append((i, sentence))
    assert not pools["speech"], "the speech pool was expected empty after sets 1-3"
    rng = random.Random(SEED)
    chosen = [(i, s, "saying") for i, s in rng.sample(pools["saying"], len(pools["saying"]))]
    chosen += [(i, s, "names") for i, s in rng.sample(pools["names"], N_NAMES)]
    rng.shuffle(chosen)
    return [{"row": i, "sha1": sha1(s), "pool": p, "split": "test" if n % 3 == 2 else "dev",
             "text": s, "quotes": []}
            for n, (i, s, p) in enumerate(chosen)]


if __name__ == "__main__":
    if not TSV.exists():
        sys.exit(f"{TSV}: not found (RuSentNE train.tsv from ../shared/datasets/rusentne).")
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
