"""Spans of text: trimming them, and sets of spans queried in logarithmic time.

Language-independent helpers of every pass (a span is a ``(start, end)`` pair of character
offsets, ``end`` exclusive).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

from discourse.extract.quotes.near_bisect import bisect_right_near

__all__ = ["THREE_WORDS", "SpanSet", "content_span", "has_between", "trim_end"]

# Three words (runs of ``\w``): the end of one, a gap, a whole one, a gap, the start of another.
# Searching stops at the third word, where counting all words reads them all.
THREE_WORDS: Final = re.compile(r"\w\W+\w+\W+\w")


def content_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` without the white space at either end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def trim_end(text: str, s: int, e: int) -> int:
    """``e`` moved back over white space and the punctuation ``.;:,`` (not before ``s``)."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".;:,"):
        e -= 1
    return e


class SpanSet:
    """The union of some spans, for logarithmic membership and overlap queries."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]
        self._finger = 0  # the last answer of contains: the next question is mostly near

    def contains(self, pos: int) -> bool:
        # (near_bisect.py: bisect_right, read from the last answer first; speed pass 27)
        k = bisect_right_near(self.starts, pos, self._finger)
        self._finger = k
        return k > 0 and pos < self.ends[k - 1]

    def meets(self, s: int, e: int) -> bool:
        """Does a span of the set hold a position of ``[s, e]`` (``e`` included)? When not,
        :meth:`contains` is False for every position there."""
        # the spans are disjoint and sorted, so their ends increase: from the first one ending
        # after s, those starting at or before e; an empty one holds no position
        starts, ends = self.starts, self.ends
        k = bisect.bisect_right(ends, s)
        while k < len(starts) and starts[k] <= e:
            if ends[k] > starts[k]:
                return True
            k += 1
        return False

    def overlap(self, s: int, e: int) -> int:
        k = max(bisect.bisect_right(self.starts, s) - 1, 0)
        total = 0
        while k < len(self.starts) and self.starts[k] < e:
            total += max(0, min(e, self.ends[k]) - max(s, self.starts[k]))
            k += 1
        return total


def has_between(sorted_pos: list[int], s: int, e: int) -> bool:
    """Does the sorted list hold a position in ``[s, e)``? (Bisection: log time.)"""
    k = bisect.bisect_left(sorted_pos, s)
    return k < len(sorted_pos) and sorted_pos[k] < e
