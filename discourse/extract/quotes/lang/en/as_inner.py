"""English: the report inside a report framed by an "as" clause, "As X noted, Y has
acknowledged that P" (an extra pass after :mod:`.as_noted`, round 26).

:mod:`.as_noted` reads X's report over the main clause ("Y has acknowledged that P"). When that
clause is itself a report (a subject, then a finite verb of saying and "that"), ANNOTATION.md
keeps both levels, as the fresh sets' gold does ("However, as Gowdy noted, the State Department
has acknowledged that P": set 11; "as Krongard indicated, the IG report clearly stated that P":
set 10). The sentence rules had read Y's report but lost it under X's (they took "noted, …
that" for X's cue and its clause), so this pass adds Y's: the report after "that" to the end of
X's span, Y's subject opening X's span (:func:`.phrases.subject_before`) and Y's cue one of
the finite verbs of saying the nested-report pass reads (:mod:`.nested`, :mod:`.inner`).
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.inner import MORE_INNER_CUES
from discourse.extract.quotes.lang.en.phrases import subject_before

__all__ = ["as_inner_reports"]

_CUES = frozenset("said says told tells announced announces reported stated".split()) | (
    MORE_INNER_CUES)
_AUX = frozenset("has have had".split())  # "has acknowledged"
_REACH = 12  # tokens from the span's start to the inner cue


def as_inner_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports inside the "as"-framed reports of ``found`` (see the module docstring)."""
    toks = doc.toks
    lows, words, ends = toks.lows, toks.words, toks.ends
    have = [(g.start, g.end) for g in found if g.kind == "indirect"]
    out: list[Found] = []
    for f in found:
        a0 = f.attr
        if f.kind != "indirect" or f.rule != "cue_after" or a0 is None or a0.cue_start >= f.start:
            continue
        s = doc.tok_index(a0.m_start)
        if s < 1 or lows[s - 1] != "as":
            continue  # only the reports of :mod:`.as_noted` ("as X noted, P")
        i, j = doc.tok_index(f.start), doc.tok_index(f.end)
        for h in doc.hits_between(i + 1, min(j, i + _REACH)):
            a, b, _cue = h
            if lows[a] not in _CUES or b >= j or lows[b] != "that" or any(
                    words[k] in ",;:" for k in range(i, a)):
                continue
            subj = subject_before(toks, a - 1 if lows[a - 1] in _AUX else a, i)
            if subj is None or subj[0] != i:
                break
            start = ends[b]
            while start < f.end and doc.text[start].isspace():
                start += 1
            if f.end - start < 12 or any(abs(gs - start) <= 2 and abs(ge - f.end) <= 2
                                         for gs, ge in have):
                break  # too short, or found already
            out.append(Found(start, f.end, "indirect", doc.attr(h, subj, "cue_before"),
                             "cue_before"))
            break
    return out
