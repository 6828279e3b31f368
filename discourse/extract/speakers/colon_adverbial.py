"""The line above a block quote, read without the adverbials that hide its subject.

"The president most recently addressed the controversy while delivering his first State of
the Union speech on Tuesday:" / "...": the clause rules read no subject when a subordinate
participle clause ("while delivering ...", "when speaking to ...") stands in the line, as they
take it for a second clause with a subject of its own, and they keep an intensifier before a
"-ly" adverb in the subject ("The president most"). The participle clause has no subject (its
subject is the main clause's) and the intensifier belongs to the adverb, so
:func:`without_participle_clause` gives the line's end before the clause and
:func:`without_trailing_intensifier` the subject's end before the intensifier. English words;
the block rule (:func:`.turns.colon_block`) asks for them when the language is English.
"""

from __future__ import annotations

import re

__all__ = ["without_participle_clause", "without_trailing_intensifier"]

# A subordinator and a participle: "while delivering", ", when speaking", "after meeting".
_PARTICIPLE_CLAUSE = re.compile(
    r",?\s+(?:while|when|whilst|after|before|since|by)\s+[a-z]+ing\b")
# Words that modify the adverb after them, not the subject before ("most recently").
_INTENSIFIERS = frozenset("most more least very so quite rather too".split())


def without_participle_clause(text: str, lo: int, hi: int) -> int:
    """The end of the line ``text[lo:hi]`` before a subordinate participle clause ("while
    delivering his speech on Tuesday"); ``hi`` when it has none.

    >>> t = "Hale addressed it while delivering a speech on Tuesday:"
    >>> t[:without_participle_clause(t, 0, len(t) - 1)]
    'Hale addressed it'
    """
    m = _PARTICIPLE_CLAUSE.search(text, lo, hi)
    return hi if m is None or m.start() == lo else m.start()


def without_trailing_intensifier(text: str, ms: int, me: int) -> int:
    """The end of the subject ``text[ms:me]`` without an intensifier that modifies the "-ly"
    adverb after it ("The president most" before "recently"); ``me`` otherwise.

    >>> t = "The president most recently addressed it:"
    >>> t[:without_trailing_intensifier(t, 0, 18)]
    'The president'
    """
    words = text[ms:me].split()
    if len(words) < 2 or words[-1].lower() not in _INTENSIFIERS:
        return me
    nxt = text[me:me + 30].split()[:1]
    if not nxt or not nxt[0].lower().endswith("ly"):
        return me
    return ms + text[ms:me].rstrip().rfind(" ")
