"""The finite verbs of saying after which a comma, then a clause, is the report: "X said, P"
and, in the same shape, "ABC's Jane Doe reports, P", "Reuters wrote, P".

``reported.py`` read "X said, P" / "X says, P" (a clause after the comma, no relative word, no
participle, no conjunction: ``_report_after_listener``); news English puts the same comma after
the other plain verbs of reporting ("reports", "reported", "writes", "wrote", "adds",
"added"), and the report was lost there while "Jane Doe reports P" (no comma) was read.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap

# The verbs, finite forms only (a participle or bare form before a comma opens no report:
# "reporting, …" is an adverbial).
COMMA_REPORT_VERBS = frozenset("""said says reports reported writes wrote adds added""".split())

# Forms that are also plural nouns ("news reports, …", "Per reports, …", Wikinews dev7, dev9).
_ALSO_NOUNS = frozenset("reports writes adds".split())

# Words before such a form that make it the noun: prepositions and determiners.
_BEFORE_NOUN = frozenset("""per by in on at of to from for with after amid according the these those
    some many several other early initial latest local media news press""".split())

_SINGULAR_PRONOUNS = frozenset("he she it".split())


def comma_report_verb(toks: Toks, a: int, ti: int) -> bool:
    """Is the cue at ``a`` a finite verb of :data:`COMMA_REPORT_VERBS` (so that "X <verb>, P"
    reports P)? A form that is also a plural noun counts only after a name (capitalised, not a
    preposition or determiner) or "he"/"she"/"it": "ABC's Jane Doe reports, P" but not "At the
    time of the news reports, P" or "Per reports, P"."""
    low = toks.lows[a]
    if low not in COMMA_REPORT_VERBS:
        return False
    if low not in _ALSO_NOUNS:
        return True
    if a <= ti:
        return False
    before = toks.lows[a - 1]
    return before in _SINGULAR_PRONOUNS or (cap(toks.words[a - 1]) and before not in _BEFORE_NOUN)
