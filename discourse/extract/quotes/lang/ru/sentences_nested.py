"""The speaker of a quoted part inside a report of a report: ``Марк отметил, что рабочие Visteon
рассказали рабочим Vestas, что захват «является тем, что мы должны сделать …»`` (the words are
the Visteon workers', not Марк's).

The quoted part belongs to the nearest clause of saying around it: when the report of the verb
it was attributed to holds another verb of saying with its own subject and its own «что»
before the marks, that inner verb's subject spoke the words («мы» are the workers). The outer
speaker only reports that they said them. :func:`inner_reports` is a revision
(``QuoteLanguage.revisions``): a ``partial`` whose cue stands before it gets the subject of the
last finite verb of saying between that cue's «что» and the marks, when that verb is followed
by its own «что» before the marks and its subject stands after the outer «что».

Before: ``Found`` attributed to the outer verb. After: the same quotation with
``Attr(<inner verb>, …, <inner subject>, "inner_report")``; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.gerunds import is_gerund
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.participles import is_participle_cue
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.tokens import cap

__all__ = ["inner_reports"]

# How far the outer «что» may stand from the outer cue (tokens: «отметил, что»).
_THAT = 3


def _inner(doc: Doc, f: Found):
    """The attribution of ``f`` to the inner verb of saying, or None."""
    a = f.attr
    assert a is not None  # the caller passes attributed quotes only
    toks = doc.toks
    words, lows = toks.words, toks.lows
    c, q = doc.tok_index(a.cue_end), doc.tok_index(f.start) - 1
    outer = next((k for k in range(c, min(q, c + _THAT)) if lows[k] == "что"), -1)
    if outer < 0:
        return None
    hits = [h for h in doc.hits_between(outer + 1, q) if h[2].type == "verb" and h[1] - h[0] == 1
            and not is_participle_cue(h[2]) and not is_gerund(lows[h[0]]) and finite_verb(lows[h[0]])
            and not cap(words[h[0]])]
    if not hits:
        return None
    h = hits[-1]
    if not any(lows[k] == "что" for k in range(h[1], q)):
        return None  # «…, что рабочие рассказали о «…»»: no clause of their own
    span = speaker_of(toks, h, outer + 1, h[0])
    if span is None or span[0] <= outer or span[1] > h[0]:
        return None
    return doc.attr(h, span, "inner_report")


def inner_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a quoted part of an inner report attributed to the inner speaker."""
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind == "partial" and a is not None and 0 <= a.cue_end <= f.start and a.m_start >= 0:
            attr = _inner(doc, f)
            if attr is not None:
                f = Found(f.start, f.end, f.kind, attr, "inner_report", f.parent)
        out.append(f)
    return out
