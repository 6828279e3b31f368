"""A speaker's mention that is the last of a list of names in marks: ``автор «Диких сердцем»,
«Шоссе в никуда» и «Малхолланд Драйва» сказал`` (the author speaks, not the film).

The reading of a subject before its verb stops at the nearest name in quotation marks; when
that name closes a list («A», «B» и «C»), it is one item of a longer phrase: the list is the
complement of a head noun before it (автор, создатель: whose works) or, with nothing before it,
the subject itself («Яблоко» и «Справедливая Россия» заявили: both parties). After a preposition
(«вместе с «A» и «B»») the list is no subject at all.

A list may also follow its head: ``Такие организации, как «Human Rights Watch» и «Комитет по
защите журналистов», выразили протест``: «такие X, как A и B» names its members after «как»;
the reading stops at the comma, and :func:`such_as` takes the list in.

:func:`listed_names` is a revision (a ``QuoteLanguage.revisions`` entry and, for reports,
called from :mod:`.sentences_reports`). Before: ``Found`` whose mention is one name in marks
right after «и» or a comma that follows another name in marks. After: the mention widened to
the list and the lower-case head noun right before it (or the list alone); dropped after a
preposition; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.phrases import is_verb_form
from discourse.extract.quotes.lang.ru.sentences_agreement import without_mention
from discourse.extract.quotes.lang.ru.words import CONJUNCTIONS, PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["listed_names", "such_as"]

_OPEN, _CLOSE = "«„“", "»“”"
# The longest name in marks an item may be (tokens, marks included).
_ITEM = 10


def _item_start(toks: Toks, close: int) -> int:
    """The opening mark of the name in marks closed at token ``close``, or -1."""
    words = toks.words
    for m in range(close - 1, max(-1, close - _ITEM), -1):
        if words[m] in _OPEN:
            return m
        if words[m] in (".", "!", "?", ";", ":"):
            return -1
    return -1


def _one_marked_name(toks: Toks, i: int, j: int) -> bool:
    """Is the mention ``[i, j)`` one name in marks and nothing else?"""
    return j - i >= 3 and toks.words[i] in _OPEN and toks.words[j - 1] in _CLOSE and _item_start(
        toks, j - 1) == i


def _list_start(toks: Toks, i: int) -> int:
    """The opening mark of the first name of a list («A», «B» и «C») whose last name opens at
    ``i``; ``i`` itself when no name in marks comes before it."""
    words, lows = toks.words, toks.lows
    k = i
    while k >= 2 and (lows[k - 1] == "и" or words[k - 1] == ",") and words[k - 2] in _CLOSE:
        o = _item_start(toks, k - 2)
        if o < 0:
            break
        k = o
    return k


def listed_names(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a mention that closes a list of names in marks widened to the list (and its
    head noun), or dropped after a preposition."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start >= 0:
            i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            if j <= len(words) and _one_marked_name(toks, i, j):
                k = _list_start(toks, i)
                if k < i:
                    h = k - 1
                    if h >= 0 and lows[h] in PREPOSITIONS:
                        f = without_mention(f)  # «вместе с «A» и «B»»: an object
                    else:
                        if h >= 0 and wordish(words[h]) and not cap(words[h]) and (
                                lows[h] not in CONJUNCTIONS and not is_verb_form(lows[h])):
                            k = h  # «автор «A», «B» и «C»»: the head noun whose works they are
                        f = Found(f.start, f.end, f.kind, a._replace(m_start=toks.starts[k]),
                                  f.rule, f.parent)
        out.append(f)
    return out


_SUCH = frozenset("такие такая такой такое таких".split())


def _list_end(toks: Toks, k: int) -> int:
    """The token after a list of names (in marks or capitalised) joined by commas and «и» that
    starts at ``k``; ``k`` when none starts there."""
    words, lows = toks.words, toks.lows
    m = k
    while m < len(words):
        if words[m] in _OPEN:
            c = next((n for n in range(m + 1, min(len(words), m + _ITEM)) if words[n] in _CLOSE), -1)
            if c < 0:
                break
            m = c + 1
        elif (cap(words[m]) and wordish(words[m])) or (m > k and (lows[m] == "и" or words[m] == ",")):
            m += 1
        else:
            break
    while m > k and (words[m - 1] == "," or lows[m - 1] == "и"):
        m -= 1
    return m


def such_as(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a mention «Такие X» followed by «, как A и B» widened over the list."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start >= 0:
            i, e = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            if (e + 2 < len(words) and lows[i] in _SUCH and words[e] == "," and lows[e + 1] == "как"
                    and a.cue_start > toks.starts[e]):
                m = _list_end(toks, e + 2)
                if m > e + 2 and toks.ends[m - 1] <= a.cue_start:
                    f = Found(f.start, f.end, f.kind, a._replace(m_end=toks.ends[m - 1]), f.rule,
                              f.parent)
        out.append(f)
    return out
