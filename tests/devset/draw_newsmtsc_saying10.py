"""How the sentences of ``newsmtsc_saying10.jsonl`` were drawn (issue 14, reported speech, round 24).

    .venv/bin/python tests/devset/draw_newsmtsc_saying10.py [--text]

Pool: the distinct sentences of NewsMTSC's two **dev** files (``rw-dev.jsonl``, then
``mt-dev.jsonl``, each under the id of its first line prefixed by its file, ``rw-dev:<id>``, as
set 5 did), then those of the training split (``train.jsonl``, plain ids) whose sha1 hex digest
starts with ``0``-``7`` (the dev files hold 215 sentences no earlier set took, none of them with a
verb of saying, so every filtered sentence comes from the training split), none already in an
earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, compared by the sentence's sha1).
``random.Random(2026120721)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken, then the first 24 of the rest of the shuffled pool whatever they hold (so that
false alarms count too). The 120 are listed interleaved as in sets 8 and 9 (four filtered, then
one unfiltered); every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying10.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying9.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 136 attributions on 93 of the 120 sentences (27 hold
none): dev 80 sentences / 92 (48 ``indirect``, 20 direct, 23 partial, 1 embedded), test 40 / 44
(20 ``indirect``, 13 direct, 11 partial); all 120 drawn lines were annotated (counted against the
draw) and committed before the first extractor run.
Decisions on this set: a sentence before ", the Hill reported" that itself holds a report ("An
informant told ... that P") is kept at both levels (the outlet over the whole, the informant over
P); "acknowledged taking the meeting to ..." is ``indirect`` over the gerund clause (an admission,
like "denied that P"); a transcript line "Schumer: My colleagues came ..." (no marks) after "a lie
from Chuck Schumer ...:" is ``direct`` with no cue; a headline "Kerry: I Didn't Call ..." (first
person, stray marks) is ``direct`` with no cue, "Dianne Feinstein: Obama 'Too Cautious' On ISIS"
``indirect`` plus the ``partial`` (set 4's headline rule); "the Cruz camp said" after a quote
whose closing mark is missing is ``direct`` up to the comma; "“...,” he wrote in 2010, according
to court records" keeps the ``direct`` and an ``indirect`` for the records over the quote and its
attribution; "X resigned on May 18, according to Y, after taking the job in March." splits in two
spans; "a message that noted P" is ``indirect`` with the message as mention; "as Krongard
indicated, the IG report clearly stated that P" is kept at both levels; "declared himself
exonerated ... and as a victim of ..." and "declared the bill "dead"" are ``indirect`` over the
object and its complement (like "condemns X as Y"); "consider what she is saying: P" is
``indirect`` over P with "saying" as cue; "will make the case that P" (announced remarks, set 9)
is ``indirect`` with "make the case" as cue; "Weiner pointed to “sometime last summer”" (an answer
in marks) is ``partial``; "accusing Clinton of "bigotry"", "characterized X as full of violent
“gangbangers”" and "praised Mandela as a "unique ..."" are ``partial`` only. Not annotated:
"pleaded guilty to", "it only came to light that P" (no speaker), "a report that raised no
concerns", "“otherwise did not produce”" (a phrase of a filing, no source in the sentence),
"“successful”" and "“shock and awe”" (scare quotes), "want him to state whether" (a question),
"named the most admired woman in a poll", "saw the association noted in this study", "blames X
for Y", "none of the women ... have alleged P" (negated), "polling that reinforces the view that
P", "Leaks ... have indicated that P" (evidence, like "suggests"), "a study, which calculated that
P" (a finding), "complains about X" (a topic), "they say no" inside a quote (a refusal, no
proposition), the question in single marks inside Konst's quote, "demanding it be formally
withdrawn" (a request).
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
DEV_FILES = ("rw-dev", "mt-dev")
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl",
           "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl", "newsmtsc_saying5.jsonl",
           "newsmtsc_labels.jsonl", "newsmtsc_direct.jsonl", "newsmtsc_direct2.jsonl",
           "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl", "newsmtsc_direct3.jsonl",
           "newsmtsc_saying8.jsonl", "newsmtsc_direct4.jsonl", "newsmtsc_saying9.jsonl",
           "newsmtsc_direct5.jsonl")
N_SAYING, N_ANY = 96, 24
PREFIXES = "01234567"  # the half of train.jsonl's sha1 space sets 9 and 10 draw from


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
    for name in (*DEV_FILES, "train"):
        with (DATASETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                h = sha1(rec["sentence"])
                keep = name != "train" or h[0] in PREFIXES
                if keep and h not in seen and h not in taken:
                    key = rec["id"] if name == "train" else f"{name}:{rec['id']}"
                    out.append((key, rec["sentence"]))
                seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 120 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120721).shuffle(sentences)
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
