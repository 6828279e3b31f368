"""Reference copy of ``discourse.measure.nesting.own_texts`` before it looked up nested quotes by
bisection: every unit compared with every nested quote of its document (quadratic)."""

from __future__ import annotations

import pandas as pd

ELLIPSIS = "…"


def reference_own_texts(units: pd.DataFrame, *, text_col: str = "text") -> pd.Series:
    """The quadratic version before the bisection (same output)."""
    texts = units[text_col]
    if "kind" not in units.columns or not (units["kind"] == "nested").any():
        return texts.copy()
    missing = [c for c in ("doc_id", "start", "end") if c not in units.columns]
    if missing:
        raise ValueError(f"own_texts: nested quotes need column(s) {missing}; columns are "
                         f"{list(units.columns)}.")
    out = texts.copy()
    nested = units[units["kind"] == "nested"]
    docs = set(nested["doc_id"])
    for doc, group in units[units["doc_id"].isin(docs)].groupby("doc_id", sort=False):
        inner = nested[nested["doc_id"] == doc]
        for idx, row in group.iterrows():
            text = row[text_col]
            if not isinstance(text, str):
                continue
            u_start, u_end = int(row["start"]), int(row["end"])
            cuts = sorted(
                (int(n.start), int(n.end)) for n in inner.itertuples()
                if n.Index != idx and u_start <= int(n.start) and int(n.end) <= u_end
                and (int(n.start), int(n.end)) != (u_start, u_end)
            )
            if cuts:
                out[idx] = _reference_cut(text, u_start, cuts)
    return out


def _reference_cut(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
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
