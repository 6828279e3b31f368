"""Two-word Russian propositions as reports (issue 12, branch ru-grid): ``Переговоры
продолжатся, — заявил Песков.``, ``По словам Пескова, переговоры продолжатся.``, ``Как заявил
Песков, суд отложен.``, ``Переговоры отложены. Об этом сообщил Песков.``

The shared reported-speech pass drops a report under three words (in English mostly a fragment
read wrong); :mod:`.short` keeps a two-word «что» clause only. In Russian a subject and its
predicate make a whole proposition in two words, and the standard news shapes put one before a
closing verb, after «по словам X» or «как заявил X», or before «Об этом сообщил X». This is the
``keeps_short`` of Russian (not for a «что» clause, which :mod:`.short` reads with its own
guards): the report the Russian reader proposed is kept when its two words are
a noun in the nominative and then a finite verb or a short participle (the predicate). Anything
else short (a pronoun, an adverb, a noun phrase without a verb) is dropped as before.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.ru.morph import readings

__all__ = ["two_word_proposition"]

# Exactly two Cyrillic words (a hyphen inside a word allowed) and nothing else.
_TWO = re.compile(r"([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)\s+([а-яё]+)")


# «…, что» right before the span: a «что» clause.
_AFTER_THAT = re.compile(r"(?:^|\W)что\W*\Z", re.IGNORECASE)


def _nominative_noun(low: str) -> bool:
    """Can ``low`` be a noun in the nominative (суд; переговоры, whose likeliest reading is the
    accusative, the same form)? Its likeliest reading must be a noun."""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses)


def _predicate(low: str) -> bool:
    """Is the likeliest reading of ``low`` a finite verb in the indicative or a short participle
    (продолжатся, отложен)?"""
    parses = readings(low)
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "PRTS" or (tag.POS == "VERB" and tag.mood == "indc")


def two_word_proposition(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: is ``doc.text[s:e]`` a noun in the nominative and its predicate?"""
    if _AFTER_THAT.search(doc.text, max(0, s - 8), s):
        return False  # a «что» clause: :mod:`.short` reads those, with its own guards
    m = _TWO.fullmatch(doc.text, s, e)
    return m is not None and _nominative_noun(m.group(1).lower()) and _predicate(m.group(2))
