"""How the sentences of ``newsmtsc_direct.jsonl`` were drawn (issue 14, direct-quote mentions, round 14).

    .venv/bin/python tests/devset/draw_newsmtsc_direct.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, none already in an earlier set (every other ``tests/devset/newsmtsc_*.jsonl``,
compared by the sentence's sha1). ``random.Random(2026120671)`` shuffles the pool once; the
first 150 sentences holding a pair of quotation marks (straight ``"`` or curly ``“ ”``) around
at least four words (:data:`QUOTED`) are taken, in the shuffled order; every third line (the
3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_direct.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in the earlier
draw scripts (``draw_newsmtsc_saying*.py``): all kinds are annotated, each quote with the offsets
of its cue word (-1 when none) and of its speaker mention as written in the sentence (-1 when
the sentence does not name the speaker; a pronoun is a mention). One annotator, 236 attributions:
dev 100 sentences / 160 (58 direct, 46 of them with a mention; 59 partial, 43 ``indirect``),
test 50 / 76 (32 direct, 29 with a mention; 24 partial, 20 ``indirect``). Decisions on this set:
a message or headline quoted whole ("contained the message "..."", "mocked X with the headline
"..."", "as the New York Times writes, "..."") is ``direct`` with its source as the speaker (-1
when unnamed); a quote whose opening mark stood in an earlier sentence is ``direct`` (a sentence)
or ``partial`` (a fragment), no mention; a headline "X on Y: '...'" is ``direct`` with X; ""A
said P," B reported" is ``direct`` with B plus ``indirect`` P with A (a report inside a quote),
as is "I have told anyone ... that P" inside a direct quote; "accused X of "..."" is ``indirect``
over "X of ..." plus the ``partial``; "called X "..."", "praised X as "..."", "describing X as
"..."", "introduced him as "..."" are ``partial`` only; the fragments after a pledge
("promised"), a request ("asking the audience to watch for a "..."") or "thinks" stay
``partial``; a whole sentence in marks inside a reported clause ("that while his style is
tough, "I am not a bully."") is ``partial`` beside the clause's ``indirect``; "Name, an
apposition, said" keeps the apposition in the mention ("Jason Miller, a Cruz adviser"), a long
one up to its first noun phrase; a shared statement names both ("Pelosi, of California, and
Schumer, of New York"). Not annotated: titles ("Dirty Jobs", "Face the Nation"), subheads
(‘Big Storm’), "use of the word "sh*thole"", questions reported without marks ("asked
whether").
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
THIS = "newsmtsc_direct.jsonl"
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
    random.Random(2026120671).shuffle(sentences)
    drawn = [s for s in sentences if QUOTED.search(s[1])][:N]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
