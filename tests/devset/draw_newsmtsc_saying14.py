"""How the sentences of ``newsmtsc_saying14.jsonl`` were drawn (issue 14, reported speech, round 35).

    .venv/bin/python tests/devset/draw_newsmtsc_saying14.py [--text]

Pool: as set 13's (``draw_newsmtsc_saying13.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the twenty-five files, set 13 included, compared by the sentence's sha1).
``random.Random(2026120814)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (:data:`SAYING` of ``draw_newsmtsc_saying.py``, any tense) are taken,
then the first 24 of the rest of the shuffled pool whatever they hold. The 120 are listed
interleaved as in sets 8 to 13 (four filtered, then one unfiltered); every third line (the 3rd,
6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying14.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying13.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 120 attributions on 88 of the 120 sentences (32 hold
none): dev 80 sentences / 83 (61 ``indirect``, 9 direct, 12 partial, 1 embedded), test 40 / 37
(25 ``indirect``, 3 direct, 9 partial). The listing read for annotating held all 120 sentences
(counted: 120 lines numbered 0-119; line breaks inside a sentence shown as a mark), the spans were
written as strings and turned into offsets by a script that requires each to be found once (or
names which occurrence); all committed before the first extractor run. The pool held 2,415
sentences, 495 of them with a verb of saying.
Decisions on this set: a sentence whose opening mark stood in the sentence before ("... Senate.”",
"“This person, ... else.") is ``direct`` (no cue when none follows); "X: P" without marks
("Juncker: We can add some clarifications.") is ``indirect`` with no cue, as the headlines of set
13; "Batrice described Gabbard as a close friend, Politico reported" keeps both levels (Batrice's
``indirect`` over "Gabbard as a close friend", Politico's over the clause); "accused X of Y",
"accusing X of Y" are ``indirect`` over "X of Y"; relative predicates ("what he claimed were
religious studies", "what he says will be a series of videos", "which, she added, is “considered a
crime.”", "what he said was China's attempts ...", "that he said was a birthplace of jazz") are
``indirect`` over the predicate; "his infamous suggestion that P" is ``indirect`` with the noun as
cue and "his" as mention; "claim innocence" and "admits to encouraging terrorism" are ``indirect``
over the noun object (content); "made it clear he did not intend to be muzzled" and "hinting that
P" are ``indirect``; "according to a new WSJ/NBC News poll" and "according to filings by ActBlue"
are ``indirect`` (the poll, the filings as source); a block after "saying:" and a line break
without marks is ``embedded``; "called the descriptions "abhorrent"", "called him a “brave man.”",
"called for her “swift confirmation.”", "called the Russian leader "a killer,"" are ``partial``
with the verb as cue; "after 'animals' comment" is ``partial`` with Trump as mention and the noun
as cue; a headline's fragment with no source ("accused of 'betraying promise'") is ``partial`` with
mention -1. Not annotated: "tells users never to take drugs alone", "recommend re-reading",
"calls for legislative action", "calling for ... to be targeted" (requests), "warned of the
likelihood of store closures" (warned of, as set 13), "questioned why ..." and "asking me if ..."
(questions), "a Quinnipiac Poll showed" (as set 13's "results showed"), "as rich as he said"
(elided content), "blasts Trump", "brushed off comments", "emphasized the differences", "explained
the decision", "changed her story", "touting a combination" (acts and topics), "her claims of
Native American ancestry" (a topic), "she suspected", "she estimated", "he thinks" (beliefs),
"the president promised ... we're going to roll on" (a promise inside a direct quote), the term
“assault weapons” and “Latinx.” (no speaker's fragment).
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
           "newsmtsc_direct9.jsonl", "newsmtsc_direct10.jsonl", "newsmtsc_saying12.jsonl",
           "newsmtsc_saying13.jsonl")
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
    random.Random(2026120814).shuffle(sentences)
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
