"""How the sentences of ``newsmtsc_saying3.jsonl`` were drawn (issue 14, reported speech, round 9).

    .venv/bin/python tests/devset/draw_newsmtsc_saying3.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, none already in ``newsmtsc_quotes.jsonl``, ``newsmtsc_saying.jsonl`` or
``newsmtsc_saying2.jsonl`` (compared by the sentence's sha1). ``random.Random(2026120631)``
shuffles the pool once; the first 150 sentences holding a verb of saying or ``according to``
(the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any tense) are taken, then the first
30 of the rest of the shuffled pool whatever they hold (so that false alarms count too). The 180
are listed interleaved (five filtered, then one unfiltered); every third line (the 3rd, 6th, ...)
is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying3.jsonl``): ``ANNOTATION.md`` and the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md``, with the decisions recorded in
``draw_newsmtsc_saying.py`` for the first saying set; each quote carries the offsets of its cue
word (-1 when none), so that "introduced by a verb of saying" is decided as on the Wikinews gold.
One annotator, 201 attributions: dev 120 sentences / 149 (66 ``indirect``, 45 direct, 34
partial, 2 embedded, 2 nested), test 60 / 52 (22 ``indirect``). Decisions beyond set 1's: a
report inside a direct quote is annotated ("she has admitted that P" inside the quote); a report
inside a report too ("May said she asked ... after an investigation concluded P"); a noun cue
with its content ("their claims that P", "allegations by X that P", agentless "The claims that
P" with speaker -1); "declared Clinton the winner ..." over "X Y"; respondents of a poll who
"say" P, and "according to a recent poll" over the clause it attributes (outer and inner reports
both kept); an outlet's ", the New York Post reported." over the whole sentence before it, the
direct quote inside it kept too; an agentless passive "when told that P" (speaker -1); a lower-case
first-person sentence in marks after "said"/"adding" is ``direct`` (C's rule); a speech without
marks after "saying," ("saying, Joey, ... for it.") is ``indirect``; tweets signed "— Name
(@handle) date" and a "> " block after a colon are ``embedded``, transcript turns "NAME: ..."
too. Not annotated: "rated X “false”" (a rating label), a title or term in marks ("reset",
"exercise of religion"), hypothetical speech ("you could say", "she will testify that ..."
inside a prediction), negated reports ("hasn't said what", "did not deny that"), questions,
requests and warnings ("warned Republicans not to ..."), legal acts ("lodged a claim ...
asserting immunity", "charged X with"), an appointment ("announcing X as his running mate"),
"sent the message that" (the author's reading of an act), topics ("talks of the anger",
"explained the rift"), a lone signature line, "according to a transcript" (a record, not a
speaker).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_newsmtsc_saying import SAYING  # noqa: E402  (the same filter as the first set)

DATASET = HERE.parents[2] / "shared" / "datasets" / "newsmtsc" / "train.jsonl"
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl")
N_SAYING, N_ANY = 150, 30


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pool() -> list[tuple[str, str]]:
    """``(id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = {json.loads(line)["sha1"]
             for name in EARLIER
             for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
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
    """``(id, sentence, split)`` of the 180 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120631).shuffle(sentences)
    saying = [s for s in sentences if SAYING.search(s[1])][:N_SAYING]
    chosen = {s[0] for s in saying}
    other = [s for s in sentences if s[0] not in chosen][:N_ANY]
    drawn = []
    for k in range(N_ANY):
        drawn += saying[k * N_SAYING // N_ANY:(k + 1) * N_SAYING // N_ANY] + other[k:k + 1]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
