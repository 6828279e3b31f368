"""English reports in a purpose infinitive: "He took to Twitter to warn voters that P", "She
pointed to X to argue that P" (an extra pass, round 26).

The sentence rules read a cue's subject before it; an infinitive has none ("to warn"), so the
report was lost, though the speaker is the subject of the main verb and the statement was made
(the infinitive says what the act was for, and the act happened: "took to Twitter", "used the
hearing", "called a press conference"). The fresh sets' gold annotates these (direct set 4
"took the opportunity to stress that P", set 11 "took to Twitter … to warn voters that P", set
2 "pointed to the recent announcement … to argue that P", which the noun pass's report covers).
An infinitive after a verb of wanting or trying ("wants to say that P", "refused to say
whether") is no statement, so only a purpose infinitive is read: "to" + a verb of stating
(:data:`_CUES`) + a listener of at most four words + "that" + a clause, where the "to" follows
a noun phrase (no comma between) that follows one of a closed list of verbs of acts that carry
a statement (:data:`_ACTS`: took, used, went, called, pointed, cited, wrote, appeared, …). The
report runs from after "that" to the clause's end (:func:`.clauses.clause_end`) or to a second
infinitive (" and to hammer …"); the speaker is the act's subject when the subject reader finds
one. Spans already found as reports are kept.
"""

from __future__ import annotations

import bisect

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.spans import SpanSet, content_span, trim_end

__all__ = ["purpose_reports"]

# Verbs of stating in the infinitive (base forms).
_CUES = frozenset("""say warn argue claim insist declare announce assert stress explain tell
    assure remind inform suggest note""".split())
# Verbs of acts done to make a statement: the act's subject is the speaker.
_ACTS = frozenset("""took take takes taking used use uses using went go goes going called call
    calls held hold holds pointed point points cited cite cites wrote write writes appeared
    appear appears returned return returns came come comes rose rise rises stepped step steps
    sent send sends posted post posts seized seize seizes""".split())
# Tokens that break the act's phrase: a clause boundary (a quoted object does not: "took to
# Twitter to declare “a great debate victory” for X and to warn voters that P").
_BREAK = frozenset(', ; : . ! ? ( ) — –'.split())
_MARKS = frozenset('" “ ”'.split())  # (no quotation in the listener)
_REACH = 25  # tokens between the act's verb and "to" ("pointed to the recent announcement …")
_LISTENER = 4


def _purpose_paragraphs(doc: Doc) -> list[int]:
    """The paragraphs (indices, in order) holding a one-word cue of :data:`_CUES` right after
    "to": the only ones that can give a report. Splitting every paragraph into sentences cost
    more than the rest of the pass, and the sentences of the other paragraphs are never read
    (the cue test below comes first), so the reports are the same."""
    lows, starts, para_starts = doc.toks.lows, doc.tok_starts, doc.para_starts
    paras: list[int] = []
    for a, b, _cue in doc.hits:
        if b == a + 1 and a > 0 and lows[a] in _CUES and lows[a - 1] == "to":
            p = bisect.bisect_right(para_starts, starts[a]) - 1
            if p >= 0 and (not paras or paras[-1] != p):
                paras.append(p)
    return paras


def _act_before(lows: list[str], t: int, ti: int) -> int | None:
    """The token of the act's verb before the "to" at ``t`` (no clause boundary between, a
    noun phrase right before "to": not "to" after the verb itself), or None."""
    for k in range(t - 2, max(ti, t - _REACH) - 1, -1):
        if lows[k] in _BREAK:
            return None
        if lows[k] in _ACTS:
            return k
    return None


def _before_second_purpose(doc: Doc, s: int, e: int) -> int:
    """The report's end before a second purpose infinitive coordinated with the first ("used
    the stops to warn that P and to hammer the president for …": the act's second aim, not a
    part of P), else ``e``."""
    k = doc.text.find(" and to ", s, e)
    if k < 0 or k - s < 12:
        return e
    return trim_end(doc.text, s, k)


def purpose_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports of purpose infinitives of stating (see the module docstring)."""
    toks = doc.toks
    lows, ends = toks.lows, toks.ends
    # (a quoted fragment inside the report is its partial, as in any mixed quote)
    inside = SpanSet([(f.start, f.end) for f in found if f.kind == "indirect"])
    out: list[Found] = []
    for ti, tj in doc.sentence_tokens(_purpose_paragraphs(doc)):
        for h in doc.hits_between(ti + 2, tj):
            a, b, cue = h
            if lows[a - 1] != "to" or lows[a] not in _CUES or b != a + 1:
                continue
            v = _act_before(lows, a - 1, ti)
            if v is None or lows[a - 2] in _ACTS or lows[a - 2] == "in":
                continue  # "went to say" is no purpose; "in order to" keeps its verb
            m = next((n for n in range(b, min(tj, b + _LISTENER + 1)) if lows[n] == "that"), None)
            if m is None or any(lows[n] in _BREAK or lows[n] in _MARKS for n in range(b, m)) or (
                    not looks_like_clause(toks, m + 1, tj)):
                continue
            cut = clause_end(doc, Found(ends[m], ends[tj - 1], "indirect", None, "cue_before"))
            if cut is None:
                continue
            s, e = content_span(doc.text, cut.start, trim_end(doc.text, cut.start, cut.end))
            e = _before_second_purpose(doc, s, e)
            if e - s < 12 or inside.overlap(s, e) > 0.5 * (e - s):
                continue
            subj = subject_before(toks, v, ti)
            out.append(Found(s, e, "indirect", doc.attr(h, subj, "cue_before"), "cue_before"))
    return out
