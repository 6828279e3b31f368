"""English: a report that opens with an approximate count after the cue's adverbials.

``reported.reports_in_sentence`` reads "said about 350 thousand abortions are carried out" (an
approximate count right after the cue opens the report) and "said on Saturday, the driver had
been drinking" (a clause after short adverbials); it missed their meeting: "Local officials said
on Saturday, about 20 buildings collapsed." (Wikinews dev12), where the clause after the
adverbials opens with "about", "nearly", "at least", "more than" and a number, which the clause
test refuses (a preposition is no subject). :func:`opens_count_clause` vouches for such a
clause: the approximator, a number, and a clause from the number on. "said on Saturday, about
the plan" (a topic: no number) stays out.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.objects import NUMBER_WORDS
from discourse.extract.quotes.tokens import Toks

__all__ = ["opens_count_clause"]

# One-word approximators before a count ("about 20", "nearly two dozen", "roughly 300").
_ONE_WORD = frozenset("about around nearly almost roughly approximately some over".split())
# Two-word ones ("at least 20", "more than 300", "fewer than ten", "up to 50").
_TWO_WORDS = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"),
                        ("fewer", "than"), ("up", "to")})


def _is_number(toks: Toks, k: int) -> bool:
    """Is token ``k`` a number ("20", "1,035", "two", "a dozen")?"""
    return toks.words[k][:1].isdigit() or toks.lows[k] in NUMBER_WORDS


def opens_count_clause(toks: Toks, k: int, tj: int) -> bool:
    """Does a clause open at token ``k`` (before ``tj``, the sentence's end) with an approximate
    count: an approximator ("about", "at least"), a number, and a clause from the number on
    ("about 20 buildings collapsed")?"""
    lows = toks.lows
    if k + 2 >= tj:
        return False
    if lows[k] in _ONE_WORD:
        n = k + 1
    elif (lows[k], lows[k + 1]) in _TWO_WORDS:
        n = k + 2
    else:
        return False
    return n + 1 < tj and _is_number(toks, n) and looks_like_clause(toks, n, tj)
