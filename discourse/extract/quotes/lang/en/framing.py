"""English: a prepositional phrase before an interrupting source frames the sentence, it is no
part of the report (issue 14, dev11 round).

"In the wake of van Biljon's death, Connie Moganedi said, the lions were killed" and "On Sunday
in London, England, according to the police, a man was stabbed": the words before the source
hold no verb and open with a preposition; the report is the clause after the source (the gold
of the Wikinews splits leaves such a phrase out, as it leaves out "In between, she testified,"
of two words, which :mod:`.tail` already drops). Read on the Wikinews dev splits dev3 and dev5
(two false reports).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.tokens import Toks

__all__ = ["framing_phrase"]

_PREPOSITIONS = frozenset("""in on at for with by from after before during between since until
    amid among following despite""".split())


def framing_phrase(toks: Toks, i: int, j: int) -> bool:
    """Do tokens ``[i, j)`` form a prepositional phrase with no finite verb ("In the wake of his
    death", "On Sunday in London, England")?"""
    lows = toks.lows
    if j - i < 2 or lows[i] not in _PREPOSITIONS:
        return False
    return not any(lows[m] in AUX or lows[m] in IRREGULAR_PAST or lows[m] in (
        "that", "which", "who") or (lows[m].endswith("ed") and len(lows[m]) > 4)
        for m in range(i + 1, j))
