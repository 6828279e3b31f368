"""English: a speaker an editor put in square brackets after a quote ('"...," [the senators]
said in a statement').

Quoting a text whose subject was a pronoun or stood elsewhere, an editor writes the subject in
brackets ("[Trump] said", "[the senators] said"); the clause rules read no subject after a
bracket. :func:`bracketed_after` finds it; the mention is the words inside the brackets (as the
gold marks them). Reads text only; offsets into the text.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.lang.en_after import SAY_AFTER

__all__ = ["bracketed_after"]

# Marks, spaces and the comma that close a quote before its attribution.
_CLOSERS = " \t\"'”’»,"
# "[the senators] said", "[Hale] also told": words in brackets, then a verb of saying.
_BRACKETED = re.compile(r"\[(?P<who>[A-Za-z][^\[\]\n]{1,58})\]\s+(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b")


def bracketed_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the words in brackets right after the quote ending at ``pos`` when a verb of
    saying follows them ('"...," [the senators] said'); else None.

    >>> t = '"We do not recall it," [the senators] said in a statement.'
    >>> a, b = bracketed_after(t, t.index(',"') + 2, len(t)); t[a:b]
    'the senators'
    >>> bracketed_after('"No," [sic] the report went on.', 5, 30) is None
    True
    """
    k = pos
    while k < hi and text[k] in _CLOSERS:
        k += 1
    m = _BRACKETED.match(text, k, hi)
    if m is None or m.group("verb") not in SAY_AFTER:
        return None
    return m.span("who")
