"""Names found in an article by string search instead of a regex built from the names.

The speaker rules look for the names an article gives (a surname alone, a full name, the word
before a surname) with patterns made of those names: ``re.compile(r"\\b(?:" + "|".join(...)
+ r")\\b")``. Such a pattern is new in nearly every article, so it misses the ``re`` module's
cache and is compiled anew (the parser and compiler of ``re`` are Python: 30-90 µs a pattern),
and it is then tried at every position of the text, as it opens with no literal character
that the engine could look for. A name is a literal: ``str.find`` finds its occurrences in C,
and the few characters around each occurrence are checked here as the pattern checks them.

Each function gives the same matches as the pattern it names, in the same order, including
``re.finditer``'s rule that matches do not overlap (a match is looked for again from the end of
the one before). "Word character" is ``re``'s for ``str`` patterns: a letter, a digit (in the
sense of ``str.isalnum``) or "_".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

__all__ = ["after_lower_word", "literal_matches", "words_before"]

# On a long document (a transcript of megabytes) ``name_gender_in`` asks for the occurrences of
# each name in the whole text: one ``str.find`` scan of the document per name, so (names x
# characters). From this length on, the occurrences of a literal opening with a capital letter
# are read from an index of the document's capitalised words, made once (see ``_Index``); on
# an article, the scans cost less than making the index.
INDEX_MIN = 100_000  # not Final: tests lower it to index short texts
# A word (a run of word characters) opening with an ASCII capital, where a word starts.
_CAPITALISED: Final = re.compile(r"\b[A-Z]\w*")
_FIRST_WORD: Final = re.compile(r"[A-Z]\w*")


class _Index:
    """The starts of each capitalised word of ``text`` (compared by identity), in order.

    Why the index finds every occurrence the scan finds. A literal ``lit`` opening with an
    ASCII capital is matched at ``p`` (with either edge, ``\\b`` or ``(?<![\\w-])`` on the
    left) only where ``text[p - 1]`` is no word character: a word starts at ``p``. Let ``r``
    be the word ``lit`` opens with (its capital and the word characters after it). If ``lit``
    goes on after ``r``, its next character is no word character and stands at ``p + len(r)``
    in the text; if not, the right edge (``\\b`` after a word character, or ``(?![\\w-])``)
    needs no word character there. Either way the word starting at ``p`` is ``r``: ``p`` is
    among the starts of ``r`` here, which are then checked as the scan checks them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for m in _CAPITALISED.finditer(text):
            self.starts.setdefault(m.group(), []).append(m.start())


_last: list[_Index] = []  # the last long document's index: one document is read at a time


def _starts_of(text: str, lit: str) -> list[int] | None:
    """The offsets where ``lit`` may match in ``text`` by the index (a superset of the
    matches, in order), or None where the index does not apply (a short text, a literal not
    opening with a capital: scan)."""
    if len(text) < INDEX_MIN:
        return None
    m = _FIRST_WORD.match(lit)
    if m is None:
        return None
    if _last and _last[0].text is text:
        index = _last[0]
    else:
        index = _Index(text)
        _last[:] = [index]
    return index.starts.get(m.group(), [])


def _word(ch: str) -> bool:
    """Is ``ch`` (one character) a word character of ``re`` (``\\w`` of a ``str`` pattern)?"""
    return ch.isalnum() or ch == "_"


def _boundary(text: str, at: int) -> bool:
    """``\\b`` at offset ``at`` of ``text``: a word character on one side only (none is
    outside the text)."""
    if not text:
        return False
    before = at > 0 and _word(text[at - 1])
    after = at < len(text) and _word(text[at])
    return before != after


def _name_edge(text: str, at: int, step: int) -> bool:
    """``(?<![\\w-])`` (``step`` -1: the character before ``at``) or ``(?![\\w-])`` (``step``
    0: the character at ``at``): no word character and no hyphen there, or no character."""
    k = at + step
    if k < 0 or k >= len(text):
        return True
    ch = text[k]
    return ch != "-" and not _word(ch)


