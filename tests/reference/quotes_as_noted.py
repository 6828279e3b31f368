"""``as_clause_reports`` of ``discourse/extract/quotes/lang/en/as_noted.py`` at 1ed8863 (before
speed pass twenty): every paragraph of the document was split into sentences and every token
tested for "as", also in paragraphs holding no "as" before a cue of a stating verb. Only the
name and the helpers' paths changed (they are read from the package)."""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en import as_noted
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.spans import SpanSet
from discourse.text import sentence_spans


def reference_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token spans ``[i, j)`` of the document's sentences (paragraphs split into sentences)."""
    out = []
    for ps, pe in doc.paras:
        for s, e in sentence_spans(doc.text[ps:pe]):
            i, j = doc.tok_index(ps + s), doc.tok_index(ps + e)
            if j > i:
                out.append((i, j))
    return out


def reference_as_clause_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports framed by an "as" clause of saying (see the module docstring)."""
    toks = doc.toks
    words, lows, starts = toks.words, toks.lows, toks.starts
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for ti, tj in reference_sentences(doc):
        for m in range(ti, tj - 3):
            if lows[m] != "as" or (m > ti and words[m - 1] not in (",", "—", "–")):
                continue  # the "as" clause opens the sentence or follows a comma
            for h in doc.hits_between(m + 2, min(tj, m + 12)):
                a, b, cue = h
                if cue.type not in ("verb", "phrase") or cue.lemma not in as_noted._LEMMAS:
                    continue
                subj = subject_before(toks, a, m + 1)
                if subj is None or subj[0] != m + 1 or subj[1] != a or (
                        lows[m + 1] in as_noted._NOT_SPEAKERS and subj[1] - subj[0] == 1):
                    break
                k = next((n for n in range(b, min(tj, b + as_noted._ADVERBIAL + 1))
                          if not words[n][:1].isalnum()), None)
                if k is None or (k > b and lows[b] not in as_noted._ADVERBIAL_OPENERS) or any(
                        lows[n] in as_noted._CLAUSE_WORDS for n in range(b, k)):
                    break  # an object, or a clause ("as he admitted when he resigned")
                if words[k] == "," and k + 1 < tj and looks_like_clause(toks, k + 1, tj, reach=20):
                    span = as_noted._report(doc, starts[k + 1], toks.ends[tj - 1])
                elif words[k] in ".!?" and m > ti and words[m - 1] == "," and looks_like_clause(
                        toks, ti, m - 1, reach=20):
                    span = as_noted._report(doc, starts[ti], starts[m - 1])
                else:
                    break
                if span is None or inside.overlap(*span) > 0.5 * (span[1] - span[0]) or (
                        words[tj - 1] == "?" or lows[doc.tok_index(span[1]) - 1] in AUX):
                    break  # the author's question; a clause cut before its predicate ("… is")
                out.append(Found(span[0], span[1], "indirect", doc.attr(h, subj, "cue_after"),
                                 "cue_after"))
                break
    return out
