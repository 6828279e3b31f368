"""How the sentences of ``newsmtsc_direct8.jsonl`` were drawn (issue 14, direct-quote mentions, round 29).

    .venv/bin/python tests/devset/draw_newsmtsc_direct8.py [--text]

Pool: the distinct sentences of NewsMTSC's two dev files (``rw-dev.jsonl``, then
``mt-dev.jsonl``, each under the id of its first line prefixed by its file, ``rw-dev:<id>``, as
sets 5 and 10 of the saying sets did), then those of the whole training split (``train.jsonl``,
plain ids, both halves of the sha1 space: set 7 found the 8-f half used up), none already in an
earlier set (every other ``tests/devset/newsmtsc_*.jsonl``, compared by the sentence's sha1).
``random.Random(2026120911)`` shuffles the pool once; the sentences holding a pair of quotation
marks (straight ``"`` or curly ``“ ”``) around at least four words (:data:`QUOTED`, set 7's
filter) are taken, in the shuffled order, up to :data:`N`; every third line (the 3rd, 6th, ...)
is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

The pool held 5,397 sentences (the dev files' and the whole training split's, less every earlier
set's), 297 of them with such a pair, so the 100 asked for were drawn.

Annotation (``newsmtsc_direct8.jsonl``): the conventions of the seven earlier direct sets
(``draw_newsmtsc_direct7.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker; a pronoun is a mention; "Name, an apposition, said" keeps the
apposition; a title or description before a name is kept, "the university's president Dr. Paul
Lowell Haines"; a relative clause after a name is left out). One annotator, 135 attributions: dev
67 sentences / 89 (44 direct, 27 with a mention; 23 partial, 20 ``indirect``, 2 embedded), test 33
/ 46 (20 direct and 2 nested, 15 with a mention; 15 partial, 8 ``indirect``, 1 embedded).
Annotated from the sentences alone, with a list of (kind, quoted words, mention, cue) per sentence
turned into offsets by a script (the nearest occurrence of the mention outside the quotes, three
picked by hand), before any extractor ran on them.
Decisions on this set, beside the earlier sets': a sentence ending in "Democratic U.S. Rep." (the
name cut off) has no mention, as "Sen." in set 4; "Kaine: “Governor Pence said, ..., P.”" is
``direct`` with Kaine and no cue plus an ``indirect`` P with "Governor Pence" (a report inside a
quote); "a post from Micah Crown-Hunt the question, “...?”" is ``direct`` with the author and the
cue "question"; the text after an editorial's colon and a line break ("... on Valentine's Day:"
then "These hate-loving detectives ...") is ``embedded`` with the paper; a tweet signed "KTVA 11
News (@ktva)" is ``embedded`` with its signature, the headline in marks inside it ``nested``
without a mention; "a contest he described as “...”" is ``partial`` with "he"; "which he said:
“is all ...”" is ``partial`` with "he" (the quoted words finish the author's clause); a whole
sentence in marks followed by "and that P, he said" is ``direct`` plus the ``indirect`` P; 'Drake
"had no criminal history" and he "named his guns.' after "He added that" is ``indirect`` over
both plus the two ``partial``; "a new mailer ... that accused Northam of wanting to “...”" takes
the mailer; "in the words of one woman, “...”" is ``partial`` with "one woman" and the cue
"words"; 'statements such as "I think Islam hates us"' is ``partial`` with the speaker. Not
annotated: a hypothetical question the author says someone should have asked ("a follow-up along
the lines of, “To be clear, ...”": nobody said it), titles (a book, an article, a TV show, a
segment), poll answers ("excellent", "only fair"), labels ("one percenters"), one-word quotes
("gratified", "crazy", ‘tokenized’), a subhead (‘Please just stop.), a joke's name ("David
Cop-a-Feel"), the nickname inside "I call him ‘the Kennedy with no charisma’".
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
THIS = "newsmtsc_direct8.jsonl"
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
