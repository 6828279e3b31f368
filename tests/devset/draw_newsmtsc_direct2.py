"""How the sentences of ``newsmtsc_direct2.jsonl`` were drawn (issue 14, direct-quote mentions, round 16).

    .venv/bin/python tests/devset/draw_newsmtsc_direct2.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, **only those whose sha1 starts with a hex digit 8-f** (a saying set drawn at the
same time takes the digits 0-7, so the two stay disjoint), none already in an earlier set (every
other ``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1).
``random.Random(2026120691)`` shuffles the pool once; the first 150 sentences holding a pair of
quotation marks (straight ``"`` or curly ``“ ”``) around at least four words (:data:`QUOTED`)
are taken, in the shuffled order; every third line (the 3rd, 6th, ...) is ``test``, the others
``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct2.jsonl``): the conventions of the first direct set
(``draw_newsmtsc_direct.py``), ``ANNOTATION.md``, ``tests/gold/wikinews_en/README.md`` and
``NOTES.md``: all kinds, each quote with the offsets of its cue word (-1 when none) and of its
speaker mention as written in the sentence (-1 when the sentence does not name the speaker; a
pronoun is a mention). One annotator, 218 attributions: dev 100 sentences / 147 (77 direct, 68
of them with a mention; 39 partial, 31 ``indirect``), test 50 / 71 (30 direct and 2 nested, 28
with a mention; 22 partial, 17 ``indirect``). Decisions on this set, beside the first set's: a
whole sentence in marks right after a verb of saying, without "that" or a comma (`said "this
incident will ..."`, `says "Jesus would not ..."`, `told her "If you ever left me, ..."`) is
``direct``; after "that" it is ``partial`` only; a sign, a post or a headline quoted whole is
``direct`` with its holder, author or outlet (`One woman held up a sign reading "..."`, `The
posts which reportedly led to Murphy's ban were, "..."` with Murphy, `A headline on FoxNews.com
... read "..."` with FoxNews.com); a quote followed by the sentence "Trump resurrects an old ...
talking point" is ``direct`` with Trump and no cue; a name with a relative clause ("Jay Sekulow,
who serves as attorney for ...") is the name only; a parenthetical "X said" inside the reported
sentence ("After Holloway pulled into the casino lot, Lombardo said, she left ...") keeps the
whole sentence as the ``indirect`` span; "According to the article, A said P" and "B, Wolff
writes, went on to say P" give an outer ``indirect`` to the channel beside the inner one; a
slogan or famous line with its owner ("JFK's "Ask not ..."", "Obama's "Yes we can"") and a
headline fragment ("Ken Burns returns ... - 'a war we have consciously ignored'") are
``partial``. Not annotated: nicknames and labels ("Trump of the Tropics", the "war over the
wives" controversy, "Thucydides Trap", "diplomatic and security dialogue" talks, a "Make
America Great Again" cap), an allusion the Times used as a label ("methinks the McCain defender
doth protest too much"), a question's words ("his "false written testimony""), scare quotes
inside a quote ('climate disruption', "sources say").
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
THIS = "newsmtsc_direct2.jsonl"
#: The first hex digits of the sha1 this draw may take (the other half is another set's).
DIGITS = frozenset("89abcdef")
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
            if h not in seen and h not in taken and h[0] in DIGITS:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 150 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120691).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
