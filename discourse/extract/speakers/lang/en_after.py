"""English: a description named right after a quote, before its verb of saying.

'"...," the ex-CIA leader said.' and '"...," the judge, Col. Jeffery R. Nance of the Army, said
during a hearing.': :func:`description_after` finds the description (with the name in
apposition to it, when one stands between commas) that :func:`.en_clause.subject_after` does
not read, since it opens with a lower-case word. Reads text only; offsets into the text.
"""

from __future__ import annotations

import re

__all__ = ["SAY_AFTER", "description_after"]

# Verbs of saying after the speaker of a quote (as ``.en_clause`` reads them).
SAY_AFTER = frozenset("""
    said says told tells wrote writes tweeted posted added adds noted stated explained argued
    remarked replied responded commented insisted warned declared announced continued
    concluded asked reported
""".split())
# Marks and spaces that close a quote before its attribution.
_CLOSERS = " \t\"'”’»,"
# A description: an article or a possessive, then up to four words ("ex-CIA", "former", "top"),
# the last one its head noun.
_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<words>(?:[\w'’.-]+\s+){0,4}?)"
    r"(?P<head>[a-z][a-z-]*[a-z])(?=[\s,])")
# What follows the description: the verb of saying, or a name in apposition between commas and
# then the verb ("the judge, Col. Jeffery R. Nance of the Army, said").
_NAME = (r"(?:[A-Z][\w'’.-]*\.?)(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|bin|and))*?"
         r"\s*[A-Z][\w'’-]*")
_AFTER = re.compile(r"(?P<appositive>,\s+" + _NAME + r",)?\s+(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b")


def description_after(text: str, pos: int, hi: int, heads: frozenset[str],
                      verbs: frozenset[str] = SAY_AFTER) -> tuple[int, int] | None:
    """Offsets of the description (and its name in apposition) named right after a quote that
    ends at ``pos``, when a verb of saying (one of ``verbs``) follows it in the same sentence
    and its head is a noun for a speaker (one of ``heads``, or a noun ending as a person's:
    "leader", "spokesperson"); else None. '"...," the report said' names no speaker."""
    k = pos
    while k < hi and text[k] in _CLOSERS:
        k += 1
    m = _DESCRIPTION.match(text, k, hi)
    if m is None:
        return None
    head = m.group("head")
    if head in verbs or not (head in heads or _PERSON.search(head)):
        return None
    after = _AFTER.match(text, m.end(), hi)
    if after is None or after.group("verb") not in verbs:
        return None
    end = after.end("appositive") - 1 if after.group("appositive") else m.end()
    return k, end


_PERSON = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee)$")
