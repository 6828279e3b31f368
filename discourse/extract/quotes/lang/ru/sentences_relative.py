"""A fragment in marks governed by the verb of a relative clause is the antecedent's wording.

``МИД Китая назвал «абсурдным» замечание Госдепа США, который выразил «озабоченность» визитом
…``: the first fragments are the ministry's, «озабоченность» is the State Department's — the
verb of the relative clause (``, который выразил``) governs it, not the main clause's cue. The
passes give such a fragment the cue before it, and so the main clause's speaker: a wrong speaker
(and camp). :func:`relative_speakers` is a revision (``QuoteLanguage.revisions``): a quotation
whose attribution's cue comes before ``, который <verb> «``, with the relative clause between
cue and quote, takes the relative clause's verb as its cue and the antecedent noun phrase (the
words before the comma, back to the cue or the last quotation mark) as its mention when that
phrase holds a capitalised word; else it keeps the cue with no mention (unknown, not wrong).

Before: ``Found`` with ``attr`` from the main clause. After: the same ``Found`` with an
``Attr(<relative verb>, …, antecedent offsets or -1, "relative")``.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.mainclause import is_speech_act
from discourse.extract.quotes.lang.ru.phrases import np_backward
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["relative_speakers"]

_RELATIVES = ("который", "которая", "которое", "которые")
_MARKS = "«»„“\""
# verbs of expressing the cue lexicon lacks ("выразил «озабоченность»")
_EXPRESSING = ("выраз", "высказ")
# endings of a feminine or neuter noun, which masculine "который" does not refer to
_NOT_MASCULINE = ("а", "я", "е", "о", "у", "ю")


def _relative_verb(doc: Doc, b: int, a: int) -> tuple[int, int] | None:
    """``(comma, verb)`` token indices of ``, который <verb>`` right before the quote's opening
    mark at token ``a`` (one adverb may stand between: ``который также выразил «``; the verb one
    of saying, of a speech act or of expressing), with the comma after the cue's last token
    ``b``; else None."""
    words, lows = doc.toks.words, doc.toks.lows
    cues = {h[0] for h in doc.hits_between(b + 1, a)}
    for v in (a - 1, a - 2):
        if v - 2 <= b or not wordish(words[v]) or cap(words[v]):
            continue
        if not (v in cues or is_speech_act(lows[v]) or lows[v].startswith(_EXPRESSING)):
            continue  # "человеком, который стал «героем»": the main clause's wording
        r = v - 1 if lows[v - 1] in _RELATIVES else v - 2
        if r - 1 > b and lows[r] in _RELATIVES and words[r - 1] == "," and (
                r == v - 1 or wordish(words[r + 1]) and not cap(words[r + 1])):
            return r - 1, v
    return None


def relative_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the fragments a relative clause's verb governs given that clause's
    antecedent as speaker (or none)."""
    toks, text = doc.toks, doc.text
    words, starts, ends = toks.words, toks.starts, toks.ends
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind in ("partial", "direct") and a is not None and 0 <= a.cue_end <= f.start:
            opening = doc.tok_index(f.start) - 1
            b = doc.tok_index(a.cue_end) - 1
            hit = _relative_verb(doc, b, opening) if opening > b + 3 and words[opening] in _MARKS else None
            if hit is not None:
                comma, v = hit
                lo = max([b + 1, *(m + 1 for m in range(b + 1, comma) if words[m] in _MARKS)])
                i = np_backward(toks, comma, lo)
                named = lo <= i < comma and any(cap(w) for w in words[i:comma])
                if named and toks.lows[comma + 1] == "который" and not cap(words[i]) and \
                        toks.lows[i].endswith(_NOT_MASCULINE):
                    # "заявление Госдепа, который": "который" agrees with the noun's genitive
                    # complement ("выступление представителя МИД, который": представителя МИД)
                    i += 1
                m_start, m_end = (starts[i], ends[comma - 1]) if named else (-1, -1)
                attr = Attr(text[starts[v]:ends[v]], starts[v], ends[v], m_start, m_end, "relative")
                f = Found(f.start, f.end, f.kind, attr, "relative", f.parent)
        out.append(f)
    return out
