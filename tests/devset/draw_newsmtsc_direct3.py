"""How the sentences of ``newsmtsc_direct3.jsonl`` were drawn (issue 14, direct-quote mentions, round 18).

    .venv/bin/python tests/devset/draw_newsmtsc_direct3.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, any sentence, none already in an earlier set (every other
``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1). ``random.Random(2026120711)``
shuffles the pool once; the first 150 sentences holding a pair of quotation marks (straight ``"``
or curly ``“ ”``) around at least four words (:data:`QUOTED`) are taken, in the shuffled order;
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct3.jsonl``): the conventions of the first and second direct sets
(``draw_newsmtsc_direct.py``, ``draw_newsmtsc_direct2.py``), ``ANNOTATION.md``,
``tests/gold/wikinews_en/README.md`` and ``NOTES.md``: all kinds, each quote with the offsets of
its cue word (-1 when none) and of its speaker mention as written in the sentence (-1 when the
sentence does not name the speaker; a pronoun is a mention). One annotator, 208 attributions:
dev 100 sentences / 141 (61 direct and 2 nested, 57 of them with a mention; 46 partial, 32
``indirect``), test 50 / 67 (36 direct, 27 with a mention; 18 partial, 13 ``indirect``).
Decisions on this set, beside the earlier sets': a tail with a relative speaker ("the latter of
whom remarked: "..."") names the antecedent ("Brexit secretary David Davis"); "He added: "..."
... ," he said." takes the tail "he said"; a website or a briefing note quoted whole ("A website
... puts it even more bluntly: "..."") is ``direct`` with its source ("A website"); an email quoted
whole after "hinting" is ``direct`` with its sender; "As the Los Angeles Times reports, "..."" is
``direct`` with the paper; a lower-case clause in marks right after "saying," (`by saying, "the
people who sent ..."`) is ``direct``; a sentence opened by a mark that never closes and a second
mark inside it (the last line) is ``direct`` up to the second mark, no mention, with the
fragment after it ``partial`` to "Nunes' lawyers". Not annotated: an op-ed's title, a rally's
slogan ("Make America Great Again" rally), the name of a charge ("subversion of state power"),
show titles ("Good Morning Britain"), one-word scare quotes ("broken", "gracious", "leave"), a
signature ("BdB.") and a URL in markup.
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
THIS = "newsmtsc_direct3.jsonl"
N = 150

#: A pair of marks around four words or more: an opening straight or curly double mark, then
#: text without another mark holding at least four words, then a closing mark.
QUOTED = re.compile(r'["“][^"“”]*?(?:\w[\w\'’-]*[^\w"“”]+){3}\w[^"“”]*["”]')


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier() -> set[str]:
    """The sha1 of every sentence of every other ``newsmtsc_*.jsonl`` in this directory."""
    return {json.loads(line)["sha1"]
            for p in sorted(HERE.glob("newsmtsc_*.jsonl")) if p.name != THIS
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}


def pool() -> list[tuple[str, str]]:
    """``(id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = earlier()
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
    """``(id, sentence, split)`` of the 150 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120711).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
