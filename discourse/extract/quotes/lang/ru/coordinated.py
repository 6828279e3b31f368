"""Fragments in marks coordinated with a quoted fragment share its status.

``штрафы за публичное «оправдание и одобрение гомосексуализма» и «формирование у
несовершеннолетних искаженного представления о …»``: the second fragment is long enough to be
kept as someone's wording, the first, short and verbless, was left out as a possible label;
joined by "и", "или" or a comma they are two pieces of one quoted text, so both are quotes of
the same speaker. Only lower-case fragments are added: a capitalised one next to a quote is
more often a name («…» и «Единая Россия»).

Before: the passes' ``Found`` list, with a ``partial`` for the second fragment only.
After: the same list plus a ``partial`` (the neighbour's attribution and rule) for each
lower-case fragment in marks right before or after a kept ``partial`` and joined to it.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.spans import SpanSet

__all__ = ["coordinated_fragments"]

_ITALICS = r"(?:''[ \u00a0]*)?"
_JOIN = r"[ \u00a0]*" + _ITALICS + r"(?:,|и|или)[ \u00a0]+" + _ITALICS
# «A» joined to the partial whose opening mark ends the match; and the partial's closing mark
# followed by the join and «B».
_BEFORE = re.compile(r"«([^«»„“\"\n]{1,120})»" + _ITALICS + _JOIN + r"«$")
_AFTER = re.compile(r"»" + _ITALICS + _JOIN + r"«([^«»„“\"\n]{1,120})»")


def _fragment(content: str) -> bool:
    """A lower-case text of at most fifteen words with no sentence end: a piece of wording."""
    content = content.strip()
    return bool(content) and content[0].islower() and len(content.split()) <= 15 and not any(
        c in content for c in ".!?")


def coordinated_fragments(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` plus the lower-case fragments in marks coordinated with a kept ``partial``."""
    text = doc.text
    taken = SpanSet((f.start, f.end) for f in found)
    out = list(found)
    queue = [f for f in found if f.kind == "partial" and f.parent < 0]
    while queue:
        f = queue.pop()
        opening, closing = text.rfind("«", 0, f.start + 1), text.find("»", f.end)
        got: list[tuple[int, int]] = []
        # only the partial's own marks (a fragment in straight marks has none of these)
        if opening >= 0 and not text[opening + 1:f.start].strip():
            m = _BEFORE.search(text, max(0, opening - 160), opening + 1)
            if m is not None:
                got.append(m.span(1))
        if closing >= 0 and not text[f.end:closing].strip(" ,.;:!?…\u00a0"):
            m = _AFTER.match(text, closing)
            if m is not None:
                got.append(m.span(1))
        for s, e in got:
            if not _fragment(text[s:e]) or taken.overlap(s, e) > 0:
                continue
            g = Found(s, e, "partial", f.attr, f.rule)
            out.append(g)
            queue.append(g)
            taken = SpanSet([*((x.start, x.end) for x in out)])
    return out
