"""How the sentences of ``newsmtsc_labels.jsonl`` were drawn (issue 14: speaker labels, posts, signatures).

    .venv/bin/python tests/devset/draw_newsmtsc_labels.py [--text]

Pool: the distinct sentences of all three NewsMTSC files (``../shared/datasets/newsmtsc/``
``train.jsonl``, ``mt-dev.jsonl``, ``rw-dev.jsonl``; US political news), each under the id of its
first line (``mt-dev:<id>`` / ``rw-dev:<id>`` for the dev files, as in ``newsmtsc_saying2.jsonl``),
none in an earlier set (``newsmtsc_quotes``, ``newsmtsc_saying`` 1-4; compared by sha1;
``newsmtsc_saying4.jsonl`` is read from branch ``en-saying11`` while it is not merged), that

- opens with a capitalised label and a colon (:data:`LABEL`: ``TAPPER:``, ``SEE ALSO:``,
  ``Natasha Gownaris:``, ``Rubio:``, ``He added:``), or
- holds a ``>`` post (:data:`POST`), or
- holds a signature ``— Name`` / ``– Name`` ending the sentence or followed by ``,`` or
  ``(@handle)``, or ``- Name (@handle)`` (:data:`SIGNATURE`).

``random.Random(2026120651)`` shuffles the pool once (sorted by sha1 first, so that the order of
the files does not matter); the first :data:`N` are taken; every third line (the 3rd, 6th, ...)
is ``test``, the others ``dev``.

The draw reads the sentences only; the annotation was made from this list before any extractor
ran on them. Prints ``id sha1 split`` per line (``--text`` adds the sentence, for annotating).

Annotation (``newsmtsc_labels.jsonl``): ``ANNOTATION.md``, the English conventions of
``tests/gold/wikinews_en/README.md`` and ``NOTES.md`` and the decisions of the saying sets
(``draw_newsmtsc_saying3.py``), in their line format (the cue's offsets, -1 when none). Decisions
for this set: a transcript turn ``NAME: words`` (``TAPPER:``, ``SEN. KAINE:``, ``Jeff Roe:``) is
``embedded``, cue -1, the label as mention; a post between ``>`` marks or above a signature line
``— Name (@handle) date`` is ``embedded``, the signer as mention, name and handle as written
(``Sahil Kapur (@sahilkapur)``, the seed gold's convention; see below); a signature line standing
alone (its post in another sentence) gives nothing; a headline ``Name: proposition`` (``Rubio:
Immigration reports premature``) is ``indirect`` over the proposition (``direct`` when it stands
in marks), the name as mention, cue -1 (the Russian headline rule of ``ANNOTATION.md``); an op-ed
title under its author's name (``Nolte: Jake Tapper Uses ...``) likewise; a label that is no
speaker (``SEE ALSO:``, ``UPDATE:``, ``The Latest:``, ``More:``, ``Editor's note:``, ``Photo:``)
gives no quote of its own -- the sentence after it is annotated as any sentence; ``X said:`` /
``He tweeted:`` before a quote are cues as in the saying sets.

Correction after the first measurement: the annotation first gave a post's signer without the
handle, against the convention of the seed gold and of the saying sets (``Linas Linkevicius
(@LinkeviciusL)``, ``Ted Lieu (@tedlieu)``); the 7 such mentions were extended mechanically to
the handle's closing bracket (no span, kind or other mention changed), before the held-out part
was read.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parents[2] / "shared" / "datasets" / "newsmtsc"
FILES = ("train", "mt-dev", "rw-dev")  # train ids as they are, dev ids prefixed by the file
EARLIER = ("newsmtsc_quotes.jsonl", "newsmtsc_saying.jsonl", "newsmtsc_saying2.jsonl",
           "newsmtsc_saying3.jsonl", "newsmtsc_saying4.jsonl")
SAYING4_BRANCH = "en-saying11"  # where newsmtsc_saying4.jsonl stood when this set was drawn
N = 90

# A label of at most five words, the first capitalised, then a colon and a space.
LABEL = re.compile(r"^\W{0,2}[A-Z][\w.'’&-]*(?:[ ][A-Za-z.'’&-]+){0,4}\s?:\s")
POST = re.compile(r"(?:^|\s)>\s*\S")
SIGNATURE = re.compile(
    r"[—–]\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:\(@\w+\)|,\s*[A-Z]|$)"
    r"|(?:^|\s)-\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\(@\w+\)")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _earlier_lines(name: str) -> list[str]:
    path = HERE / name
    if path.is_file():
        return path.read_text(encoding="utf-8").splitlines()
    out = subprocess.run(["git", "-C", str(HERE), "show",
                          f"{SAYING4_BRANCH}:tests/devset/{name}"],
                         capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def wanted(sentence: str) -> bool:
    return bool(LABEL.search(sentence) or POST.search(sentence) or SIGNATURE.search(sentence))


def pool() -> list[tuple[str, str]]:
    """``(id, sentence)`` of every distinct sentence that may be drawn, sorted by sha1."""
    taken = {json.loads(line)["sha1"] for name in EARLIER for line in _earlier_lines(name)}
    seen: set[str] = set()
    out = []
    for name in FILES:
        prefix = "" if name == "train" else f"{name}:"
        with (DATASETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                h = sha1(rec["sentence"])
                if h not in seen and h not in taken and wanted(rec["sentence"]):
                    out.append((h, prefix + rec["id"], rec["sentence"]))
                seen.add(h)
    return [(i, s) for _, i, s in sorted(out)]


def draw() -> list[tuple[str, str, str]]:
    """``(id, sentence, split)`` of the drawn sentences, in file order of the annotation."""
    sentences = pool()
    random.Random(2026120651).shuffle(sentences)
    return [(i, s, "test" if n % 3 == 2 else "dev") for n, (i, s) in enumerate(sentences[:N])]


def main() -> None:
    with_text = "--text" in sys.argv[1:]
    for n, (i, s, split) in enumerate(draw()):
        print(json.dumps({"n": n, "id": i, "sha1": sha1(s), "split": split,
                          **({"sentence": s} if with_text else {})}, ensure_ascii=False))


if __name__ == "__main__":
    main()
