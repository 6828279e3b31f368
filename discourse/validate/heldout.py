"""A fixed held-out part of a labelled file, split by sentence.

RuSentNE ships only its train split; its labelled validation and test splits are the maintainers'.
To tune on one part and report on another, the train file is split here into ``dev`` (tuned on) and
``test`` (never tuned on). A sentence carries several entities, so the split is by **sentence**:
all rows of one sentence fall on the same side, or the test part would hold sentences the model
has already read. Which side a sentence falls on depends only on the sentence and the seed (a
SHA-256 hash), not on the order or the number of rows, so the split is the same on every machine
and survives rows being added.

Before: a labelled file (TSV/CSV/JSONL) with a text column (``sentence`` or ``text``). After:
two files of the same format and columns, ``dev`` and ``test``, rows in their original order.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pandas as pd

DEFAULT_TEST_SHARE = 0.2
DEFAULT_SEED = 0


def in_test(sentence: str, *, test_share: float = DEFAULT_TEST_SHARE,
            seed: int = DEFAULT_SEED) -> bool:
    """True if ``sentence`` belongs to the held-out test part.

    >>> in_test("Путин заявил, что переговоры прошли успешно.") in (True, False)
    True
    """
    if not 0.0 < test_share < 1.0:
        raise ValueError(f"The 'test_share' parameter must be in (0, 1); got {test_share!r}.")
    digest = hashlib.sha256(f"{seed}\x1f{sentence}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < test_share


def split_by_sentence(df: pd.DataFrame, *, text_col: str = "text",
                      test_share: float = DEFAULT_TEST_SHARE,
                      seed: int = DEFAULT_SEED) -> pd.Series:
    """Boolean Series (index of ``df``): True for rows of the held-out test part."""
    if text_col not in df.columns:
        raise ValueError(f"split_by_sentence: no column {text_col!r}; columns are "
                         f"{list(df.columns)}.")
    return df[text_col].map(lambda s: in_test(str(s), test_share=test_share, seed=seed)).astype(bool)


def split_file(path: str | Path, out_dir: str | Path, *, test_share: float = DEFAULT_TEST_SHARE,
               seed: int = DEFAULT_SEED) -> tuple[Path, Path]:
    """Write ``dev<suffix>`` and ``test<suffix>`` of a labelled file into ``out_dir``.

    The rows are copied unchanged (same columns, same quoting for CSV/TSV), so the parts are read
    exactly as the whole file is (``discourse train|evaluate sentiment --data``).

    Returns
    -------
    (Path, Path)
        The dev and the test file.

    Raises
    ------
    ValueError
        If a row has no ``sentence`` or ``text`` field (naming the file and line).
    """
    path, out_dir = Path(path), Path(out_dir)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file not found.")
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    dev_path, test_path = out_dir / f"dev{path.suffix}", out_dir / f"test{path.suffix}"

    def side(rec: dict, line: int) -> bool:
        text = rec.get("sentence", rec.get("text"))
        if not isinstance(text, str):
            raise ValueError(f"{path}, line {line}: no 'sentence' or 'text' field to split by.")
        return in_test(text, test_share=test_share, seed=seed)

    if suffix in (".csv", ".tsv"):
        delimiter = "\t" if suffix == ".tsv" else ","
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            fields = list(reader.fieldnames or [])
            rows = [(side(rec, i), rec) for i, rec in enumerate(reader, start=2)]
        for target, flag in ((dev_path, False), (test_path, True)):
            with target.open("w", encoding="utf-8", newline="") as out:
                writer = csv.DictWriter(out, fieldnames=fields, delimiter=delimiter,
                                        lineterminator="\n")
                writer.writeheader()
                writer.writerows(rec for t, rec in rows if t == flag)
        return dev_path, test_path
    with path.open(encoding="utf-8") as fh:
        lines = [(i, line) for i, line in enumerate(fh, start=1) if line.strip()]
    parts = [(side(json.loads(line), i), line) for i, line in lines]
    for target, flag in ((dev_path, False), (test_path, True)):
        with target.open("w", encoding="utf-8") as out:
            out.writelines(line if line.endswith("\n") else line + "\n"
                           for t, line in parts if t == flag)
    return dev_path, test_path
