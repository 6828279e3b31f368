"""An adverb or a particle at either edge of a Russian speaker mention is no part of it (round
nineteen): «Рено часто говорила: «…»» -> «Рено», «Джоли вообще считает» -> «Джоли», «Ранее отец
Джексона рассказал» -> «отец Джексона», «Поэтому лидеры партии заявили» -> «лидеры партии».

The clause reading (:func:`.speakers.speaker_of`) takes the words before the verb for its subject;
an adverb standing between the subject and the verb, or opening the clause, comes with it, and
the speaker module then finds no name in «Рено часто». :func:`trim_adverbs` is called by
:func:`.mention.mend_mention`. A word is trimmed when every dictionary reading of it is an
adverb, a particle, a conjunction or a predicative, or a short adjective or comparative that also
reads as an adverb (часто, ранее; not a word of quantity, «более 100 стран»);
a one-word mention is left as it is.

Before: token span ``(i, j)`` of a mention. After: the same span without such words at its
edges.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.tokens import Toks

__all__ = ["trim_adverbs"]

_ADVERB_POS = frozenset(("ADVB", "PRCL", "CONJ", "PRED"))
# words of quantity, parsed as comparatives or adverbs, that open a subject («более 100 стран»)
_QUANTITY = frozenset("более менее свыше около почти примерно порядка много немало мало".split())


@lru_cache(maxsize=4096)
def _adverb(low: str) -> bool:
    """Is every reading of ``low`` an adverb, particle, conjunction or predicative (часто,
    вообще, поэтому, ранее)?"""
    if low in _QUANTITY or not CYRILLIC.search(low):
        return False
    parses = readings(low)
    # a short neuter adjective or a comparative reads as an adverb too (часто, ранее)
    return bool(parses) and all(p.tag.POS in _ADVERB_POS or p.tag.POS in ("ADJS", "COMP")
                                for p in parses) and any(p.tag.POS in _ADVERB_POS for p in parses)


def trim_adverbs(toks: Toks, i: int, j: int) -> tuple[int, int]:
    """The mention ``[i, j)`` without adverbs or particles at its edges."""
    lows = toks.lows
    while j - i > 1 and _adverb(lows[i]):
        i += 1
    while j - i > 1 and _adverb(lows[j - 1]):
        j -= 1
    return i, j
