"""The mark pairing of :mod:`discourse.extract.quotes.marks` as it was: every paragraph
scanned, with or without marks, each finding its own marks (now paragraphs without a pairable
mark are skipped and the article's marks are found once, in-word apostrophes left out)."""

from __future__ import annotations

from discourse.extract.quotes import CueLexicon
from discourse.extract.quotes import marks as pairing
from discourse.extract.quotes.marks import MARKS, Pair, mark_role
from discourse.extract.quotes.tokens import Toks


def reference_scan_paragraph(
    text: str, ps: int, pe: int, stack: list[pairing._Open], skip: int = -1
) -> tuple[list[Pair], list[pairing._Open], int]:
    """``_scan_paragraph`` as it was: it finds the marks of the paragraph itself.

    Returns the closed pairs (the outermost inherited quote is not among them), the stack at the
    paragraph end, and the offset where the inherited outermost quote closed (-1 if it did not).
    """
    marks = [m.start() for m in MARKS.finditer(text, ps, pe) if m.start() != skip]
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
        d_idx = max((j for j, o in enumerate(stack) if o.family == "d"), default=-1)
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
                stack.append(pairing._Open(i, "d", text[i]))
        else:
            if role == "open" and later_s[k + 1] and len(stack) < 3:
                stack.append(pairing._Open(i, "s", text[i]))
            elif role == "close" and stack and stack[-1].family == "s":
                opener = stack.pop()
                pairs.append(Pair(opener.pos, i, len(stack), "s"))
        if outer_close >= 0 and not stack:
            # The inherited quote closed; the rest of the paragraph starts fresh.
            rest, stack_end, _ = reference_scan_paragraph(text, i + 1, pe, [])
            return pairs + rest, stack_end, outer_close
    stack = [o for o in stack if o.family == "d"]
    return pairs, stack, outer_close


def reference_pair_marks(
    text: str, paras: list[tuple[int, int]], lex: CueLexicon, toks: Toks | None = None,
    tok_starts: list[int] | None = None,
) -> list[Pair]:
    """``_pair_marks`` as it was: it scans every paragraph, with or without marks."""
    pairs: list[Pair] = []
    p = 0
    max_follow = 4
    while p < len(paras):
        ps, pe = paras[p]
        found, stack, _ = reference_scan_paragraph(text, ps, pe, [])
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
            if pairing._opens_paragraph(text, qs, qe):
                found, st, oc = reference_scan_paragraph(text, qs, qe, [outer], skip=qs)
            else:
                found, st, oc = reference_scan_paragraph(text, qs, qe, [outer])
                if oc < 0 and st and st[0] is outer and len(st) == 1:
                    # no mark closed the quote (plain or balanced paragraph): it may close later
                    cont_pairs.extend(found)
                    q += 1
                    continue
                if oc < 0 or not pairing._attribution_follows(text, oc, qe, lex, toks, tok_starts):
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
