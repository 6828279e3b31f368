"""How names and phrases are compared: folding, :func:`normalise_name` and stemmed tokens.

The bottom of :mod:`discourse.extract.actors`: every other part compares what a text says with
the registry's aliases and phrases through these functions. :func:`fold` keeps the length of a
text (so that offsets found in the folded text point into the text as given);
:func:`normalise_name` does not (it is for keys). Also the word lists several parts read: the
function words that end the pre-head part of a phrase and the generic voices of organisations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from discourse.extract.actors.forms import CYRILLIC, is_modifier, know_lemmas, lemma
from discourse.extract.actors.stored import morphology_version, stored

__all__ = [
    "FOLD_CHARS",
    "FOLD_TABLE",
    "ORG_VOICES",
    "PREPS",
    "STOP",
    "fold",
    "know_registry_words",
    "lower_same_length",
    "normalise_name",
    "normalised",
    "stemmed_tokens",
]


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    """One-character-for-one-character folding table, so offsets survive folding.

    Latin letters with diacritics lose them (``č`` -> ``c``), letters that Unicode does not
    decompose get an explicit base letter (``ł`` -> ``l``), typographic dashes, apostrophes and
    spaces become their ASCII forms. Every value is a single character: ``len`` never changes.
    """
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != ch:
            table[cp] = base
    extra = {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
        "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
        # Russian text writes "ё" or "е" as it likes (Пётр, Петр): one letter for matching
        "ё": "е", "Ё": "Е",
    }
    for src, dst in extra.items():
        table[ord(src)] = dst
    for ch in "\u2010\u2011\u2212":
        table[ord(ch)] = "-"
    # En and em dashes separate words ("Putin\u2014who"), unlike the hyphen of "Kornhauser-Duda"
    for ch in "\u2012\u2013\u2014\u2015":
        table[ord(ch)] = " "
    for ch in "\u2018\u2019\u02bc\u2032\u00b4`":
        table[ord(ch)] = "'"
    for ch in "\u00a0\u2007\u2009\u200a\u202f\t":
        table[ord(ch)] = " "
    return table


FOLD_TABLE = _build_fold_table()
# The characters the table changes, as one class: ``str.translate`` looks every character up in
# the table, while a substitution over this class touches only the few that fold (a news text
# is mostly ASCII with some curly quotes and dashes).
FOLD_CHARS: Final = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(FOLD_TABLE)) + "]")
_POSSESSIVE: Final = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_NON_WORD: Final = re.compile(r"[\W_]+")


def _fold_char(m: re.Match[str]) -> str:
    return FOLD_TABLE[ord(m.group())]


def fold(text: str) -> str:
    """Fold diacritics and typographic punctuation, keeping the length of ``text``."""
    if text.isascii():
        # only the tab and the backtick fold among ASCII characters
        return text.replace("\t", " ").replace("`", "'")
    return FOLD_CHARS.sub(_fold_char, text)


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few letters lower to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def normalise_name(name: str) -> str:
    """Normalise a name for comparison: no diacritics, case, dots, apostrophes or possessives.

    Hyphens, commas, brackets and other punctuation become single spaces.

    >>> normalise_name("Linas Linkevičius")
    'linas linkevicius'
    >>> normalise_name("U.S. Department of State")
    'us department of state'
    >>> normalise_name("Frank-Walter  Steinmeier's")
    'frank walter steinmeier'
    """
    text = fold(name)
    if not text.isascii():  # ASCII has no decompositions and no combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text.casefold())
    text = text.replace(".", "").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


# Mentions and descriptions are normalised by several steps of attribution (is it a medium, an
# alias, a description?): each distinct text once. Registry building calls normalise_name itself.
normalised = lru_cache(maxsize=1 << 14)(normalise_name)


# --------------------------------------------------------------------------------------------
# Words of phrases (head noun + content words)
# --------------------------------------------------------------------------------------------

# Words that carry no meaning for matching a role description.
STOP: Final[frozenset[str]] = frozenset(
    """the a an and his her its their our my your this that these those current incumbent
    then now newly also who which whose one some any
    и а его ее её их этот тот свой нынешний действующий также который""".split()
)
# Prepositions that close the pre-head part of a noun phrase: "head OF the ministry".
PREPS: Final[frozenset[str]] = frozenset("of for at in from to with on to within under".split())
# Generic heads by which an organisation can speak ("the press service of the State Department").
ORG_VOICES: Final[tuple[str, ...]] = (
    "press service", "press office", "press centre", "press center", "press secretary",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
    "representatives", "statement", "source", "sources", "official",
    "officials", "communique", "office", "press release", "account",
    # Russian, by lemma (see stemmed_tokens)
    "пресс-служба", "пресс-секретарь", "представитель", "официальный представитель",
    "заявление", "источник", "сообщение", "пресс-релиз", "пресс-центр", "аппарат",
)


def _stem(token: str) -> str:
    """Crude plural folding so that "leaders" matches "leader" and "ministries" "ministry"."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def stemmed_tokens(text: str) -> list[str]:
    """Normalised, stemmed tokens (lemmas for Russian words); "ex", "экс", "бывший" and
    "former" are one word."""
    known = _KNOWN_TOKENS.get(text)
    return list(known if known is not None else _tokens_cached(text))


# The tokens of the registry's phrases (see know_registry_words), each what _tokens_cached makes.
_KNOWN_TOKENS: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=8192)
def _tokens_cached(text: str) -> tuple[str, ...]:
    out = []
    for tok in normalised(text).split():
        # Russian words by lemma ("пресс-секретаря Кремля" = "пресс-секретарь Кремля")
        tok = lemma(tok) if CYRILLIC.match(tok) else _stem(tok)
        out.append("former" if tok in _FORMER else tok)
    return tuple(out)


_FORMER: Final = frozenset({"ex", "экс", "бывший"})


def know_registry_words(texts: Iterable[str]) -> None:
    """Make the lemmas of the Cyrillic words of ``texts`` (the registry's country words, role
    titles and descriptors) known to :func:`stemmed_tokens` without pymorphy3.

    The stemmed tokens of ``texts`` are made known too (:func:`stemmed_tokens` answers them
    without normalising them again).

    Both are read from the store (:mod:`discourse.extract.actors.stored`; made by
    :func:`lemma`, :func:`is_modifier` and :func:`stemmed_tokens` at the first run, keyed by
    the texts and pymorphy3's version): the registry's phrases are tokenised in every run
    (normalising its 2,300 distinct phrases cost 0.02 s of each), and their 95 Russian country
    words alone loaded pymorphy3's dictionary (0.05 s) in English-only runs too.
    """
    distinct = tuple(sorted(set(texts)))

    def make() -> tuple[dict[str, str], dict[str, bool], list[tuple[str, ...]]]:
        words = sorted({tok for text in distinct for tok in normalised(text).split()
                        if CYRILLIC.match(tok)})
        lemmas = {w: lemma(w) for w in words}
        modifiers = {w: is_modifier(w) for w in sorted(set(lemmas.values()))}
        return lemmas, modifiers, [_tokens_cached(text) for text in distinct]

    lemmas, modifiers, tokens = stored("lemmas", (distinct, morphology_version()), make)
    know_lemmas(lemmas, modifiers)
    _KNOWN_TOKENS.update(zip(distinct, tokens))
