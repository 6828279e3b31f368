"""How the sentences of ``newsmtsc_saying8.jsonl`` were drawn (issue 14, reported speech, round 19).

    .venv/bin/python tests/devset/draw_newsmtsc_saying8.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, none already in an earlier set (every ``tests/devset/newsmtsc_*.jsonl`` there
was when this set was drawn, :data:`EARLIER`, compared by the sentence's sha1).
``random.Random(2026120901)`` shuffles the pool once; the first 120 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken, then the first 30 of the rest of the shuffled pool whatever they hold (so that
false alarms count too). The 150 are listed interleaved (four filtered, then one unfiltered);
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``. A fourth direct-quote set
was drawn at the same time with seed 2026120911 from the same pool (both exclude main's sets);
the two are checked disjoint when merged.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them (all 150 lines, counted against the draw before the commit). Prints ``id sha1
split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying8.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying7.py`` (speaker mentions keep their
appositive or workplace, as set 7 decided); each quote carries the offsets of its cue word (-1
when none). One annotator, 158 attributions on 114 of the 150
sentences (36 hold none): dev 100 sentences / 102 (59 ``indirect``, 22 direct, 20 partial, 1
embedded), test 50 / 56 (32 ``indirect``, 9 direct, 15 partial); all 150 drawn lines were
annotated (counted against the draw) and committed before the first extractor run. Decisions
on this set: a clause wholly in quotation marks after the verb ("conceded then that “...”",
"assured a caller that "..."", "adding that "..."") is ``partial`` only (NOTES.md, wn2019_159);
"describing X as like “...”" and "calling X “...”" are ``partial`` only; "blamed X for Y" and
"accused X of Y" are ``indirect`` over "X Y" (NOTES.md, wn2020_098), "cast X as Y" over "X as Y";
"predicted another surge of ...", "has indicated no plans to ..." are ``indirect`` over the
content-bearing noun object; "the claims that P", "discount the claim that P" with no claimant
in the sentence are ``indirect`` over P with no mention; "X's talking point that P" and "his
claim that P" are ``indirect`` with the noun as cue; "who he said had been killed" is
``indirect`` over the relative clause's predicate; "some have said smirking" is ``indirect`` over
the one word; a report inside a quote is kept at both levels (the quote tail with no
attribution, ``direct`` with no mention, and the report inside it); "SCHUMER: ..." (a transcript
turn without marks) is ``direct`` with the label as mention and no cue; a headline "Jacobs: P"
is ``indirect`` with no cue; a statement set as a block after "she said, adding:" and a line
break, without marks, is ``embedded``; quoted words whose speaker the sentence does not name
("if he “can’t” come up with ...") are ``partial`` with no mention. Not annotated: "called for
McAleenan's resignation", "called on Kerry to resign" (requests), "threatens China with"
(a threat), "were willing to say that" (negated), "claimed an establishment-stunning victory",
"Mr. Trump’s claim about Mr. Obama", "his erroneous claim about having" (topics), "what critics
call amnesty" and "what she described as lies" (unquoted labels), a sentence holding only its
attribution ("Mr. Paul said, before instructing ..."), "I'd like to say I was surprised" (first
person, no report), "the claims of an affair", "what Trump is saying".
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
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl",
           "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl", "newsmtsc_saying5.jsonl",
           "newsmtsc_labels.jsonl", "newsmtsc_direct.jsonl", "newsmtsc_direct2.jsonl",
           "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl", "newsmtsc_direct3.jsonl")
N_SAYING, N_ANY = 120, 30


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
    """``(id, sentence, split)`` of the 150 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120901).shuffle(sentences)
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
