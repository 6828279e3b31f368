"""Sentence and paragraph boundaries: the one owner of where a sentence or a paragraph ends.

No downloaded models (NLTK's punkt data is not available offline), so sentence splitting is a
rule-based splitter that knows news abbreviations and closing quotation marks. Every function
returns character offsets into the text as given, never a changed copy.

Two ways to ask, kept apart on purpose (see the comment above :func:`sentence_start`):

- :func:`sentence_spans` splits a whole text (measures score sentence by sentence; quote
  extraction splits the paragraphs that hold a reporting cue);
- :func:`sentence_start` / :func:`sentence_end` find the bounds of the sentence around one
  position inside a paragraph (quote classification and speaker attribution ask this for every
  quotation mark).

Used by :mod:`discourse.extract.quotes`, :mod:`discourse.extract.speakers` and the measures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

__all__ = [
    "ABBREVIATIONS", "ABBREVIATIONS_BY_LANGUAGE", "CAPITALISED_ABBREVIATIONS", "INNER_SENTENCE_END",
    "SENTENCE_END", "is_abbreviation", "paragraph_spans", "sentence_end", "sentence_spans", "sentence_start",
]

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot),
# by language: language data, one set per language. The splitter uses their union: a text does
# not say its language to every caller, and the sets cannot collide, since each is written in its
# own script (an English text never holds "г." or "ул.", a Russian one writes "Sen." only inside
# an English name, where it is an abbreviation too).
ABBREVIATIONS_BY_LANGUAGE: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    "en": frozenset(
        """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st mt jr sr rev hon pres
        vs etc e.g i.e u.s u.k u.n e.u no nos fig approx dept univ inc ltd co corp
        jan feb mar apr jun jul aug sep sept oct nov dec
        ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
        neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
    ),
    # Russian news: dates and places (г. гг. в. вв. ул. пр. пл. д. обл. р-н …), titles (им. проф.
    # акад. ген.), amounts (млн млрд тыс. руб. долл.), set phrases split by spaces ("т. е.",
    # "т. д.", "т. п.", "и др.", "н. э.": each letter is an abbreviation of its own). Initials
    # ("В. В. Путин") are single capitals, which every language treats so.
    "ru": frozenset(
        """г гг в вв ул пр просп пл пер наб ш д кв корп стр обл пос с ст дер о оз р
        им проф акад ген св зам нач зав ред рук гл т е п н э др пр см ср напр рис табл
        млн млрд трлн тыс руб коп долл ок прим мин ч км кг чел экз""".split()
    ),
})
ABBREVIATIONS: Final[frozenset[str]] = frozenset().union(*ABBREVIATIONS_BY_LANGUAGE.values())
# Abbreviations that are also common words: only capitalised are they abbreviations ("Boston,
# Mass." but "were attending mass.", "fell ill.", "voted no.").
CAPITALISED_ABBREVIATIONS: Final[frozenset[str]] = frozenset("mass miss ill wash ore ark fig no".split())
# The longest abbreviation: a word before a full stop with more letters is none.
_LONGEST_ABBREVIATION: Final = max(map(len, ABBREVIATIONS))

_CLOSERS: Final = "\"'”’»“)]"
# A sentence ends at . ! ? (or …) followed by optional closing marks, then whitespace; or at a
# paragraph break (a blank line, or a single newline: news text often has one line per paragraph).
# Spelt as one class of the first characters, then the rest of each alternative (what
# ``[.!?…]+[closers]*(?=\s)|\n\s*\n|\n`` matched, match for match): a pattern that opens with
# a character class lets the regex engine skip to the next candidate in C, as in SENTENCE_END
# below; splitting the paragraphs that hold a cue takes a third of the time it took.
_END: Final = re.compile(r"[.!?…\n](?:(?<=\n)(?:\s*\n)?|[.!?…]*[" + re.escape(_CLOSERS) + r"]*(?=\s))")
_ACRONYM: Final = re.compile(r"(?:[a-z]\.)+[a-z]")
_LINE_BREAK: Final = re.compile(r"[\r\n]")

