"""Words read into a speaker's mention that are no part of the subject: the head noun of the
phrase before it, the outlet an addressee names (round twenty-eight, sets 6 and 7).

Two shapes of a Russian mention, read back from the verb, that take in a word of the phrase
before the subject, and so name the wrong person (or nobody) as the speaker:

- **words that cannot be the subject of a singular verb, before a name**: ``В ходе прошедшей в
  субботу церемонии Папа подчеркнул …`` gave «церемонии Папа», ``На прошлой неделе Франция
  заявила`` «неделе Франция». Lower-case words before a capitalised name are a title («президент
  Путин») only when they agree with the verb: a singular verb (подчеркнул, заявила, сообщает)
  takes a subject in the nominative singular, so words none of which has a nominative singular
  reading (церемонии, вчерашней встречи, руководителя) end the phrase before the subject. The
  mention then starts at the name.
- **an addressee followed by the outlet's name**: ``В пресс-службе ГИМ журналистам ИА Красная Весна
  также сообщили, что …`` gave «пресс-службе ГИМ журналистам ИА Красная Весна».
  :mod:`.sentences_recipient` cuts an addressee (``RECIPIENTS``: «журналистам», «агентству») that
  ends a mention; here the outlet's name follows it, in apposition to it (only capitalised words,
  abbreviations and marks after the addressee). The addressee and its name are cut.

:func:`mention_heads` is a revision (``QuoteLanguage.revisions`` and, for reports, called from
:mod:`.sentences_reports`). Before: ``Found`` with such a mention. After: the same attribution
with the mention narrowed; others unchanged. Token offsets are the document's.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import maybe_nominative, readings
from discourse.extract.quotes.lang.ru.words import RECIPIENTS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["mention_heads", "no_nominative", "no_nominative_singular", "only_plural_verb",
           "only_singular_verb"]

# Marks that may stand around an outlet's name after an addressee («РИА Новости», "Ъ").
_MARKS = frozenset("«»„“\"")
# The addressees an outlet's name may follow: the nouns of ``RECIPIENTS``, not its pronouns (ему,
# им: «Студент РГУ им Косыгина» is «имени», abbreviated).
_ADDRESSEES = RECIPIENTS - frozenset(("ему", "ей", "им", "нам"))


@lru_cache(maxsize=4096)
def only_singular_verb(low: str) -> bool:
    """Is every reading of ``low`` a singular finite verb (подчеркнул, заявила, сообщает)?"""
    parses = readings(low)
    return bool(parses) and all(p.tag.POS == "VERB" and "sing" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def no_nominative_singular(low: str) -> bool:
    """Has ``low`` readings, none of them a nominative singular nor a word without case (a noun
    of the genitive, dative, prepositional, or a plural: церемонии, руководителя, журналистам)?"""
    parses = readings(low)
    return bool(parses) and not any(
        ("nomn" in p.tag and "plur" not in p.tag) or p.tag.case is None for p in parses)


@lru_cache(maxsize=4096)
def only_plural_verb(low: str) -> bool:
    """Is every reading of ``low`` a plural finite verb (заявили, рассказали, сообщают)?"""
    parses = readings(low)
    return bool(parses) and all(p.tag.POS == "VERB" and "plur" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def no_nominative(low: str) -> bool:
    """Has ``low`` readings, none of them a nominative nor a word without case (слушаний,
    котором, допроса)?"""
    parses = readings(low)
    return bool(parses) and not any("nomn" in p.tag or p.tag.case is None for p in parses)


@lru_cache(maxsize=4096)
def _nominative_word(low: str, number: str) -> bool:
    """Can ``low`` be a noun, an adjective, a participle or a pronoun in the nominative of
    ``number`` (``sing``/``plur``): a subject's first word (женщина, главный, многие)?"""
    return any("nomn" in p.tag and number in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")
               and "Abbr" not in p.tag for p in readings(low))  # («и» is a letter's name too)


