"""Paragraph splitting and sentence-end patterns of :mod:`discourse.text.segment` as they were.

``reference_paragraphs`` is ``text.paragraph_spans`` before the split (lines stripped character
by character) and the first ``quotes._paragraphs``; ``regex_paragraphs`` the second
``quotes._paragraphs`` (one regex match per paragraph). Both now are ``paragraph_spans``
(``str.split`` on line breaks, ``str.strip``). ``reference_is_abbreviation`` is
``text._is_abbreviation``, one of the two copies merged into ``is_abbreviation``. The
``PLUS_*`` patterns are ``SENTENCE_END`` and ``INNER_SENTENCE_END`` spelt as first written.
"""

from __future__ import annotations

import re

from discourse.text import ABBREVIATIONS, CAPITALISED_ABBREVIATIONS

# "[.!?…]+" where the package now spells "[.!?…][.!?…]*" (the same matches, found faster)
PLUS_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s|$)")
PLUS_INNER_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»“)\]]*(?=\s)")
# ``segment._END`` (where ``sentence_spans`` ends a sentence) as an alternation, as first written
ALTERNATION_END = re.compile(r"[.!?…]+[" + re.escape("\"'”’»“)]") + r"]*(?=\s)|\n\s*\n|\n")


def regex_paragraphs(text: str) -> list[tuple[int, int]]:
    """``_paragraphs`` as it was before ``str.split``: one regex match per paragraph."""
    return [m.span() for m in re.finditer(r"\S(?:[^\r\n]*\S)?", text)]


def reference_paragraphs(text: str) -> list[tuple[int, int]]:
    """``_paragraphs`` as it was: lines, stripped character by character."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def reference_is_abbreviation(text: str, dot_pos: int) -> bool:
    """True if the full stop at ``dot_pos`` closes an abbreviation or an initial."""
    j = dot_pos
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot_pos].lower()
    if not word:
        return False
    if word in ABBREVIATIONS and not (word in CAPITALISED_ABBREVIATIONS and text[j].islower()):
        return True  # "Mass." is one, "attending mass." is not
    # Initials such as "J." in "John F. Kennedy", and dotted acronyms such as "U.S."
    if len(word) == 1 and text[j].isupper():
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def reference_sentence_start_in(text: str, lo: int, pos: int) -> int:
    """``segment._sentence_start_in`` as it was before issue 14: every sentence end of the window
    read front to back (now read from the last one back, stopping at the first that counts)."""
    from discourse.text.segment import SENTENCE_END, is_abbreviation

    best = lo
    for m in SENTENCE_END.finditer(text, lo, pos):
        punct_end = m.start() + len(m.group().rstrip("\"'”’»)"))
        if m.group()[0] == "." and len(m.group().rstrip("\"'”’»)")) == 1 and is_abbreviation(
            text, m.start()
        ):
            continue
        k = m.end()
        while k < pos and text[k].isspace():
            k += 1
        if k < pos and text[k].islower():
            continue
        best = max(best, punct_end)
    while best < pos and text[best] in " \t\"'”’»)":
        best += 1
    return best


def reference_sentence_spans(text: str) -> list[tuple[int, int]]:
    """``segment._sentence_spans`` as it was before speed pass nine: the matched token stripped
    of its closing marks twice per match, and a call of ``_add_span`` (white space stripped
    character by character) per sentence."""
    from discourse.text.segment import _CLOSERS, _END, is_abbreviation

    def add_span(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        token = m.group()
        if token[0] in ".!?…":
            last_dot = m.start() + len(token.rstrip(_CLOSERS)) - 1
            if token.rstrip(_CLOSERS) == "." and is_abbreviation(text, last_dot):
                continue
            k = end
            while k < n and text[k] in " \t":
                k += 1
            if k < n and text[k].islower():
                continue
        add_span(start, end)
        start = end
    add_span(start, n)
    return spans


def regex_sentence_start_in(text: str, lo: int, pos: int) -> int:
    """``segment._sentence_start_in`` as it was before speed pass nine: the matches of
    ``SENTENCE_END`` in the window, all found, read from the last one back (now the runs of
    terminal punctuation are found from ``pos`` back by ``str.rfind``)."""
    from discourse.text.segment import SENTENCE_END, is_abbreviation

    best = lo
    # the latest sentence end wins: read them from the last one back, stop at the first that
    # counts (the ends come in increasing order, so it is the maximum of those that count)
    for m in reversed(list(SENTENCE_END.finditer(text, lo, pos))):
        punct_end = m.start() + len(m.group().rstrip("\"'”’»)"))
        if m.group()[0] == "." and len(m.group().rstrip("\"'”’»)")) == 1 and is_abbreviation(
            text, m.start()
        ):
            continue
        k = m.end()
        while k < pos and text[k].isspace():
            k += 1
        if k < pos and text[k].islower():
            continue
        best = max(best, punct_end)
        break
    while best < pos and text[best] in " \t\"'”’»)":
        best += 1
    return best
