"""Speakers the sentence reading leaves out: past a date, an emphatic «сам», or after «из».

Four Russian shapes name who speaks where the reading of :mod:`.reported` finds nobody:

- **a carrier before a participle's phrase**: ``В заявлении МВД, опубликованном в Facebook,
  говорится, что …``. The clause of an impersonal verb (говорится, сообщается, сказано) opens
  after the comma that closes the phrase; the carrier and its source stand before it.

- **a date between the verb and the carrier**: ``Об этом сообщается 18 января на сайте
  Кремля.`` A time phrase («18 января», «в среду», «вчера») may stand between an impersonal verb
  and the carrier that names the source; past it, the carrier speaks as it does right after the
  verb («сообщается на сайте Кремля»).
- **an emphatic «сам» after the subject**: ``Об этом он сам сообщил журналистам.`` «сам»,
  «сама», «сами» stress the subject just before them (he himself); the subject is the speaker.
- **«из» and the institution after a plural verb**: ``Как сообщили из федеральной прокуратуры,
  …``. An indefinite plural has no subject; «из X» names the body the words came from, as «в X»
  does («сообщили в прокуратуре»).

:func:`missing_sources` is a revision (a ``QuoteLanguage.revisions`` entry and, for reports,
called from :mod:`.sentences_reports`). Before: ``Found`` whose attribution has a cue and no
mention. After: the same with the mention these shapes name; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.phrases import np_forward
from discourse.extract.quotes.lang.ru.speakers import carrier_after, carrier_before
from discourse.extract.quotes.lang.ru.words import (
    MONTHS_GENITIVE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["missing_sources", "past_date"]

_IMPERSONAL = frozenset(("сказано", "написано", "указано", "отмечено"))
_EMPHATIC = frozenset(("сам", "сама", "сами", "само"))
_WEEKDAYS = frozenset("понедельник вторник среду четверг пятницу субботу воскресенье".split())
# Plural finite endings: the verbs of an indefinite plural (сообщили, передают, говорят).
_PLURAL = ("ли", "ют", "ят")
# Longest institution after «из» we take («из пресс-службы министерства обороны России»).
_FROM_LIMIT = 8


def past_date(toks: Toks, k: int, hi: int) -> int:
    """The first token at or after ``k`` past a date («18 января», «18 января 2011 года»); ``k``
    itself when none stands there."""
    lows, words = toks.lows, toks.words
    m = k
    if m < hi and words[m].isdigit() and m + 1 < hi and lows[m + 1] in MONTHS_GENITIVE:
        m += 2
        if m < hi and words[m].isdigit():
            m += 1
            if m < hi and lows[m] in ("года", "г"):
                m += 1
    return m


def _past_time(toks: Toks, k: int, hi: int) -> int:
    """The first token at or after ``k`` past one time phrase («18 января», «18 января 2011
    года», «в среду», «вчера»); ``k`` itself when none stands there."""
    lows, words = toks.lows, toks.words
    m = past_date(toks, k, hi)
    if m > k:
        return m
    if m + 1 < hi and lows[m] in ("в", "во") and lows[m + 1] in _WEEKDAYS:
        return m + 2
    if m < hi and lows[m] in TIME_WORDS and not cap(words[m]):
        return m + 1
    return k


def _sentence_end(toks: Toks, k: int) -> int:
    """The token that ends the sentence holding token ``k`` (its full stop, or the last token)."""
    words = toks.words
    m = k
    while m < len(words) and words[m] not in (".", "!", "?", ";"):
        m += 1
    return m


def _sentence_start(toks: Toks, k: int) -> int:
    """The first token of the sentence holding token ``k``."""
    words = toks.words
    m = k
    while m > 0 and words[m - 1] not in (".", "!", "?", ";"):
        m -= 1
    return m


def _impersonal(cue: str) -> bool:
    """Is the cue an impersonal verb that names no subject (говорится, сообщается, сказано)?"""
    first = cue.split()[0] if cue.split() else ""
    return first.endswith(("тся", "лось")) or first in _IMPERSONAL


def _from_institution(toks: Toks, k: int, hi: int) -> tuple[int, int] | None:
    """``из федеральной прокуратуры`` at ``k``: the noun phrase after «из», ending at a comma,
    a colon or the sentence's end; None for another shape."""
    lows, words = toks.lows, toks.words
    if k + 1 >= hi or lows[k] != "из" or not wordish(words[k + 1]) or lows[k + 1] in PREPOSITIONS:
        return None
    e = np_forward(toks, k + 1, hi)
    if e <= k + 1 or e - k - 1 > _FROM_LIMIT or (e < hi and words[e] not in (",", ":", ".")):
        return None
    return k + 1, e


def _source(doc: Doc, f: Found) -> tuple[int, int] | None:
    """The mention these shapes give ``f`` (token span), or None."""
    toks = doc.toks
    lows = toks.lows
    a = f.attr
    assert a is not None  # the caller passes attributed quotes only
    c, ce = doc.tok_index(a.cue_start), doc.tok_index(a.cue_end)
    if c >= len(lows) or ce > len(lows):
        return None
    hi = _sentence_end(toks, ce)
    # «он сам сообщил»: the subject right before the emphatic word
    if c >= 2 and lows[c - 1] in _EMPHATIC and lows[c - 2] in SUBJECT_PRONOUNS:
        return c - 2, c - 1
    if c > 0 and toks.words[c - 1] == "," and _impersonal(a.cue):
        # «В заявлении МВД, опубликованном в Facebook, говорится»: the carrier opens the
        # sentence, a participle's phrase stands between it and the verb
        got = carrier_before(toks, _sentence_start(toks, c), c)
        if got is not None:
            return got
    after = _past_time(toks, ce, hi)
    if after > ce:
        got = carrier_after(toks, after, hi)
        if got is not None:
            return got
    if lows[c].endswith(_PLURAL):
        return _from_institution(toks, ce, hi)
    return None


def missing_sources(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the speakers these shapes name where the attribution has none."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start < 0 and a.cue_end > a.cue_start:
            got = _source(doc, f)
            if got is not None:
                f = Found(f.start, f.end, f.kind, a._replace(
                    m_start=toks.starts[got[0]], m_end=toks.ends[got[1] - 1]), f.rule, f.parent)
        out.append(f)
    return out
