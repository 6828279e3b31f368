"""Build the keyness background word counts shipped in this folder (run from the repository root).

    .venv/bin/python data/background/build.py ../shared/corpora

Reads the two openly licensed corpora named in README.md, counts their keyness tokens
(:func:`discourse.measure.keyness.count_features` with the language's stopwords), keeps words seen
at least ``MIN_COUNT`` times and writes ``en.tsv`` and ``ru.tsv`` (sorted by count, then word).
Deterministic: the same corpora give the same files byte for byte.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from discourse.measure.keyness import count_features, stopwords_for

MIN_COUNT = 2
SOURCES = {
    "en": (["ungdc_2014_2024/texts", "wikinews_en"],
           "UN General Debate Corpus, speeches 2014-2024 of 13 delegations (Jankin, Baturo & "
           "Dasandi; Harvard Dataverse), and English Wikinews articles 2019-2020 "
           "(vanatteveldt/wikinews)", "CC0 1.0 (UN speeches) and CC BY 2.5, (c) Wikinews contributors"),
    "ru": (["wikinews_ru/texts"], "Russian Wikinews articles as distributed in NEREL 1.1 (train and dev)",
           "CC BY 2.5, (c) Wikinews contributors"),
}


def _texts(folder: Path) -> list[str]:
    """The texts of a folder of .txt files or of the CSV files (``text`` column) in it."""
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    for table in sorted(folder.glob("*.csv")):
        with open(table, encoding="utf-8", newline="") as fh:
            texts += [row["text"] for row in csv.DictReader(fh)]
    return texts


def build(corpora: Path, out: Path) -> None:
    for lang, (subs, source, licence) in SOURCES.items():
        files = [t for sub in subs for t in _texts(corpora / sub)]
        counts = count_features(files, stopwords=stopwords_for(lang))
        total = sum(counts.values())
        kept = sorted(((w, c) for w, c in counts.items() if c >= MIN_COUNT),
                      key=lambda wc: (-wc[1], wc[0]))
        lines = [f"# keyness background, language {lang}: {source}",
                 f"# licence: {licence}; {len(files)} texts, {total} tokens, "
                 f"{len(kept)} words seen at least {MIN_COUNT} times (built by data/background/build.py)"]
        lines += [f"{w}\t{c}" for w, c in kept]
        (out / f"{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(lang, len(files), "texts", total, "tokens", len(kept), "words")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"),
          Path(__file__).resolve().parent)
