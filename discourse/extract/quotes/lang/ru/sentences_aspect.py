"""A quoted infinitive after «продолжить» is its complement, not speech: ``Собянин пообещал, что
Александров продолжит «трудиться в его команде»`` (Собянин's words, not Александров's).

«продолжить» is a verb of saying when it goes on with words («», — продолжает Тэплин; продолжил:
«…»); followed by a quoted infinitive it is the aspectual verb («will go on working») and its
subject does not speak. The fragment belongs to the report the sentence makes: the verb of
saying before it whose «что» clause holds it, whose subject is the speaker.

:func:`aspectual_complements` is a revision (``QuoteLanguage.revisions``). Before: a
``partial`` quotation attributed to a form of «продолжить» right before it, whose first word is
an infinitive. After: attributed to the earlier finite verb of its sentence followed by «, что»
(пообещал, заявил: cue and subject), or left without a mention when there is none; others
unchanged.

The same holds for a fragment after an indefinite plural inside a report: ``В Пхеньяне
напомнили, что Токио считают «заклятым врагом корейского народа»`` — «считают» has no subject
(its singular «Токио» is the object), and the words are the report's: :func:`indefinite_in_report`
gives a ``partial`` with no mention whose cue is a plural verb (…ют, …ят, …ли) the report's
attribution, when the sentence has one.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.morph import finite_verb, readings
from discourse.extract.quotes.lang.ru.sentences_agreement import without_mention
from discourse.extract.quotes.lang.ru.speakers import speaker_of

__all__ = ["aspectual_complements", "indefinite_in_report"]

_ASPECTUAL = ("продолж",)
_OPEN = "«„“\""
_MAIN_VERB = Cue("(finite verb)", "verb", ("",))


@lru_cache(maxsize=4096)
def _infinitive(low: str) -> bool:
    """Is ``low`` read first as an infinitive (трудиться, работать)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS == "INFN"


def _sentence_start(words: list[str], k: int) -> int:
    """The first token of the sentence holding token ``k``."""
    m = k
    while m > 0 and words[m - 1] not in (".", "!", "?", ";"):
        m -= 1
    return m


def _outer_report(doc: Doc, c: int) -> Attr | None:
    """The attribution of the last finite verb before token ``c`` in its sentence that a «,
    что» follows (a verb of saying, or of promising: «пообещал, что»), with its subject; None
    when none stands there or it has no subject."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    lo = _sentence_start(words, c)
    for v in range(c - 3, lo - 1, -1):
        if words[v + 1] == "," and lows[v + 2] == "что" and finite_verb(lows[v]):
            hit = (v, v + 1, _MAIN_VERB)
            span = speaker_of(toks, hit, lo, v)
            if span is not None and span[1] <= v:
                return doc.attr(hit, span, "cue_before")
            return None
    return None


def aspectual_complements(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a quoted infinitive after «продолжить» given to the sentence's report."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind == "partial" and a is not None and a.cue.startswith(_ASPECTUAL) and (
                a.cue_end <= f.start and not doc.text[a.cue_end:f.start].strip(" \u00a0" + _OPEN)):
            k = doc.tok_index(f.start)
            if k < len(toks.lows) and _infinitive(toks.lows[k]):
                outer = _outer_report(doc, doc.tok_index(a.cue_start))
                f = (Found(f.start, f.end, f.kind, outer, outer.rule, f.parent) if outer is not None
                     else without_mention(f))
        out.append(f)
    return out


_PLURAL = ("ют", "ят", "ли")


def indefinite_in_report(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a fragment of an indefinite plural inside a «что» clause given to the
    report that holds it."""
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind == "partial" and a is not None and a.m_start < 0 and a.cue_end <= f.start and (
                a.cue.split()[0].endswith(_PLURAL) if a.cue.split() else False):
            outer = _outer_report(doc, doc.tok_index(a.cue_start))
            if outer is not None:
                f = Found(f.start, f.end, f.kind, outer, outer.rule, f.parent)
        out.append(f)
    return out
