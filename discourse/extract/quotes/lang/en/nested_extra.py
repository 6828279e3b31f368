"""English: a report of the sentence's extra readings nested in another report (issue 14).

:func:`.sentence.reports_in_sentence` adds three readings the sentence rules miss ("X claimed to
be …", a time set off by a comma, an aside after the cue) only where no report found so far
covers the new report's start, to keep a cue from being read twice. A report that holds the
cue inside it, its own cue elsewhere, is another speaker's report of the sentence: "According to
Forbes, West claimed to be in communication with Kushner" (Wikinews dev7) holds Forbes's report,
and West's claim inside it is a report too (ANNOTATION.md: a report inside a report is annotated
as well, as :mod:`.nested` keeps "X said Y said P"). :func:`holds_inner_cue` tells such an outer
report from one that already reads the cue.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Found

__all__ = ["holds_inner_cue"]


def holds_inner_cue(f: Found, cue_start: int) -> bool:
    """Is ``f`` an outer report holding the cue that starts at ``cue_start`` inside its span,
    with its own cue outside that span ("According to X, | Y claimed to … |")?"""
    a = f.attr
    if a is None or f.kind != "indirect" or not f.start <= cue_start < f.end:
        return False
    return a.cue_end <= f.start or a.cue_start >= f.end
