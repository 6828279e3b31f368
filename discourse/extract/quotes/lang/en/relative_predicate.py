"""English: the predicate after "which X said" opens with any finite verb (issue 14, dev11).

In "the next mission, which NASA's administrator has said may be ready by August" or "mail-in
voting, which critics have said amounted to voter suppression", the relative pronoun is the
subject of the reported clause, so the word after the cue is that clause's finite verb: an
auxiliary or a modal ("is", "would", "may", "has"), a past tense ("amounted", "fled") or a
present one before its complement ("derives from"). :mod:`.reported` read only "is / are / was /
were / would / will / could / might" there. The cues are the verbs of saying proper with
"note" and "explain" ("which they note is several times larger", "which he has explained
derives from a character"): not belief ("which they reckoned were closer"). Read on the
Wikinews dev splits dev3, dev7, dev9 and dev11.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["RELATIVE_CUES", "long_relative_subject", "relative_end", "relative_predicate"]

RELATIVE_CUES: Final = frozenset("say claim allege report state insist argue warn note explain".split())

# auxiliaries and modals that open the relative clause's predicate
_OPENERS: Final = AUX | frozenset("may can should must shall".split())
# what follows a present-tense verb in "-s" ("derives from", "remains in"), not a plural noun
# ("which he said news reports …")
_AFTER_PRESENT: Final = frozenset("from to in on of at into with for as that the a an".split())
# past forms that are rather nouns or adjectives after a cue ("said red", "said need")
_NOT_VERBS: Final = frozenset("red need speed seed bed feed breed deed shed hundred".split())


def relative_predicate(toks: Toks, k: int, tj: int) -> bool:
    """Does a finite verb open the predicate at ``k`` (up to the sentence's token ``tj``) after
    "which/that/who X <cue>": an auxiliary or modal, a past tense, or a present tense in "-s"
    before a preposition or a determiner?"""
    if k + 1 >= tj:
        return False
    low, word = toks.lows[k], toks.words[k]
    if cap(word) or not word.isalpha():
        return False
    if low in _OPENERS or low in IRREGULAR_PAST:
        return True
    if low.endswith("ed") and len(low) > 4 and low not in _NOT_VERBS:
        return True
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3 and (
        toks.lows[k + 1] in _AFTER_PRESENT)


_PERFECT: Final = frozenset("has have had".split())
_RELATIVE_WORDS: Final = frozenset("which that".split())
_DETERMINERS: Final = frozenset("the a an his her its their our".split())


def long_relative_subject(toks: Toks, i: int) -> bool:
    """Does "which/that" stand before the past cue at ``i`` over a subject of up to six words
    that opens with a name or a determiner, a perfect auxiliary between it and the cue allowed
    ("which NASA Administrator Jim Bridenstine has said may be", "which critics have said
    amounted to")? :mod:`.cues` reads two to four words without the auxiliary; a cue followed
    by an auxiliary is otherwise taken for a noun subject ("his claims were")."""
    words, lows = toks.words, toks.lows
    j = i - 1 if i > 0 and lows[i - 1] in _PERFECT else i
    for k in range(j - 1, max(-1, j - 8), -1):
        if lows[k] in _RELATIVE_WORDS:
            first = k + 1
            return j - first >= 1 and (cap(words[first]) or lows[first] in _DETERMINERS or (
                j - first == 1 and lows[first].endswith("s"))) and all(
                words[m].isalpha() or words[m] in (".", "-", "'s", "’s") for m in range(first, j))
        if not (words[k].isalpha() or words[k] in (".", "'s", "’s")):
            return False
    return False


_STOPS: Final = frozenset((";", ":", "—", "–", "--", "-"))


def relative_end(toks: Toks, k: int, tj: int) -> int:
    """End token of a predicate that :func:`relative_predicate` opened at ``k`` (its verb not
    one of the copulas and modals that :mod:`.reported` ends at a comma or another auxiliary):
    at a semicolon, a colon or a dash ("--" too), or at a comma after which the main clause's finite verb
    resumes ("which he has explained derives from X, was initially …"); else the sentence's end
    ("which members said explained why he had no serious opposition": "had" is the inner
    clause's; "…, especially ones in the Rust Belt" goes on with the predicate)."""
    words = toks.words
    for m in range(k + 1, tj):
        if words[m] in _STOPS:
            return m
        if words[m] == "," and m + 1 < tj and (toks.lows[m + 1] in AUX or (
                toks.lows[m + 1] in IRREGULAR_PAST) or (
                toks.lows[m + 1].endswith("ed") and not cap(words[m + 1]))):
            return m
    return tj
