"""English sentence-final attribution to two coordinated speakers: "P, the mayor and the
governor said.", "P, The New York Times and The Associated Press reported." (round 24).

The subject reader takes the noun phrase right before the cue ("the governor", "The Associated
Press"); names alone are read coordinated ("Smith and Jones said"), phrases with their own
determiners are not. :func:`.tail.inverted_tail` wants the speaker to open right after the
comma, so the report was lost (set 10: "…, The New York Times and The Associated Press reported
Thursday."). The gold names both as the mention.

:func:`coordinated_subject` widens the subject over "X and" when X is itself a subject phrase
that opens right after the comma: both conjuncts open with a capital or a determiner, and no
list's comma stands just before (a list of names runs into the tail's comma).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.lang.en.words import DETERMINERS
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["coordinated_subject"]


def coordinated_subject(toks: Toks, subj: tuple[int, int], c: int) -> tuple[int, int] | None:
    """The span ``(c, subj[1])`` when tokens ``[c, subj[0])`` are a subject phrase and "and"
    (the first of two coordinated speakers), else None."""
    words, lows = toks.words, toks.lows
    n = subj[0] - 1
    if n <= c or lows[n] != "and" or not (_opens_np(words[c]) and _opens_np(words[subj[0]])):
        return None  # ("…, undertake serious reforms and thereby respond": no noun phrases)
    if "," in words[max(0, c - 6):c - 1]:
        return None  # "…, as the leaders of Poland, Lithuania, Latvia and other countries
        # stated": the comma is a list's, not the attribution's
    first = subject_before(toks, n, c)
    return (c, subj[1]) if first == (c, n) else None


def _opens_np(word: str) -> bool:
    """Does ``word`` open a speaker's noun phrase: a capital or a determiner ("the mayor")?"""
    return cap(word) or word.lower() in DETERMINERS
