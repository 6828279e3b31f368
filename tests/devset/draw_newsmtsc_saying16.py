"""How the sentences of ``newsmtsc_saying16.jsonl`` were drawn (issue 14, reported speech, round 37).

    .venv/bin/python tests/devset/draw_newsmtsc_saying16.py [--text]

Pool: as set 15's (``draw_newsmtsc_saying15.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the twenty-eight files, saying set 15 and direct set 11 included, compared by
the sentence's sha1). ``random.Random(2026120816)`` shuffles the pool once; the first 72
sentences holding a verb of saying or ``according to`` (:data:`SAYING` of
``draw_newsmtsc_saying.py``, any tense) are taken, then the first 18 of the rest of the shuffled
pool whatever they hold. The 90 are listed interleaved as in sets 8 to 15 (four filtered, then one
unfiltered); every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying16.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying15.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 86 attributions on 58 of the 90 sentences (32 hold
none): dev 60 sentences / 60 (41 ``indirect``, 4 direct, 14 partial, 1 embedded), test 30 / 26
(19 ``indirect``, 2 direct, 4 partial, 1 embedded). The listing read for annotating held all 90
sentences (counted: 90 lines numbered 0-89; line breaks inside a sentence shown as a mark), the
spans were written as strings and turned into offsets by a script that requires each to be found
once (or names which occurrence; mentions and cues as whole words); all committed before the
first extractor run. The pool held 2,141 sentences, 298 of them with a verb of saying.
Decisions on this set: a report inside a direct quote is annotated ("when the leader has said we
can have amendments," he said: ``indirect`` with "the leader"); "Winer wrote to Cunningham:" and
a line break, then the message without marks, is ``embedded``; "P, X said in a statement, CNN
first reported" keeps both levels (as set 15's "(Witnesses say P, she said.)"); "P, campaign
officials said, and will also Q" is two spans (set 8); a headline "X CLAIMS TO HAVE P" is
``indirect`` over the infinitive and "X admitted to drugging ..." over the gerund (set 15's
"claim to have", set 14's "admits to encouraging"); "denied he tried to ..." is ``indirect``
(set 9's "denied that P"); "A woman accusing X of Y" is ``indirect`` over "X of Y" (set 15);
"announced his resignation" is ``indirect`` over the noun object (it carries content); "the
president's State of the Union comments that P" is ``indirect`` with the possessor as mention;
"the letter ... states that P" speaks (a document, as set 15's court papers); "what they have
been saying all along is true: P" is ``indirect`` over P with "they"; a headline "Yates: 'P'" is
``direct`` with no cue; the president's words quoted after "the same instructions ...:" inside a
report are ``partial`` with "the president". Not annotated: "made that claim when he fired"
(topic), "The announcement confirms that P" inside "P, Smith said" (a document confirming, no
speaker beyond Smith), "have to say about" (a question), "criticized ... for", "praised",
"showered praise", "encouraging Clinton to return", "asked Mrs. Clinton to turn over",
"challenged Romney to prove" (acts, requests), "pledged to expand", "vowed to return" (promises),
"I asked him when" (a question), "did not specify the actions" (negated), "The filings show",
"polling ... shows", "the model ... confirms" (data), "claims to the contrary" (no content),
"deemed public records", "Donald thought" (beliefs), "2 percent worrying" (a poll's answer),
"widely referred to as Mateen's wife" (no speaker), "found guilty of 'certain accusations'",
"acknowledging its shortcomings", "reaffirm his commitment" (topics), "let's just say it again,
which is P" (a transcript with no speaker named), "False expenses claim" (a noun).
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
           "newsmtsc_saying13.jsonl", "newsmtsc_saying14.jsonl", "newsmtsc_direct11.jsonl",
           "newsmtsc_saying15.jsonl")
N_SAYING, N_ANY = 72, 18
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
    """``(id, sentence, split)`` of the 90 sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120816).shuffle(sentences)
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
