"""How the sentences of ``newsmtsc_direct11.jsonl`` were drawn (issue 14, direct-quote mentions, round 32).

    .venv/bin/python tests/devset/draw_newsmtsc_direct11.py [--text]

Set 10's pool (``draw_newsmtsc_direct10.py``) with ``random.Random(2026120811)``: the distinct
sentences of NewsMTSC's two dev files (``rw-dev.jsonl``, then ``mt-dev.jsonl``, ids prefixed by
the file) and of the whole training split (``train.jsonl``, plain ids), none already in an
earlier set (every other ``tests/devset/newsmtsc_*.jsonl``, by the sentence's sha1). The pool
held 4,740 such sentences and none with set 10's filter (a pair of quotation marks around four
words or more: set 10 took the last 97), so the filter is new: a sentence whose double quotation
marks (straight or curly) are odd in number (:data:`UNPAIRED`), i.e. one mark left without its
pair because the quote runs over the sentence's edge (opened here and closed in a later sentence,
or closed here), the shape the earlier sets met now and then ("He added: “I hope ...", "...,”
Conway said.") and annotated as ``direct``. 326 sentences of the pool have such a mark (319 of
them exactly one); the pool is shuffled once and the first :data:`N` of them are taken in that
order; every third line is ``test``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).
226 sentences with such a mark are left for a twelfth set.

Annotation (``newsmtsc_direct11.jsonl``): the conventions of the ten earlier direct sets
(``draw_newsmtsc_direct10.py`` and the ones it cites), ``ANNOTATION.md``: all kinds, each quote
with the offsets of its cue word (-1 when none) and of its speaker mention as written (-1 when the
sentence does not name the speaker). A quote cut by the sentence's edge is ``direct`` over the
words the sentence holds (from the opening mark to the sentence's end, or from its start to the
closing mark), as the earlier sets did; most such sentences name no speaker (the tag is in the
sentence before or after), so the set has fewer mentions than the earlier ones. One annotator,
105 attributions: dev 67 sentences / 72 (64 direct, 2 nested, 18 + 2 of them with a mention; 3
partial, 3 ``indirect``), test 33 / 33 (32 direct, 15 with a mention; 1 ``indirect``). Annotated
from the sentences alone, with a list of (kind, quoted words, mention, cue) per sentence turned
into offsets by a script (the nearest whole-word occurrence of the mention and of the cue outside
the quote; inside the outer quote for a nested quote's), before any extractor ran on them.
Decisions on this set, beside the earlier sets': a caption "Photos: The 2017 Vladimir Putin
calendar July -- "..." keeps the person the calendar quotes ("Vladimir Putin") as the mention,
no cue; a label "Joshua Yaffa in The New Yorker:" is the person ("Joshua Yaffa"; the outlet is
the channel) and "WaPo: "..."" the outlet, "New Yorker’s Alex Ross tries to put things in
perspective: "..."" the possessive phrase with no cue; "X, who stood up ... and yelled at the
crowd: "..."" is X; "GOP source: Romney "will praise Sen." is ``partial`` with the source; a
nested quote after "all these other members can turn around and say the same thing, which is,"
has those members; '...do what’s right, Wilburn added.' (no closing mark) is ``direct`` up to
the comma; the question "Levi asked Lewinsky if ..." is not annotated (the sets' convention for
questions). Not annotated: a quote whose only word in the sentence is "Sen." (the rest in the
next sentence), a name in single marks inside a quote ('President Trump.').
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
THIS = "newsmtsc_direct11.jsonl"
N = 100

#: A double quotation mark, straight or curly; a sentence with an odd number of them holds a
#: quote that runs over its edge.
MARK = re.compile(r'["“”]')


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


def unpaired(sentence: str) -> bool:
    """Whether ``sentence`` has an odd number of double quotation marks."""
    return len(MARK.findall(sentence)) % 2 == 1


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the sentences drawn, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120811).shuffle(sentences)
    drawn = [s for s in sentences if unpaired(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
