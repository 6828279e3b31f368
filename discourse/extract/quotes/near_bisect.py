"""Bisection that reads near a former answer first (speed pass twenty-seven).

The passes ask the same sorted columns of a document, over and over, for positions close to
each other: the token that starts at or after an offset (``Doc.tok_index``, some 28 times a
sentence of the 17 MB line), the cue hits of a sentence (``Doc.hits_between``), whether an
offset lies in a quote (``SpanSet.contains``). ``bisect`` halves the whole column each time:
about 22 comparisons of Python integers in the 4.8 million token starts of that line, through
``PyObject_RichCompare``. Most answers lie within a few places of the one before (the same
sentence is read), so these functions step from a former answer ``k`` over at most
:data:`STEPS` places, each a compiled comparison, and bisect only the part left beyond them.

The answer is always exactly ``bisect.bisect_left(a, x)`` (``bisect_right``): ``k`` only
decides where reading starts. With ``a`` sorted (ties allowed), when ``a[k - 1] >= x`` the
answer is before ``k`` and every place stepped over keeps ``a[j] >= x``; else everything before
``k`` is below ``x`` and every place stepped over keeps that. ``k`` outside ``[0, len(a)]`` is
read as the nearest end. ``tests/extract/test_quotes_near_bisect.py`` holds them to ``bisect``
and the document's columns to ``tests/reference/quotes_document_bisect.py``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

__all__ = ["STEPS", "bisect_left_near", "bisect_right_near"]

# Places read one by one from ``k`` before bisecting the rest: a sentence's tokens and hits
# lie within them of each other; beyond them a bisection costs less than stepping.
STEPS: Final = 8


def bisect_left_near(a: list[int], x: int, k: int) -> int:
    """``bisect.bisect_left(a, x)`` for the sorted ``a``: the first index whose item is at least
    ``x`` (``len(a)`` if none), read from the former answer ``k`` first."""
    n = len(a)
    if k > n:
        k = n
    elif k < 0:
        k = 0
    if k > 0 and a[k - 1] >= x:
        j = k - 1  # the answer is at most j: a[j] >= x
        stop = k - 1 - STEPS if k - 1 > STEPS else 0
        while j > stop and a[j - 1] >= x:
            j -= 1
        if j > 0 and a[j - 1] >= x:
            return bisect_left(a, x, 0, j)
        return j
    j = k  # everything before j is below x
    stop = k + STEPS if k + STEPS < n else n
    while j < stop and a[j] < x:
        j += 1
    if j < n and a[j] < x:
        return bisect_left(a, x, j, n)
    return j


def bisect_right_near(a: list[int], x: int, k: int) -> int:
    """``bisect.bisect_right(a, x)`` for the sorted ``a``: the first index whose item is above
    ``x`` (``len(a)`` if none), read from the former answer ``k`` first."""
    n = len(a)
    if k > n:
        k = n
    elif k < 0:
        k = 0
    if k > 0 and a[k - 1] > x:
        j = k - 1  # the answer is at most j: a[j] > x
        stop = k - 1 - STEPS if k - 1 > STEPS else 0
        while j > stop and a[j - 1] > x:
            j -= 1
        if j > 0 and a[j - 1] > x:
            return bisect_right(a, x, 0, j)
        return j
    j = k  # everything before j is at most x
    stop = k + STEPS if k + STEPS < n else n
    while j < stop and a[j] <= x:
        j += 1
    if j < n and a[j] <= x:
        return bisect_right(a, x, j, n)
    return j
