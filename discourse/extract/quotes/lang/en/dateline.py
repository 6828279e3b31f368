"""English: a news agency's dateline opening a sentence is no part of its report.

Wire copy opens its first sentence with a dateline: an optional place, the agency in brackets,
an optional dash ("(CNN) X will not draw a salary, he told CNN Friday.", "Washington (CNN) X
will be able to re-enlist …, the Pentagon confirmed.", "WASHINGTON (Reuters) - X, he said.").
The dateline says where the copy was filed and by whom, not who said what: read as part of the
sentence, it either ends up at the head of a sentence-final report ("Washington (CNN)
Transgender members …") or stops the sentence-final reading altogether (a bracket first). The
sentence reader (:mod:`.sentence`) reads the sentence from behind the dateline.
:func:`dateline_end` finds it; text only, token offsets as :class:`~..document.Doc` gives them.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Doc

__all__ = ["dateline_end"]

# An optional place (one to four capitalised words, "WASHINGTON", "Washington", "NEW YORK",
# "Kiev, Ukraine"), the agency in brackets, an optional dash. The agencies are those whose
# wire copy opens this way; a bracket holding anything else ("(R-Ohio)", "(D)") is not one.
_DATELINE: Final = re.compile(
    r"(?:[A-Z][A-Za-z.\-]+(?:,?\s+[A-Z][A-Za-z.\-]+){0,3},?\s+)?"
    r"\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|The\s+Hill|Xinhua|dpa|TASS|CNSNews\.com|CNBC)\)"
    r"\s*(?:[—–]|--?)?\s*")


def dateline_end(doc: Doc, ti: int, tj: int) -> int:
    """The first token of the sentence ``[ti, tj)`` behind a dateline that opens it; ``ti`` when
    none does, or when nothing but two tokens would be left behind it.

    The text after the dateline must start with a capital letter or a quotation mark (the
    sentence proper); "(CNN) reported" is no dateline."""
    toks = doc.toks
    if tj - ti < 4:
        return ti
    m = _DATELINE.match(doc.text, toks.starts[ti])
    if m is None or m.end() >= len(doc.text):
        return ti
    first = doc.text[m.end()]
    if not (first.isupper() or first in "\"“‘'"):
        return ti
    k = doc.tok_index(m.end())
    return k if k + 2 < tj else ti
