"""The speaker's noun phrase after the verb: an addressee that closes it, an institution after «в».

Two readings of the words after a verb of saying (round twenty, RuSentNE set 3):

- **an addressee after the name**: ``— сказал Паркер Ривлину`` (the mention was «Паркер
  Ривлину»): a capitalised word after a name that cannot be in the nominative nor the genitive
  (not «глава МИД России», «пресс-секретарь Кремля», where the genitive belongs to the title) is
  whom the words were said to, no part of the speaker;
- **the institution after «в» with a plural verb and no subject**: ``— сообщили в пресс-службе
  главного управления МВД по Москве корреспонденту РИА «Новости»`` (the mention was «Москве»):
  the speaker is the noun phrase after «в»/«во», up to a punctuation mark, a dative listener
  («корреспонденту») or the sentence's end; not a medium or a time («сообщили в интервью», «в
  понедельник»).

:func:`mentions_after_verb` is a revision (``QuoteLanguage.revisions``). Before: ``Found`` whose
attribution's mention follows its cue. After: the mention narrowed to the name (rule unchanged)
or set to the institution (rule ``institution_after``); others unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.mention import MEDIUM_HEADS
from discourse.extract.quotes.lang.ru.morph import dative_listener, maybe_nominative, readings
from discourse.extract.quotes.lang.ru.words import TIME_WORDS
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["mentions_after_verb"]

# How many words the institution after «в» may run.
_INSTITUTION = 8
# Words that end the institution's phrase: a conjunction or a relative opens another clause.
_STOP = frozenset("и а но что который которая которые которого где когда чтобы".split())
# Heads after «в» that say when or in what way, not who: «заявили в ходе встречи», «в ответ».
_NOT_PLACES = frozenset("ходе связи ответ рамках частности результате итоге конце начале том".split())


@lru_cache(maxsize=4096)
def _addressee_case(low: str) -> bool:
    """Can ``low`` be neither a nominative nor a genitive, only another case (Ривлину, Трампу)?"""
    parses = readings(low)
    return bool(parses) and not any(p.tag.case in ("nomn", "gent", "gen2") for p in parses)


def _plural_past(low: str) -> bool:
    """A plural verb in the past (сообщили, заявили, рассказали): a clause that may have no
    subject («в МИД заявили»)."""
    return low.endswith("ли") and any(
        p.tag.POS == "VERB" and "plur" in p.tag and "past" in p.tag for p in readings(low))


def _addressee(doc: Doc, a) -> tuple[int, int] | None:
    """The mention's offsets without a closing addressee, or None."""
    toks = doc.toks
    i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
    if j - i < 2 or not all(wordish(w) and cap(w) for w in toks.words[i:j]):
        return None
    if _addressee_case(toks.lows[j - 1]) and maybe_nominative(toks.lows[j - 2]):
        return toks.starts[i], toks.ends[j - 2]
    return None


def _place_head(low: str) -> bool:
    """Can ``low`` open a noun phrase in the locative (пресс-службе, Кремле, российском)?"""
    return bool(CYRILLIC.match(low)) and low not in _NOT_PLACES and any(
        p.tag.case in ("loct", "loc2") and p.tag.POS in ("NOUN", "ADJF") for p in readings(low))


def _institution(doc: Doc, a) -> tuple[int, int] | None:
    """The offsets of the noun phrase after «в» right after a plural verb of saying, or None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    v = doc.tok_index(a.cue_end) - 1
    if v < 0 or v + 2 >= len(words) or not _plural_past(lows[v]) or lows[v + 1] not in ("в", "во"):
        return None
    k = v + 2
    if lows[k] in MEDIUM_HEADS or lows[k] in TIME_WORDS or not _place_head(lows[k]):
        return None
    e = k
    while e < len(words) and e - k < _INSTITUTION and (wordish(words[e]) or words[e] in "«»") and (
            lows[e] not in _STOP) and not (e > k and not cap(words[e]) and dative_listener(lows[e])):
        e += 1
    if e < len(words) and e - k >= _INSTITUTION:
        return None  # a phrase this long is a clause, not a name
    if e < len(words) and wordish(words[e]) and lows[e] not in _STOP and not dative_listener(lows[e]):
        return None
    while e > k and words[e - 1] == "«":
        e -= 1
    return (toks.starts[k], toks.ends[e - 1]) if e > k else None


def mentions_after_verb(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the mentions after a verb read as the module says."""
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.cue_start >= 0 and (a.m_start < 0 or a.m_start >= a.cue_end):
            span = _addressee(doc, a) if a.m_start >= 0 else None
            if span is not None:
                attr = a._replace(m_start=span[0], m_end=span[1])
                f = Found(f.start, f.end, f.kind, attr, f.rule, f.parent)
            else:
                span = _institution(doc, a)
                if span is not None and (span[0], span[1]) != (a.m_start, a.m_end):
                    attr = a._replace(m_start=span[0], m_end=span[1], rule="institution_after")
                    f = Found(f.start, f.end, f.kind, attr, "institution_after", f.parent)
        out.append(f)
    return out
