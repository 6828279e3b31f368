"""Samples of quotes for human coding: stratified, reproducible, written as coding sheets.

The workflow: draw a sample with :func:`sample_for_coding`, write it with
:func:`write_coding_sheet`, give each coder a copy (or one sheet with a ``coder`` per row), then
measure agreement with :mod:`discourse.validate.agreement` (``discourse agreement`` on the command line).
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pandas as pd

SHEET_COLUMNS: tuple[str, ...] = ("quote_id", "doc_id", "camp", "speaker", "text")
CODER_COLUMNS: tuple[str, ...] = ("label", "coder", "notes")
MISSING_STRATUM = "(missing)"


def allocate(sizes: pd.Series, *, n: int, min_per_stratum: int = 5) -> pd.Series:
    """How many units to draw from each stratum: a minimum each, the rest proportional to size.

    Every stratum first gets ``min(min_per_stratum, size)``; the remaining ``n - sum(minima)``
    are shared in proportion to the strata's sizes by largest remainders (Hamilton's method; ties
    to the larger stratum, then the stratum sorted first), never more than a stratum has. When the
    minima alone exceed ``n``, they win (the sample has more than ``n`` units) so that no stratum
    is left out; see :func:`sample_for_coding`.

    Parameters
    ----------
    sizes : Series
        Units per stratum (index = stratum).
    n : int
        Sample size wanted; capped at the total.
    min_per_stratum : int, default=5

    Returns
    -------
    Series
        Units to draw per stratum (int64), same index and order as ``sizes``.

    Examples
    --------
    >>> allocate(pd.Series({"a": 100, "b": 30, "c": 3}), n=20, min_per_stratum=5)
    a    10
    b     7
    c     3
    dtype: int64
    """
    sizes = sizes.astype("int64")
    n = min(int(n), int(sizes.sum()))
    base = np.minimum(sizes.to_numpy(), min_per_stratum)
    rest = n - int(base.sum())
    alloc = base.copy()
    room = sizes.to_numpy() - base
    while rest > 0 and room.sum() > 0:
        # Proportional shares of what is left, among strata that still have units.
        weights = np.where(room > 0, sizes.to_numpy(), 0).astype(float)
        quota = rest * weights / weights.sum()
        whole = np.minimum(np.floor(quota).astype(np.int64), room)
        alloc += whole
        room -= whole
        rest -= int(whole.sum())
        if rest <= 0:
            break
        frac = np.where(room > 0, quota - np.floor(quota), -1.0)
        # Largest remainder first; ties: larger stratum, then the earlier one (stable sort).
        order = np.lexsort((np.arange(len(frac)), -sizes.to_numpy(), -frac))
        for i in order:
            if rest == 0 or frac[i] < 0:
                break
            alloc[i] += 1
            room[i] -= 1
            rest -= 1
    return pd.Series(alloc, index=sizes.index, dtype="int64")


def sample_for_coding(
    quotes: pd.DataFrame,
    *,
    n: int,
    stratify: str | None = "camp",
    seed: int = 0,
    min_per_stratum: int = 5,
) -> pd.DataFrame:
    """A stratified random sample of quotes as a coding sheet.

    The sample size of each stratum comes from :func:`allocate` (proportional, with a minimum per
    stratum, so small camps are still coded). Within a stratum, the units are drawn without
    replacement by a generator seeded from ``seed`` and the stratum's name
    (``crc32("<seed>|<stratum>")``), from the stratum's rows ordered by ``quote_id``: the same
    input and seed give the same sample whatever the input row order, and the draw in one stratum
    does not change when other strata change.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote with ``quote_id``, ``text`` and the ``stratify`` column; ``doc_id``,
        ``camp`` and ``speaker`` are copied when present. ``quote_id`` must be unique.
    n : int
        Sample size (capped at the number of quotes). If every stratum's minimum does not fit in
        ``n``, the sample is larger than ``n`` (the minima win).
    stratify : str or None, default='camp'
        Column to stratify by; ``None`` draws a simple random sample. Missing values form their
        own stratum ``"(missing)"``.
    seed : int, default=0
    min_per_stratum : int, default=5

    Returns
    -------
    DataFrame
        The coding sheet: ``quote_id``, ``doc_id``, ``camp``, ``speaker``, ``text`` (empty strings
        where the input lacks a column) and the empty coder columns ``label``, ``coder``,
        ``notes``; sorted by ``quote_id`` (so neighbours in a document stay together);
        ``attrs["allocation"]`` is the per-stratum allocation (a dict).

    Raises
    ------
    ValueError
        ``n < 1``, a negative ``min_per_stratum``, a missing column, duplicate ``quote_id``.

    Examples
    --------
    >>> q = pd.DataFrame({"quote_id": [f"d:{i}" for i in range(10)], "text": list("abcdefghij"),
    ...                   "camp": ["x"] * 8 + ["y"] * 2})
    >>> s = sample_for_coding(q, n=4, min_per_stratum=2, seed=1)
    >>> s["camp"].value_counts().sort_index().to_dict(), list(s.columns)
    ({'x': 2, 'y': 2}, ['quote_id', 'doc_id', 'camp', 'speaker', 'text', 'label', 'coder', 'notes'])
    """
    func = "sample_for_coding"
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"The 'n' parameter of {func} must be an int >= 1; got {n!r}.")
    if isinstance(min_per_stratum, bool) or not isinstance(min_per_stratum, int) or min_per_stratum < 0:
        raise ValueError(f"The 'min_per_stratum' parameter of {func} must be an int >= 0; "
                         f"got {min_per_stratum!r}.")
    need = ["quote_id", "text"] + ([stratify] if stratify is not None else [])
    missing = [c for c in need if c not in quotes.columns]
    if missing:
        raise ValueError(f"{func}: column(s) {missing} not in quotes; columns are "
                         f"{list(quotes.columns)}.")
    ids = quotes["quote_id"].astype(str)
    if ids.duplicated().any():
        raise ValueError(f"{func}: quote_id must be unique; duplicated: "
                         f"{sorted(ids[ids.duplicated()].unique())[:5]}.")
    df = quotes.assign(quote_id=ids).sort_values("quote_id", kind="mergesort")
    strata = (df[stratify].astype(object).where(df[stratify].notna(), MISSING_STRATUM).astype(str)
              if stratify is not None else pd.Series("all", index=df.index))
    sizes = strata.value_counts().sort_index()
    alloc = allocate(sizes, n=int(n), min_per_stratum=min_per_stratum if stratify else 0)
    picked = []
    for name, k in alloc.items():
        rows = df.index[(strata == name).to_numpy()]
        rng = np.random.default_rng(zlib.crc32(f"{int(seed)}|{name}".encode()))
        picked.extend(rows[np.sort(rng.choice(len(rows), size=int(k), replace=False))])
    sample = df.loc[picked].sort_values("quote_id", kind="mergesort")
    out = pd.DataFrame({c: (sample[c].astype(object).where(sample[c].notna(), "")
                            if c in sample.columns else "") for c in SHEET_COLUMNS},
                       index=sample.index)
    for c in CODER_COLUMNS:
        out[c] = ""
    out = out.reset_index(drop=True)
    out.attrs["allocation"] = {str(k): int(v) for k, v in alloc.items()}
    return out


def write_coding_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a coding sheet as UTF-8 CSV (``\\n`` line ends, no index); returns the path.

    Parent folders are created. Spreadsheet programs open it directly; keep the ``quote_id``
    column unchanged, fill in ``label`` (and ``coder``, or name the file after the coder).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path
