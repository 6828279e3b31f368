"""How the sentences of ``newsmtsc_saying6.jsonl`` were drawn (issue 14, reported speech, round 15).

    .venv/bin/python tests/devset/draw_newsmtsc_saying6.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, **only those whose sha1 (of the sentence text) starts with a hex digit 0-7** (a
direct-quote set drawn at the same time takes its sentences from the digits 8-f, so the two stay
disjoint), none already in an earlier set (every ``tests/devset/newsmtsc_*.jsonl`` there was
when this set was drawn, :data:`EARLIER`, compared by the sentence's sha1).
``random.Random(2026120681)`` shuffles the pool once; the first 120 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken, then the first 30 of the rest of the shuffled pool whatever they hold (so that
false alarms count too). The 150 are listed interleaved (four filtered, then one unfiltered);
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying6.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py``, ``draw_newsmtsc_saying3.py``, ``draw_newsmtsc_saying4.py`` and
``draw_newsmtsc_saying5.py``; each quote carries the offsets of its cue word (-1 when none).
One annotator, 155 attributions: dev 100 sentences / 105 (46 ``indirect``, 28 direct, 29
partial, 2 embedded), test 50 / 50 (29 ``indirect``, 16 direct, 5 partial). The first pass
missed the last seven sentences (143-149: the listing read for annotating was cut short) and
committed them empty; they were annotated after the first run of the extractor, whose output
on three of them (145, 147, 148: two direct quotes ending in ``," X said.`` and one ``He said
P "..." and is "..."``, annotated as the conventions say) had been printed by then; the test
ones (143: a direct quote; 146, a photo caption "announces his win", and 149, "I think he
knows ..." with no speaker, left empty) unseen. Decisions on this
set: "accused by X of Y" (an agent given) is ``indirect`` over Y with X as mention; a report
nested in a report is kept at both levels ("said the Clinton camp said P", "noted that the email
stated that P", "said that ... there were rumors that P" with no speaker); "voters who say P" and
"what Ryan had argued is the problem" are ``indirect`` over the relative clause's predicate; "he
made clear that P" is ``indirect`` with "made clear" as cue; an unquoted "calling it X and Y"
is ``indirect`` over "it X and Y"; "X said he was "glad" Scott acknowledged "..."" is one
``indirect`` plus the two fragments; "Name: Proposition" headlines are ``indirect`` (no cue),
"Kaine: “He absolutely said it." ``direct``; a line after "Biden said:" and a break, without
marks, is ``embedded``, as is a tweet block of hashtags before "— Name (@handle)"; a report
inside a tweet (".@JebBush spox @kristymcampbell says P") is ``indirect`` with the handle as
mention; a quoted clause of a document ("a settlement clause in which they agree to “...”", "an
exemption that refers to “...”") is ``partial`` with the document as mention and no cue;
"denounced X as “fake news”", "hammered as “low energy” by Mr. Trump" and "proclaimed it “a
testament to ...”" are ``partial`` only; "said in the statement that “I am honored ...”" is
``partial`` only (set 4's decision); "he said no" after "Asked whether" is ``indirect`` over
"no"; ", Earnest said—as if ..." leaves the author's tail out. Not annotated: "Menendez, said in
a statement." standing alone, "'We want referendum': ..." (the title of a linked article),
headline lists of titles ("Must-reads: ..."), "called on X to V" and "urging X to V" (requests),
"threatened to release", "declined to say if" and "He hasn't said what" (questions), "announce
the reopening", "pointed to his decision" and "acknowledging the significance" (topics),
"concluded", "objected the chumminess", "accused of" with no agent, "polls showing".
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
           "newsmtsc_labels.jsonl", "newsmtsc_direct.jsonl")
DIGITS = "01234567"  # the first hex digit of the sentence's sha1 this set may take
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
            if h not in seen and h not in taken and h[0] in DIGITS:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 150 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120681).shuffle(sentences)
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
