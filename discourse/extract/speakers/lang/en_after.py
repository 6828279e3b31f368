"""English: a description named right after a quote, before or after its verb of saying.

'"...," the ex-CIA leader said.' and '"...," the judge, Col. Jeffery R. Nance of the Army, said
during a hearing.': :func:`description_after` finds the description (with the name in
apposition to it, when one stands between commas) that :func:`.en_clause.subject_after` does
not read, since it opens with a lower-case word; '"...;" read the statement;' with the verb
first, too. The description's head is a noun for a speaker or a document that speaks ("the
statement", "the report", as the gold marks them). Reads text only; offsets into the text.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SAY_AFTER", "description_after", "future_after"]

# Verbs of saying after the speaker of a quote (as ``.en_clause`` reads them).
SAY_AFTER: Final = frozenset("""
    said says told tells wrote writes tweeted posted added adds noted stated explained argued
    remarked replied responded commented insisted warned declared announced continued
    concluded asked reported
""".split())
# Marks and spaces that close a quote before its attribution.
_CLOSERS = " \t\"'”’»,"
# A description: an article or a possessive, then up to five words ("ex-CIA", "former", "top"),
# one of them its head noun.
_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+")
_DESCRIPTION_WORD = re.compile(r"[\w'’.-]+")
# Words that end a description that follows its verb: a clause, a preposition's phrase.
_AFTER_HEAD = frozenset("""
    is was has had who which that on in at for to from with during after before and but
""".split())
# What follows the description: the verb of saying, or a name in apposition between commas and
# then the verb ("the judge, Col. Jeffery R. Nance of the Army, said").
_NAME = (r"(?:[A-Z][\w'’.-]*\.?)(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|bin|and))*?"
         r"\s*[A-Z][\w'’-]*")
_AFTER = re.compile(r"(?P<appositive>,\s+" + _NAME + r",)?\s+(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b")
# The verb first: '"...," said the spokesman', '"...;" read the statement'.
_VERB_FIRST = re.compile(r"(?P<verb>[a-z]+)\s+(?=(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s)")
# Documents that speak in the gold ("read the statement", "the report said").
_DOCUMENTS = frozenset("""
    statement report release letter memo post tweet notice announcement message email e-mail
""".split())
# Verbs of a document's text ('"..." read the statement').
_READ = frozenset("read reads".split())


def description_after(text: str, pos: int, hi: int, heads: frozenset[str],
                      verbs: frozenset[str] = SAY_AFTER) -> tuple[int, int] | None:
    """Offsets of the description (and its name in apposition) named right after a quote that
    ends at ``pos``, when a verb of saying (one of ``verbs``) follows it in the same sentence,
    or precedes it ('"...," said the spokesman', '"..." read the statement'), and its head is a
    noun for a speaker (one of ``heads``, or a noun ending as a person's: "leader",
    "spokesperson") or a document; else None. '"...," the crowd cheered' names no speaker."""
    k = pos
    while k < hi and text[k] in _CLOSERS + ";":
        k += 1
    first = _VERB_FIRST.match(text, k, hi)
    if first is not None and (first.group("verb") in verbs or first.group("verb") in _READ):
        # '"...," said the deputy commander.': the description runs to the punctuation
        words = _description(text, first.end(), hi)
        if not words or not _speaks(words[-1][2], heads, verbs):
            return None
        nxt = _DESCRIPTION_WORD.match(text, words[-1][1] + 1, hi)
        if text[words[-1][1]:words[-1][1] + 1] == " " and nxt is not None and (
                nxt.group().endswith("ed") or nxt.group() in _AFTER_HEAD):
            return None  # 'said the man arrested on Monday': not a description that ends there
        return first.end(), words[-1][1]
    words = _description(text, k, hi)
    for i in range(len(words) - 1, -1, -1):
        # '"...," the deputy commander said': the longest description before the verb
        if not _speaks(words[i][2], heads, verbs):
            continue
        after = _AFTER.match(text, words[i][1], hi)
        if after is not None and after.group("verb") in verbs:
            end = after.end("appositive") - 1 if after.group("appositive") else words[i][1]
            return k, end
    return None


def _description(text: str, pos: int, hi: int) -> list[tuple[int, int, str]]:
    """The words after a determiner at ``pos`` (at most five, lower-case but for the first
    ones: "the ex-CIA leader"), up to a comma, a mark or the sentence's end; [] when no
    determiner opens there."""
    m = _DETERMINER.match(text, pos, hi)
    if m is None:
        return []
    out: list[tuple[int, int, str]] = []
    k = m.end()
    while len(out) < 5:
        w = _DESCRIPTION_WORD.match(text, k, hi)
        if w is None:
            break
        word = w.group().rstrip(".")
        out.append((w.start(), w.start() + len(word), word))
        if len(word) < len(w.group()) or text[w.end():w.end() + 1] != " ":
            break
        k = w.end() + 1
    return out


def _speaks(head: str, heads: frozenset[str], verbs: frozenset[str]) -> bool:
    """Is ``head`` a noun for a speaker or for a document that speaks, not a verb?"""
    return head.islower() and head not in verbs and (
        head in heads or head in _DOCUMENTS or bool(_PERSON.search(head)))


_PERSON = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee)$")


# '"...," Hinds is to tell headteachers.', '"...," she is expected to say': a name (or a pronoun)
# after the quote's comma, then a verb of saying to come.
_FUTURE = re.compile(
    r"(?P<who>he|she|they|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+"
    r"(?:(?:is|are|was|were)\s+(?:(?:expected|set|due|scheduled|going|about)\s+)?to|will|would)"
    r"\s+(?:also\s+)?(?:say|tell|write|warn|argue|add|declare|insist|announce|testify)\b")


def future_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the speaker named right after a quote that ends at ``pos`` with a comma, when
    a verb of saying to come follows ('"...," Hinds is to tell headteachers.', '"...," Smith is
    expected to say'); else None. A quote that ends its sentence is no such quote: the name
    then opens a sentence of its own."""
    k = pos
    while k < hi and text[k] in _CLOSERS:
        k += 1
    if "," not in text[max(0, pos - 2):k]:
        return None
    m = _FUTURE.match(text, k, hi)
    return None if m is None else m.span("who")
