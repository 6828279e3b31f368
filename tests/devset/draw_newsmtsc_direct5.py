"""How the sentences of ``newsmtsc_direct5.jsonl`` were drawn (issue 14, direct-quote mentions, round 23).

    .venv/bin/python tests/devset/draw_newsmtsc_direct5.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news) whose sha1 hex starts with 8-f
(:data:`HALF`; a saying set drawn at the same time takes 0-7, so the two are disjoint), each under
the dataset id of its first line, none already in an earlier set (every other
``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1). ``random.Random(2026120711)``
shuffles the pool once; the first 120 sentences holding a pair of quotation marks (straight ``"``
or curly ``“ ”``) around at least four words (:data:`QUOTED`) are taken, in the shuffled order;
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct5.jsonl``): the conventions of the four earlier direct sets
(``draw_newsmtsc_direct4.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker; a pronoun is a mention; "Name, an apposition, said" keeps the
apposition; a relative clause after a name is left out). One annotator, 164 attributions: dev 80
sentences / 111 (53 direct; 45 direct with a mention; 35 partial, 23 ``indirect``), test 40 / 53
(25 direct, 1 nested; 23 direct and nested with a mention; 17 partial, 10 ``indirect``).
Decisions on this set, beside the earlier sets': "X said/admitted/declared that “...”" whose whole
proposition is inside the marks is ``partial`` only, but with author's words beside the marks it
is ``indirect`` plus the ``partial``; a continuation sentence in marks right after an attributed
one ("“...,” X told Politico .... “...”") is ``direct`` with the same mention and cue; "a third
tweet stating: "..."" takes "a third tweet" (as "the post reads" in set 4); "Dubke, 47, wrote"
takes "Dubke" (an age is no apposition); a caption "“I am the devil,”" on a photo is ``direct``
without a mention; "To the DEA, those numbers suggest X is "..."" is ``indirect`` plus
``partial`` with "the DEA" and no cue; a quoted phrase of a complaint ("for “physical pain and
mental suffering”") is ``partial`` with the plaintiff. Not annotated: titles (a book, a film,
"Fresh Air", "Today"), one-word scare quotes ("linking", "demonization", "bump", "anti-Zuma"),
"false flag", "God's authority".
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
THIS = "newsmtsc_direct5.jsonl"
N = 120
#: The sha1 first digits of this half of the pool (a saying set drawn at the same time takes 0-7).
HALF = frozenset("89abcdef")

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
            if h not in seen and h not in taken and h[0] in HALF:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 120 sentences, in file order of the annotation."""
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
