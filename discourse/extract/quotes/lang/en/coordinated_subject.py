"""English: a subject of two coordinated noun phrases, "X and Y said P" (issue 14, dev10).

The subject reader walks back from the cue over one noun phrase and stops at "and" unless
capitalised words stand on both sides ("Republicans and Democrats"), so "scientists from
China's Tsinghua University and the Chinese Academy of Sciences reported P" gave the mention
"the Chinese Academy of Sciences", "Researchers from the Georgia Institute of Technology (GT)
and University of South Carolina Beaufort, both in …, reported P" gave "University of South
Carolina Beaufort", and "Authorities in the United Kingdom and the United States said P" gave
"the United States". The gold names both conjuncts as the mention (two sources, one report;
the speaker null: ANNOTATION.md's unnamed groups, annotator D's "Saudi Arabia and the United
States have alleged"). Read on the Wikinews dev splits dev and dev10 (three reports).

The phrase before "and" is taken only when it opens its clause (the sentence's start or a
comma, semicolon, colon or parenthesis before it), possibly through prepositional phrases
("scientists from X", "Authorities in X"), and holds no verb-like word ("the company hired
Smith and the mayor said": a lower-case word in "-ed", an auxiliary or a common irregular past
stops it); the first conjunct must open with a determiner, a capital or a plural ("scientists
from X"), not a bare role noun ("businessman and Trump loyalist Stephen Schwarzman", "public
figure and Nobel laureate Andrei Sakharov": one person), and the second with a determiner or a
capital.
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.extract.quotes.lang.en.words import AUX, DETERMINERS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["coordinated_subject"]

# Prepositions that attach a complement to the head of the first conjunct.
_PREPS = frozenset("from in at of for with".split())
_BOUNDARY = frozenset(", ; : (".split())
# Irregular pasts that would make the first "conjunct" a clause ("The firm hired Smith and …").
_PASTS = frozenset("""met saw made took gave told got left sent won beat hit led chose
    found held brought thought kept put set ran became began""".split())
_MAX = 16  # tokens of the first conjunct


_NpBackward = Callable[[Toks, int, int], int]


def _first_conjunct(toks: Toks, k: int, lo: int, np_backward: _NpBackward) -> int | None:
    """Start of the noun phrase ending before the "and" at token ``k``, through prepositional
    phrases back to its clause's opening, or None when it does not open its clause."""
    i = np_backward(toks, k, lo)
    if i >= k:
        return None
    while i - 1 > lo and toks.lows[i - 1] in _PREPS and k - i < _MAX:
        i2 = np_backward(toks, i - 1, lo)
        if i2 >= i - 1:
            return None
        i = i2
    if i != lo and toks.words[i - 1] not in _BOUNDARY:
        return None
    return i if k - i <= _MAX else None


def coordinated_subject(toks: Toks, subj: tuple[int, int], lo: int,
                        np_backward: _NpBackward) -> tuple[int, int]:
    """``subj`` extended back over "X and" when the phrase before "and" opens its clause
    (see the module docstring); else ``subj`` itself. ``np_backward`` is
    :func:`.phrases.np_backward` (passed in: that module imports this one)."""
    words, lows = toks.words, toks.lows
    i = subj[0]
    if i - 2 < lo or lows[i - 1] != "and" or not (lows[i] in DETERMINERS or cap(words[i])):
        return subj
    start = _first_conjunct(toks, i - 1, lo, np_backward)
    if start is None or not (lows[start] in DETERMINERS or cap(words[start]) or (
            lows[start].endswith("s") and words[start].isalpha())):
        # "businessman and Trump loyalist X", "public figure and Nobel laureate X", "civil and
        # environmental engineering professor X": one person's roles, not two sources
        return subj
    for m in range(start, i - 1):
        low = lows[m]
        if not wordish(words[m]) and words[m] not in "()":
            return subj
        if not cap(words[m]) and (low.endswith("ed") or low in AUX or low in _PASTS
                                  or low == "and"):
            return subj
    return start, subj[1]
