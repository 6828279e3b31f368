"""The source after «по словам» / «по мнению» with no comma after it: where the report begins
(round twenty-eight).

``По словам врачей Ричард Бах в момент поступления в больницу находился в тяжёлом состоянии,
которое постепенно улучшается.`` The comma that should close the source is left out (often, in
Wikinews: «По мнению прокуратуры конечная цена была завышена …», «По словам очевидцев пешеходы
стояли …»). The reading of ``по словам X, P`` (:mod:`.reported`) ran the source to the first
comma, so the mention was «врачей Ричард Бах в момент … состоянии» (no speaker) and the report
only the clause after it.

The source of «по словам» is in the genitive, and so is every word of its phrase. The first word
after it that can be a nominative and never a genitive (Ричард, конечная, пешеходы) opens the
reported clause as its subject, when every word before it can be a genitive (the source's phrase:
a word that cannot, such as a particle, leaves the reading as it was) and a finite verb follows it
before the comma (a clause, not a name such as «округа Харрис Эда Гонзалеса»).
:func:`source_without_comma` is called from :mod:`.sentences_reports` on the ``according_to``
reports; the mention ends before that word and the report starts at it (its end unchanged). A
mention holding a comma is left to :mod:`.sentences_source_apposition`.

Before: ``Found(ends[comma], end, "indirect", attr)`` with the mention up to the comma. After:
``Found(start of the subject, end, …)`` with the mention the source alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import finite_verb, readings
from discourse.extract.quotes.tokens import wordish

__all__ = ["nominative_only", "source_without_comma"]

# The phrases whose source stands in the genitive right after them (as sentences_source_apposition).
_SOURCE_CUE = re.compile(r"(?i)по[ \u00a0]+(?:словам|мнению|оценке|утверждению|версии|информации|сведениям)$")


@lru_cache(maxsize=4096)
def nominative_only(low: str) -> bool:
    """Can ``low`` be a nominative and never a genitive (ричард, конечная, пешеходы; not
    иванов, a genitive plural too, nor врачей)?"""
    tags = [parse.tag for parse in readings(low)]
    return any("nomn" in tag for tag in tags) and not any("gent" in tag for tag in tags)


@lru_cache(maxsize=4096)
def _genitive(low: str) -> bool:
    """Can ``low`` be in the genitive, or has it no Cyrillic reading (a name in Latin letters)?"""
    parses = readings(low)
    return not parses or any("gent" in parse.tag for parse in parses)


def _subject_start(doc: Doc, i: int, j: int) -> int:
    """The token in the mention ``[i, j)`` that opens the reported clause, or -1: the first
    nominative-only word after the source's first word, when every word before it can be in the
    genitive (the source's phrase) and a finite verb follows it in the mention."""
    words, lows = doc.toks.words, doc.toks.lows
    if any(not wordish(words[m]) for m in range(i, j)):
        return -1  # a comma, a bracket or a mark: another shape
    for k in range(i + 1, j - 1):
        if nominative_only(lows[k]):
            if not all(_genitive(lows[m]) for m in range(i, k)):
                return -1
            return k if any(finite_verb(lows[m]) for m in range(k + 1, j)) else -1
    return -1


def source_without_comma(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each «по словам X P» source and report split where the clause begins."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind == "indirect" and a is not None and a.rule == "according_to" and (
                0 <= a.m_start < a.m_end <= f.start
                and _SOURCE_CUE.search(doc.text[max(0, a.m_start - 20):a.m_start].rstrip())):
            i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            k = _subject_start(doc, i, j) if j - i >= 3 else -1
            if k > i:
                f = Found(toks.starts[k], f.end, f.kind, a._replace(m_end=toks.ends[k - 1]), f.rule,
                          f.parent)
        out.append(f)
    return out
