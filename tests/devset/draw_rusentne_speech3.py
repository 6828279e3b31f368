"""Draw the sentences of ``rusentne_speech3.jsonl``: a third RuSentNE set (issue 12, held out).

The same pools and filters as ``draw_rusentne_speech.py`` (imported from it: distinct sentences
of ``../shared/datasets/rusentne/train.tsv`` in file order, each under its first row; ``speech``
= a quotation mark with a cue of direct speech, ``names`` = «» and no verb of saying), with every
sentence of the earlier Russian sets left out by its sha1 (UTF-8): the 150 of
``rusentne_speech.jsonl``, the 150 of ``rusentne_speech2.jsonl`` and the texts of
``ru_sentences.jsonl``. Then ``random.Random(2026120931).sample`` of 105 ``speech`` and 20
``names`` sentences, shuffled together with the same generator. This round is about speakers, so
it was to take 130 ``speech`` sentences, but only 105 are left in the pool once sets 1 and 2 are
out (325 distinct sentences in all): it takes every one of them, in the sampled order. Every
third line (the 3rd, 6th, ...) is ``test``, the rest ``dev``. One JSON line per sentence:
``row`` (0-based row of train.tsv, header excluded), ``sha1``, ``pool``, ``split``, ``text`` and
an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences
(the drawn lines counted against the annotated ones before the commit), by the Russian
conventions of ``../shared/ANNOTATION.md`` and ``tests/gold/wikinews_ru/README.md`` as sets 1
and 2 were: the whole speaker noun phrase as the mention, every kind (reported speech included),
speaker in the nominative or null for unnamed people and groups. Quote spans and mentions were
written as strings and turned into offsets by a script that required each string to occur in the
sentence on whole-word bounds. The committed ``rusentne_speech3.jsonl`` keeps offsets only
(``text`` removed): the dataset asks not to be committed into the project.

    .venv/bin/python tests/devset/draw_rusentne_speech3.py > /tmp/drawn3.jsonl
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_rusentne_speech import TSV, pool  # noqa: E402  (the first set's filters, unchanged)

HERE = Path(__file__).resolve().parent
SEED = 2026120931
N_SPEECH, N_NAMES = 105, 20  # 105: the whole speech pool left after sets 1 and 2


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """sha1 of every sentence of the earlier Russian sentence sets."""
    seen: set[str] = set()
    for name in ("rusentne_speech.jsonl", "rusentne_speech2.jsonl"):
        seen |= {json.loads(line)["sha1"]
                 for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen |= {sha1(json.loads(line)["text"])
             for line in (HERE / "ru_sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    return seen


def draw(tsv: Path = TSV) -> list[dict]:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r["sentence"], i)
    skip = earlier()
    pools: dict[str, list[tuple[int, str]]] = {"speech": [], "names": []}
    for sentence, i in first.items():
        p = pool(sentence)
        if p and sha1(sentence) not in skip:
            pools[p].append((i, sentence))
    rng = random.Random(SEED)
    chosen = [(i, s, "speech") for i, s in rng.sample(pools["speech"], N_SPEECH)]
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
