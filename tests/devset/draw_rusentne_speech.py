"""Draw the sentences of ``rusentne_speech.jsonl`` from RuSentNE (a held-out check, issue 12).

RuSentNE-2023 (``../shared/datasets/rusentne/train.tsv``, dialogue-evaluation/RuSentNE-evaluation,
MIT licence, Copyright (c) 2023 dialogue-evaluation) holds real sentences of Russian Wikinews, one row per
(sentence, entity). This script takes each distinct sentence once (its first row), sorts nothing
(file order; the TSV's
doubled "" quoting is undone by the csv module), and sorts it into two pools:

- ``speech``: a quotation in «…», „…“ or "…" with a cue of direct speech: a dash and a verb of
  saying after the closing mark (``», — заявил``), a colon right before the opening mark
  (``Песков: «``, ``заявил: «``), or a verb of saying within 60 characters of a mark;
- ``names``: «…» but no verb of saying anywhere in the sentence (names, titles, labels: the
  precision part).

It then takes ``random.Random(2026120613).sample`` of 110 and 40 sentences, shuffles them
together with the same generator, and prints one JSON line per sentence: ``row`` (0-based row of
train.tsv, header excluded), ``sha1`` of the sentence (UTF-8), ``pool``, ``split`` (every third
line ``test``, the rest ``dev``), ``text``, and an empty ``quotes`` list for the annotator.
The annotation (``quotes``) was written by hand afterwards, before any extractor ran on them.
The committed ``rusentne_speech.jsonl`` keeps offsets only (``text`` and the quoted and mention
strings removed): the dataset asks not to be committed into the project.

    python tests/devset/draw_rusentne_speech.py > /tmp/drawn.jsonl
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

TSV = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "rusentne" / "train.tsv"
SEED = 2026120613
N_SPEECH, N_NAMES = 110, 40

# Stems of Russian verbs and nouns of saying (past, present, participles and по словам/мнению).
SAY = (r"(заяв|сказа|сообщ|отмет|подчеркн|добав|рассказ|поясн|объясн|говор|написа|пишет|"
       r"признал|признаёт|признает|уточн|заключ|ответ|цитир|утвержд|считает|считают|"
       r"по словам|по мнению|констатир|предупред|напомн|замет|передаёт|передает|"
       r"процитир|воскликн|спрос|опроверг|отрица|настаива|выразил|назва|указ|резюмир|разъясн|"
       r"излож|высказ)")
QUOTE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|„[^“]*“|\"[^\"]+\"")
DASH_VERB = re.compile(r"[»\"“][,!?.…]?\s*[—–-]\s*" + SAY, re.IGNORECASE)
COLON = re.compile(r":\s*[«\"„]")
NEAR = re.compile(SAY + r".{0,60}[«\"„]|[»\"“].{0,60}" + SAY, re.IGNORECASE)


def pool(sentence: str) -> str | None:
    """``speech``, ``names`` or None (no quotation mark, or «» with a verb but no cue)."""
    if not QUOTE.search(sentence):
        return None
    if DASH_VERB.search(sentence) or COLON.search(sentence) or NEAR.search(sentence):
        return "speech"
    if "«" in sentence and not re.search(SAY, sentence, re.IGNORECASE):
        return "names"
    return None


def draw(tsv: Path = TSV) -> list[dict]:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r["sentence"], i)
    pools: dict[str, list[tuple[int, str]]] = {"speech": [], "names": []}
    for sentence, i in first.items():
        p = pool(sentence)
        if p:
            pools[p].append((i, sentence))
    rng = random.Random(SEED)
    chosen = [(i, s, "speech") for i, s in rng.sample(pools["speech"], N_SPEECH)]
    chosen += [(i, s, "names") for i, s in rng.sample(pools["names"], N_NAMES)]
    rng.shuffle(chosen)
    return [{"row": i, "sha1": hashlib.sha1(s.encode("utf-8")).hexdigest(), "pool": p,
             "split": "test" if n % 3 == 2 else "dev", "text": s, "quotes": []}
            for n, (i, s, p) in enumerate(chosen)]


if __name__ == "__main__":
    if not TSV.exists():
        sys.exit(f"{TSV}: not found (RuSentNE train.tsv from ../shared/datasets/rusentne).")
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
