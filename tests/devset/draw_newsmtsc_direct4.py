"""How the sentences of ``newsmtsc_direct4.jsonl`` were drawn (issue 14, direct-quote mentions, round 20).

    .venv/bin/python tests/devset/draw_newsmtsc_direct4.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, any sentence, none already in an earlier set (every other
``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1). ``random.Random(2026120911)``
shuffles the pool once; the first 150 sentences holding a pair of quotation marks (straight ``"``
or curly ``“ ”``) around at least four words (:data:`QUOTED`) are taken, in the shuffled order;
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``. (A saying set 8 drawn at
the same time with another seed is checked for disjointness when the two are merged.)

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct4.jsonl``): the conventions of the three earlier direct sets
(``draw_newsmtsc_direct.py``, ``draw_newsmtsc_direct2.py``, ``draw_newsmtsc_direct3.py``),
``ANNOTATION.md``, ``tests/gold/wikinews_en/README.md`` and ``NOTES.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written in the
sentence (-1 when the sentence does not name the speaker; a pronoun is a mention; "Name, an
apposition, said" keeps the apposition, a long one up to its first noun phrase). One annotator,
233 attributions: dev 100 sentences / 156 (65 direct, 1 nested, 1 embedded; 57 direct and nested
with a mention; 50 partial, 39 ``indirect``), test 50 / 77 (25 direct, 1 nested, 22 with a
mention; 28 partial, 23 ``indirect``). Decisions on this set, beside the earlier sets': a colon
line whose label is no speaker ("Today: "..."") is ``direct`` without a mention; a headline "Norm
Eisen on Trump pardoning himself ..." above a quote on its own line is ``direct`` with the name,
no cue; a tweet's text after ".@jaketapper responds to @POTUS:" is ``direct`` with the handle; a
headline fragment before "Glenn Greenwald unloads on ..." is ``direct`` with the name; a story
"titled "Sanders says ..."" is ``direct`` with "a Politico story" plus the ``indirect`` inside;
"The Telegraph quoted Bannon, ..., as saying" takes Bannon (the paper is the channel); a
sentence ending in "Sen." (the name cut off) has no mention; a quote whose closing part is an
author's phrase ("“If you don’t control ... a destiny” for the nation’s youth, he said") is
``direct`` over the marks; a pull quote without marks signed "Martin Nowack" is ``embedded``;
a quote "from King that read: "..."" is ``direct`` with King. Not annotated: a charge's name
("Conspiracy Against the United States"), slogans and labels ("Nixon goes to China",
"Make America Great Again", "Platform Utilities", "fireside chat", the "Sexual harassment is no
big deal" defense), show titles, one-word scare quotes ("curtail", "dirt", "disappointed").
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
THIS = "newsmtsc_direct4.jsonl"
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
    random.Random(2026120911).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
