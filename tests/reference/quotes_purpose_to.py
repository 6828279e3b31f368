"""``purpose_reports`` of ``discourse/extract/quotes/lang/en/purpose_to.py`` before the lead's
speed change of the eleventh stop: every paragraph of the document was split into sentences,
also those holding no cue of stating right after "to". Only the names changed (the module's
helpers and word lists are read from the package)."""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en import purpose_to as pt
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.spans import SpanSet, content_span, trim_end
from discourse.text import sentence_spans


def reference_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token spans ``[i, j)`` of the document's sentences."""
    out = []
    for ps, pe in doc.paras:
        for s, e in sentence_spans(doc.text[ps:pe]):
            i, j = doc.tok_index(ps + s), doc.tok_index(ps + e)
            if j > i:
                out.append((i, j))
    return out


def reference_purpose_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports of purpose infinitives of stating (see the module docstring)."""
    toks = doc.toks
    lows, ends = toks.lows, toks.ends
    # (a quoted fragment inside the report is its partial, as in any mixed quote)
    inside = SpanSet([(f.start, f.end) for f in found if f.kind == "indirect"])
    out: list[Found] = []
    for ti, tj in reference_sentences(doc):
        for h in doc.hits_between(ti + 2, tj):
            a, b, cue = h
            if lows[a - 1] != "to" or lows[a] not in pt._CUES or b != a + 1:
                continue
            v = pt._act_before(lows, a - 1, ti)
            if v is None or lows[a - 2] in pt._ACTS or lows[a - 2] == "in":
                continue  # "went to say" is no purpose; "in order to" keeps its verb
            m = next((n for n in range(b, min(tj, b + pt._LISTENER + 1)) if lows[n] == "that"), None)
            if m is None or any(lows[n] in pt._BREAK or lows[n] in pt._MARKS for n in range(b, m)) or (
                    not looks_like_clause(toks, m + 1, tj)):
                continue
            cut = clause_end(doc, Found(ends[m], ends[tj - 1], "indirect", None, "cue_before"))
            if cut is None:
                continue
            s, e = content_span(doc.text, cut.start, trim_end(doc.text, cut.start, cut.end))
            e = pt._before_second_purpose(doc, s, e)
            if e - s < 12 or inside.overlap(s, e) > 0.5 * (e - s):
                continue
            subj = subject_before(toks, v, ti)
            out.append(Found(s, e, "indirect", doc.attr(h, subj, "cue_before"), "cue_before"))
    return out
