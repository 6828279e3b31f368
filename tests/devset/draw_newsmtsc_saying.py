"""How the sentences of ``newsmtsc_saying.jsonl`` were drawn (issue 14, reported speech).

    .venv/bin/python tests/devset/draw_newsmtsc_saying.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, not already in ``newsmtsc_quotes.jsonl`` (compared by the sentence's sha1).
``random.Random(2026120611)`` shuffles the pool once; the first 160 sentences holding a verb of
saying or ``according to`` (:data:`SAYING`, any tense) are taken, then the first 40 of the rest
of the shuffled pool whatever they hold (so that precision is measured on sentences without a
cue too). The 200 are listed in the order drawn, interleaved (four filtered, one unfiltered);
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying.jsonl``, one annotator, 210 attributions: dev 134 sentences / 141,
test 66 / 69; 104 ``indirect``, 93 of them after a verb of saying): ``ANNOTATION.md`` and the
English conventions of ``tests/gold/wikinews_en/README.md`` and ``NOTES.md``. Each quote also
carries ``cue_start``/``cue_end``, the offsets of its cue word (-1 when none), so that "introduced
by a verb of saying" is decided as for the Wikinews gold (``SAYING_CUE`` on the cue). Decisions:
the clause after ``said (that)`` / ``told Y (that)`` / ``argued that``; sentence-final ``..., X
said.`` over the sentence before it; ``according to X`` (a poll, an affidavit, ``reports``) over
the clause it attributes; an attribution inside the sentence (``..., Ms. Drisdel said, and ...``,
``But ..., some said, ...``) splits it in two spans; a mixed quote is one ``indirect`` over the
clause plus each quoted fragment as ``partial``; ``accused X of Y``, ``declared him the winner``
are ``indirect`` over "X Y"; ``calling the deal "balanced"``, ``referred to X as "Y"``, ``what X
called "Y"`` and quoted words after ``praised`` are ``partial`` only; a quote's tail with no
attribution in the sentence (the sentence splitter cut it) is ``direct`` with mention -1.
Not annotated: polls that "show", questions (``asked whether``), requests and recommendations
(``called for``, ``recommended be disciplined``, an amendment that ``told ICE``), topics (``talked
about``, ``spoke ... about``, ``said things that``), a lone signature line, ``This president can
tell us ...`` (hypothetical), legal acts (``pleaded guilty``, ``declared a state of emergency``).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASET = HERE.parents[2] / "shared" / "datasets" / "newsmtsc" / "train.jsonl"
SAYING = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|"
    r"noting|argue|argues|argued|arguing|announce|announces|announced|announcing|write|writes|"
    r"wrote|written|writing|claim|claims|claimed|claiming|warn|warns|warned|warning|insist|"
    r"insists|insisted|insisting|explain|explains|explained|explaining|acknowledge|acknowledges|"
    r"acknowledged|acknowledging|state|states|stated|stating|according to)\b",
    re.IGNORECASE)
N_SAYING, N_ANY = 160, 40


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pool() -> list[tuple[str, str]]:
    """``(id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = {json.loads(line)["sha1"]
             for line in (HERE / "newsmtsc_quotes.jsonl").read_text(encoding="utf-8").splitlines()}
    seen: set[str] = set()
    out = []
    with DATASET.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            h = sha1(rec["sentence"])
            if h not in seen and h not in taken:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 200 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120611).shuffle(sentences)
    saying = [s for s in sentences if SAYING.search(s[1])][:N_SAYING]
    chosen = {s[0] for s in saying}
    other = [s for s in sentences if s[0] not in chosen][:N_ANY]
    drawn = []
    for k in range(N_ANY):
        drawn += saying[4 * k:4 * k + 4] + other[k:k + 1]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
