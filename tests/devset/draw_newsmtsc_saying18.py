"""How the sentences of ``newsmtsc_saying18.jsonl`` were drawn (issue 14, reported speech, round 39).

    .venv/bin/python tests/devset/draw_newsmtsc_saying18.py [--text] [--count]

Pool: as set 17's (``draw_newsmtsc_saying17.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the thirty files, saying set 17 included, compared by the sentence's sha1).
``random.Random(2026120818)`` shuffles the pool once; the first 72 sentences holding a verb of
saying or ``according to`` (:data:`SAYING` of ``draw_newsmtsc_saying.py``, any tense) are taken,
then the first 18 of the rest of the shuffled pool whatever they hold. The 90 are listed
interleaved as in sets 8 to 17 (four filtered, then one unfiltered); every third line (the 3rd,
6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying18.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying17.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 84 attributions on 57 of the 90 sentences (33 hold
none): dev 60 sentences / 56 (42 ``indirect``, 6 direct, 8 partial), test 30 / 28 (20
``indirect``, 6 direct, 2 partial). The listing read for annotating held all 90 sentences
(numbered 0-89), the spans were written as strings and turned into offsets by a script that
requires each to be found once (or names which occurrence; mentions and cues as whole words, a
space matching a no-break space); all committed before the first extractor run. The pool held
1,931 sentences, 130 of them with a verb of saying. Decisions on this set: "Mr. Froman said,"
inside a sentence splits it in two spans (set 17's "the mayor noted"); a quotation split by its
cue ("‘On the cross,’ wrote Paul, ‘Jesus …’") is two ``direct``; "he noted that P: ‘Q" is
``indirect`` P plus ``direct`` Q; a tweet's text before its link with no author named ("Clinton
scandals taking a toll. pic.twitter.com/…", "i mean, she basically outlined … https://t.co/…")
is ``direct`` with mention and cue -1; "texted Stone "well done,"" is ``direct`` (the whole
message), inside the indictment's ``indirect``; "a tax credit he said would make P", "what
prosecutors say was a self-proclaimed act" are ``indirect`` over the predicate after the cue;
"accusing him of “clericalism” and “hypocrisy.”", "accused X of conspiring" are ``indirect`` over
"X of Y" (set 15), with partials for the quoted words; "according to a … poll" is ``indirect``
(set 14); a headline "FLYNN: FBI PUSHED ME …" is ``indirect`` with no cue (set 17); "according
to GoFundMe campaign" in a headline line is ``indirect``; "63 per cent of Italians said" is
``indirect`` (respondents, set 8); a mention is the name without its apposition ("the Italian
liturgist Andrea Grillo" for "One, the Italian liturgist Andrea Grillo, a longtime detractor
…"). Not annotated: "will announced his candidacy" (future, not yet said; the Chronicle's report
of it is), "vowing to make his candidacy about", "vowed to keep" (promises), "told him to get
sober", "asked to speak with", "encouraged students to" (requests), "should say so", "fair to
say" (no report), "wouldn't discuss", "did not reveal how" (negated, questions), "praised by
officials who spoke with", "defended MILO's right to speak … citing X as the reason",
"described it as", "heralded an alliance", "expressing full confidence in", "criticized"
(acts, labels), "noted the races of those involved", "noting Frataccia's death and what he
meant", "explaining why P", "denied the allegation", "Perdue denied that Mr. Trump said it" (the
inner "said it": no content; the denial is annotated), "reassurances about X", "speculation he
would", "reports that", "the campaign line that P" (nouns and topics), "the point Franken was
driving at", "Abe-watchers believe", "Democrats are united on one point" (beliefs), "who are
alleged to have" (no speaker), scare quotes ("good" polls, the “noise” online, “Marco
Roboto”, his purported “longest streak”) and titles ("Raising Trump").
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
# every annotated NewsMTSC file there was when this set was drawn (the thirty, sorted)
EARLIER = ("newsmtsc_direct.jsonl", "newsmtsc_direct10.jsonl", "newsmtsc_direct11.jsonl",
           "newsmtsc_direct2.jsonl", "newsmtsc_direct3.jsonl", "newsmtsc_direct4.jsonl",
           "newsmtsc_direct5.jsonl", "newsmtsc_direct6.jsonl", "newsmtsc_direct7.jsonl",
           "newsmtsc_direct8.jsonl", "newsmtsc_direct9.jsonl", "newsmtsc_labels.jsonl",
           "newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying10.jsonl",
           "newsmtsc_saying11.jsonl", "newsmtsc_saying12.jsonl", "newsmtsc_saying13.jsonl",
           "newsmtsc_saying14.jsonl", "newsmtsc_saying15.jsonl", "newsmtsc_saying16.jsonl",
           "newsmtsc_saying17.jsonl",
           "newsmtsc_saying2.jsonl", "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl",
           "newsmtsc_saying5.jsonl", "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl",
           "newsmtsc_saying8.jsonl", "newsmtsc_saying9.jsonl")
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
    random.Random(2026120818).shuffle(sentences)
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
