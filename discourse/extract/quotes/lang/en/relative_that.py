"""English: "that" right before a finite verb, after a noun some words past the cue, opens a
relative clause, not the report (issue 14, dev11 round).

:mod:`.reported` looks up to ten words past a verb of saying for "that" over an adverbial ("said
in an interview with RBC that P"). When that "that" follows a noun and a finite verb follows it,
the "that" is the noun's relative pronoun, the subject of its clause: "threatened to withhold
federal funds from districts that did not comply", "agreed on a line as their shared maritime
border that would make …", "threatening to give a news conference that would damage …" (false
reports on the Wikinews dev splits dev2, dev7 and dev9), where no proposition is reported. A time
word before "that" ("said on Monday that was …") is left to the rules as before.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["relative_that"]

_TIME_WORDS: Final = frozenset("""today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday morning afternoon evening night week month year again also earlier later
    recently repeatedly publicly""".split())
_MODALS: Final = frozenset("may might can could should must shall will would".split())


def relative_that(toks: Toks, k: int, m: int) -> bool:
    """Is the "that" at token ``m`` (more than one token past ``k``, the first token after the
    cue) a relative pronoun: after a lower-case noun-like word, before an auxiliary or a modal
    ("that did not comply", "that would make")?"""
    if m <= k + 1 or m + 1 >= len(toks.lows):
        return False
    words, lows = toks.words, toks.lows
    before, after = lows[m - 1], lows[m + 1]
    if not words[m - 1].isalpha() or cap(words[m - 1]) or before in _TIME_WORDS or before in AUX:
        return False
    # (not a past tense in "-ed": "said in his letter that classified guidance will be
    # provided", saying set 9, is an adjective opening the report)
    return after in AUX or after in _MODALS
