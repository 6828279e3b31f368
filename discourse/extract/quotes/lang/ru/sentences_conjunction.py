"""A speaker's mention that opens with «и» is the tail of another phrase: ``Эво Моралес, вслед за
коллегами из Венесуэлы и Никарагуа сообщил`` (Моралес speaks, not Nicaragua).

Read back from its verb, a subject may run into the phrase before it: «и» then joins two nouns of
an insertion («из Венесуэлы и Никарагуа») or of an object («о рокировке Пейджа и Шмидта Google
сообщил»: Google speaks). A subject never opens with the conjunction. :func:`conjunction_heads`
is a revision (a ``QuoteLanguage.revisions`` entry and, for reports, called from
:mod:`.sentences_reports`); for a mention that opens with «и»:

- the noun phrase that opens the sentence and ends at a comma before the mention (a subject,
  the insertion after it: «президент Боливии Эво Моралес, вслед за …»), when there is one;
- else the words after the last word of the mention that cannot be a nominative («Шмидта
  Google» → «Google»; a word in Latin letters may be one);
- else no mention (a lone «и», «— и добавил»: nobody is named).

Before: ``Found`` whose mention opens with «и». After: the same with the mention above; others
unchanged.
"""

from __future__ import annotations

import bisect

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import maybe_nominative
from discourse.extract.quotes.lang.ru.phrases import np_forward, skip_adverbials
from discourse.extract.quotes.lang.ru.sentences_agreement import without_mention
from discourse.extract.quotes.lang.ru.sentences_sources import past_date
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["conjunction_heads"]

_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def _opening_subject(doc: Doc, i: int) -> tuple[int, int] | None:
    """The noun phrase with a name that opens the sentence holding token ``i`` (within its
    paragraph: a heading or caption above has no full stop) and ends at the first comma before
    ``i``; None for another shape."""
    toks = doc.toks
    words = toks.words
    para = doc.para_starts[bisect.bisect_right(doc.para_starts, toks.starts[i]) - 1]
    lo = doc.tok_index(para)
    s = i
    while s > lo and words[s - 1] not in (".", "!", "?", ";", ":"):
        s -= 1
    comma = next((m for m in range(s, i) if words[m] == ","), -1)
    if comma < 0:
        return None
    k = skip_adverbials(toks, past_date(toks, s, comma), comma)
    if k >= comma or not wordish(words[k]):
        return None
    e = np_forward(toks, k, comma)
    if e != comma or not any(cap(w) for w in words[k:e]) or not maybe_nominative(toks.lows[e - 1]):
        return None
    return k, e


def _nominative_tail(toks: Toks, i: int, j: int) -> tuple[int, int] | None:
    """The words of the mention ``[i, j)`` after its last word that cannot be a nominative, when
    they hold a capitalised word; None otherwise."""
    lows, words = toks.lows, toks.words
    last = -1
    for m in range(i + 1, j):
        if wordish(words[m]) and set(lows[m]) & _CYRILLIC and not maybe_nominative(lows[m]):
            last = m
    if last < 0 or last + 1 >= j or not any(cap(w) for w in words[last + 1:j]):
        return None
    return last + 1, j


def conjunction_heads(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a mention that opens with «и» replaced by the subject it cut off, or
    dropped."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start >= 0:
            i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            if i < len(toks.lows) and toks.lows[i] == "и":
                got = _opening_subject(doc, i) or _nominative_tail(toks, i, j)
                f = (Found(f.start, f.end, f.kind, a._replace(
                    m_start=toks.starts[got[0]], m_end=toks.ends[got[1] - 1]), f.rule, f.parent)
                     if got is not None else without_mention(f))
        out.append(f)
    return out
