"""How the sentences of ``newsmtsc_saying4.jsonl`` were drawn (issue 14, reported speech, round 11).

    .venv/bin/python tests/devset/draw_newsmtsc_saying4.py [--text]

Pool: the distinct sentences of the NewsMTSC training split
(``../shared/datasets/newsmtsc/train.jsonl``, US political news), each under the dataset id of
its first line, none already in an earlier set (every ``tests/devset/newsmtsc_*.jsonl`` other
than this one: ``newsmtsc_quotes``, ``newsmtsc_saying``, ``newsmtsc_saying2``,
``newsmtsc_saying3``; compared by the sentence's sha1). ``random.Random(2026120641)`` shuffles
the pool once; the first 150 sentences holding a verb of saying or ``according to`` (the filter
of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any tense) are taken, then the first 30 of the
rest of the shuffled pool whatever they hold (so that false alarms count too). The 180 are listed
interleaved (five filtered, then one unfiltered); every third line (the 3rd, 6th, ...) is
``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying4.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` and ``draw_newsmtsc_saying3.py``; each quote carries the offsets of its
cue word (-1 when none). One annotator, 208 attributions: dev 120 sentences / 159 (73
``indirect``, 40 direct, 39 partial, 5 embedded, 2 nested), test 60 / 49 (23 ``indirect``, 14
direct, 12 partial). Decisions beyond the earlier sets': a report in a relative clause ("four
women who authorities said were murdered by X", "rockets that the administration says the forces
used to ...", "which the committee leaders say Kushner then forwarded ...") is ``indirect`` over
the relative clause's predicate, the antecedent left out; a report nested in a report is kept
at both levels ("Police said the suspect told them he went ...", "he is angry that a man he says
was “...”"); a whole reported clause in marks after "reported that" is ``partial`` only, a report
inside it (``noted to X that P``) ``indirect``; a headline "Name: ‘...’" is ``direct`` when the
marks hold a sentence, else ``indirect`` over the clause plus the ``partial`` (no cue); a
headline with a trailing ", confidant says" is ``indirect`` over the headline; "as the video
below notes" after a sentence attributes the sentence; "making clear P", "hinted P",
"suggests P", "lamented that “...”" count as reports; a noun with its clause ("a warning that
P", "criticism that P" with no agent, speaker -1) as in set 3; a praise that lists achievements
("noting his efforts to ..., his success in ...") is ``indirect`` over the noun objects; a tweet
block after "X (@handle)" is ``embedded`` with X, a line after a colon without marks that
quotes a post (no signature) ``embedded`` with no speaker, a transcript turn "MARTIN: ..."
``embedded``. Not annotated: "told X to V" (a request: "telling President Obama to take his
campaign ... back to Chicago"), "asked Congress to ...", "urging combatants to ...", "vowed
that P" (a pledge; its fragment in marks stays ``partial``), "worried that P" and "thought"
(no speech), "praised the efforts of X" (an evaluation without a proposition), "expressed
regret in how ...", "accused of" with no agent, "gave the public a narrative: that P" (the
author's reading of a document, no verb of saying), "Adam Schiff (D-Calif.) says." standing
alone (the report is in the sentence before), a question ("wondering whether"), scare quotes
and titles ("diss track", “Smile”, “Eveready”).
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
           "newsmtsc_saying3.jsonl")
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
    random.Random(2026120641).shuffle(sentences)
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
