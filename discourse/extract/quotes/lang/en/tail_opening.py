"""English sentence-final attribution after an opening subordinate clause: "When the officers
left the car, the suspect fled, police said." (round 24).

:func:`.tail.inverted_tail` takes the stretch before ", X said" as the report when it reads as a
clause, or as a clause after a short introductory phrase (a comma within the first five words).
A sentence that opens with a longer subordinate clause ("When the officers got out of their car
and approached Kemp, Polanco shot …, police said": set 10) failed both tests ("when" opens no
main clause, its comma stands too far), and the report was lost. The gold keeps the whole
stretch, the subordinate clause with it, as the report (as it does for "If he goes …, it's
important …, Cisneros said", which the clause test passes).

:func:`clause_after_subordinate` accepts a subordinator (:data:`.clauses.SUBORDINATORS`), its
own clause up to a comma within :data:`_REACH` tokens, and a main clause after that comma.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import SUBORDINATORS
from discourse.extract.quotes.tokens import Toks

__all__ = ["clause_after_subordinate"]

_REACH = 30  # tokens the opening subordinate clause may take before its comma


def clause_after_subordinate(toks: Toks, ti: int, k: int) -> bool:
    """Do tokens ``[ti, k)`` hold a subordinate clause opening the sentence ("When the officers
    left the car,") and a main clause after its comma?"""
    words, lows = toks.words, toks.lows
    if lows[ti] not in SUBORDINATORS:
        return False
    c = next((m for m in range(ti + 2, min(k, ti + _REACH)) if words[m] == ","), None)
    return c is not None and looks_like_clause(toks, ti + 1, c, reach=20) and looks_like_clause(
        toks, c + 1, k, reach=20)
