"""English: a time adverbial opening the clause before the subject of a coordinated cue
(issue 14, round 38).

"Earlier this week, the 78-year-old socialist told Jorge Ramos that P, but said Q" (saying set
17 dev): the cue after "but" takes the subject opening its clause
(:func:`.phrases.subject_extended`). The subject reader skips one-word adverbs and introductions
that open with a preposition ("On Monday, she …"), but not a time adverbial of several words
without one: "Earlier this week," was read as no subject (Q lost), "Last week," gave the
speaker "Last". News opens sentences so all the time: "Last week,", "Earlier this month,",
"This morning,", "Two days later,", "A week ago,".

:func:`opening_time_end` gives the token after the comma that closes such an adverbial
("<earlier/later> this/last/next <unit>", "yesterday/today <part of the day>": the shapes
:func:`.clauses.after_time` reads after a cue; or a measure of time with "ago/later/earlier"),
or the clause's start when none opens it. :func:`opened_subject` then reads a subject "the <noun
phrase>" before its verb there, as the reader takes "The <noun phrase>" opening a sentence (in
lower case only a person noun was taken: "the 78-year-old socialist told" was refused). The
shapes are read here, not by importing :mod:`.clauses`, which imports :mod:`.phrases`, the
caller.
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.extract.quotes.lang.en.clause_like import coordinated_verb
from discourse.extract.quotes.tokens import Toks

__all__ = ["opened_subject", "opening_time_end"]

_DAYS = frozenset("yesterday today tonight".split())
_PARTS = frozenset("morning afternoon evening night".split())
_NAMED_UNITS = frozenset("week month year morning afternoon evening weekend".split())
# a measured time before "ago/later/earlier" ("two days later", "a week ago", "days earlier")
_UNITS = frozenset("""minute minutes hour hours day days week weeks month months year years
    decade decades""".split())
_QUANTIFIERS = frozenset("""a an one two three four five six seven eight nine ten eleven twelve
    few several some many just only nearly almost about""".split())
_RELATIVE = frozenset("ago later earlier".split())
_MAX_MEASURE = 3  # words before the unit at most ("just a few days later")


def _named_end(toks: Toks, lo: int, hi: int) -> int:
    """The token after "yesterday (morning)", "(earlier) this/last/next week" at ``lo``, or
    ``lo``."""
    lows = toks.lows
    if lows[lo] in _DAYS:
        return lo + 2 if lo + 1 < hi and lows[lo + 1] in _PARTS else lo + 1
    m = lo + 1 if lows[lo] in ("earlier", "later") else lo
    if m + 1 < hi and lows[m] in ("this", "last", "next") and lows[m + 1] in _NAMED_UNITS:
        return m + 2
    return lo


def _measured_end(toks: Toks, lo: int, hi: int) -> int:
    """The token after "<quantities> <unit> ago/later/earlier" at ``lo``, or ``lo``."""
    lows = toks.lows
    u = lo
    while u < hi and u - lo <= _MAX_MEASURE and (lows[u] in _QUANTIFIERS or lows[u].isdigit()):
        u += 1
    if u < hi - 1 and lows[u] in _UNITS and lows[u + 1] in _RELATIVE:
        return u + 2
    return lo


def opening_time_end(toks: Toks, lo: int, hi: int) -> int:
    """The token after ", " that closes a time adverbial opening ``toks[lo:hi]`` ("Earlier this
    week,", "Last week,", "Two days later,"), or ``lo`` when the clause opens otherwise."""
    if lo >= hi:
        return lo
    k = _named_end(toks, lo, hi)
    if k == lo:
        k = _measured_end(toks, lo, hi)
    if lo < k < hi - 1 and toks.words[k] == ",":
        return k + 1
    return lo


_MAX_SUBJECT = 4  # words of "the <noun phrase>" ("the 78-year-old socialist")


def opened_subject(toks: Toks, t: int, hi: int,
                   np_forward: Callable[[Toks, int], int]) -> tuple[int, int] | None:
    """The subject "the <noun phrase>" at ``t`` (right after an opening time adverbial) when
    a past-tense verb follows it ("Last week, the 78-year-old socialist told …"), or None."""
    if not (t < hi and toks.lows[t] == "the"):
        return None
    e = np_forward(toks, t)
    if t + 1 < e <= t + _MAX_SUBJECT and e < hi and coordinated_verb(toks.words[e], toks.lows[e]):
        return t, e
    return None
