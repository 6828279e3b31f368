"""``Doc.tok_index``, ``Doc.hits_between`` (``discourse/extract/quotes/document.py``) and
``SpanSet.contains`` (``spans.py``) at b938b6e (before speed pass twenty-seven): each bisected
its whole column (``tok_index`` was the attribute ``partial(bisect.bisect_left, tok_starts)``).
Only the names changed: the document's and the set's columns are read as they are."""

from __future__ import annotations

import bisect

from discourse.extract.quotes.document import Doc, Hit
from discourse.extract.quotes.spans import SpanSet


def reference_tok_index(doc: Doc, pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(doc.tok_starts, pos)


def reference_hits_between(doc: Doc, ti: int, tj: int) -> list[Hit]:
    """The cue occurrences whose first token lies in ``[ti, tj)``."""
    return doc.hits[bisect.bisect_left(doc._hit_firsts, ti):
                    bisect.bisect_left(doc._hit_firsts, tj)]


def reference_contains(spans: SpanSet, pos: int) -> bool:
    """Does a span of the set hold ``pos``?"""
    k = bisect.bisect_right(spans.starts, pos) - 1
    return k >= 0 and pos < spans.ends[k]
