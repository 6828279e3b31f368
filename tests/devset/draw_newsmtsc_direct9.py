"""How the sentences of ``newsmtsc_direct9.jsonl`` were drawn (issue 14, direct-quote mentions, round 30).

    .venv/bin/python tests/devset/draw_newsmtsc_direct9.py [--text]

As set 8's (``draw_newsmtsc_direct8.py``) with ``random.Random(2026120931)``: the pool is the
distinct sentences of NewsMTSC's two dev files (``rw-dev.jsonl``, then ``mt-dev.jsonl``, ids
prefixed by the file) and of the whole training split (``train.jsonl``, plain ids), none already
in an earlier set (every other ``tests/devset/newsmtsc_*.jsonl``, by the sentence's sha1); the
pool is shuffled once and the sentences holding a pair of quotation marks around at least four
words (:data:`QUOTED`) are taken in that order, up to :data:`N`; every third line is ``test``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

The pool held 5,297 distinct sentences (the dev files' and the whole training split's, less every
earlier set's), 197 of them with such a pair (set 8 found 297 before taking 100), so the 100 asked
for were drawn and 97 are left for a tenth set.

Annotation (``newsmtsc_direct9.jsonl``): the conventions of the eight earlier direct sets
(``draw_newsmtsc_direct8.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker; a pronoun is a mention; "Name, an apposition, said" keeps the
apposition; a title before a name is kept; a relative clause after a name is left out, "Sandra
Fluke, the woman who ..." keeps "Sandra Fluke, the woman"; "said that “<the whole clause>”" is
``partial`` only, a quote inside a longer reported clause is ``partial`` beside the ``indirect``).
One annotator, 152 attributions: dev 67 sentences / 101 (36 direct, 2 nested, 1 embedded, 27 of
them with a mention; 37 partial, 25 ``indirect``), test 33 / 51 (21 direct, 18 with a mention; 18
partial, 12 ``indirect``). Annotated from the sentences alone, with a list of (kind, quoted words,
mention, cue) per sentence turned into offsets by a script (the nearest occurrence of the mention
outside the marks, or one picked by its context), before any extractor ran on them.
Decisions on this set, beside the earlier sets': a document keeps its words as the mention ("the
memo read", "the report states", "Lack's statement read", "It concludes:", "The statement said");
"Mitt Romney's ... remarks that ..." and "On Comey's comment that ..." take the person ("Mitt
Romney", "Comey"), not the noun; "Jane Walker, prosecuting, said" takes "Jane Walker" (a
participle is no appositive); "Cantor, once considered next in line ..., fought back ... by
pointing out that" takes "Cantor"; "leading host Savannah Guthrie to ask him if he was “...”"
takes "host Savannah Guthrie" (``partial`` and ``indirect``); a report inside a quote ("“He said
that ...,” the report states") is the ``direct`` quote with the document plus an ``indirect``
with the inner "He"; a self-quote inside a quote ("it wasn't enough for me to say, ‘...’") is
``nested`` with "me"; a C-SPAN tweet in the text is ``embedded`` with its signature "CSPAN
(@cspan)", the words in marks inside it ``nested`` with "@SenatorBennet" and the cue "responds";
a quote whose speaker the next line names ("“...” Damore went on to explain that, “...”") has no
mention; an AP bulletin in marks after "POLITICO -- BULLETIN …" has none (the dateline "(AP)"
inside the marks is no attribution); "Trump ... dismissing him as a "choke artist" and "failed
candidate"" and "summarizing his first state visit overseas as a “home run.”" are ``partial``
(two words said by the subject), "a police expert believed she was under ... “some sort of
stimulant.”" is ``partial`` with the expert (no ``indirect``: a belief). Not annotated: a place
name in marks (“Covington,”), an award ("called Yang "a Champion of Change.""), a motto inside a
quote (‘Don’t be evil.’), a label the author gives a book's tone (“It’s not about you”),
nicknames ("Billy", "Jake"), one-word quotes ("nasty", "heinous", "jihad", "criminal", 'yes,').
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
THIS = "newsmtsc_direct9.jsonl"
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
    random.Random(2026120931).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
