"""How the sentences of ``newsmtsc_saying5.jsonl`` were drawn (issue 14, reported speech, round 12).

    .venv/bin/python tests/devset/draw_newsmtsc_saying5.py [--text] [--labels PATH]

Pool: the distinct sentences of NewsMTSC's two **dev** files (``rw-dev.jsonl``, then
``mt-dev.jsonl`` in ``../shared/datasets/newsmtsc/``; US political news), each under the id of its
first line prefixed by its file (``rw-dev:<id>``, ``mt-dev:<id>``, as in ``newsmtsc_saying2``),
none already in an earlier set: every ``tests/devset/newsmtsc_*.jsonl`` other than this one
(:data:`EARLIER`, compared by the sentence's sha1), ``newsmtsc_labels.jsonl`` included (written
at the same time on another branch; ``--labels PATH`` reads it from elsewhere while it is not in
this directory; 342 distinct sentences remain). ``random.Random(2026120661)`` shuffles the pool
once; the first 120 sentences holding a verb of saying or ``according to`` (the filter of
``draw_newsmtsc_saying.py``, :data:`SAYING`, any tense) were to be taken, but the pool holds only
97 (the dev files are small and ``newsmtsc_saying2`` took 150 such sentences from them), so all 97
are taken, then the first 30 of the rest of the shuffled pool whatever they hold (so that false
alarms count too). The 127 are listed interleaved (three or four filtered, then one unfiltered);
every third line (the 3rd, 6th, ...) is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_saying5.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions recorded in
``draw_newsmtsc_saying.py``, ``draw_newsmtsc_saying3.py`` and ``draw_newsmtsc_saying4.py`` (a
report in a relative clause is ``indirect`` over the relative clause's predicate; a report nested
in a report is kept at both levels; a mixed quote is one ``indirect`` plus each fragment in marks
as ``partial``; requests, pledges, questions, topics, scare quotes and titles are not annotated);
each quote carries the offsets of its cue word (-1 when none). One annotator, 136 attributions:
dev 85 sentences / 88 (46 ``indirect``, 24 direct, 15 partial, 2 embedded, 1 nested), test 42 /
48 (24 ``indirect``, 12 direct, 12 partial). Decisions on this set: an author's clause after the
report (", amid the fallout ...", ", contributing to ...") is left out of the span; "told her
yes" is ``indirect`` over "yes"; "is said to have discussed" (no speaker), "claimed
responsibility", "told the nation her long-held secret", "dodged questions", "wondered aloud
where", "threatened to retaliate", "calling for" and a lone "X wrote in her letter." are not
annotated; "mocked X as having "..."" and "called X a "..."" are ``partial`` only; a tweet block
before "— Name (@handle)" is ``embedded`` with Name, a report in its text ("70 Percent Say
Brexit Going Badly") ``indirect`` too; a report inside a quote ("..., came out and said he would
order ...") ``indirect``; "X is right to say that P" attributes P to X; "U.S. officials
speculate that P" counts as a report.
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
FILES = ("rw-dev", "mt-dev")
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl",
           "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl", "newsmtsc_labels.jsonl")
N_SAYING, N_ANY = 120, 30


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def earlier_paths(labels: Path | None = None) -> list[Path]:
    """The earlier sets' files; ``labels`` stands for ``newsmtsc_labels.jsonl`` when given."""
    paths = [HERE / name for name in EARLIER]
    if labels is not None:
        paths[-1] = labels
    for p in paths:
        if not p.is_file():
            raise SystemExit(f"{p}: an earlier set is missing (pass --labels PATH for "
                             "newsmtsc_labels.jsonl while it is on another branch)")
    return paths


def pool(labels: Path | None = None) -> list[tuple[str, str]]:
    """``(file:id, sentence)`` of every distinct sentence that may be drawn, in file order."""
    taken = {json.loads(line)["sha1"]
             for p in earlier_paths(labels)
             for line in p.read_text(encoding="utf-8").splitlines()}
    seen: set[str] = set()
    out = []
    for name in FILES:
        with (DATASETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                h = sha1(rec["sentence"])
                if h not in seen and h not in taken:
                    out.append((f"{name}:{rec['id']}", rec["sentence"]))
                seen.add(h)
    return out


def draw(labels: Path | None = None) -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the 127 sentences, in file order of the annotation."""
    sentences = pool(labels)
    random.Random(2026120661).shuffle(sentences)
    saying = [s for s in sentences if SAYING.search(s[1])][:N_SAYING]
    chosen = {s[0] for s in saying}
    other = [s for s in sentences if s[0] not in chosen][:N_ANY]
    n_saying = len(saying)  # 97: the pool holds fewer than N_SAYING such sentences
    drawn = []
    for k in range(N_ANY):
        drawn += saying[k * n_saying // N_ANY:(k + 1) * n_saying // N_ANY] + other[k:k + 1]
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(drawn)]


def main() -> None:
    args = sys.argv[1:]
    with_text = "--text" in args
    labels = Path(args[args.index("--labels") + 1]) if "--labels" in args else None
    for n, (i, s, split) in enumerate(draw(labels)):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
