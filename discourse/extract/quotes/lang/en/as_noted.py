"""English reports framed by an "as" clause: "As X noted, P" / "P, as X pointed out." (an extra
pass, round 24).

"Indeed, as the Huffington Post's Matt Fuller notes, it more reflects Mulvaney's values …", "In
the United States, for example, as … historian Anne Applebaum points out, many first ignored the
evidence …": the verb of saying stands in a subordinate "as" clause and has no object; the
proposition it reports is the main clause. The sentence rules look for the report after the
cue and find only a comma, so the report was lost. The misses recur over the fresh saying sets
(set 8 twice, set 10); the gold annotates the main clause as ``indirect`` with the "as" clause's
subject as the mention.

The pass reads "as" + a subject (a noun phrase the subject reader accepts, not I/we/you: the
author's "as I noted" is no report of another) + a cue whose lemma is a verb of stating
(:data:`_LEMMAS`; not "show", "reveal", "expect": "as the report shows" and "as subsequent
events revealed" are evidence, "as expected" no speech) + nothing or at most five words of an
adverbial ("on Monday", "last year"; an object means "as" of cause: "as the messages revealed
infighting, …") + a comma. Not in a question (the author's) nor when the clause ends in an
auxiliary (a line cut before its predicate: "the Charter of the United Nations is").

The report is the clause after the comma up to the sentence's end (cut where the sentence rules
end a reported clause), or, when the "as" clause closes the sentence after a comma ("P, as X
noted."), the clause before it. Either must read as a clause (a subject and a finite verb).
Spans already found are kept.
"""

from __future__ import annotations

import bisect
from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import ADVERBIAL_PREPS, clause_end
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.lang.en.words import AUX, WEEKDAYS
from discourse.extract.quotes.spans import SpanSet, content_span, trim_end

__all__ = ["as_clause_reports", "as_report"]

# Verbs of stating whose "as" clause frames a report ("as X noted/pointed out/wrote, P").
_LEMMAS: Final = frozenset("""note say write report argue observe explain state remark tell acknowledge
    admit claim insist warn mention recall confirm""".split()) | {
    "point out", "points out", "pointed out"}
# Subjects that are the author or the reader, not a source.
_NOT_SPEAKERS: Final = frozenset("i we you it this that".split())
# Words that open an adverbial after the cue ("said on Monday", "wrote last year", "noted
# earlier"); any other word is an object ("as the messages revealed infighting, …": "as" of
# cause, the clause after the comma no report).
_ADVERBIAL_OPENERS: Final = ADVERBIAL_PREPS | WEEKDAYS | frozenset(
    """in on at during last this earlier recently repeatedly often once before yesterday
    today many numerous several so""".split())
_ADVERBIAL: Final = 5
# Words that open a clause, not an adverbial, after the cue.
_CLAUSE_WORDS: Final = frozenset("""when while because after before and but or that which who if
    although though""".split())  # words an adverbial may take between the cue and the comma ("on Monday")


def _as_paragraphs(doc: Doc) -> list[int]:
    """The paragraphs (indices, in order) holding an "as" token with a cue of a stating verb
    2 to 11 tokens after it: what :func:`as_clause_reports` needs before it reports anything.

    Most paragraphs hold none, and splitting every paragraph into sentences was most of the
    pass's time (speed pass twenty): the paragraphs left out could give no report, so the
    reports are the same. ``list.index`` finds the "as" tokens in C.
    """
    lows, starts, para_starts = doc.toks.lows, doc.tok_starts, doc.para_starts
    paras: list[int] = []
    m = -1
    try:
        while True:
            m = lows.index("as", m + 1)
            if any(cue.type in ("verb", "phrase") and cue.lemma in _LEMMAS
                   for _, _, cue in doc.hits_between(m + 2, m + 12)):
                p = bisect.bisect_right(para_starts, starts[m]) - 1
                if p >= 0 and (not paras or paras[-1] != p):
                    paras.append(p)
    except ValueError:  # no "as" token left
        pass
    return paras


def _report(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """The report's character span from ``s`` to ``e`` cut as the sentence rules cut one."""
    cut = clause_end(doc, Found(s, e, "indirect", None, "cue_after"))
    if cut is None:
        return None
    s2, e2 = content_span(doc.text, cut.start, trim_end(doc.text, cut.start, cut.end))
    return (s2, e2) if e2 - s2 >= 12 else None


def as_report(doc: Doc, inside: SpanSet, ti: int, tj: int, m: int,
              k: int) -> tuple[int, int] | None:
    """The report framed by the "as" clause at token ``m`` of the sentence ``ti:tj`` whose
    verb's adverbial ends at token ``k``: the main clause after the comma at ``k``, or, when the
    "as" clause closes the sentence, the clause before the comma at ``m - 1``; None when neither
    reads as a clause, when it lies mostly in a quote found already, or when it is the author's
    question or a clause cut before its predicate ("… is"). :mod:`.as_put` asks it too."""
    toks = doc.toks
    words, lows, starts = toks.words, toks.lows, toks.starts
    if words[k] == "," and k + 1 < tj and looks_like_clause(toks, k + 1, tj, reach=20):
        span = _report(doc, starts[k + 1], toks.ends[tj - 1])
    elif words[k] in ".!?" and m > ti and words[m - 1] == "," and looks_like_clause(
            toks, ti, m - 1, reach=20):
        span = _report(doc, starts[ti], starts[m - 1])
    else:
        return None
    if span is None or inside.overlap(*span) > 0.5 * (span[1] - span[0]) or (
            words[tj - 1] == "?" or lows[doc.tok_index(span[1]) - 1] in AUX):
        return None
    return span


def as_clause_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports framed by an "as" clause of saying (see the module docstring)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for ti, tj in doc.sentence_tokens(_as_paragraphs(doc)):
        for m in range(ti, tj - 3):
            if lows[m] != "as" or (m > ti and words[m - 1] not in (",", "—", "–")):
                continue  # the "as" clause opens the sentence or follows a comma
            for h in doc.hits_between(m + 2, min(tj, m + 12)):
                a, b, cue = h
                if cue.type not in ("verb", "phrase") or cue.lemma not in _LEMMAS:
                    continue
                subj = subject_before(toks, a, m + 1)
                if subj is None or subj[0] != m + 1 or subj[1] != a or (
                        lows[m + 1] in _NOT_SPEAKERS and subj[1] - subj[0] == 1):
                    break
                k = next((n for n in range(b, min(tj, b + _ADVERBIAL + 1))
                          if not words[n][:1].isalnum()), None)
                if k is None or (k > b and lows[b] not in _ADVERBIAL_OPENERS) or any(
                        lows[n] in _CLAUSE_WORDS for n in range(b, k)):
                    break  # an object, or a clause ("as he admitted when he resigned")
                span = as_report(doc, inside, ti, tj, m, k)
                if span is None:
                    break
                out.append(Found(span[0], span[1], "indirect", doc.attr(h, subj, "cue_after"),
                                 "cue_after"))
                break
    return out
