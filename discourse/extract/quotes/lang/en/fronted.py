"""English: a reported clause that opens with a fronted adverbial ("Clinton's assertion that in
all her emails …, she never strayed into the classified realm": set 11) (round 26).

The noun pass (:mod:`.nouns`) reads a report after "the claim that" only when a clause (a
subject and a finite verb, :func:`.clause_like.looks_like_clause`) opens right after "that", so that
a relative clause ("the claims that he made") is no report. A clause may open with an adverbial
set off by a comma ("that in all her emails in four years as secretary of state, she never
…", "that after the vote, the council would …"); a relative clause never opens so. This reads
the clause after such an adverbial: a preposition, at most :data:`_REACH` tokens without a
clause boundary or a quotation mark, a comma, then a clause.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.tokens import Toks

__all__ = ["clause_after_fronted"]

# Prepositions and subordinators that open a fronted adverbial.
_OPENERS = frozenset("""in on at during after before since despite under for from amid within
    throughout over following""".split())
_STOPS = frozenset('; : . ! ? " “ ” ( ) — –'.split())
_REACH = 16


def clause_after_fronted(toks: Toks, first: int, tj: int) -> bool:
    """Does a fronted adverbial open at token ``first`` ("in all her emails …,") with a clause
    after its comma?"""
    if first >= tj or toks.lows[first] not in _OPENERS:
        return False
    for c in range(first + 1, min(tj, first + _REACH)):
        w = toks.words[c]
        if w in _STOPS:
            return False
        if w == ",":
            return c - first >= 2 and looks_like_clause(toks, c + 1, tj)
    return False
