"""English: a headline line "Sen. Doerr: 'We will not back down'" (issue 14, the third English
grid).

:func:`.en_headings.headline_speaker` takes a line "Name Name: '...'" and a line "Surname: '...'"
when the article names that person in full elsewhere (one capitalised word before a colon is as
often "Update:" or a place). A title with its stop before a surname ("Sen. Doerr:", "Gov.
Reyes:", "Dr. Lin:") names a person by itself, and its stop kept the name pattern of that module
from matching: such a line right before the quote gives the title and the surname as the
mention.
"""

from __future__ import annotations

import re

__all__ = ["title_headline"]

# A title with its stop, a surname (one or two capitalised words), a colon, then only white space
# and an opening mark before the quote.
_TITLE_NAME = re.compile(
    r"(?P<name>(?:Sen|Rep|Gov|Lt|Gen|Dr|Mr|Mrs|Ms|Prof|Pres|Amb|Sec|Supt|Rev)\.\s+"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?):[ \t]+[\"“‘']?[ \t]*$")


def title_headline(text: str, ps: int, qs: int) -> tuple[int, int] | None:
    """Offsets of "Title. Surname" when the line from ``ps`` is that, a colon, and the opening
    mark of the quote at ``qs``; else None."""
    if qs - ps > 60 or text.find("\n", ps, qs) >= 0:
        return None
    m = _TITLE_NAME.match(text, ps, qs)
    if m is None:
        return None
    return m.span("name")
