"""English: the parts of a report that its source interrupts, however short (issue 14, dev11).

"The gunmen then, according to security officials, fled.": the part after the source is a
finite verb alone that ends the sentence, the rest of the clause before the source; "Day, they
said, desired no memorials …": the part before it is one name. The gold of the Wikinews splits
(``tests/gold/wikinews_en/NOTES.md``, D's rule for interrupted reports) keeps both parts of such
a report as spans of one attribution; the shared three-word floor dropped a part of one or two
words. Read on dev3 and dev11. (A part after a copula that is no clause, "they are, according to
the Western rules, to be protected", stays out: a first draft kept it, with no gain on any dev
split and one false report in the UN speeches.)

:func:`completes_head` tells :mod:`.according_to` to keep the part after "according to X,";
:func:`short_interrupted_part` vouches for a short part to the floor (the language's
``keeps_short``): a part that ends its sentence right after ", according to X," or ", X said,",
or a capitalised word (not a sentence adverb: "Indeed, News 12 reported, …") opening its
sentence right before ", X said,".
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
# one capitalised word before ", X said," that frames the sentence rather than opening the
# report ("Indeed, News 12 reported, …", "Meanwhile, she said, …"; and any word in "-ly")
_SENTENCE_ADVERBS = frozenset("""indeed however meanwhile still instead nevertheless nonetheless
    moreover furthermore also then now yet thus therefore hence otherwise besides first second
    third finally overall again today yesterday tomorrow earlier later previously currently
    recently but and so or monday tuesday wednesday thursday friday saturday sunday""".split())


def _finite_verb(toks: Toks, k: int) -> bool:
    """Is token ``k`` a finite verb in the past or an auxiliary ("fled", "was", "resigned")?"""
    low = toks.lows[k]
    return low in AUX or low in IRREGULAR_PAST or (
        low.endswith("ed") and len(low) > 3 and not cap(toks.words[k]))


def completes_head(toks: Toks, c: int, tj: int) -> bool:
    """Does the part after the source's comma ``c`` (up to the sentence's token ``tj``) complete
    the clause before the source as a finite verb alone that ends the sentence ("then,
    according to X, fled.")? After a copula ("they are, according to the Western rules, to be
    protected") the part is no clause and stays out."""
    if c + 1 >= tj:
        return False
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
    if j - i == 1 and cap(words[i]) and lows[i] not in _SENTENCE_ADVERBS and not lows[i].endswith(
            "ly") and (i == 0 or words[i - 1] in _SENTENCE_END or (
            doc.text[toks.ends[i - 1]:s].count("\n") > 0)) and j + 2 < n and words[j] == ",":
        for m in range(j + 1, min(n, j + 6)):
            if words[m] == ",":
                return m - j >= 3 and lows[m - 1] in _ASIDE_VERBS
            if words[m] in _SENTENCE_END:
                return False
    return False
