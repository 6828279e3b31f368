"""English: a titled name as the speaker of a relative report, "which Mr. Sanders argues did
harm" (issue 14, round 36).

:mod:`.cues` reads a verb of saying inside a relative clause as a cue when its subject is a
pronoun ("which he said was"), one word ("which Sanders says did"), or, for a past form, two to
six words of letters ("which NASA Administrator Jim Bridenstine has said"). A title with its dot
("Mr.", "Sen.", "Dr.") is one token that is no word of letters, so "which Mr. Sanders argues
did irreparable harm to states" and "which Mr. Sanders said was" were no cue at all. A title
and a capitalised name are a speaker beyond doubt, so the present forms are read too (a
plural noun subject, "which the union claims were", stays out: "claims" may be its noun).
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["titled_relative_subject"]

# titles before a name, as tokens (the tokenizer keeps the dot: "Mr."; British "Mr" has none)
TITLES = frozenset("""mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. prof. rev. mr mrs ms dr
    sen rep gov gen prof""".split())
_RELATIVES = frozenset("which that what".split())
_PERFECT = frozenset("has have had".split())
# cue forms read here: the verbs of saying proper and those of arguing, present and past
_CUES = frozenset("""say says said claim claims claimed argue argues argued insist insists
    insisted allege alleges alleged warn warns warned note notes noted""".split())


def titled_relative_subject(toks: Toks, i: int) -> bool:
    """Is the cue at ``i`` (a verb of saying) preceded by "which/that/what", a title and one to
    three capitalised words, a perfect auxiliary between name and cue allowed ("which Sen. John
    Cornyn has said would")?"""
    lows, words = toks.lows, toks.words
    if lows[i] not in _CUES:
        return False
    j = i - 1 if i > 0 and lows[i - 1] in _PERFECT else i
    k = j - 1
    n = 0
    while k > 0 and n < 3 and cap(words[k]) and words[k].replace("-", "").isalpha():
        k -= 1
        n += 1
    if n == 0 or k < 1 or lows[k] not in TITLES:
        return False
    return lows[k - 1] in _RELATIVES
