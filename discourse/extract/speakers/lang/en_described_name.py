"""The name that heads an English description: "the former mayor Jane Doerr" is Jane Doerr.

A description that ends in a person's full name, right after a title or a noun for a person in
a role ("state Sen. Jane Doerr", "former Gov. Jane Doerr", "campaign manager Jane Doerr", "the
former mayor Jane Doerr"), names that person: the name is in apposition to the head noun, the
two are one person. The speaker rules asked the registry for a person heading the mention and,
when it knew nobody, gave no name at all. Giving every description the name inside it was tried
and reverted (docs/validation.md, "Names with particles and ministers' portfolios"): the name
of a relational frame is another person ("the father of X", "lawyers for X", "critics of X"),
and a group or a medium is no person ("the X family", "the newspaper The Daily Star"). So the
name is taken only when the word right before it is a person's role and no preposition before
that ties the head to someone else ("the wife of former Gov. Jane Doerr" is the wife).
Read by :func:`discourse.extract.speakers.mentions._resolve_one` through
``SpeakerLanguage.described_name``.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.lang.en_names import COMMON_SPEAKERS, NOT_PERSON_WORDS, TITLES
from discourse.text.particles import PARTICLES, is_joined_particle

__all__ = ["described_name"]

# Nouns for one person in a role that the titles lack ("campaign manager", "Democratic
# strategist", "a city official"); groups ("family", "police", "staff") and kin ("father",
# "wife": the name may be the relative's, "the father Jane Doerr" is no English) are left out.
_ROLE_NOUNS: Final = frozenset("""
    strategist manager official director aide adviser advisor consultant analyst pollster
    economist historian organizer organiser activist lawyer attorney counsel officer spokesman
    spokeswoman spokesperson candidate nominee founder co-founder president owner coach
    commander negotiator envoy diplomat correspondent editor publisher producer researcher
    scientist professor expert chancellor premier minister secretary treasurer administrator
    superintendent prosecutor investigator detective inspector trustee regent chairman
    commentator columnist rabbi pastor bishop imam priest executive entrepreneur
    businessman businesswoman billionaire investor banker lobbyist campaigner whistleblower
    playwright novelist author writer actor actress singer musician artist filmmaker
""".split())
_HEADS: Final = TITLES | _ROLE_NOUNS
# A preposition or a possessive's "of" frame before the head: the name belongs to whom the head
# is related to, the mention is someone else ("lawyers for", "critics of", "an aide to").
_FRAME: Final = re.compile(r"\b(?:of|for|to|by|with|from|against|about|near|behind|among)\b", re.I)
_WORD: Final = re.compile(r"\S+")
# A capitalised part of a name: "Jane", "O'Brien", "Smith-Jones", an initial "F."
_NAME_PART: Final = re.compile(r"[A-Z][a-z'’]*(?:[-'’][A-Z]?[a-z'’]+)*\.?|[A-Z]\.")


def _strip(word: str) -> str:
    """``word`` without the marks a mention may end in."""
    return word.rstrip(",;:")


def described_name(mention: str) -> tuple[int, int] | None:
    """The span of the full name that ends ``mention`` and is in apposition to the role noun
    right before it, or ``None``.

    >>> m = "the former mayor Jane Doerr"; a, b = described_name(m); m[a:b]
    'Jane Doerr'
    >>> m = "state Sen. Ahmed bin Salem"; a, b = described_name(m); m[a:b]
    'Ahmed bin Salem'
    >>> [described_name(m) for m in ("the father of Tom Hulme", "an aide to Mayor Tom Hulme",
    ...                              "the newspaper The Daily Star", "the mayor Hulme")]
    [None, None, None, None]
    """
    words = [(m.start(), m.end(), _strip(m.group())) for m in _WORD.finditer(mention)]
    if len(words) < 3:
        return None
    # the name: capitalised parts and particles between them, back from the mention's end
    i = len(words)
    capitals = 0
    while i > 0:
        word = words[i - 1][2]
        low = word.lower().rstrip(".")
        if low in TITLES or low in NOT_PERSON_WORDS:
            break  # "Sen." before the name, "The Daily Star", "Energy Partners"
        if _NAME_PART.fullmatch(word) or is_joined_particle(word):
            capitals += 1
        elif not (word in PARTICLES and capitals):
            break
        i -= 1
    # a particle may not open the name ("the mayor de Blasio" keeps "de"): step over it
    while i < len(words) and words[i][2] in PARTICLES:
        i += 1
    if capitals < 2 or i == 0 or i >= len(words) - 1:
        return None
    last = words[-1][2]
    if re.fullmatch(r"[A-Z]\.", last) or re.fullmatch(r"[A-Z]\.", words[i][2]):
        return None  # "the mayor J. Doerr", "Jane D.": no full name
    # the sentence's stop is no part of the name; "Jr." keeps its own
    end = words[-1][0] + (len(last) if last in ("Jr.", "Sr.") else len(last.rstrip(".")))
    if last.lower().rstrip(".") in _HEADS or last.lower() in COMMON_SPEAKERS:
        return None  # "the Chief Technological Officer": a title in capitals, no name
    head = words[i - 1][2].lower().rstrip(".")
    if head not in _HEADS:
        return None
    if _FRAME.search(mention[:words[i - 1][0]]) is not None:
        return None
    return words[i][0], end
