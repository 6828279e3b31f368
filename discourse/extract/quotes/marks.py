"""Pass 1, first half: find the quotation marks of an article and pair them.

Language-independent machinery. Marks are paired per paragraph with a small stack machine that
knows curly, straight, guillemet and low-nine marks, tells apostrophes from single quotes, and
resolves ambiguous straight marks by looking ahead. A quote left open at a paragraph end
continues into the next paragraph when that paragraph opens with a quote mark (news convention)
or closes the quote before opening another one, followed by an attribution (inconsistent
typography: a cue of the lexicon, or a comma before the mark); otherwise it is capped at its
paragraph. :mod:`discourse.extract.quotes.classify` then decides what each pair is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from discourse.extract.quotes.cues import CueLexicon
from discourse.extract.quotes.spans import has_between
from discourse.extract.quotes.tokens import Toks, tokens
from discourse.text import SENTENCE_END

__all__ = ["DOUBLE", "MARKS", "PAIRABLE", "QUOTE_CHARS", "Pair", "mark_role", "pair_marks"]

_OPEN_PUNCT: Final = "([{—–-/"
DOUBLE: Final = "\"“”„«»"
_SINGLE: Final = "'‘’‚‹›"
QUOTE_CHARS: Final = DOUBLE + _SINGLE  # joined once, not per test
MARKS = re.compile(r"[\"“”„«»'‘’‚‹›]")
# The marks that pairing looks at: an apostrophe between two letters or digits ("don't") is no
# quote mark whatever the paragraph bounds (:func:`mark_role`), so it is left out. The mark is
# matched first (the engine skips to it in C), then tested: not an apostrophe, or no letter or
# digit before it, or none after it.
PAIRABLE: Final = re.compile(r"[\"“”„«»'‘’‚‹›](?:(?<=[\"“”„«»‘‚‹›])|(?<![^\W_].)|(?![^\W_]))")


@dataclass
class Pair:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or the cap position, exclusive)
    depth: int
    family: str  # "d" double, "s" single
    closed: bool = True
    parent: Pair | None = None


@dataclass
class _Open:
    pos: int
    family: str
    char: str


def mark_role(text: str, i: int, ps: int, pe: int) -> tuple[str, str]:
    """Family and role of the mark at ``i``: role is open, close, amb (ambiguous) or none."""
    c = text[i]
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    left = prev.isspace() or prev in _OPEN_PUNCT or prev in QUOTE_CHARS or i == ps
    right = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in QUOTE_CHARS or i + 1 == pe
    if c in DOUBLE:
        if c in "«„":
            return "d", "open"
        if c == "»":
            return "d", "close"
        if c == "“":
            # “ after a word and before a space is a closer (German „…“ or a typo)
            return "d", "close" if (not left and right) else "open"
        if c == "”":
            return "d", "amb" if (left and not right) else "close"
        # straight double mark
        if left and not right:
            return "d", "amb_open"
        if right and not left:
            return "d", "close"
        return "d", "amb"
    # single family
    if c in "‘‚‹":
        return "s", "open" if left else "none"
    if c == "›":
        return "s", "close"
    if prev.isalnum() and nxt.isalnum():
        return "s", "none"  # apostrophe inside a word: don't, Lithuania's
    if left and not right:
        return "s", "open"
    if right and not left:
        # Possessive plural: "Belarus' national", "the Bidens’ plan"
        k = i + 1
        while k < pe and text[k] == " ":
            k += 1
        if prev in "sSzx" and k < pe and (text[k].islower() or text[k].isdigit()):
            return "s", "none"
        return "s", "close"
    return "s", "none"


def _scan_paragraph(
    text: str, ps: int, pe: int, stack: list[_Open], skip: int = -1,
    marks: list[int] | None = None,
) -> tuple[list[Pair], list[_Open], int]:
    """Pair marks inside one paragraph, starting from ``stack`` (quotes open from before).

    ``marks``: the offsets of ``PAIRABLE`` in ``[ps, pe)``, when the caller has them (other
    marks are in-word apostrophes, which pair with nothing). Returns the closed pairs (the
    outermost inherited quote is not among them), the stack at the paragraph end, and the offset
    where the inherited outermost quote closed (-1 if it did not).
    """
    if marks is None:
        marks = [m.start() for m in PAIRABLE.finditer(text, ps, pe)]
    if skip >= 0:
        marks = [i for i in marks if i != skip]
    roles = [mark_role(text, i, ps, pe) for i in marks]
    inherited = stack[0] if stack else None
    stack = list(stack)
    pairs: list[Pair] = []
    outer_close = -1
    # Positions of later closers, for look-ahead on ambiguous marks (suffix counts: linear).
    n = len(marks)
    later_d = [0] * (n + 1)
    later_s = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        fam, role = roles[k]
        later_d[k] = later_d[k + 1] + (fam == "d" and role in ("close", "amb", "amb_open"))
        later_s[k] = later_s[k + 1] + (fam == "s" and role == "close")
    for k, i in enumerate(marks):
        fam, role = roles[k]
        if role == "none":
            continue
        d_idx = len(stack) - 1  # the innermost double quote open (-1: none)
        while d_idx >= 0 and stack[d_idx].family != "d":
            d_idx -= 1
        if fam == "d":
            if role in ("amb", "amb_open"):
                if d_idx < 0:
                    role = "open" if role == "amb_open" or later_d[k + 1] else "none"
                else:
                    # Nested opener only if something later can close it.
                    role = "open" if role == "amb_open" and later_d[k + 1] else "close"
            if role == "close" and d_idx >= 0:
                opener = stack[d_idx]
                del stack[d_idx:]
                if inherited is not None and opener is inherited:
                    outer_close = i
                    inherited = None
                else:
                    pairs.append(Pair(opener.pos, i, d_idx, "d"))
            elif role == "open" and len(stack) < 3:
                stack.append(_Open(i, "d", text[i]))
        else:
            if role == "open" and later_s[k + 1] and len(stack) < 3:
                stack.append(_Open(i, "s", text[i]))
            elif role == "close" and stack and stack[-1].family == "s":
                opener = stack.pop()
                pairs.append(Pair(opener.pos, i, len(stack), "s"))
        if outer_close >= 0 and not stack:
            # The inherited quote closed; the rest of the paragraph starts fresh.
            rest, stack_end, _ = _scan_paragraph(text, i + 1, pe, [], marks=marks[k + 1:])
            return pairs + rest, stack_end, outer_close
    stack = [o for o in stack if o.family == "d"]
    return pairs, stack, outer_close


def _opens_paragraph(text: str, ps: int, pe: int) -> bool:
    c = text[ps]
    return c in "“„«\"‘" or (c == "”" and ps + 1 < pe and not text[ps + 1].isspace())


def _attribution_follows(
    text: str, close: int, pe: int, lex: CueLexicon, toks: Toks | None = None,
    tok_starts: list[int] | None = None,
) -> bool:
    """A cue (or a comma before the mark) right after a closing mark: ``…, ”said Peskov``."""
    before = text[max(0, close - 3) : close].rstrip()
    if before.endswith((",", "?", "!")):
        return True
    m = SENTENCE_END.search(text, close + 1, pe)
    tail_end = m.start() if m else pe
    if toks is not None and tok_starts is not None:
        # the article's tokens, not a re-tokenised copy: linear over many short paragraphs
        k = bisect.bisect_left(tok_starts, close + 1)
        words = [w for w, e in zip(toks.lows[k : k + 14], toks.ends[k : k + 14]) if e <= tail_end]
    else:
        words = [t.low for t in tokens(text[close + 1 : tail_end])][:14]
    return any(lex.match(words, j) for j in range(len(words)))


def pair_marks(
    text: str, paras: list[tuple[int, int]], lex: CueLexicon, toks: Toks | None = None,
    tok_starts: list[int] | None = None, marks: list[int] | None = None,
) -> list[Pair]:
    """All quote pairs of the text, across paragraphs where a quote continues. ``marks``: the
    offsets of ``PAIRABLE`` in the text, when the caller has them."""
    pairs: list[Pair] = []
    # A paragraph without a mark pairs nothing and passes an open quote on unchanged: only
    # paragraphs holding a mark are scanned.
    if marks is None:
        marks = [m.start() for m in PAIRABLE.finditer(text)]

    def marks_in(s: int, e: int) -> list[int]:
        return marks[bisect.bisect_left(marks, s):bisect.bisect_left(marks, e)]

    p = 0
    max_follow = 4
    while p < len(paras):
        ps, pe = paras[p]
        if not has_between(marks, ps, pe):
            p += 1
            continue
        found, stack, _ = _scan_paragraph(text, ps, pe, [], marks=marks_in(ps, pe))
        pairs.extend(found)
        p += 1
        if not stack:
            continue
        outer = stack[0]
        # Try to continue the open quote into the following paragraphs.
        q = p
        cont_pairs: list[Pair] = []
        closed_at = -1
        while q < len(paras) and q - p < max_follow:
            qs, qe = paras[q]
            if not has_between(marks, qs, qe):
                q += 1  # the quote may close later
                continue
            if _opens_paragraph(text, qs, qe):
                found, st, oc = _scan_paragraph(text, qs, qe, [outer], qs, marks_in(qs, qe))
            else:
                found, st, oc = _scan_paragraph(text, qs, qe, [outer], marks=marks_in(qs, qe))
                if oc < 0 and st and st[0] is outer and len(st) == 1:
                    # no mark closed the quote (plain or balanced paragraph): it may close later
                    cont_pairs.extend(found)
                    q += 1
                    continue
                if oc < 0 or not _attribution_follows(text, oc, qe, lex, toks, tok_starts):
                    break
            cont_pairs.extend(found)
            q += 1
            if oc >= 0:
                closed_at = oc
                # the rest of that paragraph was scanned fresh inside _scan_paragraph
                break
            if not (st and st[0] is outer):
                break
        if closed_at >= 0:
            pairs.append(Pair(outer.pos, closed_at, 0, "d"))
            pairs.extend(cont_pairs)
            p = q
        else:
            # Cap at the paragraph: never swallow the rest of the article.
            pairs.append(Pair(outer.pos, pe, 0, "d", closed=False))
    # Depth and parents from containment.
    pairs.sort(key=lambda x: (x.open, -x.close))
    open_stack: list[Pair] = []
    for pr in pairs:
        while open_stack and open_stack[-1].close <= pr.open:
            open_stack.pop()
        pr.parent = open_stack[-1] if open_stack else None
        pr.depth = len(open_stack)
        open_stack.append(pr)
    return pairs
