"""How the sentences of ``newsmtsc_saying17.jsonl`` were drawn (issue 14, reported speech, round 38).

    .venv/bin/python tests/devset/draw_newsmtsc_saying17.py [--text] [--count]

Pool: as set 16's (``draw_newsmtsc_saying16.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the twenty-nine files, saying set 16 included, compared by the sentence's
sha1). ``random.Random(2026120817)`` shuffles the pool once; the first 96 sentences holding a verb
of saying or ``according to`` (:data:`SAYING` of ``draw_newsmtsc_saying.py``, any tense) are
taken, then the first 24 of the rest of the shuffled pool whatever they hold. The 120 are listed
interleaved as in sets 8 to 16 (four filtered, then one unfiltered); every third line (the 3rd,
6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying17.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying16.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 94 attributions on 72 of the 120 sentences (48 hold
none): dev 80 sentences / 61 (50 ``indirect``, 3 direct, 5 partial, 3 embedded), test 40 / 33
(25 ``indirect``, 5 direct, 3 partial). The listing read for annotating held all 120 sentences
(numbered 0-119), the spans were written as strings and turned into offsets by a script that
requires each to be found once (or names which occurrence; mentions and cues as whole words);
all committed before the first extractor run. The pool held 2,051 sentences, 226 of them with a
verb of saying. Decisions on this set: respondents of a poll who "said" P are ``indirect`` (set
8), the poll that "showed" it is not; a transcript turn "ARI SHAPIRO, HOST:" and a line break,
"MARGARET BRENNAN: ..." is ``embedded`` with the name as mention and cue -1 (set 3), a report
inside it annotated too; "told X that P ... but said Q:" and a line break, then words without
marks, is two ``indirect`` and one ``embedded`` (set 16's "wrote to Cunningham:"); a headline
"John Kerry: No Decision Yet On ..." is ``indirect`` with no cue (the Russian headline "X: P");
", saying P" with its subject cut off by the sentence splitter is ``indirect`` with mention -1;
"they write, “five people briefed” say that P" keeps both levels and the writers' fragment as
``partial`` (set 15's two levels); "the mayor noted" inside a sentence splits it in two spans,
as does "he was, the Associated Press noted, seen as ..."; "announced their candidacy", "announced
his 2016 presidential candidacy" are ``indirect`` over the noun object (set 16's "announced his
resignation"); "explained that the president's trouble with dry mouth ..." (a broken sentence) is
``indirect`` over the noun phrase after "that"; Nigerian Pidgin "pipo ... say e bi correct ..."
and "wey say dem wan comot from Nigeria" are ``indirect`` (the verb "say"); "who Trump sees as a
'great American patriot'" is ``partial`` with no cue; a quoted sentence left open by the
splitter after "adding," / "saying," / "he said," is ``direct``; "Camp David was "very rustic" and
"you know how long ..." is ``indirect`` + ``partial`` + ``direct``; mentions are the name without
its apposition ("Tracey Taylor", "Heather Zichal"), a description without its relative clause
("A former CIA official", "fellow captives"). Not annotated: "Trump's claims about being ..."
(topic), "more likely than whites to say" (a poll's answer, set 3), "challenged X to say how"
(a request), "announced fresh charges against the financier" (an act), "who is accused of",
"allegations he has grown rich", "allegations that Cambridge Analytica ...", "Kavanaugh
allegedly", "is said to have", "is reported to have taken place" (no speaker), "labeled as
disingenuous" (a label), "claims pride in being called KKK" (not speech, set 3's "claimed a new
mandate"), "said nice things about", "spoke about", "discussed the importance", "warned her
about the Maastricht treaty", "to talk about" (topics), "were not told whether", "didn't tell
anyone", "did not elaborate" (negated, questions), "denounced Young for", "slammed X as",
"praised Mr. Romney as" (acts of criticism and praise), "urged Americans not to", "called for X
to resign", "asking for the chance" (requests), "took the position that" (a stance inside the
report; the report itself annotated), "speculation, promulgated by the Russian government, that
P" (not a verb of saying), "what she claims happened" (a free relative, no proposition), "the
Muellers want", "we know", "if he thinks" (beliefs), a lone signature line "— Bernie Sanders
(@SenSanders) February 23, 2019" (the post is in the sentence before).
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
# every annotated NewsMTSC file there was when this set was drawn (the twenty-nine, sorted)
EARLIER = ("newsmtsc_direct.jsonl", "newsmtsc_direct10.jsonl", "newsmtsc_direct11.jsonl",
           "newsmtsc_direct2.jsonl", "newsmtsc_direct3.jsonl", "newsmtsc_direct4.jsonl",
           "newsmtsc_direct5.jsonl", "newsmtsc_direct6.jsonl", "newsmtsc_direct7.jsonl",
           "newsmtsc_direct8.jsonl", "newsmtsc_direct9.jsonl", "newsmtsc_labels.jsonl",
           "newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying10.jsonl",
           "newsmtsc_saying11.jsonl", "newsmtsc_saying12.jsonl", "newsmtsc_saying13.jsonl",
           "newsmtsc_saying14.jsonl", "newsmtsc_saying15.jsonl", "newsmtsc_saying16.jsonl",
           "newsmtsc_saying2.jsonl", "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl",
           "newsmtsc_saying5.jsonl", "newsmtsc_saying6.jsonl", "newsmtsc_saying7.jsonl",
           "newsmtsc_saying8.jsonl", "newsmtsc_saying9.jsonl")
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
    random.Random(2026120817).shuffle(sentences)
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
