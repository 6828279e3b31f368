"""Draw the sentences of ``ru_wikinews_sentences.jsonl``: a sixth Russian sentence set (issue 12,
held out), single sentences of Russian Wikinews articles that no gold split and no earlier set
holds.

RuSentNE's pool of direct speech is spent (sets 1-4 took every sentence of its ``train.tsv`` with
a quotation mark and a verb of saying). This set is drawn from the 840 shared Russian Wikinews
articles (``../shared/corpora/wikinews_ru/texts``, NEREL train and dev, CC BY 2.5) instead:

- articles: every file of that directory that is neither a source of the Russian gold index
  (``tests/gold/wikinews_ru/index.csv``, any split) nor in ``data/corpus`` (by file name);
- sentences: each paragraph (a line) cut into sentences by ``razdel.sentenize``; a sentence of
  fewer than 4 words is skipped, and so is every sentence whose text (its white space collapsed)
  is a sentence of RuSentNE's ``train.tsv`` or of ``ru_sentences.jsonl`` (RuSentNE was built
  from NEREL's Wikinews texts, so earlier sets and their tuning may hold the same sentences);
  each distinct sentence text counts once (its first place in sorted file order);
- pools: ``speech``, a sentence holding a quotation mark (« » „ “ ") and a stem of saying of the
  first set's list (``SAY`` of ``draw_rusentne_speech.py``, imported unchanged, not the
  extractor's lexicon), or opening with a dash right after a sentence that ends in a closing mark
  (a dialogue dash after a quote); ``names``, a sentence with «» and no stem of saying (the
  precision part: newspapers, parties, operations).

``random.Random(2026120751).sample`` takes 100 ``speech`` and 15 ``names`` sentences; the same
generator shuffles the 115 together. Every third line (the 3rd, 6th, ...) is ``test``, the rest
``dev``. One JSON line per sentence: ``file`` (the article's file name), ``start``/``end`` (the
sentence's character offsets in the article), ``sha1`` of the sentence, ``pool``, ``split``,
``text`` and an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences,
by the Russian conventions of ``../shared/ANNOTATION.md`` as sets 1-5 were. The sentence is the
whole document: a speaker named only in an earlier sentence of the article is not in it (speaker
null, no mention). The committed ``ru_wikinews_sentences.jsonl`` keeps offsets only (``text``
removed): the articles are read from ``../shared``.

    .venv/bin/python tests/devset/draw_ru_wikinews_sentences.py > /tmp/drawn6.jsonl
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from razdel import sentenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_rusentne_speech import SAY, TSV  # noqa: E402  (the first set's list, unchanged)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEXTS = ROOT.parent / "shared" / "corpora" / "wikinews_ru" / "texts"
SEED = 2026120751
N_SPEECH, N_NAMES = 100, 15
MARK = re.compile("[«»„“\"]")
CLOSING = re.compile("[»“\"][.!?…]?$")
DASH = re.compile(r"^[—–-]\s")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def squeeze(text: str) -> str:
    """The text with its white space collapsed (to compare sentences cut by two splitters)."""
    return " ".join(text.split())


def excluded_files() -> set[str]:
    """File names of the gold index's sources (any split) and of ``data/corpus``."""
    with (ROOT / "tests" / "gold" / "wikinews_ru" / "index.csv").open(encoding="utf-8") as f:
        names = {Path(r["source"]).name for r in csv.DictReader(f)}
    return names | {p.name for p in (ROOT / "data" / "corpus").iterdir()}


def earlier_sentences() -> set[str]:
    """Every sentence of RuSentNE's train.tsv and of ``ru_sentences.jsonl``, squeezed."""
    seen: set[str] = set()
    with TSV.open(encoding="utf-8", newline="") as f:
        seen |= {squeeze(r["sentence"]) for r in csv.DictReader(f, delimiter="\t")}
    seen |= {squeeze(json.loads(line)["text"])
             for line in (HERE / "ru_sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    return seen


def pool6(sentence: str, before: str) -> str | None:
    """``speech``, ``names`` or None; ``before`` is the sentence before in the paragraph."""
    if MARK.search(sentence) and re.search(SAY, sentence, re.IGNORECASE):
        return "speech"
    if DASH.match(sentence) and CLOSING.search(before):
        return "speech"
    if "«" in sentence and not re.search(SAY, sentence, re.IGNORECASE):
        return "names"
    return None


def candidates() -> dict[str, list[tuple[str, int, int, str]]]:
    """The two pools: (file, start, end, sentence) in sorted file order, distinct texts."""
    skip, seen = excluded_files(), earlier_sentences()
    pools: dict[str, list[tuple[str, int, int, str]]] = {"speech": [], "names": []}
    texts: set[str] = set()
    for path in sorted(TEXTS.glob("*.txt")):
        if path.name in skip:
            continue
        text = path.read_text(encoding="utf-8")
        pos = 0
        for line in text.split("\n"):
            before = ""
            for s in sentenize(line):
                sentence = s.text
                p = pool6(sentence, before)
                before = sentence
                if (p is None or len(sentence.split()) < 4 or squeeze(sentence) in seen
                        or sentence in texts):
                    continue
                texts.add(sentence)
                pools[p].append((path.name, pos + s.start, pos + s.stop, sentence))
            pos += len(line) + 1
    return pools


def draw() -> list[dict]:
    pools = candidates()
    rng = random.Random(SEED)
    chosen = [(*c, "speech") for c in rng.sample(pools["speech"], min(N_SPEECH, len(pools["speech"])))]
    chosen += [(*c, "names") for c in rng.sample(pools["names"], N_NAMES)]
    rng.shuffle(chosen)
    return [{"file": f, "start": a, "end": b, "sha1": sha1(s), "pool": p,
             "split": "test" if n % 3 == 2 else "dev", "text": s, "quotes": []}
            for n, (f, a, b, s, p) in enumerate(chosen)]


if __name__ == "__main__":
    if not TEXTS.exists():
        sys.exit(f"{TEXTS}: not found (the Russian Wikinews articles of ../shared).")
    if "--count" in sys.argv:
        print({p: len(c) for p, c in candidates().items()})
        sys.exit(0)
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
