"""Reports without quotation marks that the sentence reading of :mod:`.reported` leaves out.

Two Russian shapes of reported speech, read on RuSentNE set 5's dev part (sentences with no
quotation mark, docs/validation.md "A fifth RuSentNE sentence set"):

- **a judgement in the instrumental**: ``Катар считает блокаду нарушением международного
  права``, ``Израиль объяснил установку рамок соображениями безопасности``, ``…, объяснив это
  заботой о безопасности``. ``считать`` and ``объяснить`` with a direct object and a noun in the
  instrumental state a proposition (the blockade IS a breach; the frames are FOR security), as
  ``назвал X Y`` does (ANNOTATION.md: ``indirect`` over "X Y"). ``объяснил … тем, что P``
  reports P, the clause after «что».
- **a prepositional time phrase before «, что»**: ``заявил журналистам после вынесения вердикта
  в четверг, что P``. The sentence reading lets only names, dates and listeners stand between a
  verb and its «что»; a phrase opened by «после», «до», «перед» or «во время» whose words have
  no reading as a finite verb says when, not what, and «что» after it is the verb's. (And a
  medium phrase with «свой» or a place noun, ``сообщил в своём твиттере, что P``:
  :mod:`.sentences_medium_between`.)

:func:`unmarked_reports` is called from :mod:`.sentences_reports` with the reports found so
far. Before: the ``Found`` reports of the sentence. After: the same, and a new ``indirect`` for
each cue of these shapes whose clause holds no report yet.
"""

from __future__ import annotations

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Doc, Found, non_overlapping
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.morph import finite_verb, readings
from discourse.extract.quotes.lang.ru.phrases import skip_adverbials
from discourse.extract.quotes.lang.ru.reported import _SHORT_FORMS, _clause_end, _clause_start, _court
from discourse.extract.quotes.lang.ru.sentences_insertions import subject_from
from discourse.extract.quotes.lang.ru.sentences_medium_between import (
    before_coordinated_cue,
    that_after_medium,
)
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import NON_SPEAKERS
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["unmarked_reports"]

# Verbs whose object and an instrumental noun state a judgement (считает X Y, объяснил X Y).
_JUDGING = frozenset(("считать", "объяснить"))
# Prepositions that open a time phrase between a verb and its «что».
_TIME_PREPOSITIONS = frozenset(("после", "до", "перед", "во"))
# Longest time phrase taken between the verb and «, что» (words after the preposition).
_TIME_LIMIT = 8
_MARKS = frozenset("«»„“”\"")


def _case_reading(low: str, case: str) -> bool:
    """Has ``low`` a reading as a noun, a pronoun or an adjective in ``case``?"""
    return any(p.tag.case == case and p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF")
               for p in readings(low))


def _instrumental_at(toks: Toks, k: int, e: int) -> int:
    """The first token in ``(k, min(e, k + 5))`` that opens the instrumental noun of ``считает X
    Y`` («блокаду нарушением»): a lower-case Cyrillic word read only in the instrumental among
    the cases a noun after an object takes; -1 when none stands there."""
    words, lows = toks.words, toks.lows
    for m in range(k + 1, min(e, k + 5)):
        if not wordish(words[m]) or not CYRILLIC.search(lows[m]):
            return -1
        if lows[m] == "тем" and m + 1 == e and words[e] == ",":
            return m  # "объяснил случившееся тем, что": a placeholder for the clause
        if not cap(words[m]) and _case_reading(lows[m], "ablt") and not _case_reading(
                lows[m], "accs") and not _case_reading(lows[m], "gent"):
            return m
    return -1


def _aside(toks: Toks, k: int, hi: int) -> bool:
    """Does the bracket opening at ``k`` close before ``hi`` around a finite verb?"""
    words, lows = toks.words, toks.lows
    close = next((m for m in range(k + 1, hi) if words[m] in "()"), -1)
    return close > k and words[close] == ")" and any(
        finite_verb(lows[m]) and not cap(words[m]) for m in range(k + 1, close))


