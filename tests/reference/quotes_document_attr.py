"""``Doc.attr`` and ``Doc.attr_tokens`` of ``discourse/extract/quotes/document.py`` at 66eea3c
(before speed pass twenty-six): the attribution made by calling the named tuple ``Attr``, whose
``__new__`` is a Python function (called through the interpreter by the compiled build too)."""

from __future__ import annotations

from discourse.extract.quotes.document import Attr, Doc, Hit


def reference_attr_tokens(doc: Doc, verb: tuple[int, int], span: tuple[int, int],
                          rule: str) -> Attr:
    cs, ce = doc.toks.starts[verb[0]], doc.toks.ends[verb[1] - 1]
    ms, me = doc.toks.starts[span[0]], doc.toks.ends[span[1] - 1]
    return Attr(doc.text[cs:ce].lower(), cs, ce, ms, me, rule)


def reference_attr(doc: Doc, hit: Hit, span: tuple[int, int] | None, rule: str) -> Attr:
    a, b, cue = hit
    cs, ce = doc.toks.starts[a], doc.toks.ends[b - 1]
    if span is None:
        return Attr(doc.text[cs:ce].lower(), cs, ce, -1, -1, rule)
    ms, me = doc.toks.starts[span[0]], doc.toks.ends[span[1] - 1]
    return Attr(doc.text[cs:ce].lower(), cs, ce, ms, me, rule)
