"""How the sentences of ``newsmtsc_saying15.jsonl`` were drawn (issue 14, reported speech, round 36).

    .venv/bin/python tests/devset/draw_newsmtsc_saying15.py [--text]

Pool: as set 14's (``draw_newsmtsc_saying14.py``): the distinct sentences of NewsMTSC's training
split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``8``-``f``, none already in
an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was drawn
(:data:`EARLIER`, the twenty-six files, set 14 included, compared by the sentence's sha1).
``random.Random(2026120815)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (:data:`SAYING` of ``draw_newsmtsc_saying.py``, any tense) are taken,
then the first 24 of the rest of the shuffled pool whatever they hold. The 120 are listed
interleaved as in sets 8 to 14 (four filtered, then one unfiltered); every third line (the 3rd,
6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating;
``--count`` prints the size of the pool and how many of it hold a verb of saying).

Annotation (``newsmtsc_saying15.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying14.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 107 attributions on 84 of the 120 sentences (36 hold
none): dev 80 sentences / 76 (57 ``indirect``, 7 direct, 11 partial, 1 embedded), test 40 / 31
(20 ``indirect``, 7 direct, 2 partial, 2 nested). The listing read for annotating held all 120
sentences (counted: 120 lines numbered 0-119; line breaks inside a sentence shown as a mark), the
spans were written as strings (or as "first words ~ last words") and turned into offsets by a
script that requires each to be found once (or names which occurrence; mentions and cues as whole
words); all committed before the first extractor run. The pool held 2,295 sentences, 399 of them
with a verb of saying.
Decisions on this set: a tweet quoting someone (”’P,’” said X,” Trump wrote) is ``direct`` for the
tweet's author and ``nested`` for the one it quotes; "[Mr. Trump] said, look, ‘P" inside a direct
quote with no closing mark is ``nested`` with the bracketed name as mention; a transcript's
"TRUMP: P" is ``indirect`` with no cue (as the "X: P" headlines of sets 13-14), and so is a
headline inside brackets ("(Also on POLITICO: Issa: P)"); "X speaks out on TODAY: He 'seduced me'
at age 14" is ``indirect`` over the part after the colon with "speaks out" as cue, plus the
fragment; "Kushner “has been incredibly successful, ..." (a fragment opened after a name, the
source outside the sentence) is ``partial`` with no mention; "(Witnesses say P, she said.)" keeps
both levels, as "Vrba told investigators P, then described how Q, Deputy Douglas wrote" (three
reports: "described how Q" is ``indirect`` over Q, as set 8's "explained how P"); "P, Swing said,
and Q" splits in two spans (set 8); "framed the trip as a chance ..." is ``indirect`` over "X as
Y" (as "characterized X as Y"); an unquoted "calling Mr. Pistorius an unimpressive ... witness" is
``indirect`` over "X Y" (as "calling it X and Y"); quoted "Calling President Obama “willfully
ignorant” and “the worst negotiator”" and "described contact as "patchy"" are ``partial`` only
(set 14's "called ... "abhorrent""); "responding with a seemingly sarcastic, “Sure you are”" is
``partial`` with "responding" as cue; "who was accused in the court papers of touching a woman" is
``indirect`` over "of touching ..." with the papers as mention; "Russian operatives claim to have
compromising ... information" is ``indirect`` over the infinitive; a tweet's text followed by "—
James Van Der Beek (@vanderjames) October 12, 2017" is ``embedded``; the pidgin "Police say deh di
shine eye for ..." is ``indirect``; relative predicates ("all of which he said was consensual", "a
move he said was orchestrated by ...", "NAFTA, which Mr. Sanders argues did irreparable harm ...")
are ``indirect`` over the predicate (sets 4 and 14). Not annotated: "claimed responsibility for
deadly explosions" (set 6), "is said to speak several languages", "she is said to have introduced"
(no speaker, set 6), "didn't deny that Kerry made the comment" (negated, set 7), "If Judge
Kavanaugh claims to be a mentor" (a condition; "could explain why she'd argue that P" is
``indirect``: the author states she argues it), "blamed Trump for the outrage", "ripped into
Bannon", "praised him for hanging out", "denied that characterization", "endorsed a two-state
solution" (acts and topics), "calling for Paul Ryan to step down", "telling his followers to tune
in", "called for Mr Northam to step down", "told reporters to watch a video", "Tell Trump to get
..." (requests), "what he said about former President Barack Obama", "talks to William Treanor ...
about the death of" (topics), "text messages ... showed that P", "National polls indicated" (as "a
Quinnipiac Poll showed"), "Ms McVey is considered to have the “hardest line”", "the 'N-word'",
"the street name of "Animal"", “very liberal.” (a poll's category) and "allegations that Harvey
Weinstein had harassed ..." (no speaker), the sticker's slogan after "gets the word out concerning
the free sticker, ...:" (a slogan, no report), "the caution that anything he says can be used
against him".
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
           "newsmtsc_saying13.jsonl", "newsmtsc_saying14.jsonl")
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
    random.Random(2026120815).shuffle(sentences)
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
