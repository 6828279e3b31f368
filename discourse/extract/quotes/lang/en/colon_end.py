"""English: where a report ends at a colon that opens a post or a list (round 24).

:func:`.clauses.clause_end` ends a report before a colon that opens a quotation ("X said P:
“…”"). The fresh saying sets show two more things a colon opens after a report that are not
part of it: a quoted post set off by ">" ("PolitiFact notes that Clinton did flip-flop on the
deal: > LIVE FACT-CHECK: …": set 10) and a list ("… had been incidentally killed in strikes:
Samir Khan, Jude Kenan Mohammed and …": set 8; "… by 23 percentage points, in …"). The gold of
every dev part ends the report at the colon in such cases (8 such spans); it runs over a colon
only when a clause follows ("… was structural: She was in elected office …", 3 spans), which
stays as it was.

:func:`colon_ends_report` says whether the colon at token ``k`` ends the report: a ">" after
it, or a stretch up to the report's end that holds a comma and does not read as a clause.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.phrases import looks_like_clause
from discourse.extract.quotes.tokens import Toks

__all__ = ["colon_ends_report"]


def colon_ends_report(toks: Toks, k: int, hi: int) -> bool:
    """Does the colon at token ``k`` end the report whose tokens end at ``hi``: a quoted post
    (">") or a list (a comma, no clause) follows it?"""
    words = toks.words
    if k + 1 >= hi:
        return False
    if words[k + 1] == ">":
        return True
    return "," in words[k + 1:hi] and not looks_like_clause(toks, k + 1, hi, reach=20)
