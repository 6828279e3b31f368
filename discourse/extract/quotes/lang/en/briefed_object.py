"""An object pronoun closing an unnamed source described by what it was told: "several aides
briefed on them said P", "P, two officials informed about them said" (issue 14, the third
English grid).

:func:`.phrases.subject_before` refuses an object pronoun right before a cue ("Let us remind
you": an object is no subject). After "briefed on" and its kin the pronoun is the object of the
participle, and the source is the noun before it; the subject is given here as the pronoun, and
:func:`discourse.extract.speakers.lang.en_briefed_source.briefed_source` widens the mention to
the whole description, as it does for "briefed on it" (a subject pronoun, read already).
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.tokens import Toks

__all__ = ["briefed_object"]

# The participles of being told and their prepositions (the list of en_briefed_source).
_TOLD_ON: Final = frozenset({("briefed", "on"), ("informed", "about"), ("informed", "of"),
                             ("involved", "in"), ("knowledgeable", "about")})
# The source nouns (the list of en_briefed_source): a person described, not a thing
# ("the report based on them" is no source).
_SOURCES: Final = frozenset(
    "source sources official officials person people diplomat diplomats aide aides".split())


def briefed_object(toks: Toks, p: int, lo: int) -> bool:
    """Is the object pronoun at token ``p`` the end of a source "<noun> briefed on" (not
    before ``lo``)?"""
    if p - 3 < lo:
        return False
    lows = toks.lows
    return (lows[p - 2], lows[p - 1]) in _TOLD_ON and lows[p - 3] in _SOURCES