def _judgement(toks: Toks, k: int, tj: int) -> tuple[int, int] | None:
    """``блокаду нарушением международного права`` at ``k``: the object (a word that can be in
    the accusative) and the instrumental noun after it, to the clause's end (tokens); ``тем, что
    P`` gives P. None for another shape."""
    words, lows = toks.words, toks.lows
    if k + 1 >= tj or not wordish(words[k]) or not _case_reading(lows[k], "accs") or (
            lows[k] == "себя"):
        return None  # (not "считает себя экспертом": the subject's view of itself, no statement)
    e = _clause_end(toks, k, tj)
    m = _instrumental_at(toks, k, e)
    if m < 0:
        return None
    if lows[m] == "тем":
        if m + 2 < tj and words[m + 1] == "," and lows[m + 2] == "что":
            return m + 3, _clause_end(toks, m + 3, tj)  # "объяснил случившееся тем, что P"
        return None
    # "… нарушением международного права и уверен, что Q": the subject's next predicate
    e = next((x for x in range(m + 1, e - 1) if lows[x] == "и" and not cap(words[x + 1]) and (
        lows[x + 1] in _SHORT_FORMS or finite_verb(lows[x + 1])) or words[x] == "(" and _aside(
        toks, x, e)), e)  # "(в мае ему исполнится 71 год)": the author's aside, cut too
    if e < tj and words[e] == ":":
        return None  # "объяснив их сильным опьянением:" and his words: the block is the speech
    return (k, e) if e - m >= 1 else None


def _that_after_time(toks: Toks, b: int, tj: int) -> int:
    """The «что» after ``b`` when only adverbials and a time phrase opened by «после», «до»,
    «перед», «во время» stand between (no word read as a finite verb, no comma but the one
    before «что»); -1 otherwise."""
    words, lows = toks.words, toks.lows
    k = skip_adverbials(toks, b, tj)
    if k >= tj or lows[k] not in _TIME_PREPOSITIONS or (lows[k] == "во" and (
            k + 1 >= tj or lows[k + 1] != "время")):
        return -1
    m = k + 1
    while m < tj and m - k <= _TIME_LIMIT and wordish(words[m]) and not finite_verb(lows[m]):
        m += 1
    m = skip_adverbials(toks, m, tj)  # "после вынесения вердикта в четверг"
    if m + 1 < tj and words[m] == "," and lows[m + 1] == "что" and m - k >= 2:
        return m + 1
    return -1


def unmarked_reports(doc: Doc, found: list[Found], se: int, ti: int, tj: int,
                     inside: SpanSet | None = None) -> list[Found]:
    """``found`` and the reports of the two shapes above in the sentence of tokens ``[ti, tj)``
    ending at ``se`` (text offset), for cues whose clause holds no report yet; ``inside``: the
    quotes found so far (a verb inside one is the quoted person's, and a report holding a
    quotation mark is left to the quotation)."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    hits = doc.hits_between(ti, tj)
    verbs = tuple(h[0] for h in hits)
    added: list[Found] = []
    for h in hits:
        a, b, cue = h
        if cue.type != "verb" or (inside is not None and inside.contains(starts[a])) or any(
                f.start <= starts[a] < f.end or f.attr is not None and f.attr.cue_start == starts[a]
                for f in found):
            continue
        span_of: tuple[int, int] | None = None
        if cue.lemma in _JUDGING:
            span_of = _judgement(toks, skip_adverbials(toks, b, tj), tj)
        elif cue.that_clause:
            t = _that_after_time(toks, b, tj)
            if t > 0 and t + 1 < tj:
                span_of = (t + 1, _clause_end(toks, t + 1, tj))
            else:  # "сообщил в своём твиттере, что P" (sentences_medium_between)
                t = that_after_medium(toks, b, tj)
                if t > 0 and t + 1 < tj:
                    span_of = (t + 1, before_coordinated_cue(toks, frozenset(verbs), t + 1,
                                                             _clause_end(toks, t + 1, tj)))
        if span_of is None or span_of[1] <= span_of[0]:
            continue
        clause_lo = _clause_start(toks, ti, a)
        if is_gerund(lows[a]) and a > ti and words[a - 1] == ",":
            span = gerund_subject(toks, ti, a, verbs)  # "…, объяснив это заботой о …"
        else:
            span = speaker_of(toks, h, subject_from(toks, ti, clause_lo, a), tj)
        if span is None or lows[span[0]] in NON_SPEAKERS or span[0] >= span_of[0]:
            continue
        if cue.lemma in _JUDGING and any(map(_court, lows[span[0]:span[1]])):
            continue  # "суд посчитал доводы недостаточными": a ruling, as «признал» (reported)
        s, e = span_of
        end = ends[e - 1] if e < tj else se
        if any(f.start < end and starts[s] < f.end for f in found) or any(
                c in _MARKS for c in doc.text[starts[s]:end]):
            continue
        added.append(Found(starts[s], end, "indirect", doc.attr(h, span, "cue_before"), "cue_before"))
    if not added:
        return found
    return non_overlapping(sorted(found + added, key=lambda f: (f.start, f.end)))
