"""Where a report that is a noun object ends: ``заявил о своём уходе из политики (…) и …``.

``X заявил/объявил/сообщил о Y`` reports Y (ANNOTATION.md: a noun object that carries content).
The sentence reading (:func:`.reported._clause_end`) ends Y at a comma before a new clause or at
«и» right before the subject's next verb; three Russian shapes end it earlier:

- **a remark in brackets with a verb of its own**: ``о своём уходе из политики (в этом он
  оказался солидарен с Земаном)``: the author's aside, not the speaker's words;
- **«и» and a few words before the subject's next verb**: ``… и до последнего времени работал
  в частном секторе``: the verb (past, one subject: «работал») is the subject's, as in «и взял
  на себя ответственность», with an adverbial between;
- **a comma and a second speaker's own report**: ``объявили о его победе на выборах,
  противники и правозащитники заявляют о массовых нарушениях``: a clause with its own subject
  and verb of saying after the comma (asyndeton) is a second report. When it too reports a noun
  object (``заявляют о массовых нарушениях``), that report is added, its subject the words
  after the comma.

:func:`object_ends` revises the reports of a sentence (called from :mod:`.sentences_reports`).
Before: the sentence's ``Found`` reports. After: each ``indirect`` report that opens right after
«о», «об» or «обо» cut at the first of these bounds inside it, and the second reports of the third
shape added; others unchanged.

A closing attribution names its speaker after the verb or nothing at all after it («P, —
сообщил X», «P, — заявил он»). A verb after a comma with no speaker and a noun object with «о»
after it (``Торнаторе позвонил, рассказал обо всём и …``) is the first clause's subject's next
predicate, not an attribution of that clause: such a report (before its cue, no mention) is
dropped.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found, Hit
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.phrases import skip_adverbials
from discourse.extract.quotes.lang.ru.reported import _clause_end
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["object_ends"]

_ABOUT = frozenset(("о", "об", "обо"))
# Past-tense endings of one subject (the subject's next verb after «и»).
_PAST_ONE = ("л", "ла", "лся", "лась")
_PAST_MANY = ("ли", "лись")
# Most words between «и» and the subject's next verb («и до последнего времени работал»).
_GAP = 4


def _remark(toks: Toks, k: int, hi: int) -> bool:
    """Does the bracket opening at ``k`` close before ``hi`` around a finite verb (an aside)?"""
    words, lows = toks.words, toks.lows
    close = next((m for m in range(k + 1, hi) if words[m] in "()"), -1)
    return close > k and words[close] == ")" and any(
        finite_verb(lows[m]) and not cap(words[m]) for m in range(k + 1, close))


def _next_verb(toks: Toks, k: int, hi: int, plural: bool) -> bool:
    """Is «и» at ``k`` followed, within a few words and no comma, by a past verb of the cue's
    subject (one subject; ``plural``: a plural one, «заявили о … и выразили»)?"""
    words, lows = toks.words, toks.lows
    ends = _PAST_MANY if plural else _PAST_ONE
    for m in range(k + 1, min(hi, k + 2 + _GAP)):
        if not wordish(words[m]):
            return False
        if not cap(words[m]) and lows[m].endswith(ends) and finite_verb(lows[m]):
            return m > k + 1 or plural  # (one subject right after «и»: the reading's own bound)
    return False


def _second_report(toks: Toks, c: int, hi: int, hits: list[Hit]) -> Hit | None:
    """The cue of a clause after the comma at ``c``: a verb of saying right after it (a closing
    attribution, «…, сообщает агентство Рейтер») or after a subject of words with no verb
    reading, within six words; None when none follows."""
    words, lows = toks.words, toks.lows
    for h in hits:
        a = h[0]
        if c < a <= c + 7 and h[2].type == "verb" and all(
                wordish(words[m]) and not finite_verb(lows[m]) for m in range(c + 1, a)):
            return h
    return None


def object_ends(doc: Doc, found: list[Found], tj: int) -> list[Found]:
    """``found`` with noun-object reports cut at the bounds above (sentence tokens up to
    ``tj``), and the second speakers' noun-object reports added."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    hits = doc.hits
    out: list[Found] = []
    for f in found:
        a0 = f.attr
        if a0 is not None and a0.m_start < 0 and f.end <= a0.cue_start:
            c = doc.tok_index(a0.cue_end)
            o = skip_adverbials(toks, c, tj)
            if c < tj and o < tj and lows[o] in _ABOUT:
                continue  # "Торнаторе позвонил, рассказал обо всём": no attribution
        s = doc.tok_index(f.start)
        if f.kind != "indirect" or s < 1 or lows[s - 1] not in _ABOUT or s >= tj:
            out.append(f)
            continue
        e = doc.tok_index(f.end)
        plural = bool(a0 is not None and a0.cue and a0.cue.split()[0].endswith(("ли", "ют", "ят")))
        second: Hit | None = None
        cut = -1
        for k in range(s + 1, min(e, tj)):
            if words[k] == "(" and _remark(toks, k, tj) or lows[k] == "и" and "," not in words[s:k] and (
                    _next_verb(toks, k, tj, plural)):
                # (not after a comma: "о задержании …, в результате которой шесть человек
                # погибли и двое получили ранения" — «и» joins the relative clause's verbs)
                cut = k
                break
            if words[k] == ",":
                second = _second_report(toks, k, tj, list(doc.hits_between(k + 1, tj)))
                if second is not None:
                    cut = k
                    break
        if cut < 0:
            out.append(f)
            continue
        out.append(Found(f.start, ends[cut - 1], f.kind, f.attr, f.rule, f.parent))
        if second is None:
            continue
        a, b, cue = second
        o = skip_adverbials(toks, b, tj)
        span = speaker_of(toks, second, cut + 1, tj)
        if not cue.np_object or o + 1 >= tj or lows[o] not in _ABOUT or span is None or (
                span[0] <= cut or span[1] > a):
            continue
        oe = _clause_end(toks, o + 1, tj)
        # "…, сообщает агентство Рейтер": a closing attribution ends the second object too
        oe = next((k for k in range(o + 1, oe) if words[k] == "," and _second_report(
            toks, k, tj, [h for h in hits if h[0] > k]) is not None), oe)
        if oe - o >= 3:
            out.append(Found(starts[o + 1], ends[oe - 1], "indirect",
                             doc.attr(second, span, "cue_before"), "cue_before"))
    return out