def literal_matches(text: str, literals: Sequence[str], edge: str) -> list[tuple[int, int]]:
    """``(start, k)`` of every match of ``re.finditer(L + "(?:" + "|".join(map(re.escape,
    literals)) + ")" + R, text)``, ``k`` the index in ``literals`` of the alternative that
    matched (``m.group()`` is ``literals[k]``), in the order of the text.

    ``edge`` ``"word"``: ``L`` and ``R`` are ``\\b``; ``"name"``: ``L`` is ``(?<![\\w-])`` and
    ``R`` ``(?![\\w-])``. At one position the alternatives are tried in their order, the first
    that matches with its right edge wins (as the pattern's alternation does); the next match is
    looked for from the end of the one before.
    """
    if not all(literals):  # an empty alternative matches everywhere: the pattern itself
        left, right = (r"\b", r"\b") if edge == "word" else (r"(?<![\w-])", r"(?![\w-])")
        pattern = re.compile(left + "(?:" + "|".join(map(re.escape, literals)) + ")" + right)
        return [(m.start(), next(k for k, lit in enumerate(literals) if lit == m.group()))
                for m in pattern.finditer(text)]
    best: dict[int, int] = {}  # start -> the first alternative matching there
    for k, lit in enumerate(literals):
        n = len(lit)
        starts = _starts_of(text, lit)
        if starts is not None:  # a long document: its capitalised words' index
            for p in starts:
                if not text.startswith(lit, p):
                    continue
                if edge == "word":
                    ok = _boundary(text, p) and _boundary(text, p + n)
                else:
                    ok = _name_edge(text, p, -1) and _name_edge(text, p + n, 0)
                if ok and p not in best:
                    best[p] = k
            continue
        p = text.find(lit)
        while p >= 0:
            if edge == "word":
                ok = _boundary(text, p) and _boundary(text, p + n)
            else:
                ok = _name_edge(text, p, -1) and _name_edge(text, p + n, 0)
            if ok and p not in best:  # an earlier alternative wins at the same start
                best[p] = k
            p = text.find(lit, p + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for start in sorted(best):
        if start >= end:
            k = best[start]
            out.append((start, k))
            end = start + len(literals[k])
    return out


def words_before(text: str, surname: str) -> list[str]:
    """``[m.group(1) for m in re.finditer(r"\\b([A-Z][a-z]+)[ \\t]+" + re.escape(surname) +
    r"\\b", text)]``: the capitalised words written right before ``surname`` (its first names,
    or titles and sentence openers), in the order of the text.

    When ``surname`` opens with a character that is neither a space or tab nor a lower-case
    ASCII letter (a capitalised name does), each occurrence of it has one possible match, whose
    word is the run of ASCII letters before the blanks before it; else the pattern is run.
    """
    if not surname or surname[0] in " \tabcdefghijklmnopqrstuvwxyz":
        return [m.group(1) for m in re.finditer(
            r"\b([A-Z][a-z]+)[ \t]+" + re.escape(surname) + r"\b", text)]
    out: list[str] = []
    n = len(surname)
    end = 0  # the end of the last match: the next one starts from there
    # a long document: the index's starts (a blank before ``p`` makes it a word's start)
    starts = _starts_of(text, surname)
    found = iter(starts) if starts is not None else None
    p = _next_start(text, surname, found, -1)
    while p >= 0:
        if _boundary(text, p + n):
            i = p
            while i > 0 and text[i - 1] in " \t":
                i -= 1
            j = i
            while j > 0 and "a" <= text[j - 1] <= "z":
                j -= 1
            cap = j - 1  # the capital letter opening the word
            if (i < p and j < i and j > 0 and cap >= end and "A" <= text[cap] <= "Z"
                    and (cap == 0 or not _word(text[cap - 1]))):
                out.append(text[cap:i])
                end = p + n
        p = _next_start(text, surname, found, p)
    return out


def _next_start(text: str, lit: str, found: Iterator[int] | None, p: int) -> int:
    """The next offset after ``p`` where ``lit`` is written: from the index's starts
    (``found``) when given, else by ``str.find``; -1 when there is none."""
    if found is None:
        return text.find(lit, p + 1)
    for q in found:
        if text.startswith(lit, q):
            return q
    return -1


def after_lower_word(text: str, form: str) -> bool:
    """``re.search(r"[a-z0-9,;] +" + re.escape(form) + r"\\b", text) is not None``: is ``form``
    written after a lower-case word, a digit or a comma or semicolon and one or more spaces?

    When ``form`` opens with a character other than a space (a name does), the spaces of a
    match are all those right before the occurrence; else the pattern is run.
    """
    if not form or form[0] == " ":
        return re.search(r"[a-z0-9,;] +" + re.escape(form) + r"\b", text) is not None
    n = len(form)
    p = text.find(form)
    while p >= 0:
        i = p
        while i > 0 and text[i - 1] == " ":
            i -= 1
        if i < p and i > 0 and text[i - 1] in "abcdefghijklmnopqrstuvwxyz0123456789,;" \
                and _boundary(text, p + n):
            return True
        p = text.find(form, p + 1)
    return False
