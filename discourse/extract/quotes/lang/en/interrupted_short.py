"""English: the parts of a report that its source interrupts, however short (issue 14, dev11).

"Six of the murders were, according to agreed facts heard in court, sexual in nature": the part
after the source completes the clause of the part before it (a copula or an auxiliary ends that
part), so it is the report's rest even when it reads as no clause of its own; "The gunmen then,
according to security officials, fled." ends with a finite verb alone. The gold of the Wikinews
splits (``tests/gold/wikinews_en/NOTES.md``, D's rule for interrupted reports) keeps both parts
of such a report as spans of one attribution; the shared three-word floor dropped a part of one
or two words ("fled", "Day, they said, desired no memorials …"). Read on dev3, dev10 and dev11.

:func:`completes_head` tells :mod:`.according_to` to keep the part after "according to X,";
:func:`short_interrupted_part` vouches for a short part to the floor (the language's
``keeps_short``): a part that ends its sentence right after ", according to X," or ", X said,",
or a capitalised word opening its sentence right before ", X said,".
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["completes_head", "short_interrupted_part"]

# the verbs that may stand between a speaker and the comma closing an interrupting
# attribution (", they said,", ", she suggested,")
_ASIDE_VERBS = frozenset("""said says added adds noted notes suggested suggests argued argues
    explained explains claimed claims told wrote writes reported reports""".split())
_SENTENCE_END = frozenset(".!?")


def _finite_verb(toks: Toks, k: int) -> bool:
    """Is token ``k`` a finite verb in the past or an auxiliary ("fled", "was", "resigned")?"""
    low = toks.lows[k]
    return low in AUX or low in IRREGULAR_PAST or (
        low.endswith("ed") and len(low) > 3 and not cap(toks.words[k]))


def completes_head(toks: Toks, head_last: int, c: int, tj: int) -> bool:
    """Does the part after the source's comma ``c`` (up to the sentence's token ``tj``) complete
    the clause whose last token before the source is ``head_last``: that token a copula or an
    auxiliary ("were, according to X, sexual in nature"), or the part a finite verb that ends
    the sentence ("then, according to X, fled.")?"""
    if c + 1 >= tj:
        return False
    if toks.lows[head_last] in AUX:
        return True
    # (c + 1 < tj: token c + 2 is the sentence's end or a token of it)
    return _finite_verb(toks, c + 1) and (c + 2 == tj or toks.words[c + 2] in _SENTENCE_END)


def short_interrupted_part(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: is the short report ``[s, e)`` one part of a report its source
    interrupts — the sentence's last words after ", according to X," or ", X said," (a finite
    verb first), or its first, capitalised word before ", X said,"?"""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    i, j = doc.tok_index(s), doc.tok_index(e)
    n = len(words)
    if i >= n or j <= i:
        return False
    if i >= 2 and words[i - 1] == "," and _finite_verb(toks, i) and (
            j >= n or words[j] in _SENTENCE_END):
        # back to the comma before the source: "according to X" or "X said" between them
        for m in range(i - 2, max(-1, i - 10), -1):
            if words[m] == ",":
                between = lows[m + 1:i - 1]
                return between[:2] == ["according", "to"] or (
                    len(between) >= 2 and between[-1] in _ASIDE_VERBS)
            if words[m] in _SENTENCE_END:
                return False
        return False
    if j - i == 1 and cap(words[i]) and (i == 0 or words[i - 1] in _SENTENCE_END or (
            doc.text[toks.ends[i - 1]:s].count("\n") > 0)) and j + 2 < n and words[j] == ",":
        for m in range(j + 1, min(n, j + 6)):
            if words[m] == ",":
                return m - j >= 3 and lows[m - 1] in _ASIDE_VERBS
            if words[m] in _SENTENCE_END:
                return False
    return False
