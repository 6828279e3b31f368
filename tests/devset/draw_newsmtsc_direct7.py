"""How the sentences of ``newsmtsc_direct7.jsonl`` were drawn (issue 14, direct-quote mentions, round 27).

    .venv/bin/python tests/devset/draw_newsmtsc_direct7.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news) whose sha1 hex starts with 8-f
(:data:`HALF`, as sets 5 and 6 drew; the saying sets draw from 0-7), each under
the dataset id of its first line, none already in an earlier set (every other
``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1). ``random.Random(2026120811)``
shuffles the pool once; the sentences holding a pair of quotation marks (straight ``"`` or curly
``“ ”``) around at least four words (:data:`QUOTED`) are taken, in the shuffled order, up to
:data:`N`; every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``. The pool held
2,732 sentences, of which only 77 have such a pair (the six earlier direct sets took the rest of
this half), so the set has 77 sentences, not the 100 asked for: the half is now used up.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct7.jsonl``): the conventions of the six earlier direct sets
(``draw_newsmtsc_direct6.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker; a pronoun is a mention; "Name, an apposition, said" keeps the
apposition; a relative clause after a name is left out). One annotator, 97 attributions: dev 52
sentences / 65 (35 direct, 29 with a mention; 20 partial, 10 ``indirect``), test 25 / 32 (14
direct, 12 with a mention; 14 partial, 4 ``indirect``). Annotated from the sentences alone, with a
list of (kind, quoted words, mention, cue) per sentence turned into offsets by a script (the
nearest occurrence of the mention outside the quotes), before any extractor ran on them.
Decisions on this set, beside the earlier sets': a parenthetical "X, he said, is to “...”" or
"X, he said “...”" whose quoted words finish the author's clause is ``partial`` only; "he was
thinking: “...”" is ``direct`` with "he" and the cue "thinking"; "a visibly moved Ryan said" keeps
the whole noun phrase; "Romney himself said" takes "Romney"; "Belfast Crown Court heard X has been
"..."" names no speaker (the court is the listener): ``indirect`` and ``partial`` without a
mention, cue "heard"; a headline a document carries ("a news release ... had the headline:
“...”") is ``direct`` with the document; a caption "Trump congratulates @X on ...: “...”" is
``direct`` with "Trump" (each of its two copies with its own); a video that "cast him as "out of
step"" is the mention of its ``partial``; "issued a statement calling" and "vowed" take the
person who issued it; "according to an FBI memo" takes the memo for the quoted words, and "The
newly released documents also reveal that" the ``indirect`` clause. Not annotated: titles (a
sitcom, a book, a podcast, a TV show), one-word quotes ("squad", "amazing").
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
THIS = "newsmtsc_direct7.jsonl"
N = 100
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
    """``(id, sentence, split)`` of the 100 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120811).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
