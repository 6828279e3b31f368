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
it (a space after the colon: not a time, "9:54"), or a stretch up to the report's end that
opens with a capital, holds a comma and does not read as a clause (a list of names or places).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["colon_ends_report"]


def colon_ends_report(toks: Toks, k: int, hi: int) -> bool:
    """Does the colon at token ``k`` end the report whose tokens end at ``hi``: a quoted post
    (">") or a list (a capital, a comma, no clause) follows it?"""
    words = toks.words
    if k + 1 >= hi or toks.starts[k + 1] == toks.ends[k]:
        return False  # "at 9:54 a.m.": a time, no colon of the sentence
    if words[k + 1] == ">":
        return True
    # a list of names or places ("Samir Khan, Jude …", "Arizona, Alaska and Montana"); a
    # lower-case list goes on with the report ("two questions: whether they fear success, and
    # whether they fear failure")
    return cap(words[k + 1]) and "," in words[k + 1:hi] and not looks_like_clause(
        toks, k + 1, hi, reach=20)
