"""How the sentences of ``newsmtsc_saying13.jsonl`` were drawn (issue 14, reported speech, round 33).

    .venv/bin/python tests/devset/draw_newsmtsc_saying13.py [--text]

Pool: as set 12's (``draw_newsmtsc_saying12.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the twenty-four files, set 12 included, compared by the sentence's sha1).
``random.Random(2026120813)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (:data:`SAYING` of ``draw_newsmtsc_saying.py``, any tense) are taken,
then the first 24 of the rest of the shuffled pool whatever they hold. The 120 are listed
interleaved as in sets 8 to 12 (four filtered, then one unfiltered); every third line (the 3rd,
6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying13.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying12.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 100 attributions on 78 of the 120 sentences (42 hold
none): dev 80 sentences / 69 (54 ``indirect``, 4 direct, 11 partial), test 40 / 31 (21
``indirect``, 4 direct, 6 partial). The listing read for annotating held all 120 sentences
(counted; line breaks inside a sentence shown as a mark), the spans were written as strings and
turned into offsets by a script that requires each to be found once; all committed before the
first extractor run. The pool held 2,535 sentences, 591 of them with a verb of saying.
Decisions on this set: "his attorney has maintained his client's innocence, according to the
Associated Press" keeps both levels (the AP's ``indirect`` over the clause, the attorney's over
"his client's innocence", a noun object with content); "has alleged financial misconduct by
Trump Hotels …" and "In the book, Schweizer reveals ties between …" are ``indirect`` over the
object (content, not a topic); "witnesses who say the officer fired despite people shouting that
Roberson was a security guard" keeps the inner report; "refuted claims that P" and "accusations
that P" with no source are ``indirect`` with the noun as cue and mention -1; "Larry Sabato's
Crystal Ball: “… “…" is one ``direct`` (the second mark opens a paragraph) with no cue; the
headline "Trump: Blumenthal lied …, 'misrepresents' …" is ``indirect`` plus the ``partial``, no
cue; "takes "responsibility"", "dismissed that claim as 'silly'" are ``partial`` with the verb as
cue; a headline's fragments with no source ('Probably the Best') are ``partial`` with mention -1;
"a statute … “rather than saying, ‘Oh, we'll wait …'" keeps the ``partial`` and leaves the
hypothetical inner words out; relative predicates ("which he says has haunted him", "events that
he said happened …", "an idea that he acknowledged had prompted …", "which he said earlier had
outlived …") are ``indirect`` over the predicate. Not annotated: "explained his decision",
"arguing on behalf of", "praising him for", "chided", "slammed her", "bashes", "went after",
"attacks", "challenges", "compares X to Y", "frames her opinion as" (acts and topics), "unofficial
results showed" (a poll), "cited … as an exoneration", "No one … believes", "interpreted as a
signal" (readings), "might have reminded him that" (the author's guess), "TAPPER: If you are
saying …, is that not …?" and "ask if he can explain it" (questions), "has insisted on setting
foreign policy", "offered to discuss", "the promises … that he … made" (promises, acts), "Andrew
Cuomo (D) announced at an evening news conference." (the report is in the sentence before),
"reportedly given" (no source), "shot dead "execution style"" and "“other inhumane acts.”" (no
speaker), the topic nouns ("the war of words", "Celik's remarks", "Robertson's anti-gay
comments").
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

DATASETS = HERE.parents[2] / "shared" / "datasets" / "newsmtsc"
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl",
           "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl", "newsmtsc_saying5.jsonl",
           "newsmtsc_labels.jsonl", "newsmtsc_direct.jsonl", "newsmtsc_direct2.jsonl",
           "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl", "newsmtsc_direct3.jsonl",
           "newsmtsc_saying8.jsonl", "newsmtsc_direct4.jsonl", "newsmtsc_saying9.jsonl",
           "newsmtsc_direct5.jsonl", "newsmtsc_saying10.jsonl", "newsmtsc_direct6.jsonl",
           "newsmtsc_saying11.jsonl", "newsmtsc_direct7.jsonl", "newsmtsc_direct8.jsonl",
           "newsmtsc_direct9.jsonl", "newsmtsc_direct10.jsonl", "newsmtsc_saying12.jsonl")
N_SAYING, N_ANY = 96, 24
PREFIXES = "89abcdef"  # the half set 12 drew from (sets 9 to 11 drew from 0-7)


def sha1(text: str) -> str:
    """The sha1 hex digest of ``text`` (UTF-8), the key sets are compared by."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pool() -> list[tuple[str, str]]:
    """``(id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = {json.loads(line)["sha1"]
             for name in EARLIER
             for line in (HERE / name).read_text(encoding="utf-8").splitlines()}
    seen: set[str] = set()
    out = []
    with (DATASETS / "train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            h = sha1(rec["sentence"])
            if h[0] in PREFIXES and h not in seen and h not in taken:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 120 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120813).shuffle(sentences)
    saying = [s for s in sentences if SAYING.search(s[1])][:N_SAYING]
    chosen = {s[0] for s in saying}
    other = [s for s in sentences if s[0] not in chosen][:N_ANY]
    drawn = []
    for k in range(N_ANY):
        drawn += saying[k * N_SAYING // N_ANY:(k + 1) * N_SAYING // N_ANY] + other[k:k + 1]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    if "--count" in sys.argv[1:]:
        sentences = pool()
        print(len(sentences), sum(bool(SAYING.search(s)) for _, s in sentences))
        return
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
