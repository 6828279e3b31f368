"""Draw the sentences of ``ru_wikinews_sentences2.jsonl``: a seventh Russian sentence set (issue 12,
held out), single sentences of Russian Wikinews articles that no gold split and no earlier set
holds.

The draw of the sixth set (``draw_ru_wikinews_sentences.py``, imported unchanged: the same
articles, razdel sentences, exclusions and pools) over what that set left: every sentence whose
sha1 is one of ``ru_wikinews_sentences.jsonl``'s is removed from the pools first. The ``speech``
pool held 224 candidates before set 6, 124 after; all of them are taken up to 100, and 15
``names`` are sampled, by ``random.Random(2026120852)``; the same generator shuffles them
together. Every third line (the 3rd, 6th, ...) is ``test``, the rest ``dev``. One JSON line per
sentence: ``file``, ``start``/``end`` (the sentence's character offsets in the article), ``sha1``,
``pool``, ``split``, ``text`` and an empty ``quotes`` list for the annotator.

The annotation was written by hand from this list, before any extractor ran on these sentences,
by the Russian conventions of ``../shared/ANNOTATION.md`` as set 6 was (the sentence is the whole
document). The committed ``ru_wikinews_sentences2.jsonl`` keeps offsets only (``text`` removed).

    .venv/bin/python tests/devset/draw_ru_wikinews_sentences2.py > /tmp/drawn7.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_ru_wikinews_sentences import TEXTS, candidates, sha1  # noqa: E402  (set 6's draw)

HERE = Path(__file__).resolve().parent
SEED = 2026120852
N_SPEECH, N_NAMES = 100, 15


def taken() -> set[str]:
    """The sha1 of every sentence set 6 took."""
    lines = (HERE / "ru_wikinews_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["sha1"] for line in lines}


def pools() -> dict[str, list[tuple[str, int, int, str]]]:
    """Set 6's pools less its sentences."""
    skip = taken()
    return {p: [c for c in cands if sha1(c[3]) not in skip] for p, cands in candidates().items()}


def draw() -> list[dict]:
    left = pools()
    rng = random.Random(SEED)
    chosen = [(*c, "speech") for c in rng.sample(left["speech"], min(N_SPEECH, len(left["speech"])))]
    chosen += [(*c, "names") for c in rng.sample(left["names"], N_NAMES)]
    rng.shuffle(chosen)
    return [{"file": f, "start": a, "end": b, "sha1": sha1(s), "pool": p,
             "split": "test" if n % 3 == 2 else "dev", "text": s, "quotes": []}
            for n, (f, a, b, s, p) in enumerate(chosen)]


if __name__ == "__main__":
    if not TEXTS.exists():
        sys.exit(f"{TEXTS}: not found (the Russian Wikinews articles of ../shared).")
    if "--count" in sys.argv:
        print({p: len(c) for p, c in pools().items()})
        sys.exit(0)
    for rec in draw():
        print(json.dumps(rec, ensure_ascii=False))
