"""How the sentences of ``newsmtsc_saying9.jsonl`` were drawn (issue 14, reported speech, round 22).

    .venv/bin/python tests/devset/draw_newsmtsc_saying9.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news) whose sha1 hex digest starts
with ``0``-``7`` (a direct-quote set drawn at the same time takes ``8``-``f``), each under the
dataset id of its first line, none already in an earlier set (every ``tests/devset/newsmtsc_*.jsonl``
there was when this set was drawn, :data:`EARLIER`, compared by the sentence's sha1).
``random.Random(2026120701)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken, then the first 24 of the rest of the shuffled pool whatever they hold (so that
false alarms count too). The 120 are listed interleaved as in set 8 (four filtered, then one
unfiltered); every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them (all 120 lines, counted against the draw before the commit). Prints ``id sha1
split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying9.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying8.py`` (the same decisions; speaker
mentions keep their appositive or workplace, as set 7 decided); each quote carries the offsets
of its cue word (-1 when none). One annotator, 114 attributions on 87 of the 120
sentences (33 hold none): dev 80 sentences / 76 (45 ``indirect``, 17 direct, 12 partial, 1
embedded, 1 nested), test 40 / 38 (22 ``indirect``, 10 direct, 6 partial); all 120 drawn lines
were annotated (counted against the draw) and committed before the first extractor run.
Decisions on this set: "denied that P" is ``indirect`` with "denied" as cue; a report in a
relative clause ("what they say are the increasing threats ...") over the relative clause's
predicate (set 4); a report in future tense announced for a speech ("Trump will say that he will
not try to “lecture” ...") is ``indirect`` plus the fragment (not hypothetical: the remarks are
scheduled); "throwing in that P" is a report ("throwing" as cue); "described colleagues reduced
to tears ..., pay cuts ..." and "noted Trump's high negative numbers" are ``indirect`` over the
content-bearing noun objects; "condemns X as racist" (unquoted) is ``indirect`` over "X as Y"
like "cast X as Y"; "explained how P" is ``indirect`` over P; "a report in The Wall Street
Journal that said P" is ``indirect`` with the report as mention; "according to an Associated
Press count" attributes the clause to the count (like a poll); a headline "Gowdy says ‘the FBI
did ...’" (a lower-case first-person sentence in marks after "says") is ``direct``; after "SEE
ALSO:" a headline "Rumsfeld: ‘There is clearly ...’" is ``direct`` with no cue (set 4's
headline rule); "say “I’m voting for Trump” or “Trump is our ...”" (sentences in marks) is two
``direct`` with the group as mention; "another quote from Mr. Brown: “...”" is ``direct`` with
Brown as mention and "quote" as cue; a continuation line in marks of an article's quoted text
after "The New York Times headline: “...”:" is ``direct`` with the paper as mention (the headline
itself, a title, is not annotated); "Mr. Obama’s desire to “look forward,”" is ``partial`` with
Obama as mention and no cue; an attribution inside the sentence ("..., he said, and ...",
"Mr. Kelly, officials say, has ...", "In the short time ..., they say, she ...") splits it in
two spans. Not annotated: "refused to ... say whether" and "pressed X on whether" (questions),
"At that point, Cuomo said." (no proposition), "To Mrs. Thatcher, they could not be more wrong"
(an opinion without a verb of saying), "has said nothing" (negated), "the discovery ... suggests
that P" (evidence, no speaker), "it barely acknowledges that" (the coverage, negated), polls that
"show", "pointed to moments of disagreement", "the focus of his argument at", "claims against
X", "announcing his decision to step aside" (an act), "blessed X to run" (an endorsement),
"is said to live" (no speaker), "first reported McCain’s visit" (a topic).
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
           "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl", "newsmtsc_direct3.jsonl",
           "newsmtsc_saying8.jsonl", "newsmtsc_direct4.jsonl")
N_SAYING, N_ANY = 96, 24
PREFIXES = "01234567"  # the half of the sha1 space this set draws from


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
            if h not in seen and h not in taken and h[0] in PREFIXES:
                out.append((rec["id"], rec["sentence"]))
            seen.add(h)
    return out


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 120 sentences, in file order of the annotation."""
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
