"""The hand-annotated gold sets of ``tests/gold/`` as folders that ``evaluate`` reads.

The Wikinews gold sets keep only annotations in the repository; their texts stay in ``../shared``
(users' clones do not have it). :func:`materialize` writes each article's text beside a copy of
its annotation, checking the sha256 recorded when it was annotated.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd

GOLD = Path(__file__).resolve().parent / "gold"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = ("wikinews_en", "wikinews_ru")


def available() -> bool:
    """True when ``../shared`` (the texts of the Wikinews gold sets) is present."""
    return (SHARED / "corpora").is_dir()


def index(name: str) -> pd.DataFrame:
    """The articles of a gold set: ``doc_id, source, split, annotator, sha256, ...``."""
    return pd.read_csv(GOLD / name / "index.csv", dtype={"doc_id": str})


def _text(row) -> str:
    path = SHARED / row.source
    if path.suffix == ".csv":
        text = str(pd.read_csv(path).loc[int(row.row), "text"])
    else:
        text = path.read_bytes().decode("utf-8")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row.sha256:
        raise ValueError(f"{path}: the text of {row.doc_id} is not the one that was annotated.")
    return text


def materialize(name: str, split: str, dest: Path) -> Path:
    """Write ``<doc_id>.txt`` + ``<doc_id>.quotes.jsonl`` of one split into ``dest``; return it.

    ``split`` is a value of the index's ``split`` column (``dev``, ``test``; ``dev2`` to
    ``dev12`` in English, ``dev2`` to ``dev16`` in Russian) or ``all``.
    """
    if name not in SETS:
        raise ValueError(f"Unknown gold set {name!r}; known: {SETS}.")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    rows = index(name)
    if split != "all":
        rows = rows[rows["split"] == split]
    for row in rows.itertuples():
        (dest / f"{row.doc_id}.txt").write_text(_text(row), encoding="utf-8", newline="")
        shutil.copy(GOLD / name / f"{row.doc_id}.quotes.jsonl", dest / f"{row.doc_id}.quotes.jsonl")
    return dest
