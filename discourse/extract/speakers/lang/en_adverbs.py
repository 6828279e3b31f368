"""English: what opens a sentence before its subject is no part of a speaker's mention.

"Soon people started saying, "..."", "Later Rauner said he preferred ...", "Even the United
Kingdom's foreign minister, Boris Johnson, called it ...": the clause rules read the opening
capitalised word as the first word of the subject's noun phrase. An adverb of time or focus that
opens the sentence right before the subject (no comma after it, which
:data:`.en._OPENER` already reads) is cut from the mention (:func:`without_leading_adverb`).
A question opens with its wh-word and an auxiliary before the subject ("When will people start
saying, "..."", "Why do voters keep saying, "...""): the subject is the noun phrase after the
auxiliary, not the wh-word (:func:`question_subject`). Plain text; offsets into the article.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["question_subject", "without_leading_adverb"]

# An adverb that opens a sentence before its subject, then the subject's first word ("Soon
# people", "Later Rauner", "Even the"); not a preposition or a conjunction after it ("Soon after
# the vote", "Even as", "Still to come").
_LEADING_ADVERB = re.compile(
    r"(?:Even|Later|Soon|Then|Now|Still|Also|Meanwhile|Instead|Yet|Afterwards|Earlier|Again)"
    r"\s+(?=[A-Za-z])(?!(?:after|before|as|if|though|so|than|to|of|in|on|at|by|with|for|when|"
    r"while|more|less|enough)\b)")


def without_leading_adverb(text: str, ms: int, me: int) -> int:
    """Start of the mention ``text[ms:me]`` past a sentence adverb that opens it ("Later
    Rauner" -> "Rauner"); ``ms`` when none does or nothing would be left.

    >>> t = "Later Rauner said he would veto the bill."
    >>> t[without_leading_adverb(t, 0, 12):12]
    'Rauner'
    >>> without_leading_adverb("Evenson said so.", 0, 7)
    0
    """
    m = _LEADING_ADVERB.match(text, ms, me)
    return m.end() if m is not None and m.end() < me else ms


# A wh-word and an auxiliary that open a question, before its subject.
_QUESTION = re.compile(r"\s*(?:Why|When|How|Where|What|How\s+long|How\s+often)\s+(?:do|does|did|"
                       r"will|would|can|could|should|must|might|shall)(?:n['’]t)?\s+")


# The subject right after the auxiliary: a pronoun or one noun ("people", "voters"), an article
# or a possessive with its noun ("the voters", "his aides"), or a run of capitalised words
# ("Senate Democrats"); the base form of the main verb follows it.
_QUESTION_SUBJECT = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|your|my|these|those|many|some|most)\s+[a-z][\w-]*"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[a-z][\w-]*)(?=\s+[a-z])")


def question_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None | Literal[False]:
    """The subject of a question that opens the stretch ``text[lo:hi]`` ("When will people
    start saying, " -> "people"): the short noun phrase after the wh-word and the auxiliary,
    when a lower-case word (its verb) follows it; None when the question has no such subject;
    False when the stretch opens with no question.

    >>> t = "Why do voters keep saying, "
    >>> s = question_subject(t, 0, len(t)); t[s[0]:s[1]]
    'voters'
    >>> t = "When will Senate Democrats start saying, "
    >>> s = question_subject(t, 0, len(t)); t[s[0]:s[1]]
    'Senate Democrats'
    >>> question_subject("Voters keep saying, ", 0, 20)
    False
    """
    m = _QUESTION.match(text, lo, hi)
    if m is None:
        return False
    got = _QUESTION_SUBJECT.match(text, m.end(), hi)
    return None if got is None else got.span()
