"""Russian word readings from the dictionary (pymorphy3) that the speaker rules ask: is a word
a participle, an inanimate noun, can it be in the nominative. Each answer is cached by word."""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["finite_verb", "genitive_noun", "inanimate_noun", "maybe_nominative", "oblique", "participle",
           "passive_participle", "perfective_future", "dative_listener", "readings"]



@lru_cache(maxsize=1 << 14)
def readings(low: str) -> tuple:
    """Every dictionary reading of ``low`` (pymorphy3's parses, likeliest first), none for a word
    without a Cyrillic letter. Cached by word: the sentence rules that each ask something of the
    same word parse it once."""
    return tuple(analyser().parse(low)) if CYRILLIC.search(low) else ()


def oblique(toks: Toks, i: int, j: int) -> bool:
    """Can the head of ``[i, j)`` not be in the nominative, so that it is no subject of a verb:
    its last capitalised Cyrillic word outside a gloss in brackets (the surname: "известного
    политика Зорана Янковича (Zoran Janković)"), else every Cyrillic word of it?"""
    words: list[str] = []
    plain: list[str] = []
    depth = 0
    for word, low in zip(toks.words[i:j], toks.lows[i:j]):
        depth += (word == "(") - (word == ")")
        if depth or not wordish(word) or not CYRILLIC.search(low):
            continue
        (words if cap(word) else plain).append(low)
    if words:
        return not maybe_nominative(words[-1])
    return bool(plain) and not any(map(maybe_nominative, plain))


@lru_cache(maxsize=4096)
def maybe_nominative(low: str) -> bool:
    """Has ``low`` a reading in the nominative (Путина: yes, as a surname; Янковича: no)?"""
    return any("nomn" in parse.tag for parse in analyser().parse(low))


@lru_cache(maxsize=4096)
def participle(low: str) -> bool:
    """Is the likeliest reading of ``low`` a full participle (поступившей, сделанное)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS in ("PRTF", "PRTS")


@lru_cache(maxsize=4096)
def passive_participle(low: str) -> bool:
    """Is the likeliest reading of ``low`` a full passive participle (окруженный; not
    исполняющий)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS == "PRTF" and "pssv" in parses[0].tag


@lru_cache(maxsize=4096)
def perfective_future(low: str) -> bool:
    """Is the likeliest reading of ``low`` a perfective verb in the future, with no reading in
    the present (объявит, сообщат; not объявил, сообщает, nor признает, which may be признаёт)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS == "VERB" and "perf" in parses[0].tag and (
        "futr" in parses[0].tag) and not any("pres" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def dative_listener(low: str) -> bool:
    """Can ``low`` be a noun or a personal pronoun in the dative, whom something is told
    (прессе, суду, мэру, ему, мне; not тем, сообщения)?"""
    return bool(CYRILLIC.search(low)) and low not in ("тем", "том", "чем") and any(
        p.tag.case == "datv" and p.tag.POS in ("NOUN", "NPRO") for p in analyser().parse(low))


@lru_cache(maxsize=4096)
def inanimate_noun(low: str) -> bool:
    """Is the likeliest reading of ``low`` an inanimate noun (просьбе, информацией)?"""
    if not CYRILLIC.search(low):
        return False
    parses = analyser().parse(low)
    return bool(parses) and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag


@lru_cache(maxsize=4096)
def genitive_noun(low: str) -> bool:
    """Has ``low`` a reading as a noun or an adjective in the genitive (полковника, одного;
    not вчера)?"""
    return bool(CYRILLIC.search(low)) and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")
        for p in analyser().parse(low))


@lru_cache(maxsize=4096)
def finite_verb(low: str) -> bool:
    """Is the likeliest reading of ``low`` a finite verb (стали, заявил)?"""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS == "VERB"
