"""English: "add X to Y" adds a thing, it reports nothing (issue 14, round 36).

"add" takes a bare clause ("He added the company would appeal"), so :mod:`.reported` reads what
follows it as a report when it looks like a clause. A noun phrase followed by "to", "into",
"onto" or "from" is the object of the act of adding instead: "adds fuel to the already heated
partisan atmosphere" (saying set 15 dev), "added some caution to the reports" (direct set 4 dev),
"added another quote from Mr. Brown: “…”" (saying set 9 dev): false alarms on three sets, and on
no dev part does the gold annotate a report after "add" + a noun phrase (seven such objects,
none a report). A finite verb, an auxiliary or a past form before the preposition ("added
officials went to the site") leaves the clause reading alone.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST, SUBJECT_PRONOUNS
from discourse.extract.quotes.tokens import Toks

__all__ = ["added_thing"]

_ADD_FORMS = frozenset("add adds added adding".split())
# prepositions that take the goal or source of a thing added
_GOALS = frozenset("to into onto from".split())


def added_thing(toks: Toks, a: int, k: int, tj: int) -> bool:
    """Is the cue at ``a`` a form of "add" whose object at ``k`` is a noun phrase of one to four
    words (no verb, auxiliary or subject pronoun in it) followed by "to", "into", "onto" or
    "from" ("adds fuel to …", "added another quote from …")?"""
    lows, words = toks.lows, toks.words
    if lows[a] not in _ADD_FORMS or k >= tj or lows[k] == "that" or lows[k] in SUBJECT_PRONOUNS:
        return False
    for m in range(k, min(tj, k + 5)):
        low = lows[m]
        if low in _GOALS:
            return m > k
        if not words[m].isalpha() or low in AUX or low in IRREGULAR_PAST or (
                low.endswith("ed") and m > k):
            return False
    return False
