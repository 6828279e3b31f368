"""English: an opening subordinate clause led by a measure of time (issue 14, round 37).

:func:`.clauses.subordinate_end` ends a report at the comma that closes a subordinate clause
opening the sentence ("After X said P, Y answered": P stops at the comma, the rest is the
author's main clause). News often measures the time before the subordinator: "Days after X told
reporters P, the president …", "Two weeks before X said P, …", "Shortly after X announced P, …".
The subordinator then is not the sentence's first word and the report ran on over the comma into
the main clause (saying set 16 dev; set 15 dev holds "One week after …" with a dash aside).

:func:`measured_subordinator` skips such a lead -- at most three words: numbers or quantifiers,
then a noun of time or a time adverb -- and returns where the subordinator stands.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.tokens import Toks

__all__ = ["measured_subordinator"]

# the subordinators a measure of time may lead ("days after", "hours before", "weeks since")
_MEASURED: Final = frozenset("after before since until".split())
# the word of the lead right before the subordinator: a unit of time or a time adverb
_UNITS: Final = frozenset("""second seconds minute minutes hour hours day days week weeks month months
    year years decade decades moment moments shortly soon just right immediately long""".split())
# what may stand before the unit: numbers and quantifiers ("two days", "a few weeks", "only
# hours", "nearly a year")
_QUANTIFIERS: Final = frozenset("""a an one two three four five six seven eight nine ten eleven twelve
    few several some many just only mere barely nearly almost about less more than""".split())
_MAX_LEAD: Final = 3


def measured_subordinator(toks: Toks, ti: int, tj: int) -> int:
    """The index of "after/before/since/until" behind a lead that measures time at the start
    of the sentence ``toks[ti:tj]`` ("Days after", "Two weeks before", "Shortly after"), or
    ``ti`` when there is no such lead."""
    lows = toks.lows
    for k in range(ti + 1, min(tj, ti + _MAX_LEAD + 1)):
        if lows[k] in _MEASURED:
            lead = lows[ti:k]
            if lead[-1] in _UNITS and all(w in _QUANTIFIERS or w.isdigit() for w in lead[:-1]):
                return k
            return ti
        if lows[k] not in _UNITS and lows[k] not in _QUANTIFIERS:
            return ti
    return ti
