"""The document model shared by the passes: an article's precomputed parts and what is found.

Language-independent. :class:`Doc` holds what every pass reads (paragraphs, token columns, the
offsets of the quotation marks, the cue occurrences); a pass returns :class:`Found` spans with an
:class:`Attr` (the cue and the speaker mention, as offsets).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from discourse.extract.quotes.cues import Cue, CueLexicon
from discourse.extract.quotes.marks import PAIRABLE
from discourse.extract.quotes.near_bisect import bisect_left_near
from discourse.extract.quotes.tokens import Toks, token_columns
from discourse.text import paragraph_spans, sentence_spans

__all__ = ["Attr", "CueFinder", "Doc", "Found", "Hit", "new_attr", "non_overlapping"]

# A cue occurrence: (first token, end token (exclusive), cue).
Hit = tuple[int, int, Cue]
# A language's cue scan (``QuoteLanguage.find_cues``): the hits of a text, left to right.
CueFinder = Callable[[Toks, CueLexicon], list[Hit]]


class Attr(NamedTuple):
    """An attribution: the cue's text and offsets, the mention's offsets (-1 when none), the
    rule. A named tuple: thousands are made per corpus, and a frozen dataclass's ``__init__``
    costs several times more."""

    cue: str
    cue_start: int
    cue_end: int
    m_start: int
    m_end: int
    rule: str

    def mention(self, text: str) -> str:
        return text[self.m_start : self.m_end] if self.m_start >= 0 else ""


@dataclass
class Found:
    """A quote or report found by a pass: its span, kind (``direct``, ``partial``, ``nested``,
    ``embedded``, ``indirect``), attribution, the rule that found the speaker, and the index of
    the enclosing quote among the passes' results (``nested`` only; else -1)."""

    start: int
    end: int
    kind: str
    attr: Attr | None
    rule: str
    parent: int = -1


class Doc:
    """Everything computed once per article: paragraphs, token columns, quotation marks, and
    the cue occurrences (``hits``) that the language's ``find_cues`` gives."""

    def __init__(self, text: str, lex: CueLexicon, find_cues: CueFinder):
        self.text = text
        self.lex = lex
        self.paras = paragraph_spans(text)
        self.toks = Toks(*token_columns(text))
        self.tok_starts = self.toks.starts
        # the last answers of tok_index and hits_between: the next question is mostly near
        # (near_bisect.py; speed pass twenty-seven)
        self._tok_finger = 0
        self._hit_finger = 0
        self.marks = [m.start() for m in PAIRABLE.finditer(text)]  # offsets of the quote marks
        self.hits = find_cues(self.toks, lex)
        self.para_starts = [p[0] for p in self.paras]
        self._hit_firsts = [h[0] for h in self.hits]  # hits are sorted by first token

    def para_of(self, pos: int) -> tuple[int, int]:
        """The paragraph holding ``pos`` (the first one for a position before it)."""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paras[max(k, 0)]

    def sentence_tokens(self, paras: list[int]) -> list[tuple[int, int]]:
        """Token spans ``[i, j)`` of the sentences of the paragraphs ``paras`` (indices into
        ``paras``, in order), empty sentences left out. A pass that needs sentences asks only
        for the paragraphs that can give it something: splitting every paragraph is costly."""
        out = []
        for p in paras:
            ps, pe = self.paras[p]
            for s, e in sentence_spans(self.text[ps:pe]):
                i, j = self.tok_index(ps + s), self.tok_index(ps + e)
                if j > i:
                    out.append((i, j))
        return out

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos`` (``bisect_left`` of the token
        starts). Asked some 28 times a sentence, near the last answer: compiled, a native
        method stepping from it costs less than a partial of the C bisect over the whole
        column (which was kept as the attribute ``tok_index`` before speed pass twenty-seven;
        pure Python, the step costs a Python frame more)."""
        k = bisect_left_near(self.tok_starts, pos, self._tok_finger)
        self._tok_finger = k
        return k

    def hits_between(self, ti: int, tj: int) -> list[Hit]:
        """The cue occurrences whose first token lies in ``[ti, tj)``."""
        firsts = self._hit_firsts
        i = bisect_left_near(firsts, ti, self._hit_finger)
        j = bisect_left_near(firsts, tj, i)
        self._hit_finger = j
        return self.hits[i:j]

    def attr_tokens(self, verb: tuple[int, int], span: tuple[int, int], rule: str) -> Attr:
        """An attribution found by shape: the verb-like word is the cue."""
        cs, ce = self.toks.starts[verb[0]], self.toks.ends[verb[1] - 1]
        ms, me = self.toks.starts[span[0]], self.toks.ends[span[1] - 1]
        return new_attr(self.text[cs:ce].lower(), cs, ce, ms, me, rule)

    def attr(self, hit: Hit, span: tuple[int, int] | None, rule: str) -> Attr:
        """An attribution to the cue ``hit`` and the mention in tokens ``span`` (None: none)."""
        a, b, cue = hit
        toks = self.toks
        cs, ce = toks.starts[a], toks.ends[b - 1]
        if span is None:
            return new_attr(self.text[cs:ce].lower(), cs, ce, -1, -1, rule)
        return new_attr(self.text[cs:ce].lower(), cs, ce, toks.starts[span[0]],
                        toks.ends[span[1] - 1], rule)


def new_attr(cue: str, cue_start: int, cue_end: int, m_start: int, m_end: int,
             rule: str) -> Attr:
    """``Attr(cue, cue_start, cue_end, m_start, m_end, rule)``, the same tuple made faster.

    Calling a named tuple's class runs its ``__new__``, a Python function that the compiled
    build calls through the interpreter too (about 1 µs; a quote's attribution is made several
    times on the way to its report); ``tuple.__new__`` with the class makes the same object in
    C (speed pass twenty-six)."""
    return _new_tuple(Attr, (cue, cue_start, cue_end, m_start, m_end, rule))


_new_tuple = tuple.__new__


def non_overlapping(found: list[Found]) -> list[Found]:
    """Several reports in one sentence ("X informed Y that P, and warned that Q") are kept when
    they do not overlap; a report inside an earlier one is dropped."""
    kept: list[Found] = []
    starts: list[int] = []
    ends: list[int] = []
    for f in found:
        # the kept spans are disjoint: only the neighbours by start can overlap (log time)
        k = bisect.bisect_left(starts, f.start)
        if (k > 0 and ends[k - 1] > f.start) or (k < len(starts) and starts[k] < f.end):
            continue
        starts.insert(k, f.start)
        ends.insert(k, f.end)
        kept.append(f)
    return kept
