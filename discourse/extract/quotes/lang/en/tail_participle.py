"""English sentence-final attribution followed by a participle of saying: ``P, X said, adding
that Q`` (round 24).

News writing closes a report with its attribution and goes straight on with the speaker's next
point in a participle clause: "The talks have failed, the official said, adding that the
government would try again", "…, police said Tuesday, noting that …". :func:`.tail.inverted_tail`
admits only an adverbial after the speaker ("…, he said on Tuesday"), so such a sentence lost
its first report P (the participle's own report Q is read by the sentence rules). On the fresh
saying sets this shape recurs (set 10: "…“risks emboldening Assad …,” the official said, adding
that “…”"); the gold keeps P as ``indirect`` with the tail's speaker.

:func:`tail_before_participle` finds the comma that opens a participle of saying (a closed
list, :data:`PARTICIPLES`) a few words after the cue and reads the tail as if the sentence ended
there; what :func:`.tail.inverted_tail` checks (a clause before the comma, a speaker phrase, no
quotation that the attribution introduces) is unchanged.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.tail import inverted_tail

__all__ = ["PARTICIPLES", "tail_before_participle"]

# Participles that go on with the same speaker's words ("…, he said, adding that …"); not
# "leaving", "prompting" and the like, whose clause is the author's.
PARTICIPLES: Final = frozenset("""adding noting saying explaining arguing insisting warning stressing
    acknowledging claiming asserting emphasizing emphasising suggesting calling urging
    pointing describing referring citing declining refusing""".split())
# How many tokens the speaker and an adverbial may take between the cue and the comma
# ("…, the official said on condition of anonymity, adding …").
_REACH: Final = 12


def _participle_comma(doc: Doc, b: int, tj: int) -> int | None:
    """The index of the comma before a participle of saying within :data:`_REACH` tokens
    after ``b`` (the token after the cue), with no other punctuation before it."""
    words, lows = doc.toks.words, doc.toks.lows
    for m in range(b, min(tj - 2, b + _REACH)):
        w = words[m]
        if w == ",":
            return m if lows[m + 1] in PARTICIPLES else None
        if not (w[:1].isalnum() or w in ".-'’"):
            return None  # a quotation mark, a colon, a dash: not a plain speaker phrase
    return None


def tail_before_participle(
    doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int, se: int
) -> list[Found]:
    """``P, X said, adding that Q``: the report P (as :func:`.tail.inverted_tail` reads a
    sentence-final attribution), or nothing."""
    a, b, _ = h
    if doc.toks.lows[a].endswith("ing"):
        return []  # "…, saying P" introduces P; it does not close it
    cut = _participle_comma(doc, b, tj)
    if cut is None:
        return []
    return inverted_tail(doc, h, ti, cut, se) or []
