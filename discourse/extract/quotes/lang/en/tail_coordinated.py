"""English sentence-final attribution to two coordinated speakers: "P, the mayor and the
governor said.", "P, The New York Times and The Associated Press reported." (round 24).

The subject reader takes the noun phrase right before the cue ("the governor", "The Associated
Press"); names alone are read coordinated ("Smith and Jones said"), phrases with their own
determiners are not. :func:`.tail.inverted_tail` wants the speaker to open right after the
comma, so the report was lost (set 10: "…, The New York Times and The Associated Press reported
Thursday."). The gold names both as the mention.

:func:`coordinated_subject` widens the subject over "X and" when X is itself a subject phrase
that opens right after the comma.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.tokens import Toks

__all__ = ["coordinated_subject"]


def coordinated_subject(toks: Toks, subj: tuple[int, int], c: int) -> tuple[int, int] | None:
    """The span ``(c, subj[1])`` when tokens ``[c, subj[0])`` are a subject phrase and "and"
    (the first of two coordinated speakers), else None."""
    n = subj[0] - 1
    if n <= c or toks.lows[n] != "and":
        return None
    first = subject_before(toks, n, c)
    return (c, subj[1]) if first == (c, n) else None
