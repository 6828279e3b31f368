"""A whole «что»-clause in marks is a `partial`, not a `direct` (``Он добавил, что «…»``).

The shared classifier (:mod:`discourse.extract.quotes.classify`) takes a whole clause in marks
that ends the sentence after a verb of saying as ``direct`` (English "declared that "…"" is
annotated so). Russian annotation differs: the quoted words after «что» are built into the
author's sentence, a quoted fragment inside a reported clause, so ``partial``, one span however
many sentences it holds and with no overlapping ``indirect`` (ANNOTATION.md, "A quoted fragment
inside a reported clause is `partial`"; tests/gold/wikinews_ru/NOTES.md: dev10-train-99855
«сказал, что «…»» with three sentences is one partial; dev16-train-108179 «и добавил, что «…»»;
train-22657 «отметил, что ''«…»''»).

Before: ``Found(kind="direct")`` over ``решение будет принято`` in ``Он добавил, что «решение
будет принято».``; after: the same span and attribution, ``kind="partial"``.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found

# «что» ending the text before the opening mark: after a space or a comma (a conjunction, not
# the pronoun opening a sentence «Что …»), wiki italics ('') allowed between it and the mark.
_THAT_BEFORE = re.compile(r"(?:^|[\s,])что\s*(?:'')?\s*$")
# the opening marks a quotation may start with, skipped back from the content's start
_OPENERS = "«„“\""


def that_clause_quotes(doc: Doc, found: list[Found]) -> list[Found]:
    """Each top-level ``direct`` quote opened right after «что» becomes ``partial``."""
    text = doc.text
    for f in found:
        if f.kind != "direct" or f.parent >= 0:
            continue
        i = f.start
        # back over the opening mark and any space before the content (at most a few chars)
        lo = max(0, i - 4)
        while i > lo and (text[i - 1] in _OPENERS or text[i - 1] == " "):
            i -= 1
        if not any(c in _OPENERS for c in text[i:f.start]):
            continue  # no opening mark right before the content: not a quotation in marks
        # the words before the mark, within a bounded window (a «что» is close by)
        if _THAT_BEFORE.search(text, max(0, i - 40), i) is not None:
            f.kind = "partial"
    return found
