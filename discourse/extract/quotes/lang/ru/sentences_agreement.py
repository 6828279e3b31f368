"""A singular name before a plural verb is not its subject: ``В Пхеньяне напомнили, что
Вашингтон рассматривают как агрессора, а Токио считают «заклятым врагом корейского народа»``
(Токио is the one so called; «считают» has no subject: they, the speakers of the sentence).

A Russian verb agrees with its subject in number. A plural verb of saying with no subject of its
own (считают, называют, заявили: «people say») after a name that can only be singular has that
name as its object, fronted. :func:`number_agreement` is a revision (``QuoteLanguage.revisions``):
a mention that stands right before its cue, is capitalised words with no plural reading (no
«и» joining two of them) and not after «в/во/на» (the place a statement comes from: «В МИД
заявили»), and whose cue can only be plural, is dropped: the quotation is left without a mention
(a wrong speaker is worse than none).

Before: ``Found`` with such a mention. After: the same attribution with ``m_start = -1``;
others unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["mention_right_before_cue", "number_agreement", "without_mention"]

_PLACE_PREPOSITIONS = frozenset(("в", "во", "на"))


@lru_cache(maxsize=4096)
def _only_plural_verb(low: str) -> bool:
    """Is every reading of ``low`` a plural finite verb (считают, заявили)?"""
    parses = readings(low)
    return bool(parses) and all(p.tag.POS == "VERB" and "plur" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def _only_singular(low: str) -> bool:
    """Has ``low`` no plural reading (Токио, Вашингтон; not Путин, a plural genitive too)?"""
    parses = readings(low)
    return bool(parses) and not any("plur" in p.tag or "Pltm" in p.tag for p in parses)


def mention_right_before_cue(doc: Doc, f: Found) -> tuple[int, int, int] | None:
    """The token indexes ``(i, j, c)`` of ``f``'s mention ``[i, j)`` and its cue ``c`` when the
    mention stands right before the cue (nothing but white space between), else None."""
    a = f.attr
    if a is None or not 0 <= a.m_start < a.m_end <= a.cue_start or doc.text[a.m_end:a.cue_start].strip():
        return None
    return doc.tok_index(a.m_start), doc.tok_index(a.m_end), doc.tok_index(a.cue_start)


def without_mention(f: Found) -> Found:
    """``f`` with no speaker mention (the words read as one were not its subject)."""
    return Found(f.start, f.end, f.kind, f.attr._replace(m_start=-1, m_end=-1), f.rule, f.parent)


def number_agreement(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without a singular name's mention before a plural verb."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    out: list[Found] = []
    for f in found:
        got = mention_right_before_cue(doc, f)
        if got is not None:
            i, j, c = got
            if (all(wordish(w) and cap(w) for w in words[i:j]) and all(map(_only_singular, lows[i:j]))
                    and (i == 0 or lows[i - 1] not in _PLACE_PREPOSITIONS) and c < len(lows)
                    and _only_plural_verb(lows[c])):
                f = without_mention(f)
        out.append(f)
    return out
