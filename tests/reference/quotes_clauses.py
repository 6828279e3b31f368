"""``clause_end`` of :mod:`discourse.extract.quotes.lang.en.clauses` as it was before speed pass
nine: every token of the report (up to 120) read in a Python loop, the quotation depth updated
per token. Now a C loop picks the punctuation and quotation marks, the only tokens it acts on."""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clauses import (
    _CLAUSE_SUBJECTS,
    _CONCESSIVE,
    _CONTRAST,
    _OPEN_QUOTES,
    _main_verb,
    _past_predicate,
    _quote_depth,
    _restrictive_who,
)
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import cap


def reference_clause_end(doc: Doc, f: Found, sub_end: int = -1) -> Found | None:
    """The reported proposition ends before a quotation introduced by a colon ("X said P:
    “…”": the quote is a report of its own), before a contrasting clause with its own
    subject ("Some said P, while others preferred Q": the author's words), and with the
    subordinate clause that holds it (``sub_end``: "When X announced Y, Z joined …"); None
    when the cue is in that clause and the report after it ("Even though X confessed to
    acting alone, others were tried": the main clause is the author's)."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    lo, hi = doc.tok_index(f.start), doc.tok_index(f.end)
    if sub_end > 0 and f.attr is not None and f.attr.cue_start < starts[sub_end]:
        if lo > sub_end:
            return None
        if lo < sub_end < hi:
            return Found(f.start, trim_end(doc.text, f.start, starts[sub_end]), f.kind, f.attr,
                         f.rule, f.parent)
    cue_word = lows[doc.tok_index(f.attr.cue_start)] if f.attr is not None and (
        f.attr.cue_end > f.attr.cue_start) else ""
    participle = cue_word.endswith("ing") and cue_word != "according"  # "…, saying P"
    if cue_word and _restrictive_who(toks, doc.tok_index(f.attr.cue_start)):
        m = _main_verb(toks, lo, min(hi, lo + 60))
        if m is not None:
            # "Supporters who claim the election was stolen gathered on Saturday": the main
            # clause's verb ends the relative clause and its report
            f = Found(f.start, trim_end(doc.text, f.start, starts[m - 1] + len(words[m - 1])),
                      f.kind, f.attr, f.rule, f.parent)
            hi = m
    depth = 0  # inside a quoted fragment of the report: a ";" there is the speaker's own
    for k in range(lo, min(hi, lo + 120)):  # bounded: linear time on run-on text
        w = words[k]
        depth = _quote_depth(depth, w)
        if k < lo + 2:
            continue
        if w == ";" and depth == 0 and k + 1 < hi and (
                lows[k + 1] in _CLAUSE_SUBJECTS or cap(words[k + 1])):
            # "X states P; it lists Q": a new sentence of the author's after the semicolon
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 3 < hi and lows[k + 1] in ("but", "and") and (
                lows[k + 2] == "according" or (words[k + 2] == "," and lows[k + 3] == "according")):
            # "specified no cause, but, according to his agent, P": another source's report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == ":" and k + 1 < len(words) and words[k + 1][:1] in _OPEN_QUOTES:
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and k + 2 < hi and lows[k + 1] in _CONTRAST and (
                lows[k + 2] in _CLAUSE_SUBJECTS or cap(words[k + 2])):
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if participle and w == "," and depth == 0 and k + 2 < hi and _past_predicate(toks, k + 1):
            # "rejected Jones, saying he had no place in their party, denounced his candidacy
            # and …": the main subject's next verb phrase ends the participle's report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "—" and depth == 0 and k + 2 < hi and lows[k + 1] in ("a", "an") and "—" not in (
                words[k + 1:hi]):
            # "… the “next Boston bombers” — a reference to the Tsarnaev brothers": the
            # author's gloss after a dash that no second dash closes
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 2 < hi and lows[k + 1] in _CONCESSIVE and lows[
                k - 1] not in ("that", "and", "but", "or"):
            # "X states the jet was a freighter, despite photos showing …": the author's
            # objection, not the report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
    return f
