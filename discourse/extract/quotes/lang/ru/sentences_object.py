"""A noun that cannot be nominative before the verb is its object, not its subject:
``Насира обвинили в том, что …``, ``Мурси и его сторонников обвиняют также в …``, ``а Ксению
Собчак назвала достойным человеком`` (the one accused or named, fronted; the speaker is nobody
or somebody else).

Russian marks the subject by the nominative case; word order is free, so an object may open the
clause. The shared reading takes the words right before the verb for its subject.
:func:`fronted_objects` is a revision (``QuoteLanguage.revisions``): a mention that stands right
before its cue (nothing but spaces between) and opens its clause (after a sentence's start, a
comma, a dash, «а», «как»: not after a noun whose complement it is, «в заявлении Госдепартамента
США отмечается», a number, «57% респондентов полагают», or a preposition, «в пресс-службе
заявили»), whose cue can be a finite verb, and one of whose
first noun is a dictionary word with no nominative reading (артиста, Ксению, Насира; not
Путина, Иванова, Мурси, which may be nominative, nor a name the dictionary does not know, nor an
abbreviation in capitals: ВАДА, ИГ, nor a place or an organisation, which in the genitive is
the complement of a head the mention lost: «Представители США, Канады и Великобритании
объявили» read as «Канады и Великобритании»), and
none of whose other words may be a nominative that cannot agree with that noun («Причиной отставки
источник …»: the subject stands inside), loses its mention: the quote is left without one (a
wrong speaker is worse than none).

Before: ``Found`` with such a mention. After: the same attribution with ``m_start = -1``;
others unchanged.
"""

from __future__ import annotations

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.sentences_agreement import (
    mention_right_before_cue,
    without_mention,
)

__all__ = ["fronted_objects"]

_JOINERS = frozenset(("и", ","))
# conjunctions whose dictionary readings include others (the letter «а», the noun «как»)
_CLAUSE_WORDS = frozenset(("а", "и", "но", "как", "что", "когда", "однако", "также"))
_CLAUSE_MARKS = frozenset((",", ".", "—", "–", "-", ":", ";", "(", "!", "?", "…"))


def _cases(low: str) -> frozenset:
    return frozenset(p.tag.case for p in readings(low) if p.tag.case)


def _may_be_verb(low: str) -> bool:
    return any(p.tag.POS == "VERB" for p in readings(low))


def _opens_clause(prev: str) -> bool:
    """May a clause open after the token ``prev`` (a sentence's start, a comma or dash, «а»,
    «как», «кроме того,»)? Not after a noun, whose complement the phrase would be («в заявлении
    Госдепартамента США отмечается»), a number or «%» («57% респондентов полагают»), or a
    preposition («в пресс-службе заявили»: the place a statement comes from)."""
    if not prev or prev in _CLAUSE_MARKS or prev in _CLAUSE_WORDS:
        return True
    return bool(readings(prev)) and all(p.tag.POS in ("CONJ", "ADVB", "PRCL") for p in readings(prev))


def _object_phrase(tokens: list[str]) -> bool:
    """Is the phrase ``lows`` an object: its first noun (after adjectives that cannot be
    nominative either: «крупнейшего акционера») a dictionary word with no nominative reading,
    and no other word of it a possible nominative that cannot agree with that noun («Причиной
    отставки источник …»: «источник» is the subject)?"""
    capitals = [w for w in tokens if w not in _JOINERS and CYRILLIC.search(w)]
    words = [w.lower() for w in capitals]
    k = 0
    while k < len(words) and any(p.tag.POS in ("ADJF", "PRTF") for p in readings(words[k])):
        if "nomn" in _cases(words[k]):
            return False
        k += 1
    if k == len(words):
        return False
    head = readings(words[k])
    if capitals[k].upper() == capitals[k] or not head or any(
            "Geox" in p.tag or "Orgn" in p.tag for p in head) or not all(
            p.is_known and p.tag.POS in ("NOUN", "NPRO") and p.tag.case != "nomn" for p in head):
        return False
    cases = _cases(words[k])
    return not any("nomn" in _cases(w) and not _cases(w) & cases for w in words[k + 1:])


def fronted_objects(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without a mention that is the fronted object of its verb."""
    toks = doc.toks
    lows = toks.lows
    out: list[Found] = []
    for f in found:
        got = mention_right_before_cue(doc, f)
        if got is not None and f.attr is not None:  # a mention is an attributed quote's
            i, j, c = got
            # a new line before the phrase opens a clause too (a title with no full stop)
            before = lows[i - 1] if i > 0 and "\n" not in doc.text[toks.ends[i - 1]:f.attr.m_start] else ""
            if (c < len(lows) and _may_be_verb(lows[c]) and _opens_clause(before)
                    and _object_phrase(toks.words[i:j])):
                f = without_mention(f)
        out.append(f)
    return out
