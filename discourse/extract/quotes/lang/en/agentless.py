"""English: "According to reports, P", "Reports said P": no source, no report (issue 14, dev10).

A bare plural "reports" (no determiner, no owner, no kind: not "the reports", "local news
reports", "eyewitness reports", "government reports") names nobody; the English Wikinews gold
leaves such agentless sources out, like "reportedly" and "It was reported" (the conventions of
annotators O, W, X and Y in ``tests/gold/wikinews_en/NOTES.md``), while it annotates every
report whose source has a determiner or a modifier. Read on the dev splits: dev4 ("Reports
indicate this vehicle may have struck …", "…, according to reports.", "reports said more than
half …"), dev8 ("Reports said both were showing …"), dev9 ("According to reports, O'Rourke was
not qualifying …", "Reports said O'Rourke … does not plan to run"), dev10 (three "According to
reports", one "according to preliminary reports", one "On Saturday, reports said …"): eleven
reports, none in the gold. A word of status before "reports" ("preliminary", "early",
"initial", "unconfirmed") names nobody either.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc, Found

__all__ = ["agentless_source"]

_STATUS: Final = frozenset("preliminary early initial unconfirmed unverified".split())
# What may stand before a bare "reports" that opens the source: a sentence's start, a comma, a
# time word ("On Saturday, reports said P"), "according to", "by", "per".
_OPENERS: Final = frozenset(", ; : ( — – to by per".split())
# Verbs right after a noun "reports" that show it is the subject, not the cue.
_SAID: Final = frozenset("said say says indicate indicated suggest suggested stated claimed".split())


def _bare_reports(lows: list[str], i: int, lo: int) -> bool:
    """Is token ``i`` a bare "reports" (or a status word + "reports") opening its phrase, with
    nothing before it down to ``lo`` but an opener?"""
    if lows[i] != "reports":
        return False
    j = i - 1
    if j >= lo and lows[j] in _STATUS:
        j -= 1
    return j < lo or lows[j] in _OPENERS


def agentless_source(doc: Doc, f: Found, ti: int) -> bool:
    """Is the report ``f`` (in the sentence opening at token ``ti``) attributed to bare
    "reports": its mention is that phrase, or its cue follows one right away ("reports said",
    whatever mention the subject reader gave)?"""
    a = f.attr
    if a is None or f.kind != "indirect":
        return False
    toks = doc.toks
    lows = toks.lows
    if a.m_start >= 0:
        i, j = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
        if j - i in (1, 2) and _bare_reports(lows, j - 1, ti) and (
                j - i == 1 or lows[i] in _STATUS):
            return True
    c = doc.tok_index(a.cue_start)
    if c >= len(lows) or toks.starts[c] != a.cue_start:
        return False
    if c - 1 >= ti and _bare_reports(lows, c - 1, ti):
        return True
    # "On Saturday, reports said P": the noun "reports" taken for the cue, "said" after it
    return c + 1 < len(lows) and lows[c + 1] in _SAID and _bare_reports(lows, c, ti)
