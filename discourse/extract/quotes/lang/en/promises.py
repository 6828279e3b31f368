"""English: what was pledged, promised or vowed is no report without "that" (issue 14, dev10).

A promise reports no proposition about the world (ANNOTATION.md: "requests, promises and
condemnations without a reported proposition" are not annotated; the English Wikinews notes of
annotators C, W and X: "pledged converting Hagia Sophia", "vowed to protect" are not). The
clause reader took the noun object of *pledge*, *promise* and *vow* for a clause ("China, Iran,
and Russia have pledged funds and Syria is taxing …", "Thunberg promised protests every week
until Sweden joined …", "vowed support for Azerbaijan") and the adjective for the verb ("1,124
pledged delegates", "his lead among pledged Green Party delegates"): five reports on the
Wikinews dev splits dev7, dev8 and dev10, where the gold has no report with these cues at all.
A report after "that" ("promised that the plant would stay open") is left as it was.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found

__all__ = ["promised_object"]

_PROMISE = ("pledg", "promis", "vow")


def promised_object(doc: Doc, f: Found) -> bool:
    """Is ``f`` a report whose cue is a form of *pledge*, *promise* or *vow* and which does not
    open after "that"?"""
    a = f.attr
    if a is None or f.kind != "indirect" or not a.cue.startswith(_PROMISE):
        return False
    i = doc.tok_index(f.start)
    return not (i > 0 and doc.toks.lows[i - 1] == "that")
