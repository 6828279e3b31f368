"""``_dash_asides`` of ``discourse/extract/quotes/lang/en/sentence.py`` at 66eea3c (before speed
pass twenty-six): ``dash_report.dash_aside_tail`` asked for every finite cue of the sentence that
the sentence rules gave no report, with or without a dash in the sentence."""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.dash_report import dash_aside_tail
from discourse.extract.quotes.spans import SpanSet


def reference_dash_asides(doc: Doc, ti: int, tj: int, found: list[Found],
                          inside: SpanSet | None) -> list[Found]:
    toks = doc.toks
    out: list[Found] = []
    for h in doc.hits_between(ti, tj):
        a = h[0]
        if h[2].type != "verb" or (inside is not None and inside.contains(toks.starts[a])):
            continue
        if any(f.attr is not None and f.attr.cue_start == toks.starts[a] for f in found):
            continue
        out.extend(dash_aside_tail(doc, h, ti, tj))
    return out
