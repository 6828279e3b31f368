"""English: "According to X, the agency's director, P": a description opened by "the" or a
possessive in apposition to a named source (issue 14, the second English grid).

``according_to._according_to`` leaves a determiner after the source's comma in the report,
since a determiner opens the report's own subject as often ("According to Reuters, the
president, who …, will resign"). After a name, a short description without a verb, closed by a
comma and followed by a whole clause, cannot be that subject: the clause after it has its own
("According to Jane Doerr, the agency's director, the agency will review the rules"). The report
then held "the agency's director, the agency will review …" and the mention lost its
apposition. Inside a sentence ("The agency, according to X, the agency's
director, will review the rules") the predicate after it, opened by an auxiliary, is the
report. A list ("…, the agency, the ministry and the police agree") or a name after the
description ("…, the director, Tom Reyes, resigned") keeps the old reading.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.apposed_age import described_role
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["after_determined_apposition"]

_DETERMINED = frozenset("the his her their its".split())


def after_determined_apposition(toks: Toks, c: int, tj: int, predicate: bool = False) -> int:
    """The comma closing a determined description ("the agency's director") in apposition to
    the name that ends at the source's comma ``c``, when a clause follows it (or, with
    ``predicate``, when the source stands after its clause's subject, a predicate opened by an
    auxiliary: "The agency, according to X, the director, will review …"); else ``c``."""
    words, lows = toks.words, toks.lows
    if c + 4 >= tj or lows[c + 1] not in _DETERMINED or not cap(words[c - 1]):
        return c
    for k in range(c + 3, min(tj - 3, c + 12)):
        if words[k] != ",":
            continue
        after = range(k + 1, min(tj, k + 6))
        if not described_role(toks, c + 1, k) or any(
                words[m] == "," or lows[m] in ("and", "or") for m in after):
            return c  # no description, or a list / a name in apposition after it
        return k if looks_like_clause(toks, k + 1, tj) or (
            predicate and lows[k + 1] in AUX) else c
    return c
