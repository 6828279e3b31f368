"""Pass 3: reported speech in the sentences outside quotes, and transcript lines.

Shared control flow. Only sentences holding a reporting cue can report anything, so only the
paragraphs with a cue are split into sentences (:class:`Sentences`, with
:func:`discourse.text.sentence_spans`); each such sentence is read by the language's
``reports_in_sentence`` (``X said (that) P``, ``P, X said``, ``According to X, P`` …), and what it
returns is kept when it is long enough (three words; two for the part before an attribution that
interrupts a report the language found on both sides, "That decision, he said, may have …"; any
length when the language's ``keeps_short`` vouches for it, "announced his death") and
not mostly inside a quote unless its first word stands outside the marks (``indirect``). Transcript
lines (``TRUMP: We want …``) are statements of the labelled speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import partial
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.marks import DOUBLE
from discourse.extract.quotes.spans import THREE_WORDS, SpanSet, content_span, trim_end
from discourse.text import INNER_SENTENCE_END, sentence_spans

__all__ = ["Sentences", "indirect", "transcript_lines"]


def indirect(
    doc: Doc, quote_spans: list[tuple[int, int]], quote_cues: Iterable[int],
    lang: QuoteLanguage,
) -> list[Found]:
    """Reported speech in the sentences outside quotes. ``quote_cues``: offsets of the cues that
    attribute the quotes found so far (their attribution clauses report nothing new).

    Only sentences holding a cue can report anything, so only paragraphs with a cue are split
    into sentences (plus, for "This was stated by X", the sentence before).
    """
    text = doc.text
    reports_in_sentence = lang.reports_in_sentence
    mixed_share = lang.mixed_share
    keeps_short = lang.keeps_short
    out: list[Found] = []
    inside = SpanSet(quote_spans)
    cues = sorted(quote_cues)
    sentences = Sentences(doc, inside)
    hit_starts = [doc.toks.starts[h[0]] for h in doc.hits]
    n_hits = len(hit_starts)
    # the paragraphs holding a hit, in order (every token lies inside a paragraph)
    for p in sorted({bisect.bisect_right(doc.para_starts, s) - 1 for s in hit_starts}):
        sents = sentences.of(p)
        for j, (ss, se) in enumerate(sents):
            k = bisect.bisect_left(hit_starts, ss)
            if k == n_hits or hit_starts[k] >= se:  # no hit's first token in the sentence
                continue
            ti, tj = doc.tok_index(ss), doc.tok_index(se)
            # the previous sentence is rarely needed: found only when asked for
            prev_sent = (partial(sents.__getitem__, j - 1) if j > 0
                         else partial(sentences.last_before, p))
            found = reports_in_sentence(doc, ss, se, ti, tj, prev_sent, cues, inside)
            for f in found:
                s, e = content_span(text, f.start, trim_end(text, f.start, f.end))
                if (e - s < 12 or not THREE_WORDS.search(text, s, e)) and not (
                        _TWO_WORDS.search(text, s, e) and _interrupted_head(f, found)) and (
                        not keeps_short(doc, s, e)):
                    continue
                if inside.overlap(s, e) > mixed_share * (e - s) and not (
                        text[s].isalnum() and not inside.contains(s)):
                    continue  # all in marks ("X wrote that “…”"), not 'he “will never …”'

                if text[s] in "”’»" or (text[s] in DOUBLE + "‘" and inside.contains(s + 1)):
                    continue  # the tail of a quote and its attribution, not a proposition
                out.append(Found(s, e, "indirect", f.attr, f.rule))
    return out


# A head of an interrupted report ("The problem, he said, is …") may be two words only.
_TWO_WORDS: Final = re.compile(r"\w\W+\w")


def _interrupted_head(f: Found, found: list[Found]) -> bool:
    """Is ``f`` the part before an attribution that interrupts a report, the part after it
    found with the same attribution ("That decision, he said, may have given …")? Such a head
    is kept however short: the language's rules gave both parts."""
    a = f.attr
    return a is not None and f.end <= a.cue_start and any(
        g is not f and g.attr == a and g.start >= a.cue_end for g in found)


class Sentences:
    """Sentences outside direct quotes (a sentence starting inside a quote is skipped), split
    paragraph by paragraph on demand."""

    def __init__(self, doc: Doc, inside: SpanSet):
        self.doc = doc
        self.inside = inside
        self._by_para: dict[int, list[tuple[int, int]]] = {}
        self._last: dict[int, tuple[int, int] | None] = {}

    def of(self, p: int) -> list[tuple[int, int]]:
        """Sentences of paragraph ``p`` that do not start inside a quote."""
        got = self._by_para.get(p)
        if got is None:
            ps, pe = self.doc.paras[p]
            if INNER_SENTENCE_END.search(self.doc.text, ps, pe) is None:
                spans = [(0, pe - ps)]  # one sentence: the paragraph has no inner sentence end
            else:
                spans = sentence_spans(self.doc.text[ps:pe])
            if self.inside.meets(ps, pe):
                got = [(s + ps, e + ps) for s, e in spans if not self.inside.contains(s + ps)]
            else:  # no quote in the paragraph (most): no sentence starts inside one
                got = [(s + ps, e + ps) for s, e in spans]
            self._by_para[p] = got
        return got

    def last_before(self, p: int) -> tuple[int, int] | None:
        """The last such sentence in the paragraphs before ``p`` (None if there is none)."""
        walked: list[int] = []
        q = p - 1
        found: tuple[int, int] | None = None
        while q >= 0:
            if q in self._last:
                found = self._last[q]
                break
            walked.append(q)
            sents = self.of(q)
            if sents:
                found = sents[-1]
                break
            q -= 1
        # memoise for every paragraph walked over: linear time however often it is asked
        for r in walked:
            self._last[r] = found
        return found


def transcript_lines(
    doc: Doc, quote_spans: list[tuple[int, int]], lang: QuoteLanguage
) -> list[Found]:
    """Statements in transcripts: a paragraph opening with a speaker label in capitals."""
    text = doc.text
    label, first, second = lang.speaker_label, lang.label_first, lang.label_second
    not_speakers = lang.not_speaker_labels
    out: list[Found] = []
    for ps, pe in doc.paras:
        # most paragraphs open with a capitalised word ("The", "In"): no label, no regex call
        if not (text[ps] in first and text[ps + 1 : ps + 2] in second):
            continue
        m = label.match(text, ps, pe)
        if not m or len(m.group(1).replace(".", "")) < 2:
            continue
        if any(w in not_speakers for w in m.group(1).split()):
            continue
        s, e = content_span(text, m.end(), pe)
        if not THREE_WORDS.search(text, s, e) or _inside(quote_spans, s):
            continue
        attr = Attr(":", m.end(1), m.end(1) + 1, m.start(1), m.end(1), "cue_before")
        out.append(Found(s, e, "indirect", attr, "cue_before"))
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
