"""A second report joined with no conjunction: ``Критики говорят, что P, сторонники пишут, что Q``.

Russian lays two reports side by side with a comma alone (asyndeton) or a dash: «Критики
говорят, что Ван жестоко подавил выступления, сторонники пишут, что он поднял экономику»;
«Его отец сказал, что шокирован известием — он назвал сына добрым человеком». The «что» clause
of the first cue ends where the second speaker's clause begins: a comma or a dash, then a subject
of its own right before a verb of saying. After a comma the second verb must open a report of its
own (", что" or ":"), since a comma also closes an apposition or a participle's phrase inside P;
after a dash a subject and a cue suffice (a dash before a new subject opens a new clause).
:func:`next_report_cut` gives the token of that comma or dash; the report reading
(:func:`.reported.reports_in_sentence`) ends P there, as for a contrasted clause
(:func:`.contrast.contrast_comma`). Token offsets are the sentence's; hits ``(start, end, cue)``.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import DASHES
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["next_report_cut"]

Hit = tuple[int, int, Cue]

# words that open a clause inside P, not a second speaker's: relative and comparative words,
# conjunctions (a coordinated second report is cut elsewhere), «как сообщил X» parentheses
_NOT_SUBJECT = frozenset(
    "который которая которое которые которого которой которых которым которыми котором что как "
    "и а но или однако также чтобы если когда где хотя поскольку потому то это".split())


def next_report_cut(toks: Toks, hits: list[Hit], h: Hit, tj: int) -> int | None:
    """The token of the comma or dash that closes ``h``'s «что» clause before a second speaker's
    own report with no conjunction ("…, сторонники пишут, что Q"; "… — он назвал X Y"), or
    None."""
    words, lows = toks.words, toks.lows
    for later in (x for x in hits if x[0] > h[1] + 1 and x[2].type == "verb"):
        v, b = later[0], later[1]
        c = v - 1
        while c > h[1] and wordish(words[c]):
            c -= 1
        if c <= h[1] + 1 or c + 1 >= v or not (words[c] == "," or words[c] in DASHES):
            continue
        if lows[c + 1] in _NOT_SUBJECT or not any(w == "что" for w in lows[h[1]:c]):
            continue
        if words[c] == "," and not (b + 1 < tj and (words[b] == ":" or words[b] == "," and (
                lows[b + 1] == "что"))):
            continue
        span = speaker_of(toks, later, c + 1, tj)
        if span is not None and span == (c + 1, v):
            return c
    return None
