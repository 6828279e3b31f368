"""English: what was pledged, promised or vowed is no report without "that" (issue 14, dev10).

A promise reports no proposition about the world (ANNOTATION.md: "requests, promises and
condemnations without a reported proposition" are not annotated; the English Wikinews notes of
annotators C, W and X: "pledged converting Hagia Sophia", "vowed to protect" are not). The
clause reader took the noun object of *pledge*, *promise* and *vow* for a clause ("China, Iran,
and Russia have pledged funds and Syria is taxing …", "Thunberg promised protests every week
until Sweden joined …", "vowed support for Azerbaijan") and the adjective for the verb ("1,124
pledged delegates", "his lead among pledged Green Party delegates"): five reports on the
Wikinews dev splits dev7, dev8 and dev10, where the gold has no report with these cues at all.
A report after "that" ("promised that the plant would stay open") is left as it was, and so is
a that-less clause after the verb's past form, whose subject is followed by an auxiliary or a
modal within four words with no "and" or comma before it ("Chelyabinsk's governor has promised
each victim will be subject to a payout": a proposition, the example corpus's report);
"pledged funds and Syria is taxing" reaches its verb only over "and", so it stays a noun object.
The nouns are never verbs of a that-less clause ("the anti-tax pledge they had signed", "his
absurd promises: When the crisis …").
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.words import AUX

__all__ = ["promised_object"]

_PROMISE = ("pledg", "promis", "vow")


def promised_object(doc: Doc, f: Found) -> bool:
    """Is ``f`` a report whose cue is a form of *pledge*, *promise* or *vow* and which does not
    open after "that"?"""
    a = f.attr
    if a is None or f.kind != "indirect" or not a.cue.startswith(_PROMISE):
        return False
    i = doc.tok_index(f.start)
    lows = doc.toks.lows
    if i > 0 and lows[i - 1] == "that":
        return False
    return not (a.cue.endswith("ed") and _thatless_clause(lows, i))


def _thatless_clause(lows: list[str], i: int) -> bool:
    """Does the report opening at token ``i`` read as a clause without "that": one to four
    words of a subject, then an auxiliary or a modal, before any "and", comma or full stop?"""
    for k in range(i + 1, min(i + 5, len(lows))):
        w = lows[k]
        if w in AUX:
            return True
        if w in ("and", ",", ".", ";", ":"):
            return False
    return False
