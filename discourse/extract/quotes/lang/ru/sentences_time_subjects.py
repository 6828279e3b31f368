"""A time phrase that opens a sentence is no speaker: ``Четыре года спустя ЕС подтвердил``.

A Russian sentence often opens with how long after something it happened: ``Четыре года спустя
(после аннексии …) ЕС подтвердил, что …``, ``Спустя день Министерство …``, ``Через неделю
Министерство обороны США заявило, что …``, ``Год назад …``. The phrase is a count and a noun of
time (``четыре года``, ``неделю``) with «спустя», «через», «назад» or «позже» before or after
it; it says when, and its noun in the nominative or accusative (``года``, ``неделю``) is no
subject. The sentence reading (:func:`.speakers.speaker_of` from the clause's start) takes the
phrase for the subject («Четыре года») or cuts the real one («обороны США»).

:func:`time_subjects` revises the reports of a sentence (called from :mod:`.sentences_reports`).
Before: ``Found`` reports whose mention starts inside or right after such a phrase at the
sentence's start. After: the mention :func:`.speakers.speaker_of` finds when the clause is read
from past the phrase (and a date in commas after it); others unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["time_subjects", "past_time_phrase"]

_TIME_NOUNS = frozenset("""год года лет день дня дней неделю недели недель месяц месяца месяцев
    час часа часов сутки суток минуту минуты минут""".split())
_BEFORE = frozenset(("спустя", "через"))
_AFTER = frozenset(("спустя", "назад", "позже", "позднее"))


def _count(toks: Toks, k: int) -> bool:
    """Is token ``k`` a count: digits or a numeral (четыре, несколько, два)?"""
    low = toks.lows[k]
    return toks.words[k].isdigit() or any(p.tag.POS == "NUMR" or "Anum" in p.tag
                                          for p in readings(low)) or low in ("несколько", "пару")


def past_time_phrase(toks: Toks, ti: int, tj: int) -> int:
    """The first token past a time phrase at ``ti`` («Четыре года спустя», «Спустя день, 13
    июля,», «Через неделю», «Год назад»); ``ti`` when none opens the sentence."""
    lows, words = toks.lows, toks.words
    k = ti
    lead = k < tj and lows[k] in _BEFORE
    if lead:
        k += 1
    if k < tj and _count(toks, k):
        k += 1
    if k >= tj or lows[k] not in _TIME_NOUNS:
        return ti
    k += 1
    if not lead:
        if k >= tj or lows[k] not in _AFTER:
            return ti
        k += 1
    if k < tj and words[k] == ",":
        # "Спустя день, 13 июля, Министерство": a date in commas after the phrase
        c = next((m for m in range(k + 1, min(tj, k + 6)) if words[m] == ","), -1)
        if c > k + 1 and all(wordish(w) for w in words[k + 1:c]) and words[k + 1][:1].isdigit():
            return c + 1
        return k + 1
    return k


def time_subjects(doc: Doc, found: list[Found], ti: int, tj: int,
                  read: Callable[[int, int], list[Found]]) -> list[Found]:
    """``found`` with the mention read past a time phrase that opens the sentence ``[ti, tj)``
    where the mention starts inside the phrase or is a part of the noun phrase right after it;
    when the sentence gave no report, what ``read(start, first_token)`` (the sentence reading
    from a text offset and a token) finds past the phrase."""
    toks = doc.toks
    past = past_time_phrase(toks, ti, tj)
    if past == ti:
        return found
    starts, ends = toks.starts, toks.ends
    # "Спустя день, 13 июля, X назвало …": the phrase alone is no proposition
    found = [f for f in found if not (starts[ti] <= f.start and f.end <= ends[past - 1])]
    if not found:
        # "Четыре года спустя после аннексии … ЕС подтвердил, что": the reading found no
        # subject before the verb; read past the phrase
        return read(starts[past], past)
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start >= 0 and starts[ti] <= a.m_start < a.cue_start and (
                a.cue_start > starts[past]):
            hit = next((h for h in doc.hits_between(past, tj) if starts[h[0]] == a.cue_start), None)
            span = speaker_of(toks, hit, past, tj) if hit is not None else None
            # the old mention inside the phrase («Четыре года»), or a part of the new one
            # («обороны США» of «Министерство обороны США»)
            if span is not None and span[0] >= past and (a.m_start < starts[past] or (
                    starts[span[0]] <= a.m_start and a.m_end <= ends[span[1] - 1])):
                f = Found(f.start, f.end, f.kind, a._replace(
                    m_start=starts[span[0]], m_end=ends[span[1] - 1]), f.rule, f.parent)
        out.append(f)
    return out
