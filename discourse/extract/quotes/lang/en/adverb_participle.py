"""A participle of saying after a preposition and an adverb, then "that": "before reluctantly
acknowledging that P", "after publicly admitting that P".

The subject of such a participle is the main clause's (read by ``phrases._main_subject``), which
looks for the preposition ("before", "after", "while", "by", "in") right before the participle;
an adverb between them ("reluctantly", "finally", "publicly") hid the preposition, and the
report was lost while the same sentence without the adverb was read. This module gives the
token the preposition test should stand before: the first adverb when adverbs alone stand
between one of those prepositions and the participle, else the participle itself.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

# The prepositions after which a participle of saying takes the main clause's subject (the
# list ``phrases._main_subject`` accepts before a bare participle).
_PARTICIPLE_PREPS = frozenset({"while", "before", "after", "in", "by"})


def participle_anchor(toks: Toks, k: int, v: int) -> int:
    """``v`` (the first of the adverbs before the participle at ``k``) when adverbs alone stand
    between one of :data:`_PARTICIPLE_PREPS` and the participle ("before reluctantly
    acknowledging"), else ``k``. A comma or "and" before the adverbs is not taken: ", falsely
    claiming P" and "and repeatedly saying P" are read as before. Only before "that": with a
    noun phrase object the participle is an act more often than a statement ("fired after
    publicly revealing their immigration status", saying set 10 dev)."""
    lows = toks.lows
    if v < k and v >= 1 and lows[v - 1] in _PARTICIPLE_PREPS and k + 1 < len(lows) and (
            lows[k + 1] == "that"):
        return v
    return k
