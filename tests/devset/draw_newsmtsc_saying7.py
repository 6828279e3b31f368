"""How the sentences of ``newsmtsc_saying7.jsonl`` were drawn (issue 14, reported speech, round 17).

    .venv/bin/python tests/devset/draw_newsmtsc_saying7.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, none already in an earlier set (every ``tests/devset/newsmtsc_*.jsonl`` there
was when this set was drawn, :data:`EARLIER`, compared by the sentence's sha1).
``random.Random(2026120701)`` shuffles the pool once; the first 120 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken, then the first 30 of the rest of the shuffled pool whatever they hold (so that
false alarms count too). The 150 are listed interleaved (four filtered, then one unfiltered);
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them (all 150 lines, counted against the draw before the commit). Prints ``id sha1
split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying7.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying6.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 151 attributions on 106 of the 150 sentences (44
hold none): dev 100 sentences / 94 (43 ``indirect``, 25 direct, 25 partial, 1 nested), test 50 /
57 (34 ``indirect``, 13 direct, 10 partial); all 150 drawn lines were annotated (counted against
the draw) and committed before the first extractor run. Decisions on this set: a report inside a
quote is kept at both levels ("“This, they argued, would spawn ...” Garrett states", "as I said
the other night ... he believes ...", "the chairman has indicated to me that P" inside a quote);
"more likely than Republicans to say P" is ``indirect`` over P; "characterized X as Y" is
``indirect`` over "X as Y" (like "called X Y"); "complaining that P", "charging that P",
"warning that P", "noting that P" are ``indirect``; "Trump's tweet ... that P" is ``indirect``
with "tweet" as cue and the tweet's author as mention; "a strategy which Democrats warn could
result in P" is ``indirect`` over the relative clause's predicate; "X was quoted as saying
“...”" is ``direct`` with "saying" as cue (the channel "by Saham News" is not the mention);
"Headline: 'Where is the crime?" after "Roger Stone vows to ..." is ``direct`` with no cue (the
vow itself, a promise, is not annotated); "Corker: Trump hasn't demonstrated ..." (a headline)
is ``indirect`` with no cue; "...," said X, "..." is two ``direct`` spans; "Ann Richards, said in
a statement: “...”" (the speaker's name cut off before the comma) is ``direct`` with no mention;
"said for years he had" is ``indirect`` over "he had". Speaker mentions keep their appositive
or workplace ("the deputy Labor leader, Tanya Plibersek", "her attorney, Michael Cox", "Tim
Gallagher, the special agent in charge of ...", "Chief Chris Miller of the Bishop Airport Safety
Division"), the convention of the Wikinews dev annotations: the first pass had put 12 mentions
(8 speakers, 4 dev and 4 test sentences) on the name alone, and they were extended after the
first run of the extractor, as Wikinews dev2's were (spans, kinds and cues unchanged).
Not annotated: polls that "show", "announcing plans to",
"announced an alliance" (topics), "urged him not to", "warning X not to", "called for" and
"recommending not to" (requests), "vows to never testify" (a promise), "denied any knowledge of",
"berated critics for", "whines about", "attacking X for not denouncing", "remarks slamming X",
"saying things that", "testified about her efforts", "talks with", "The Guardian view on X: a
life of bravery" (an editorial's title), a list of linked titles ("—Mulshine: “...”"), "the 47
percent comments" (a name). "called the speech "all" Trump" is ``partial`` only.
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
           "newsmtsc_saying6.jsonl")
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
    random.Random(2026120701).shuffle(sentences)
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
