"""How the sentences of ``newsmtsc_saying11.jsonl`` were drawn (issue 14, reported speech, round 26).

    .venv/bin/python tests/devset/draw_newsmtsc_saying11.py [--text]

Pool: as ``draw_newsmtsc_saying10.py`` took it: the distinct sentences of NewsMTSC's two **dev**
files (``rw-dev.jsonl``, then ``mt-dev.jsonl``, ids ``rw-dev:<id>`` / ``mt-dev:<id>``), then those
of the training split (``train.jsonl``, plain ids) whose sha1 hex digest starts with ``0``-``7``,
none already in an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` there was when this set was
drawn (:data:`EARLIER`, the eighteen files, compared by the sentence's sha1).
``random.Random(2026120801)`` shuffles the pool once; the first 96 sentences holding a verb of
saying or ``according to`` (the filter of ``draw_newsmtsc_saying.py``, :data:`SAYING`, any
tense) are taken (all from ``train.jsonl``: the dev files hold no unused sentence with such a
verb), then the first 24 of the rest of the shuffled pool whatever they hold (one from
``rw-dev.jsonl``). The 120 are listed interleaved as in sets 8 to 10 (four filtered, then one
unfiltered); every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying11.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py`` to ``draw_newsmtsc_saying10.py``; each quote carries the offsets of
its cue word (-1 when none). One annotator, 132 attributions on 86 of the 120 sentences (34 hold
none): dev 80 sentences / 89 (51 ``indirect``, 17 direct, 20 partial, 1 nested), test 40 / 43
(26 ``indirect``, 9 direct, 8 partial); all 120 drawn lines were annotated (counted against the
draw) and committed before the first extractor run.
Decisions on this set: "Chambers testified that Orozco went on to tell him, "I know ..." keeps
both levels (Chambers' ``indirect`` over the clause with the quote, Orozco's ``direct``); "the
host's charge that P" and "Clinton's assertion that P" are ``indirect`` with the noun as cue;
"When P said that Q, B told him that R ..., according to police" keeps the three reports (the
police over the whole); a headline "Ugly ouster: 'Frustrated' Hagel faces ..., says McCain" is
``indirect`` from the quoted word on, plus the ``partial``; "he said Japan would not withdraw its
pledge of $200 million, a new step in Mr. Abe's efforts ..." ends before the author's appositive,
as do "she became a citizen ... to vote against Trump, well after ..." and "announced that it
will not prosecute ..., while also releasing a report ..."; "his father is "still assessing" a
presidential bid, but it seems more likely he'll seek ..." ends at the "but" (the author's
guess); "describing Comey as "the cop, ..."" and "thanked both Obama and Biden "for ..."" are
``partial`` only (like "characterized X as"); "to declare "a great debate victory" for DeSantis"
is ``indirect`` over the object (like "declared the bill "dead""); "implied that P" and "alleging
P" are reports; the pidgin "im e sharply say im no tok anytin like dat" is ``indirect``;
"(though, he said, he could not ... believe in it ...)" is ``indirect`` over the clause after the
tail; "Politico's lead: "…, with one saying it was 'tantamount to treason.'"" is ``direct`` with
the inner fragment ``nested``; ".@realDonaldTrump on Putin: When people call you brilliant, ..."
(a tweeted clip's caption) is ``direct`` with no cue; a quote's opening with no close and no
attribution ("“She has an amazing life story ...", "“After I fired… ...") is ``direct`` with
mention -1. Not annotated: "reportedly spirited away" (no source), "tells of shock over X" (a
topic), "Was Trump right to say IS is beaten?" and "Should he say goodbye" (questions), "Bush said
during a visit to Berlin." (the report is in the sentence before), "pledged to eliminate",
"call on Congress to enact" and "called for the U.S. to ban" (promises, requests), "couldn't
bring himself to say he was wrong" (negated), "points to X's lack of ..." (evidence), "Instant
polls 60-70% likely to say Clinton wins" and "A national poll ... showed" (polls), "expressed
regret at ...", "claimed a new mandate" (not speech), "Pakistan PM: Brother of ... lined up to
take over" (the headline's topic, no speaker), "his accusations that he hasn't" (elided), the
scare quotes "war on women" and the names "Blue Wednesday", "This Week", "Morning Joe" and the
headline title in "headlines like, "Hoist it High ..."".
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
           "newsmtsc_direct5.jsonl", "newsmtsc_saying10.jsonl", "newsmtsc_direct6.jsonl")
N_SAYING, N_ANY = 96, 24
PREFIXES = "01234567"  # the half of train.jsonl's sha1 space sets 9 to 11 draw from


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
    random.Random(2026120801).shuffle(sentences)
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
