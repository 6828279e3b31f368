"""English: the verb of saying after a name's appositive, for a speaker named after a quote.

'"...," Jay Sekulow, who serves as attorney for both Mr. Brunson and President Donald Trump,
said': :func:`verb_after_appositive` finds ", said" past the appositive or relative clause that
opens at "who", so that :func:`.en_clause.subject_after` can name Jay Sekulow. Reads text only.
"""

from __future__ import annotations

import re

__all__ = ["APPOSITIVE_OPENERS", "verb_after_appositive"]

# What opens an appositive or a relative clause after a name that a quote is attributed to.
APPOSITIVE_OPENERS = frozenset("who the a an his her their its whose".split())
# The stretch stops at a mark, a semicolon or the sentence's end (not the full stop of "Mr.",
# "Dr." or an initial).
_APPOSITIVE_STOP = re.compile(r"[\"“”\n;]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSt)(?<!\bMrs)"
                              r"(?<!\b[A-Z])[.!?](?=\s|$)")
_COMMA_VERB = re.compile(r",\s+(?:also\s+|later\s+)?([a-z]+)\b")


def verb_after_appositive(text: str, a: int, hi: int, verbs: frozenset[str]) -> int | None:
    """End of the verb of saying (one of ``verbs``) after the comma that closes an appositive
    opening at ``a`` (within 150 characters, before a mark or the sentence's end), else None."""
    stop = _APPOSITIVE_STOP.search(text, a, min(hi, a + 150))
    end = stop.start() if stop is not None else min(hi, a + 150)
    for m in _COMMA_VERB.finditer(text, a, end + 1):
        if m.group(1) in verbs:
            return m.end()
    return None
