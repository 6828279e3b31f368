"""English: a noun object, then a coordinated clause of the article's own (issue 14).

The reader of that-less clauses (``reported.reports_in_sentence``) takes what follows a verb of
saying for a clause when a verb follows within reach. After a noun object the first verb may
belong to a second clause the author coordinates: "The Iraqi government has since declared
victory, but the U.S. troops have remained in Iraq" (Wikinews dev), "The milestone came the same
day Malawi confirmed its first coronavirus infections and Zambia had its first
coronavirus-related death" (dev9): the report ran over the author's clause. A subject never
holds ", but" before its verb, and a content object ("its first infections": a head of
:data:`.objects.CONTENT_HEADS`) followed by "and" and a new subject with its verb is an object
and a second clause. :func:`object_before_clause` returns where the object ends; the report is
the object (or none, when it is a single word the three-word floor drops: "victory").
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.objects import content_object
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["object_before_clause"]

_REACH = 12  # tokens of the object at most
_NOT_AFTER_BUT = frozenset("not also only rather instead that".split())
_SUBJECT_STARTS = frozenset("the a an his her their its this these those some many".split())


def _verb(toks: Toks, m: int) -> bool:
    """Is token ``m`` a finite verb: an auxiliary, an irregular past, a lower-case "-ed"?"""
    low = toks.lows[m]
    return low in AUX or low in IRREGULAR_PAST or (
        low.endswith("ed") and len(low) > 4 and not cap(toks.words[m]))


def object_before_clause(toks: Toks, a: int, k: int, tj: int, lemma: str) -> int:
    """End token (exclusive) of the noun object opening at ``k`` after the cue at ``a`` (its
    lemma ``lemma``) when a coordinated clause of the author's follows it: ", but" + a clause,
    or (after a content object) "and" + a new subject and its verb; else -1."""
    words, lows = toks.words, toks.lows
    for m in range(k, min(tj, k + _REACH)):
        if _verb(toks, m) or words[m] in ";:.\"“”()":
            return -1  # the clause's own verb first: a that-less clause after all
        if m > k and words[m] == "," and m + 2 < tj and lows[m + 1] == "but" and (
                lows[m + 2] not in _NOT_AFTER_BUT) and looks_like_clause(toks, m + 2, tj):
            # not a clause before the comma ("said Chicago ranks last …, but …": a present
            # tense the verb test above does not know), nor "but that Q", a second report
            return -1 if looks_like_clause(toks, k, m) or lows[m + 2] == "that" else m
        if m > k + 1 and lows[m] == "and" and m + 2 < tj and (
                cap(words[m + 1]) or lows[m + 1] in _SUBJECT_STARTS) and (
                content_object(toks, a, k, tj, lemma)) and any(
                _verb(toks, n) for n in range(m + 2, min(tj, m + 5))):
            return m
    return -1
