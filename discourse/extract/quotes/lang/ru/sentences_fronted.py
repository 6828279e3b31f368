"""A predicate in the instrumental fronted before the speaker: ``Виновником происходящего певец
считает «тех, кто …»`` (the speaker is «певец», not «Виновником происходящего певец»).

With считать, называть, видеть the second object stands in the instrumental and may open the
sentence, before the subject; the noun phrase read back from the verb then takes it in. A word
in the instrumental with no reading in the nominative, and the words after it that have none
either (its complement: «происходящего»), are no part of a subject: the mention starts at the
first word that may be a nominative. :func:`fronted_predicates` is a revision
(``QuoteLanguage.revisions``).

Before: ``Found`` whose mention stands before its cue and opens with such a word. After: the
same attribution with the mention narrowed (rule ``fronted_predicate``); others unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import maybe_nominative, readings
from discourse.extract.quotes.tokens import wordish

__all__ = ["fronted_predicates"]


@lru_cache(maxsize=4096)
def _instrumental_noun(low: str) -> bool:
    """Is ``low`` a common noun (or adjective) in the instrumental with no nominative reading
    (виновником, причиной, главной; not слово, министр, nor a name: «Тимом Бернерсом-Ли»)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.case == "ablt" and parses[0].tag.POS in ("NOUN", "ADJF") and (
        not maybe_nominative(low)) and not {"Name", "Surn", "Patr"} & parses[0].tag.grammemes


def fronted_predicates(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a fronted instrumental predicate cut from the head of a mention."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and 0 <= a.m_start < a.m_end <= a.cue_start:
            i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            if j - i >= 2 and all(wordish(w) for w in toks.words[i:j]) and _instrumental_noun(toks.lows[i]):
                k = next((m for m in range(i + 1, j) if maybe_nominative(toks.lows[m])), -1)
                if k > i:
                    attr = a._replace(m_start=toks.starts[k], m_end=toks.ends[j - 1],
                                      rule="fronted_predicate")
                    f = Found(f.start, f.end, f.kind, attr, "fronted_predicate", f.parent)
        out.append(f)
    return out
