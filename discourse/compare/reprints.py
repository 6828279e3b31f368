"""Reprints counted once: the same words from the same speaker, found again in another article.

A wire story reprinted by k outlets puts each of its quotes into the corpus k times; left in,
every mean, interval, test and word list counts them k times, as if k speakers had said them.
A quote is a reprint of an earlier one (in corpus order) when both have the same **normalised
text** -- its :func:`discourse.text.tokenize` tokens, lower-cased, so quotation marks, dashes,
spacing and capitals do not matter -- and the same **speaker**: the resolved actor, else the
speaker mention as written (lower-cased), else none. The first occurrence is kept.

Before: the units table (``quote_id, doc_id, text, speaker, speaker_mention, outlet, …``).
After: :func:`reprint_keys` gives one 64-bit key per unit; :func:`find_reprints` the units to drop
and the unit each one repeats.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from discourse.text import tokenize

REPRINT_COLUMNS = ["quote_id", "doc_id", "outlet", "first_quote_id", "first_doc_id"]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def reprint_key(text: str, speaker: str) -> int:
    """The 64-bit key of a quote's normalised text and speaker (blake2b, stable across runs).

    >>> reprint_key("“We are allies,” he said", "Peskov") == reprint_key("We  are ALLIES he said", "peskov")
    True
    """
    norm = " ".join(tokenize(_text(text).lower())) + "\x1f" + _text(speaker).strip().lower()
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "little")


def reprint_keys(units: pd.DataFrame, *, text_col: str = "text") -> np.ndarray:
    """One key per unit (uint64), in row order; see the module docstring for what counts."""
    n = len(units)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    speaker = (units["speaker"] if "speaker" in units else pd.Series([""] * n, index=units.index))
    mention = (units["speaker_mention"] if "speaker_mention" in units
               else pd.Series([""] * n, index=units.index))
    who = [s if isinstance(s, str) and s else (m if isinstance(m, str) else "")
           for s, m in zip(speaker.tolist(), mention.tolist())]
    keys = [reprint_key(t, w) for t, w in zip(units[text_col].tolist(), who)]
    return np.asarray(keys, dtype=np.uint64)


def find_reprints(keys: np.ndarray, scores: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Which units repeat an earlier one (same key), in corpus order.

    Parameters
    ----------
    keys : array of uint64
        :func:`reprint_keys` of the units, aligned with ``scores``.
    scores : DataFrame
        The units (or their scores), with ``quote_id`` and, when present, ``doc_id``, ``outlet``.

    Returns
    -------
    drop, reprints
        ``drop``: a boolean mask of the units that are reprints. ``reprints``: one row per such
        unit, :data:`REPRINT_COLUMNS`, in corpus order (``first_*`` name the unit kept).

    >>> s = pd.DataFrame({"quote_id": ["a:0-5", "b:3-8", "c:0-2"], "doc_id": ["a", "b", "c"],
    ...                   "outlet": ["X", "Y", "X"]})
    >>> drop, rep = find_reprints(np.array([7, 7, 9], dtype=np.uint64), s)
    >>> drop.tolist(), rep[["quote_id", "first_quote_id"]].values.tolist()
    ([False, True, False], [['b:3-8', 'a:0-5']])
    """
    if len(keys) != len(scores):
        raise ValueError(f"find_reprints: {len(keys)} keys for {len(scores)} units.")
    keys = np.asarray(keys, dtype=np.uint64)
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    first_pos = first[inverse.ravel()]  # np.unique's index is each key's first occurrence
    drop = first_pos != np.arange(len(keys))
    qid, doc, outlet = (_column(scores, c) for c in ("quote_id", "doc_id", "outlet"))
    reprints = pd.DataFrame({"quote_id": qid[drop], "doc_id": doc[drop], "outlet": outlet[drop],
                             "first_quote_id": qid[first_pos[drop]],
                             "first_doc_id": doc[first_pos[drop]]}, columns=REPRINT_COLUMNS)
    return drop, reprints.astype(str)


def _column(table: pd.DataFrame, name: str) -> np.ndarray:
    if name in table:
        return table[name].astype(object).to_numpy()
    return np.array([""] * len(table), dtype=object)
