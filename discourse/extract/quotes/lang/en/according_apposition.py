"""English: "According to X, a <description>, P": the description is X's appositive.

``according_to._according_to`` passes over a name in apposition after the source ("According to
the first selectman, Chris Kervick, P") and a description opening with "formerly", "now", ...;
a description opening with an article it leaves in the report, because a determiner opens the
report itself as often ("According to X, the current head of state, …"). The report then held
the appositive: "According to a report by UpGuard, a cybersecurity firm, two databases were
found ..." (Wikinews dev12) gave "a cybersecurity firm, two databases were found ...".
:func:`after_article_apposition` passes over such a description when it is short, has no verb,
and a clause of its own follows its comma; "According to X, a man, 34, was killed" and
"According to X, a man was killed, and ..." keep their reading.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.words import AUX, SAY_IRREGULAR
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["after_article_apposition"]

# Words that make the stretch after the article a clause or a list, not a description.
_NOT_IN_DESCRIPTION = frozenset("who whom whose which that and or but said says".split())


def after_article_apposition(toks: Toks, c: int, tj: int) -> int:
    """The comma after "a"/"an" and a short description (two to eight words, no verb, no
    relative, no mark) that follows the source's comma at ``c``, when a clause follows that
    comma and the source ends with a capitalised word ("UpGuard, a cybersecurity firm,"); else
    ``c``."""
    words, lows = toks.words, toks.lows
    if c + 3 >= tj or lows[c + 1] not in ("a", "an") or not cap(words[c - 1]):
        return c
    for k in range(c + 3, min(tj - 2, c + 10)):
        w, low = words[k], lows[k]
        if w == ",":
            return k if looks_like_clause(toks, k + 1, tj) else c
        if not w.replace("-", "").replace("'", "").isalnum() or low in AUX or (
                low in SAY_IRREGULAR or low in _NOT_IN_DESCRIPTION) or low.isdigit():
            return c
        if not cap(w) and len(low) > 4 and low.endswith(("ed", "ing")) and k > c + 2:
            return c  # "a man arrested on Monday": a participle clause, not a plain description
    return c