# Terminal punctuation ending a sentence, for :func:`sentence_start` and :func:`sentence_end`
# (and for finding the end of an attribution after a closing quotation mark).
# "[.!?…][.!?…]*" rather than "[.!?…]+" (the same matches): a pattern opening with a plain
# character class lets the regex engine skip to the next candidate character in C, which halves
# the search time.
SENTENCE_END: Final = re.compile(r"[.!?…][.!?…]*[\"'”’»)]*(?=\s|$)")
# Where :func:`sentence_spans` may end a sentence inside a paragraph (which has no line break):
# terminal punctuation and closing marks followed by white space (the first character class
# stands alone for speed, as in ``SENTENCE_END``). A paragraph without a match is one sentence.
INNER_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”’»“)\]]*(?=\s)")


def is_abbreviation(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes an abbreviation or an initial.

    The word before the dot (letters and dots) is a known abbreviation ("Sen.", "U.S."), a single
    capital ("J." in "John F. Kennedy"), or a dotted acronym ("e.g.").

    >>> is_abbreviation("Sen. Cruz", 3), is_abbreviation("He left. Then", 7)
    (True, False)
    """
    # One function for what were two copies (``text._is_abbreviation`` for sentence_spans and
    # ``quotes._is_abbrev_at`` for the quote passes): they tested the same, one with a compiled
    # acronym pattern, one with ``re.fullmatch`` on the pattern string.
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1 : dot].isalpha():
        # Most full stops end a longer word ("said."): its last letters, tested in one C call,
        # are more than any abbreviation has, and without a "." no dotted acronym ends there
        # (lower-casing makes no "."). The loop below would walk back over every letter.
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return bool(word) and (
        (word in ABBREVIATIONS and not (word in CAPITALISED_ABBREVIATIONS and text[j].islower()))
        or (len(word) == 1 and text[j].isupper())
        # a dotted acronym has a "." (lower-casing makes none): most words are tested without
        # a regex call
        or ("." in word and _ACRONYM.fullmatch(word) is not None)
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, returned as ``(start, end)`` character spans.

    Spans exclude surrounding whitespace; ``text[start:end]`` is the sentence. Paragraph breaks
    always end a sentence. A full stop after a known abbreviation or an initial does not, nor does
    one followed by a lower-case word.

    >>> t = "Mr. Smith said so. “We agree,” she said.\\n\\nNext."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Smith said so.', '“We agree,” she said.', 'Next.']
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # What the plain loop (``tests/reference/text_segment.py``: a stripped ``token`` and a
    # call of ``_add_span`` per match) did, with less Python per match: a sentence end is
    # ``[.!?…]+`` and closing marks (which are not terminal punctuation), so its punctuation is
    # a single "." exactly when the match opens with "." and its second character is no more
    # punctuation; and the white space around a span is stripped by ``str.strip`` in C (the
    # same ``str.isspace`` characters).
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        s = m.start()
        if text[s] != "\n":  # terminal punctuation, not a line break
            if text[s] == "." and (end == s + 1 or text[s + 1] not in ".!?…") and (
                    is_abbreviation(text, s)):
                continue
            # Next non-space character: a lower-case letter means the sentence goes on.
            k = end
            while k < n and text[k] in " \t":
                k += 1
            if k < n and text[k].islower():
                continue
        piece = text[start:end]
        core = piece.strip()
        if core:
            lead = start + len(piece) - len(piece.lstrip())
            spans.append((lead, lead + len(core)))
        start = end
    piece = text[start:n]
    core = piece.strip()
    if core:
        lead = start + len(piece) - len(piece.lstrip())
        spans.append((lead, lead + len(core)))
    return tuple(spans)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into paragraphs (separated by line breaks) as ``(start, end)`` spans.

    A paragraph is a line without the white space around it (``\\r``, ``\\n`` and ``\\r\\n``
    break lines; other white space is stripped, as ``str.isspace`` defines it).

    >>> paragraph_spans("  One.\\r\\n\\nTwo. \\n")
    [(2, 6), (9, 13)]
    """
    # The spans of the regex ``\S(?:[^\r\n]*\S)?``, found faster: ``str.split`` finds the line
    # breaks in C (``memchr``) where the regex tests every character, and ``str.strip`` removes
    # the white space of ``\s`` (both use ``str.isspace``). This was ``quotes._paragraphs``;
    # the regex version that ``text.paragraph_spans`` was gives the same spans (tested).
    spans = []
    pos = 0  # offset of the line
    for line in text.split("\n") if "\r" not in text else _LINE_BREAK.split(text):
        core = line.strip()
        if core:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(core)))
        pos += len(line) + 1  # the line and its one-character break
    return spans


