"""More appositions between a name and the closing verb of saying (issue 14, the English grid):
an age (``P, Jane Doerr, 70, said Monday.``) and a role without an article (``P, Jane Doerr,
head of the agency, said.``), and the same subject when the attribution interrupts the report
(``P1, Jane Doerr, a Democrat from Ohio, said, P2``).

News English sets a person's age and a bare title off by commas after the name just as it sets
off "a spokesman"; :mod:`.tail_apposed` knew only the article-led description, so the comma after
the age read as an inverted tail and "Monday" became the speaker. Used by :mod:`.tail_apposed`
and :mod:`.tail`.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.phrases import PERSON_NOUNS
from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["bare_role", "interrupting_rest"]

# Role nouns used without an article before "of/for/at" ("head of the agency"), beside the
# speaking nouns of phrases.PERSON_NOUNS
_ROLE_HEADS = PERSON_NOUNS | frozenset("""head member founder editor professor adviser advisor
    aide analyst executive deputy counsel treasurer superintendent administrator""".split())
# Modifiers a bare role may carry ("former head of …", "deputy director of …")
_ROLE_MODIFIERS = frozenset("former deputy acting senior chief assistant vice interim".split())
_ROLE_PREPS = frozenset("of for at to".split())


def bare_role(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a role without an article ("head of the agency", "former director
    of the FBI", "spokesman for the campaign"): a role noun, then a preposition and its object;
    lower case, no verb."""
    words, lows = toks.words, toks.lows
    h = i
    while h < j - 1 and lows[h] in _ROLE_MODIFIERS:
        h += 1
    if not 3 <= j - h <= 12 or cap(words[h]) or lows[h] not in _ROLE_HEADS or (
            lows[h + 1] not in _ROLE_PREPS):
        return False
    return all(wordish(words[m]) or words[m] in ("'s", "’s", "-", ".") for m in range(i, j)) and (
        not any(lows[m] in AUX or lows[m] in ("that", "who", "which") for m in range(i, j)))


def interrupting_rest(toks: Toks, b: int, tj: int) -> bool:
    """After the verb ending at ``b``: a comma and a clause up to the sentence's end ("…, said,
    and the results will be public by May.")? Then the attribution interrupts the report."""
    words = toks.words
    if not (b + 2 < tj and words[b] == "," and wordish(words[b + 1])):
        return False
    first = b + 2 if toks.lows[b + 1] in ("and", "but", "so") else b + 1
    return first < tj and looks_like_clause(toks, first, tj)
