"""English: "X, <appositive>, killed another person, according to Z." closes the sentence.

``according_to._according_to`` reads "according to" after a short phrase and a comma as the
opening of the report after it ("Potentially, according to Z, P"), unless that phrase holds an
auxiliary ("X, former president of Y, has died, according to Z."). A past tense without one made
the same short stretch: "A second fire on Saturday, eighteen kilometres away in ..., killed
another person, according to firefighters." (Wikinews dev12) found no report at all, since no
comma follows the source. :func:`predicate_before` tells such a stretch: when the source ends
the sentence and a past tense stands before it, the report is the sentence before the source.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import IRREGULAR_PAST
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["predicate_before"]

# Past tenses of saying and asking: "X asked Comey, according to a transcript" notes the source
# of a quote the sentence introduces; the act is no report (saying set 3 dev).
_SPEECH_ACTS = frozenset("""asked said told wrote added replied answered responded tweeted posted
    noted explained remarked stated declared announced questioned urged""".split())


def predicate_before(toks: Toks, lo: int, a: int) -> bool:
    """Does the stretch ``[lo, a)`` before "according to" hold a lower-case past tense ("killed",
    "died", "fell"): a predicate, not an introductory phrase? Not one of saying or asking ("asked
    Comey, according to a transcript": the source of the quote the sentence introduces)."""
    words, lows = toks.words, toks.lows
    past = [k for k in range(lo, a) if not cap(words[k]) and (lows[k] in IRREGULAR_PAST or (
        lows[k].endswith("ed") and len(lows[k]) > 4))]
    return bool(past) and not any(lows[k] in _SPEECH_ACTS for k in past)
