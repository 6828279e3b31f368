"""English: a sentence adverb set off by commas right after a verb of saying (issue 14, round 38).

"He added, however, he does not have an estimate of …", "She said, though, the city had no
money", "The mayor noted, in fact, the budget was balanced". The adverb belongs to the author's
sentence (it contrasts or connects the statement); what follows its second comma is the report,
as it is after "said, however, that P", which the reader already took through the comma
(saying set 17 dev; saying set 12's "Meng noted, though, that P" has the "that"). Without the
"that" the report was lost: the comma right after the cue ended the search.

:func:`adverb_aside_end` reads the aside -- one discourse adverb or a two-word one ("in fact",
"of course") between the two commas -- and gives the token after it; the caller asks that a
clause (subject and finite verb) opens there. "He said, however." and "She added, then left"
give nothing: no clause follows, and "then" is no aside.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

__all__ = ["adverb_aside_end"]

# one-word discourse adverbs set off by commas ("said, however, P"); "then" and "now" are left
# out ("said, then left", "said, now that …" read otherwise)
_ASIDE = frozenset("""however though too also meanwhile moreover furthermore nonetheless
    nevertheless instead indeed still again likewise therefore besides""".split())
# two-word ones ("said, in fact, P", "added, of course, P")
_ASIDE_PAIRS = frozenset({("in", "fact"), ("of", "course"), ("for", "example"),
                          ("for", "instance"), ("in", "turn"), ("in", "addition"),
                          ("at", "least")})


def adverb_aside_end(toks: Toks, k: int, tj: int) -> int:
    """The token after ", <adverb>," at ``k`` (``toks.words[k]`` is the comma right after the
    cue), or -1 when no such aside stands there."""
    words, lows = toks.words, toks.lows
    if not (k + 2 < tj and words[k] == ","):
        return -1
    if lows[k + 1] in _ASIDE and words[k + 2] == ",":
        return k + 3
    if k + 3 < tj and (lows[k + 1], lows[k + 2]) in _ASIDE_PAIRS and words[k + 3] == ",":
        return k + 4
    return -1