# No sentence is longer than this: bounds every backward/forward search, so that a text without
# sentence ends (a run-on paragraph, a 1 MB line) stays linear.
_MAX_SENTENCE: Final = 3000

# sentence_start / sentence_end and sentence_spans disagree on purpose in a few details, and
# both are kept because quote extraction and speaker attribution were tuned on each (changing
# either changes which quotes are found):
# - sentence_start/end look around one position, inside bounds the caller gives (a paragraph,
#   a quote), and never further than _MAX_SENTENCE characters: classification asks this for
#   every quotation mark, and splitting the whole paragraph each time would be quadratic;
# - their terminal punctuation (SENTENCE_END) may be followed by " ' ” ’ » ) and ends a
#   sentence at the end of the text too; sentence_spans' (_END) also takes “ and ], and breaks
#   at line breaks, which the bounds of sentence_start/end already are;
# - sentence_start skips any white space (``str.isspace``) before testing for a lower-case
#   continuation, sentence_end and sentence_spans only spaces and tabs.


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` (search no further back than ``lo``).

    >>> t = "He left. Mr. Smith said: yes"
    >>> t[sentence_start(t, 0, 20):]
    'Mr. Smith said: yes'
    """
    # The quote's passes ask again inside the sentence just read (attribution: the mention,
    # then the quote; speed pass twenty-five): the end found last answers when it still counts
    # (see _after_known_end), without the window's searches.
    last_text, r, s = _last_end
    if last_text is text and lo <= s and pos - 300 <= s and r < pos:
        known = _after_known_end(text, r, pos)
        if known >= 0:
            return known
    # Most sentences are short: look in a small window first; the latest boundary found there
    # is the answer, and the long window is only scanned when the short one has none.
    for width in (300, _MAX_SENTENCE):
        lo2 = max(lo, pos - width)
        best = _sentence_start_in(text, lo2, pos)
        if best > lo2 or lo2 == lo or width == _MAX_SENTENCE:
            return best
    return lo  # pragma: no cover - the loop always returns


# ``SENTENCE_END``'s terminal punctuation and the closing marks that may follow it.
_TERMINAL: Final = ".!?…"
_END_CLOSERS: Final = "\"'”’»)"


def _sentence_start_in(text: str, lo: int, pos: int) -> int:
    # The latest sentence end that counts, read from ``pos`` back. What
    # ``SENTENCE_END.finditer(text, lo, pos)`` read from its last match back did (speed pass
    # nine; ``tests/reference/text_segment.py``), without matching the whole window: a match
    # of that pattern is a whole run of terminal punctuation (cut at ``lo``), its closing
    # marks and white space or ``pos`` after them; a run that is not followed so holds no
    # match at all (each shorter try ends before punctuation or a mark). So the runs are read
    # one by one from the last, found by ``str.rfind`` in C. The last position of each of the
    # four characters is kept and searched again only when a run passes it: each stretch of
    # the window is read once per character (linear, however many runs fail).
    # A window of many runs that end no sentence ("1.2.3", "U.S.-led") is left to the regex
    # engine after ``_RUNS_READ`` of them, which tests the rest in C.
    best = lo
    rfind = text.rfind
    dot, bang, ask, dots = (rfind(".", lo, pos), rfind("!", lo, pos), rfind("?", lo, pos),
                            rfind("…", lo, pos))
    hi = pos  # the runs from here on are read
    for _ in range(_RUNS_READ):
        r = max(dot, bang, ask, dots)
        if r < 0:
            break
        s = r  # the run's first character (a run is cut at ``lo``, as the search began there)
        while s > lo and text[s - 1] in _TERMINAL:
            s -= 1
        # the last of each character before the run
        if dot >= s:
            dot = rfind(".", lo, s)
        if bang >= s:
            bang = rfind("!", lo, s)
        if ask >= s:
            ask = rfind("?", lo, s)
        if dots >= s:
            dots = rfind("…", lo, s)
        hi = s
        c = r + 1
        while c < pos and text[c] in _END_CLOSERS:
            c += 1
        if c < pos and not text[c].isspace():
            continue  # no match in this run
        if s == r and text[r] == "." and is_abbreviation(text, r):
            continue
        k = c
        while k < pos and text[k].isspace():
            k += 1
        if k < pos and text[k].islower():
            continue
        best = r + 1
        if s == 0 or text[s - 1] not in _TERMINAL:
            _remember_end(text, r, s)  # (a whole run: not cut at the window's start)
        break
    else:
        best = _start_by_matches(text, lo, pos, hi)
    while best < pos and text[best] in " \t\"'”’»)":
        best += 1
    return best


_RUNS_READ: Final = 6

# The last sentence end that ``_sentence_start_in`` accepted: the text, the last character
# ``r`` of its run of terminal punctuation and the run's first ``s`` (the whole run). A fact
# about the text alone, whoever asked: one tuple, replaced whole.
_last_end: tuple[str, int, int] = ("", -1, -1)


def _remember_end(text: str, r: int, s: int) -> None:
    global _last_end
    _last_end = (text, r, s)


def _after_known_end(text: str, r: int, pos: int) -> int:
    """``sentence_start(text, lo, pos)`` when the run ``[s, r]`` of :data:`_last_end` ends a
    sentence and ``max(lo, pos - 300) <= s``, ``r < pos`` (the caller's tests); -1 when this
    cannot tell. With no terminal punctuation in ``(r, pos)``, the short window's last run is
    that run, read whole (its start is in the window), and it is the answer when it counts:
    the abbreviation test reads the text before ``r`` only (it passed), the closing marks,
    white space and lower-case letter after it are read again up to ``pos``, as
    ``_sentence_start_in`` reads them."""
    a = r + 1
    if (text.find(".", a, pos) >= 0 or text.find("!", a, pos) >= 0
            or text.find("?", a, pos) >= 0 or text.find("…", a, pos) >= 0):
        return -1
    c = a
    while c < pos and text[c] in _END_CLOSERS:
        c += 1
    if c < pos and not text[c].isspace():
        return -1
    k = c
    while k < pos and text[k].isspace():
        k += 1
    if k < pos and text[k].islower():
        return -1
    best = a
    while best < pos and text[best] in " \t\"'”’»)":
        best += 1
    return best


def _start_by_matches(text: str, lo: int, pos: int, hi: int) -> int:
    """The latest sentence end that counts among the matches of ``SENTENCE_END`` in the window
    ``[lo, pos)`` that start before ``hi`` (all of them read, from the last one back)."""
    for m in reversed(list(SENTENCE_END.finditer(text, lo, pos))):
        if m.start() >= hi:
            continue  # read as a run already
        punct_end = m.start() + len(m.group().rstrip(_END_CLOSERS))
        if m.group()[0] == "." and punct_end - m.start() == 1 and is_abbreviation(
                text, m.start()):
            continue
        k = m.end()
        while k < pos and text[k].isspace():
            k += 1
        if k < pos and text[k].islower():
            continue
        return punct_end
    return lo


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End (exclusive, after the terminal punctuation) of the sentence running from ``pos``
    (search no further than ``hi``).

    >>> t = "Mr. Smith said so. Then he left."
    >>> t[:sentence_end(t, 0, len(t))]
    'Mr. Smith said so.'
    """
    hi = min(hi, pos + _MAX_SENTENCE)
    for m in SENTENCE_END.finditer(text, pos, hi):
        core = m.group().rstrip("\"'”’»)")
        if core == "." and is_abbreviation(text, m.start()):
            continue
        k = m.end()
        while k < hi and text[k] in " \t":
            k += 1
        if k < hi and text[k].islower():
            continue
        return m.start() + len(core)
    return hi