@lru_cache(maxsize=4096)
def _nominative_noun(low: str) -> bool:
    """Can ``low`` be a noun in the nominative (министр: a head the mention lost)?"""
    return any("nomn" in p.tag and p.tag.POS == "NOUN" for p in readings(low))


# Prepositions before a mention that the readings take on purpose: the place or the source a
# statement comes from («В пресс-службе МВД сообщили», «со ссылкой на пресс-службу полиции
# сообщили»), no subject of the verb.
_SOURCE_PREPOSITIONS = frozenset(("в", "во", "на", "из", "от", "у"))
# How many words the phrase before the subject may hold («принятием резолюции»).
_MAX_PREFIX = 3


def _oblique_head(toks: Toks, i: int, j: int) -> int:
    """The token the subject starts at in the mention ``[i, j)`` when it opens with at most three
    lower-case words that cannot be a nominative of the number of the verb right after it
    («церемонии», «вчерашней встречи» before a singular verb; «слушаний» before a plural one),
    followed by a name (a Cyrillic word that can be a nominative, no abbreviation, then only
    capitalised words) or by a lower-case word that can be a nominative of that number
    («допроса женщина пояснила»); else ``i``. A mention right after a noun that can be a
    nominative has lost its head («Министр финансов Алексей Кудрин»), and one right after «в», «на»
    … is a place or a source the readings took on purpose: both are left."""
    words, lows = toks.words, toks.lows
    if j >= len(lows):
        return i
    if only_singular_verb(lows[j]):
        number, oblique = "sing", no_nominative_singular
    elif only_plural_verb(lows[j]):
        number, oblique = "plur", no_nominative
    else:
        return i
    before = lows[i - 1] if i > 0 and wordish(words[i - 1]) else ""
    if before and (before in _SOURCE_PREPOSITIONS or _nominative_noun(before)):
        return i
    h = i
    while h < j and h - i <= _MAX_PREFIX and wordish(words[h]) and not cap(words[h]) and oblique(lows[h]):
        h += 1
    if h == i or h == j or h - i > _MAX_PREFIX:
        return i
    if cap(words[h]):
        # the name the subject starts at: a Cyrillic word that can be a nominative, not an
        # abbreviation («финансов РФ Алексей Кудрин»: РФ is the head's complement, a genitive)
        name = words[h]
        if (number == "plur" or name.isupper() or not CYRILLIC.search(name) or not maybe_nominative(lows[h])
                or not all(wordish(words[k]) and cap(words[k]) for k in range(h, j))):
            return i
        return h
    return h if wordish(words[h]) and _nominative_word(lows[h], number) else i


def _addressee(toks: Toks, i: int, j: int) -> int:
    """The token of an addressee inside the mention ``[i, j)`` that only the outlet's name
    follows («журналистам ИА Красная Весна»), with a word before it; else ``j``."""
    words, lows = toks.words, toks.lows
    for k in range(i + 1, j - 1):
        if lows[k] in _ADDRESSEES and wordish(words[k - 1]):
            rest = range(k + 1, j)
            if all(words[m] in _MARKS or (wordish(words[m]) and cap(words[m])) for m in rest) and any(
                    wordish(words[m]) for m in rest):
                return k
            return j
    return j


def mention_heads(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with mentions read into the phrase before the subject, or into an addressee
    and its outlet, narrowed to the subject."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and 0 <= a.m_start < a.m_end:
            i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
            if 0 <= i < j <= len(toks.lows) and toks.starts[i] == a.m_start:
                k = _addressee(toks, i, j)
                if k < j:
                    f = Found(f.start, f.end, f.kind, a._replace(m_end=toks.ends[k - 1]), f.rule,
                              f.parent)
                else:
                    h = _oblique_head(toks, i, j)
                    if h > i:
                        f = Found(f.start, f.end, f.kind, a._replace(m_start=toks.starts[h]), f.rule,
                                  f.parent)
        out.append(f)
    return out
