"""English: the subject of a clause behind a dateline or a progressive verb.

'(AP) — Hillary Clinton is keeping the heat on Donald Trump, saying "we are trying ..."': the
clause reader (:func:`.en_clause.sentence_subject`) finds no subject when an agency's dateline
opens the sentence ("WASHINGTON (AP) —", "(CNN)") and none when the verb after the subject is a
form of "be" (it reads "X is ..." as a description of X). :func:`opening_subject` skips the
dateline, and masks the auxiliary of a progressive main verb ("is keeping") when a participle
of saying after a comma introduces the quote, then asks the clause reader again. Reads text
only; offsets into the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["opening_subject", "after_dateline"]

Span = tuple[int, int]

# A dateline: an optional place in capitals, an agency in brackets, a dash ("WASHINGTON (AP) —",
# "(AP) -", "NEW YORK (Reuters) --", "(CNN)").
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+){0,3},?\s+)?"
    r"\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|The\s+Hill|Xinhua|dpa|TASS)\)\s*(?:[—–]|--?)?\s*")
# A progressive main verb right after the subject: the auxiliary is masked.
_PROGRESSIVE = re.compile(r"\s(?P<aux>is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
# A participle of saying after a comma right before the quote.
_SAYING_LAST = re.compile(
    r",\s+(?:saying|adding|declaring|insisting|arguing|writing|telling\s+\w+(?:\s+\w+)?|"
    r"noting|warning|explaining|stating|tweeting)\s*[,:]?\s*$")


def after_dateline(text: str, lo: int, hi: int) -> int:
    """Where the sentence from ``lo`` starts behind its dateline ("(AP) — "); ``lo`` when none
    opens it.

    >>> t = "WASHINGTON (AP) — Ann Hale is keeping up the pressure, saying "
    >>> t[after_dateline(t, 0, len(t)):][:8]
    'Ann Hale'
    """
    m = _DATELINE.match(text, lo, hi)
    return m.end() if m is not None and m.end() < hi else lo


def opening_subject(text: str, lo: int, hi: int,
                    clause_subject: Callable[[str, int, int], Span | None]) -> Span | None:
    """The subject ``clause_subject`` finds in ``text[lo:hi]`` once a dateline is skipped and,
    when a participle of saying after a comma ends the stretch, a progressive auxiliary right
    after the subject is masked ("Ann Hale is keeping up the pressure, saying"); None when
    neither applies or no subject is found then."""
    start = after_dateline(text, lo, hi)
    got = clause_subject(text, start, hi) if start > lo else None
    if got is not None or not _SAYING_LAST.search(text, start, hi):
        return got
    m = _PROGRESSIVE.search(text, start, hi)
    if m is None or m.start() - start > 60 or any(c in text[start:m.start()] for c in ",;:()"):
        return None
    a, b = m.span("aux")
    masked = text[:a] + " " * (b - a) + text[b:]
    got = clause_subject(masked, start, hi)
    return got if got is not None and got[1] <= a else None
