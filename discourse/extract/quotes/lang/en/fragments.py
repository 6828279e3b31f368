"""English: the naming verb a quoted fragment belongs to when it is not right before the marks.

Pass 1 gives a short fragment in marks ("called it “null and void”") to the naming or judging
verb a few words before it (:func:`.quoted.attr_before`). Two layouts put the verb further back,
and the fragment was dropped as a scare quote or left without its speaker:

- fragments coordinated after the first: ``calling it "null and void" and "geographically
  ridiculous"``, ``termed her a "corrupt oaf" and a "lousy traitor"``, ``described it as "beyond
  despicable" and "almost criminal."``: the second (third, ...) belongs to the first one's verb;
- a long object before ``as``: ``described the weekend meeting between its leader Kim Jong-un
  and Donald Trump as “historic”``, ``hailed the agreements as the "dawn of a new Middle East."``
  (verbs that judge an object *as* something, more than the naming verbs).

:func:`namer_before` finds that verb, or None. Input: the tokens and the token of the fragment's
opening mark; it reads back over at most a few fragments and :data:`_AS_REACH` tokens, never over
a sentence or clause boundary, so its cost is bounded per quotation.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import NAMING_VERBS
from discourse.extract.quotes.tokens import Toks

__all__ = ["namer_before"]

_OPEN = frozenset('"“')
_CLOSE = frozenset('"”')
_MARKS = frozenset('"“”')
_JOINERS = frozenset(("and", "or", ","))
_ARTICLES = frozenset(("a", "an", "the"))
_FRAGMENT = 30  # tokens a coordinated fragment may span
_WINDOW = 8  # tokens the verb may stand before the first fragment (as pass 1 reads it)
_AS_REACH = 20  # tokens the verb may stand before "as"
# Verbs that judge an object as something ("hailed X as the “…”", "denounced X as a “…”"),
# besides the naming verbs.
_AS_VERBS = NAMING_VERBS | frozenset("""hailed hails hailing lauded lauds lauding assailed
    assails denounced denounces denouncing decried decries criticized criticised criticizes
    criticising criticizing condemned condemns portrayed portrays dismissed dismisses
    dismissing characterizing characterising characterize characterizes describe labeling
    labelling branding dubbing""".split())
# A boundary the verb is not looked for beyond.
_STOPS = frozenset(".!?;:()—–")
_RELATIVES = frozenset("who which that whom whose".split())


def _first_fragment(toks: Toks, tj: int, floor: int) -> int:
    """The opening mark of the first fragment of a coordination ending at the mark ``tj``
    (``"A" and "B"``, ``"A", "B" and "C"``, ``"A" and a "B"``); ``tj`` when none precedes."""
    words, lows = toks.words, toks.lows
    m = tj
    for _ in range(4):
        j = m - 1
        if j > floor and lows[j] in _ARTICLES:
            j -= 1
        if not (j - 1 >= floor and lows[j] in _JOINERS and words[j - 1] in _CLOSE):
            break
        o = next((o for o in range(j - 2, max(floor, j - 2 - _FRAGMENT) - 1, -1)
                  if words[o] in _MARKS), None)
        if o is None or words[o] not in _OPEN:
            break
        m = o
    return m


def namer_before(toks: Toks, ti: int, tj: int, floor: int) -> int | None:
    """Token of the naming or judging verb the fragment opening at token ``tj`` belongs to,
    found only where pass 1's window (the 8 tokens ``[ti, tj)``) does not reach it: before
    fragments coordinated with this one, or before a long object and "as"; None otherwise.
    ``floor``: a token the search does not go back to (the paragraph's start)."""
    words, lows = toks.words, toks.lows
    m = _first_fragment(toks, tj, floor)
    if m < tj:  # coordinated: the first fragment's verb, in its window
        for k in range(m - 1, max(floor, m - _WINDOW) - 1, -1):
            if words[k] in _STOPS or words[k] in _MARKS:
                break
            if lows[k] in NAMING_VERBS:
                return k
    j = m - 1
    if j > floor and lows[j] in _ARTICLES:
        j -= 1
    if not (j > floor and lows[j] == "as"):  # (a verb must stand before it)
        return None
    for k in range(j - 1, max(floor, j - _AS_REACH) - 1, -1):
        if words[k] in _STOPS or words[k] in _MARKS or words[k] == "," or lows[k] in _RELATIVES:
            return None
        if lows[k] in _AS_VERBS:
            return k
    return None

