"""A singular name before a plural verb is not its subject: ``В Пхеньяне напомнили, что
Вашингтон рассматривают как агрессора, а Токио считают «заклятым врагом корейского народа»``
(Токио is the one so called; «считают» has no subject: they, the speakers of the sentence).

A Russian verb agrees with its subject in number. A plural verb of saying with no subject of its
own (считают, называют, заявили: «people say») after a name that can only be singular has that
name as its object, fronted. :func:`number_agreement` is a revision (``QuoteLanguage.revisions``):
a mention that stands right before its cue, is capitalised words with no plural reading (no
«и» joining two of them; initials, «Е.», are passed over) and not after «в/во/на» (the place a
statement comes from: «В МИД заявили»), and whose cue can only be plural, is dropped: the
quotation is left without a mention (a wrong speaker is worse than none).

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
# What may stand before a clause's first word (and the sentence's start, tested apart).
_CLAUSE_OPENERS = frozenset((".", "!", "?", ",", ":", ";", "\n"))


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


def _initial(words: list[str], k: int) -> bool:
    """Is token ``k`` an initial of a name or its dot (the «Е» and «.» of «Е. Душко»)?"""
    w = words[k]
    if w == ".":
        return k > 0 and len(words[k - 1]) == 1 and words[k - 1].isupper()
    return len(w) == 1 and w.isupper() and k + 1 < len(words) and words[k + 1] == "."


def mention_right_before_cue(doc: Doc, f: Found) -> tuple[int, int, int] | None:
    """The token indexes ``(i, j, c)`` of ``f``'s mention ``[i, j)`` and its cue ``c`` when the
    mention stands right before the cue (nothing but white space between), else None."""
    a = f.attr
    if a is None or not 0 <= a.m_start < a.m_end <= a.cue_start or doc.text[a.m_end:a.cue_start].strip():
        return None
    return doc.tok_index(a.m_start), doc.tok_index(a.m_end), doc.tok_index(a.cue_start)


def without_mention(f: Found) -> Found:
    """``f`` with no speaker mention (the words read as one were not its subject)."""
    assert f.attr is not None  # only an attributed quote has a mention to drop
    return Found(f.start, f.end, f.kind, f.attr._replace(m_start=-1, m_end=-1), f.rule, f.parent)


def number_agreement(doc: Doc, found: list[Found], *, clause_initial: bool = False) -> list[Found]:
    """``found`` without a singular name's mention before a plural verb; ``clause_initial``:
    only a mention that opens its clause (a fronted object does; «один из адвокатов — Оксана
    Михалкина заявили» is an apposition to a subject whose verb the text mis-agrees)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    out: list[Found] = []
    for f in found:
        got = mention_right_before_cue(doc, f)
        if got is not None:
            i, j, c = got
            # an initial ("Е. Душко") has no number of its own: only the surname is read
            names = [k for k in range(i, j) if not _initial(words, k)]
            if (names and all(wordish(words[k]) and cap(words[k]) for k in names)
                    and all(_only_singular(lows[k]) for k in names)
                    and (i == 0 or lows[i - 1] not in _PLACE_PREPOSITIONS) and c < len(lows)
                    and (not clause_initial or i == 0 or words[i - 1] in _CLAUSE_OPENERS)
                    and _only_plural_verb(lows[c])):
                f = without_mention(f)
        out.append(f)
    return out
