"""How the sentences of ``newsmtsc_saying2.jsonl`` were drawn (issue 14, reported speech, round 7).

    .venv/bin/python tests/devset/draw_newsmtsc_saying2.py [--text]

Pool: the distinct sentences of NewsMTSC's two **dev** files (``mt-dev.jsonl``, then
``rw-dev.jsonl`` in ``../shared/datasets/newsmtsc/``; US political news; 536 distinct sentences),
none of which any earlier set used (those come from ``train.jsonl``; a sentence whose sha1 is in
``newsmtsc_quotes.jsonl`` or ``newsmtsc_saying.jsonl`` would be left out — none is). Each sentence
goes under the id of its first line, prefixed by its file (``mt-dev:<id>``, ``rw-dev:<id>``), so
that ids stay unique across the two files. ``random.Random(2026120621)`` shuffles the pool once;
the first 150 sentences holding a verb of saying or ``according to`` (the filter of
``draw_newsmtsc_saying.py``, :data:`SAYING`, any tense) are taken, then the first 40 of the rest
of the shuffled pool whatever they hold (so that false alarms count too). The 190 are listed
interleaved (3 or 4 filtered, then one unfiltered); every third line (the 3rd, 6th, ...) is
``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying2.jsonl``): ``ANNOTATION.md`` and the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md``, with the decisions recorded in
``draw_newsmtsc_saying.py`` for the first saying set; each quote carries the offsets of its cue
word (-1 when none), so that "introduced by a verb of saying" is decided as on the Wikinews gold.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_newsmtsc_saying import SAYING  # noqa: E402  (the same filter as the first set)

DATASETS = HERE.parents[2] / "shared" / "datasets" / "newsmtsc"
FILES = ("mt-dev", "rw-dev")
N_SAYING, N_ANY = 150, 40


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pool() -> list[tuple[str, str]]:
    """``(file:id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = {json.loads(line)["sha1"]
             for name in ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl")
             for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen: set[str] = set()
    out = []
    for name in FILES:
        with (DATASETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                h = sha1(rec["sentence"])
                if h not in seen and h not in taken:
                    out.append((f"{name}:{rec['id']}", rec["sentence"]))
                seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 190 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120621).shuffle(sentences)
    saying = [s for s in sentences if SAYING.search(s[1])][:N_SAYING]
    chosen = {s[0] for s in saying}
    other = [s for s in sentences if s[0] not in chosen][:N_ANY]
    drawn = []
    for k in range(N_ANY):
        drawn += saying[k * N_SAYING // N_ANY:(k + 1) * N_SAYING // N_ANY] + other[k:k + 1]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
