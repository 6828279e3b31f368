"""Draw the sentences of ``rusentne_speech2.jsonl``: a second RuSentNE set (issue 12, held out).

The same pools and filters as ``draw_rusentne_speech.py`` (imported from it: distinct sentences
of ``../shared/datasets/rusentne/train.tsv`` in file order, each under its first row; ``speech``
= a quotation mark with a cue of direct speech, ``names`` = «» and no verb of saying), with every
sentence of the earlier Russian sets left out by its sha1 (UTF-8): the 150 of
``rusentne_speech.jsonl`` and the texts of ``ru_sentences.jsonl``. Then
``random.Random(2026120921).sample`` of 110 ``speech`` and 40 ``names`` sentences, shuffled
together with the same generator; every third line (the 3rd, 6th, ...) is ``test``, the rest
``dev``. One JSON line per sentence: ``row`` (0-based row of train.tsv, header excluded),
``sha1``, ``pool``, ``split``, ``text`` and an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences
(all 150 drawn lines counted against the annotated ones before the commit), by the Russian
conventions of ``../shared/ANNOTATION.md`` and ``tests/gold/wikinews_ru/README.md`` as the first
set was: the whole speaker noun phrase as the mention, every kind (reported speech included),
speaker in the nominative or null for unnamed people and groups. The committed
``rusentne_speech2.jsonl`` keeps offsets only (``text`` removed): the dataset asks not to be
committed into the project. One annotator, 115 attributions on 98 of the 150 sentences: dev 100
sentences / 80 (42 ``partial``, 17 direct, 21 ``indirect``), test 50 / 35 (13 direct, 12
partial, 10 indirect). 27 of the sentences also stand in Wikinews gold articles
(``tests/gold/wikinews_ru``), annotated there by others: spans and mentions agreed on all but five,
which were aligned with that gold and with ``NOTES.md`` after the first count (111 attributions):
four ``indirect`` added on dev (agentless ``его обвинили в связях с …``, ``объяснив своё решение
…``, ``было объявлено``, ``По сведениям СМИ, их сообщил …``) and, on test, the mention of
``СМИ со ссылкой на данные Fitch сообщили … «…»`` moved to Fitch (NOTES.md, train-107943).
Decisions on this set: a quoted fragment in a request or condemnation is
``partial`` («нанесения вреда государству» in a demand, «отдать Аль-Кудс евреям» in a
condemnation), the request itself is not annotated; ``назвать X «Y»`` is ``partial`` over Y,
unquoted ``назвать причиной X`` ``indirect`` over X; ``сочли``, ``посчитала``, ``предполагают``
(beliefs) and ``выразил благодарность/неудовольствие`` (no proposition) are not annotated;
``выразил надежду/уверенность, что P`` and ``заявили о намерении X`` are ``indirect``; an outer
``как сообщал "Ъ"`` over a report of someone else's words is one ``indirect`` by the outlet;
a slogan in a written statement («Да здравствует ...») is ``direct``; a document's wording with
no speaker (a charter's, a prize citation's) is not annotated.

    .venv/bin/python tests/devset/draw_rusentne_speech2.py > /tmp/drawn2.jsonl
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
SEED = 2026120921
N_SPEECH, N_NAMES = 110, 40


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """sha1 of every sentence of the earlier Russian sentence sets."""
    seen = {json.loads(line)["sha1"]
            for line in (HERE / "rusentne_speech.jsonl").read_text(encoding="utf-8").splitlines()}
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
