"""How the sentences of ``newsmtsc_direct10.jsonl`` were drawn (issue 14, direct-quote mentions, round 31).

    .venv/bin/python tests/devset/draw_newsmtsc_direct10.py [--text]

As set 9's (``draw_newsmtsc_direct9.py``) with ``random.Random(2026120741)``: the pool is the
distinct sentences of NewsMTSC's two dev files (``rw-dev.jsonl``, then ``mt-dev.jsonl``, ids
prefixed by the file) and of the whole training split (``train.jsonl``, plain ids), none already
in an earlier set (every other ``tests/devset/newsmtsc_*.jsonl``, by the sentence's sha1); the
pool is shuffled once and the sentences holding a pair of quotation marks around at least four
words (:data:`QUOTED`) are taken in that order, up to :data:`N`; every third line is ``test``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Set 9 left 97 sentences with such a pair; all 97 were drawn (``N`` = 100 asks for more than
there are), so the pool holds no more for an eleventh set of this filter.

Annotation (``newsmtsc_direct10.jsonl``): the conventions of the nine earlier direct sets
(``draw_newsmtsc_direct9.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker; a pronoun is a mention; "Name, an apposition, said" keeps the
apposition; a title before a name is kept; a relative clause after a name is left out, "Monty, a
Houston attorney who has ..." keeps "Monty, a Houston attorney"; "said that “<the whole clause>”"
is ``partial`` only, a quote inside a longer reported clause is ``partial`` beside the
``indirect``). One annotator, 130 attributions: dev 65 sentences / 90 (40 direct, 3 nested, 1
embedded, 34 of them with a mention; 28 partial, 18 ``indirect``), test 32 / 40 (15 direct, all
15 with a mention; 17 partial, 8 ``indirect``). Annotated from the sentences alone, with a list
of (kind, quoted words, mention, cue) per sentence turned into offsets by a script (the nearest
occurrence of the mention outside the marks; inside the outer quote for a nested quote's), before
any extractor ran on them.
Decisions on this set, beside the earlier sets': 'responded ... by saying "we're not big fans
..."' (no comma, lower case) is ``partial``; 'turned to a boy ... and said "I like your Mickey
Mouse."' (a whole sentence) is ``direct``; "His lengthy criticism of Trump ended: “...”" keeps
the document's words as the mention (set 9's "the memo read"); "“...,” Sen." (the name in the
next sentence) has no mention; a self-quote "I’m just like, ‘...’" is ``nested`` with "I"; a
reported clause inside a quote ("“He states that the department ‘...’”") is the ``direct`` quote
plus an ``indirect`` and a ``nested`` with the inner "He"; a tweet of links signed "— State of
the Union (@CNNSotu) January 13, 2019" is ``embedded`` with its signature; "the Journal reported,
citing “people briefed on the meeting.”" is ``partial`` with the Journal; a famous line the
author cites ("we most remember him for seven little words, “...”") is ``partial`` with "him";
"I imagine Vladimir Putin ... view ... as “enemies of the state”" is ``partial`` with the
viewers (set 9's belief); a woman's words in a request ("asked her to "call him Master, and he’d
slap me ..."") and "the idea that Cohen was not reimbursed by "..."" are ``partial`` with no
mention; "But then “he trusted in ...”" is ``partial`` without a mention; the dependent clause
after a quote ('"It was three years ... recipient" when Liteky told him ..., Olive said.') leaves
the quote ``direct``. Not annotated: titles and names in marks ("The Merchant of Venice.",
“Make America Great Again” dress, "Kim Wall Memorial Fund Grant,", “Rise up for Roe” tour,
“State of the Union.”, “Inside Politics”), one-word quotes ("mandated", "innocent", "sacrifices",
"heart-to-heart", "shock"), the closing of a quote cut off before the sentence ('#deplorable”').
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parents[2] / "shared" / "datasets" / "newsmtsc"
DEV_FILES = ("rw-dev", "mt-dev")
THIS = "newsmtsc_direct10.jsonl"
N = 100

#: A pair of marks around four words or more: an opening straight or curly double mark, then
#: text without another mark holding at least four words, then a closing mark (set 7's filter).
QUOTED = re.compile(r'["“][^"“”]*?(?:\w[\w\'’-]*[^\w"“”]+){3}\w[^"“”]*["”]')


def sha1(text: str) -> str:
    """The sha1 hex digest of ``text`` (UTF-8), the key sets are compared by."""
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
    for name in (*DEV_FILES, "train"):
        with (DATASETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                h = sha1(rec["sentence"])
                if h not in seen and h not in taken:
                    key = rec["id"] if name == "train" else f"{name}:{rec['id']}"
                    out.append((key, rec["sentence"]))
                seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the sentences drawn, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120741).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
