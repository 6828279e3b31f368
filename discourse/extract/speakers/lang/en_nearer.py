"""English: the subject pronoun of the clause that introduces a quote, nearer than the name.

The extractor takes the subject of the sentence's verb of saying, or of its first clause, as
the mention: 'Wilson told grand jurors he was thinking: "..."' gave "Wilson"; 'West held a
rally, where he tearfully discussed ..., screaming "..."' gave "West". But the words are
introduced by a clause of their own nearer the quote, whose subject is "he": the thought before
the colon ("he was thinking:"), the participle of saying that hangs on a "where/when/while"
clause ("where he ..., screaming"). The annotation marks the in-text words that attribute the
quote, the pronoun of that clause, so it becomes the mention; the speaker stays the person the
sentence's subject names, whom the pronoun of a clause hanging on that subject takes up (the
article's nearest named antecedent: resolved on its own, "he" after "in Charleston" went to
South Carolina). Only "he" and "she", which are always subjects, only when the subject was
resolved, and only when that clause's verb introduces speech or thought, so a pronoun in a
clause about something else ("Smith said he was tired and added: ...") leaves the mention as it
was.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["nearer_mention", "nearer_pronoun"]

# Verbs (with an auxiliary) that introduce the words after a colon as speech or thought.
_INTRODUCING = (r"(?:(?:was|is|were|had\s+been|has\s+been|kept)\s+)?"
                r"(?:thinking|wondering|thought|wondered|asking|asked|recalling|recalled|telling|"
                r"told|saying|said|writing|wrote|explaining|explained|adding|added|shouting|"
                r"shouted|yelling|yelled)")
# "he was thinking:", "she told them:" right before the quote's opening mark.
_COLON_CLAUSE = re.compile(
    r"\b(?P<p>he|she)(?:\s+\w+ly)?\s+" + _INTRODUCING
    + r"(?:\s+(?:to\s+)?(?:himself|herself|them|him|her|us|me|reporters|aloud))?\s*:\s*$")
# "where he tearfully discussed ..., screaming" right before the quote's opening mark.
_PARTICIPLE_CLAUSE = re.compile(
    r"\b(?:where|when|while)\s+(?P<p>he|she)\b[^,;:.!?\"“”]{1,150},\s*"
    r"(?:screaming|shouting|yelling|saying|adding|declaring|exclaiming|insisting)\s*[,:]?\s*$")


def nearer_pronoun(text: str, me: int, quote_start: int) -> tuple[int, int] | None:
    """The span of the pronoun "he"/"she" between a mention ending at ``me`` and the quote
    opening at ``quote_start`` whose clause introduces the quote (see the module's docstring),
    or None.

    >>> t = 'Wilson told grand jurors he was thinking: "What do I do?"'
    >>> span = nearer_pronoun(t, 6, t.index('"') + 1); t[span[0]:span[1]]
    'he'
    >>> nearer_pronoun('Smith said he was tired: "Go home."', 5, 26) is None
    True
    """
    hi = quote_start
    while hi > me and text[hi - 1] in "\"“'‘ \t":
        hi -= 1  # the opening mark and the spaces before it
    lo = max(me, hi - 200)
    for pattern in (_COLON_CLAUSE, _PARTICIPLE_CLAUSE):
        m = pattern.search(text, lo, hi)
        if m is not None and m.end() >= hi:
            return m.span("p")
    return None


def nearer_mention(text: str, me: int, row: Any) -> tuple[int, int] | None:
    """:func:`nearer_pronoun` for the quote ``row`` (``start``, ``kind``) whose mention ends at
    ``me`` (English's ``SpeakerLanguage.nearer_mention``): direct quotes with the mention before
    them only, else None."""
    if row.kind != "direct" or me > row.start:
        return None
    return nearer_pronoun(text, me, row.start)
