"""English: a listener of several words before "that" after "told" (issue 14, round 32).

"Trump told Homeland Security and other officials that the U.S. should look into …" and "told
aides and officials that P": the listener is a noun phrase, coordinated or naming a body
before its members ("Homeland Security officials"), and "that" opens what was told. The
listener reading of :mod:`.reported` (:func:`.clauses.listener_end` over
:func:`.phrases.np_forward`) stops such a phrase early — at "and", or at a lower-case noun
after a name — so the report was lost ("told aides and officials that P": none) or opened
inside the listener ("officials that the U.S. should …"). When the words between the cue and a
"that" within nine tokens read as one listener — words only, no auxiliary, no subject pronoun,
no past tense, and no determiner after a noun (which opens a clause: "told reporters the plan
that he drafted …" keeps the rules' reading) — the report opens after that "that". Read on
direct set 1 dev (the Axios report's "Trump told Homeland Security and other officials that
P", inside a report) and on probes of our own.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import (
    AUX,
    DETERMINERS,
    IRREGULAR_PAST,
    NOUNS_BEFORE_THAT,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["listener_that"]

_REACH = 9
_CLAUSE_DETERMINERS = frozenset("the a an this these those his her their its".split())
_JOINERS = frozenset("and of for".split())
_POSSESSIVE = frozenset(("'s", "’s"))
_PREPS = frozenset("of about on in with for to from at".split())


def listener_that(toks: Toks, k: int, tj: int) -> int:
    """Token of the "that" after a listener of several words opening at ``k`` (the word after
    the cue), or -1 (see the module docstring)."""
    words, lows = toks.words, toks.lows
    if k + 1 >= tj or not words[k].isalpha() or lows[k] in AUX or lows[k] in SUBJECT_PRONOUNS or (
            lows[k] in ("that", "it")) or (lows[k] in OBJECT_PRONOUNS and lows[k + 1] in _PREPS):
        return -1  # ("reminded us of a word that we …": the pronoun is the whole listener;
        # "reminds us Germans that", "reminds us all that" go on)
    for m in range(k + 1, min(tj - 1, k + _REACH)):
        low = lows[m]
        if low == "that":
            if m - k < 2 or lows[m - 1] in NOUNS_BEFORE_THAT or lows[m - 1] in _JOINERS:
                return -1
            return m
        word = words[m]
        if not (word.isalpha() or low in _POSSESSIVE or (word.endswith(".") and cap(word))):
            return -1  # a comma, a mark, a number: no plain listener
        if low in AUX or low in SUBJECT_PRONOUNS or low in IRREGULAR_PAST or low == "it" or (
                low.endswith("ed") and not cap(word)):
            return -1  # a verb or a subject: a clause has begun
        if low in _CLAUSE_DETERMINERS and lows[m - 1] not in _JOINERS and (
                lows[m - 1] not in DETERMINERS):
            return -1  # "told reporters the plan that …": the determiner opens the report
    return -1
