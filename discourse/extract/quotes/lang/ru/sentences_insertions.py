"""A verb after an insertion in commas and an adverb: its subject stands before the insertion.

``Совет, который возглавляет Иванов, также заявил, что P`` and ``Совет страны, где произошёл
переворот, официально подтвердил, что P``: a relative clause or a participle's phrase in commas
stands between the subject and its verb, and an adverb («также», «официально», «ранее») between
the closing comma and the verb. The sentence reading of :mod:`.reported` looks for the verb's
subject from the clause's start, the closing comma; with nothing but adverbs there, it found none
and dropped the report («заявил» with no subject is no indefinite plural). A verb right after the
comma was already read from the sentence's start; an adverb before it changes nothing in the
grammar, so it is read the same way.

:func:`subject_from` is called by :func:`.reported.reports_in_sentence`. Before: the clause's
first token. After: the sentence's first token when only adverbs stand between the clause's start
and the verb, else the clause's start unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.phrases import is_adverb
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["subject_from"]


def subject_from(toks: Toks, ti: int, clause_lo: int, a: int) -> int:
    """Where to look for the subject of the verb at ``a`` whose clause starts at ``clause_lo``
    in the sentence starting at ``ti``: ``ti`` when the clause holds the verb alone or adverbs
    before it after a comma, else ``clause_lo``."""
    if clause_lo >= a:
        return ti
    words, lows = toks.words, toks.lows
    if clause_lo <= ti or words[clause_lo - 1] != ",":
        return clause_lo
    if all(wordish(words[m]) and is_adverb(lows[m]) for m in range(clause_lo, a)):
        return ti
    return clause_lo
