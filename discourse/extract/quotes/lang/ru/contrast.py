"""A second speaker's clause set against a report: ``X сообщила, что P, в ответ Y назвал её «…»``.

The cue of a «что» clause usually owns a mark later in its sentence ("В заявлении говорится, что
суд признал … «…»": the statement's words). When the clause after the report opens with a
connective of contrast or reply (``а``, ``но``, ``однако``, ``в ответ``, ``в свою очередь``)
and a subject of its own before a later verb of saying, that verb and its subject own the
mark. :func:`contrasted_cue` picks that hit; the tokens are the sentence's, the hits
``(start, end, cue)`` token offsets.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["contrast_comma", "contrasted_cue"]

Hit = tuple[int, int, Cue]

# connectives that open a clause set against the one before (one word or two)
_ONE = frozenset(("а", "но", "однако"))
_TWO = frozenset((("в", "ответ"), ("в", "свою")))


def _connective_end(lows: list[str], k: int, hi: int) -> int:
    """The token after a connective of contrast starting at ``k``, or -1 when there is none."""
    if k < hi and lows[k] in _ONE:
        return k + 1
    if k + 1 < hi and (lows[k], lows[k + 1]) in _TWO:
        return k + 3 if lows[k + 1] == "свою" and k + 2 < hi else k + 2  # "в свою очередь"
    return -1


def contrasted_cue(toks: Toks, hits: list[Hit], h: Hit, tj: int) -> Hit:
    """The later verb of saying whose own subject follows ", а / , в ответ …" after the cue
    ``h`` ("…, в ответ Онищенко назвал её «…»"), or ``h`` itself."""
    found = _contrast(toks, hits, h, tj)
    return found[0] if found is not None else h


def contrast_comma(toks: Toks, hits: list[Hit], h: Hit, tj: int) -> int | None:
    """The token of the comma that closes ``h``'s «что» clause before such a contrasted
    clause ("сообщила, что P, в ответ Y назвал …": P ends there), or None."""
    found = _contrast(toks, hits, h, tj)
    return found[1] if found is not None else None


def _contrast(toks: Toks, hits: list[Hit], h: Hit, tj: int) -> tuple[Hit, int] | None:
    words, lows = toks.words, toks.lows
    for later in reversed([x for x in hits if x[0] > h[1] and x[2].type == "verb"]):
        v = later[0]
        commas = [m for m in range(h[1], v) if words[m] == ","]
        if not commas:
            continue
        start = _connective_end(lows, commas[-1] + 1, v)
        if start < 0 or start >= v:
            continue
        span = speaker_of(toks, later, start, tj)
        if span is not None and start <= span[0] and span[1] <= v and (
                span[0] == start or cap(words[span[0]])):
            return later, commas[-1]
    return None
