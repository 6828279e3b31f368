"""English: the subject of "with X saying P" when X opens with a lower-case word, "…, with former
Vice-President Joe Biden saying P", "…, with the former mayor saying P" (issue 14, round 36).

:func:`.phrases.subject_before` reads the absolute construction "with X <participle>" when the
noun phrase before the participle opens right after "with" with a capital or an object pronoun
("with Obama calling out …"). The noun-phrase reader stops at a lower-case word before a name
("former Vice-President Joe Biden" gives "Joe Biden", after "Vice-President"), and a phrase
opening with a determiner ("the former mayor") is no capital, so both were lost (saying set 14
dev; probes: "with former mayor Joe Biden saying", "with the former mayor saying"). This reads
the words between "with" and the participle as its subject when they are one noun phrase: one to
six words of letters (hyphens, apostrophes and a title's dot allowed), no auxiliary, no verb form
in "-ed" or "-ing", no relative or clause word, holding a capitalised name or ending in a noun
of person; "with" follows a comma or opens the sentence.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX, CLAUSE_STOP
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["with_absolute_subject"]


def with_absolute_subject(
    toks: Toks, v: int, lo: int, person_nouns: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the noun phrase between "with" and the participle at ``v`` (searching back to
    ``lo``), when it reads as the participle's subject; None otherwise."""
    words, lows = toks.words, toks.lows
    w = v - 1
    while w > lo and v - w <= 7 and lows[w] != "with":
        word, low = words[w], lows[w]
        if not (word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()):
            return None
        if low in AUX or (low in CLAUSE_STOP and low not in ("of", "for")) or low.endswith(
                ("ing", "ed")) and not cap(word):
            return None
        w -= 1
    if lows[w] != "with" or w + 1 >= v or not (w == lo or words[w - 1] == ","):
        return None
    if not any(cap(words[m]) for m in range(w + 1, v)) and lows[v - 1] not in person_nouns:
        return None
    return w + 1, v
