"""Very long documents read in segments: memory and time bounded by a segment, not a document.

Language-independent. A transcript or a verbatim record can be one document of many megabytes
(one line of 17 MB). The passes keep per-document state (token columns, marks, cues), so such a
document is cut into segments of about :data:`SEGMENT` characters and each is read on its own;
rows are shifted back to offsets of the document. Documents shorter than :data:`SEGMENT` are read
whole, as before: news articles never reach it.

Cuts fall where no quotation can span them: at a paragraph break, else (a single paragraph
longer than a segment) at a sentence end after which a capital follows, where the quotation
marks read since the segment's start are balanced (an even number of ``"``, as many “ as ”, as
many « as »).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["SEGMENT", "segment_bounds", "segmented_rows"]

# Characters per segment (at least): far above any news article.
SEGMENT: Final = 200_000

_PARA_BREAK: Final = re.compile(r"\n[ \t]*\n")
_SENTENCE_CUT: Final = re.compile(r"[.!?][ \t]+(?=[A-Z\"“«])")


def _balanced(text: str, lo: int, hi: int) -> bool:
    return (text.count('"', lo, hi) % 2 == 0 and text.count("“", lo, hi) == text.count("”", lo, hi)
            and text.count("«", lo, hi) == text.count("»", lo, hi))


def _cut_after(text: str, lo: int, pos: int) -> int:
    """The first cut at or after ``pos`` (segment started at ``lo``); ``len(text)`` if none."""
    m = _PARA_BREAK.search(text, pos, pos + SEGMENT)
    if m is not None:
        return m.end()
    for m in _SENTENCE_CUT.finditer(text, pos, min(len(text), pos + SEGMENT)):
        if _balanced(text, lo, m.end()):
            return m.end()
    return len(text)


def segment_bounds(text: str) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering ``text``: one segment for a text up to ``SEGMENT``
    characters, else cuts as described in the module notes."""
    n = len(text)
    if n <= SEGMENT:
        return [(0, n)]
    bounds = []
    lo = 0
    while lo < n:
        if n - lo <= SEGMENT:
            bounds.append((lo, n))
            break
        cut = _cut_after(text, lo, lo + SEGMENT)
        bounds.append((lo, cut))
        lo = cut
    return bounds


# Positions of the offsets in a row of ``document_rows.document_rows`` (start, end, mention
# start/end, cue start/end, parent start): shifted by the segment's start, -1 kept.
_OFFSETS: Final = (0, 1, 6, 7, 9, 10, 11)


def segmented_rows(text: str, rows_of: Callable[[str], list[tuple]]) -> list[tuple]:
    """``rows_of(text)`` for a short text; for a long one, ``rows_of`` of each segment with its
    offsets shifted into ``text``."""
    bounds = segment_bounds(text)
    if len(bounds) == 1:
        return rows_of(text)
    out: list[tuple] = []
    for lo, hi in bounds:
        for row in rows_of(text[lo:hi]):
            cells = list(row)  # a list of its own name: row is a tuple
            for i in _OFFSETS:
                if cells[i] >= 0:
                    cells[i] += lo
            out.append(tuple(cells))
    return out
