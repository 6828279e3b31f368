"""The words each quote is measured on: its span without the quotes nested inside it.

A quote can contain another speaker's quote: Siluanov says *we hear that some say: "Why do we give
loans to foreign countries in a difficult situation for Russia?"* and goes on to rebut it. The
extractor finds both: the outer quote (Siluanov's) and the ``nested`` one (the unnamed critics',
speaker ``unknown`` unless the article names them). Measured as they stand, the nested words
would count twice, once for the wrong speaker: in Siluanov's sentiment, stance, frames and
keyness tokens, and again in the nested unit.

:func:`own_texts` gives every unit its *own* words: its text with each nested quote that lies
inside it replaced by an ellipsis "…" (which keeps the sentence boundaries of the rest and is no
word for any measure). The nested unit keeps its words and is measured once, for its own speaker.
Nested quotes inside nested quotes are cut from each level the same way.

Before: a units table with ``doc_id``, ``start``, ``end``, ``kind`` and ``text`` (the quotes table
of :mod:`discourse.extract`). After: a Series of texts, same index; equal to ``text`` for every
unit that contains no nested quote (all units of a corpus without nested quotes).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pandas as pd

ELLIPSIS = "…"


def own_texts(units: pd.DataFrame, *, text_col: str = "text") -> pd.Series:
    """Each unit's text with the nested quotes inside it cut out (module docstring).

    Parameters
    ----------
    units : DataFrame
        Needs ``text_col``; ``doc_id``, ``start``, ``end`` and ``kind`` when any unit is
        ``nested`` (a table without a ``kind`` column has nothing to cut).
    text_col : str, default="text"

    Returns
    -------
    Series
        Same index as ``units``. A nested unit ``N`` is cut from every other unit ``U`` of the
        same document whose span holds it (``U.start <= N.start`` and ``N.end <= U.end``):
        ``U``'s characters from ``N.start`` to ``N.end`` become "…".

    Examples
    --------
    >>> u = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 15], "end": [40, 24],
    ...                   "kind": ["direct", "nested"],
    ...                   "text": ['Some say that "we failed" but we did not.', "we failed"]})
    >>> own_texts(u).tolist()
    ['Some say that "…" but we did not.', 'we failed']
    """
    texts = units[text_col]
    if "kind" not in units.columns or not (units["kind"] == "nested").any():
        return texts.copy()
    missing = [c for c in ("doc_id", "start", "end") if c not in units.columns]
    if missing:
        raise ValueError(f"own_texts: nested quotes need column(s) {missing}; columns are "
                         f"{list(units.columns)}.")
    out = texts.copy()
    docs = set(units.loc[units["kind"] == "nested", "doc_id"])
    sub = units[units["doc_id"].isin(docs)]
    # per document, the nested spans sorted by start: each unit looks only at those starting
    # inside it (bisect), not at every nested quote of the document (quadratic on long texts)
    spans: dict[object, list[tuple[int, int, object]]] = {}
    nested = sub[sub["kind"] == "nested"]
    for idx, doc, start, end in zip(nested.index, nested["doc_id"], nested["start"], nested["end"],
                                    strict=True):
        spans.setdefault(doc, []).append((int(start), int(end), idx))
    spans = {doc: sorted(v, key=lambda t: t[:2]) for doc, v in spans.items()}
    starts = {doc: [t[0] for t in v] for doc, v in spans.items()}
    for idx, doc, u_start, u_end, text in zip(sub.index, sub["doc_id"], sub["start"], sub["end"],
                                              sub[text_col], strict=True):
        if not isinstance(text, str):
            continue
        u_start, u_end = int(u_start), int(u_end)
        inner = spans[doc]
        lo = bisect_left(starts[doc], u_start)
        hi = bisect_right(starts[doc], u_end)
        cuts = [(a, b) for a, b, n_idx in inner[lo:hi]
                if n_idx != idx and b <= u_end and (a, b) != (u_start, u_end)]
        if cuts:
            out[idx] = _cut(text, u_start, cuts)
    return out


def _cut(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (which starts at ``offset`` in its article) with ``spans`` replaced by "…";
    a span inside an earlier one is covered by it."""
    parts, pos = [], 0
    for a, b in spans:
        a, b = a - offset, b - offset
        if a < pos:  # inside a span already cut
            continue
        parts += [text[pos:a], ELLIPSIS]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
