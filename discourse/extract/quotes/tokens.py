"""Tokens of an article for the quote rules: words, punctuation, abbreviations with their stop.

Language-independent machinery (Unicode letters and digits; the abbreviations that keep their
full stop come from :data:`discourse.text.ABBREVIATIONS`). The rules read the tokens as parallel
columns (:class:`Toks`): offsets, the words as written and lower-cased. The tokenizer is the
largest single cost of extraction; see :func:`token_columns` for how it stays in C loops.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import repeat
from typing import Final, NamedTuple

from discourse.text import ABBREVIATIONS, CAPITALISED_ABBREVIATIONS

__all__ = ["SPLIT_TOKENS", "TOKEN", "Tok", "Toks", "cap", "token_columns", "tokens", "wordish"]

# Dotted acronyms (U.S.), words with inner apostrophes/hyphens, numbers, handles, punctuation.
TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|[@#]?[^\W_](?:[\w'’\-]*[^\W_])?|[^\w\s]", re.UNICODE
)


class Tok(NamedTuple):
    """A token: offsets into the text, the text as written, and its lower-cased form.

    A named tuple rather than a dataclass: articles have thousands of tokens, and creating a
    tuple costs a fraction of a frozen dataclass's ``__init__``.
    """

    start: int
    end: int
    text: str
    low: str

    @property
    def is_cap(self) -> bool:
        return cap(self.text)

    @property
    def is_word(self) -> bool:
        return wordish(self.text)


_new_tok = tuple.__new__


def cap(word: str) -> bool:
    """Does the token start with a capital letter?"""
    return word[:1].isupper()


def wordish(word: str) -> bool:
    """Is the token a word (a letter or digit first, or a handle or hashtag)?"""
    return word[:1].isalnum() or word[:1] in "@#"


@dataclass(slots=True)
class Toks:
    """The tokens of a text as parallel columns: token ``i`` runs from ``starts[i]`` to
    ``ends[i]``, reads ``words[i]`` and lower-cased ``lows[i]`` (a Tok's fields).

    The rules read these lists (``lows[i]`` for ``toks[i].low``) rather than a Tok per token:
    building a tuple per token cost as much as all the rules reading them, and a list item is
    read faster than a tuple field. No ``len()``: ``len(toks.lows)`` is the token count.
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]

    @classmethod
    def of(cls, toks: list[Tok]) -> Toks:
        """The columns of a list of tokens (as :func:`tokens` returns)."""
        cols = tuple(map(list, zip(*toks))) if toks else ([], [], [], [])
        return cls(*cols)


# ``TOKEN`` refactored for speed, the tokens it finds unchanged. Every token starts with a
# character of ``[^\s_]`` and every such character starts one (``\w`` is the letters and digits
# plus "_"), so the pattern opens with that class, which the regex engine skips to in C instead
# of trying three alternatives at every space. Lookbehinds on that first character then choose
# what it begins: a dotted acronym or a word (letter or digit; the acronym first, as in
# ``TOKEN``), a handle or hashtag, else the character alone (punctuation, or "@"/"#" without a
# word). The acronym branch tests the "." before its lookbehind: most letters fail it at once.
_WORD_REST: Final = r"[\w'’\-]*[^\W_]"
SPLIT_TOKENS: Final = re.compile(
    r"([^\s_](?:(?<=[^\W_])(?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]\.)+|" + _WORD_REST + r"|)"
    r"|(?<=[@#])[^\W_](?:" + _WORD_REST + r")?|))",
    re.UNICODE,
)


_split_tokens = SPLIT_TOKENS.split


def _word_and_mark(piece: str, n: int) -> bool:
    """Is the piece (``n`` characters, no space) a word of letters and digits followed by one
    character that ``SPLIT_TOKENS`` makes a token of its own ("said,", "Sen.", "A.", "voters'")?
    That character is then neither a letter or digit nor "_" nor white space (those two are
    gaps, no tokens): the word cannot take it, as ``[\\w'’\\-]*[^\\W_]`` ends on a letter or digit,
    and a dotted acronym needs a letter after its first "."."""
    last = piece[n - 1]
    return not (last.isalnum() or last == "_" or last.isspace()) and piece[: n - 1].isalnum()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (see :func:`token_columns`)."""
    return list(map(_new_tok, repeat(Tok), zip(*token_columns(text, start, end))))


def token_columns(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[int], list[int], list[str], list[str]]:
    """Tokens of ``text[start:end]`` as parallel lists: starts, ends, words, lower-cased words.

    ``start`` must not fall inside a token (a paragraph start, a whitespace position): then the
    tokens are exactly those that tokenising the whole text gives in that range.

    Tokenising is the largest cost of the extractor. No token holds white space (every class
    of ``SPLIT_TOKENS`` excludes it and its lookbehinds read only the token's own characters),
    so the text is cut at its spaces by ``str.split(" ")`` (in C; each piece starts one past
    the end of the one before) and each piece tokenised alone: a piece of letters and digits
    only (``str.isalnum``, the ``[^\\W_]`` of the pattern: most pieces) is one word, such a word
    followed by one punctuation character ("said," "Sen.") is two tokens, and only the other
    pieces (about one in thirteen in English news: "don't", "“We", "U.S.", line breaks) are
    split by ``SPLIT_TOKENS``. The same tokens as one ``re.split`` of the whole text (a copy
    of that code: ``tests/reference/quotes_token_columns.py``), for a third less time. The
    words are lower-cased by ``map(str.lower, ...)`` (lower-casing the joined string and
    splitting it again was slower, and a word's case can depend on its neighbours there: Greek
    final sigma). Only the full-stop fix-up for abbreviations loops in Python, over the "."
    tokens that directly follow another token.
    """
    stop = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    pos = start
    for piece in (text[start:stop] if start or end is not None else text).split(" "):
        n = len(piece)
        if n:
            if piece.isalnum():  # a word alone ("said")
                starts.append(pos)
                words.append(piece)
                ends.append(pos + n)
            elif n > 1 and _word_and_mark(piece, n):  # a word and one mark ("said,")
                starts.append(pos)
                words.append(piece[: n - 1])
                ends.append(pos + n - 1)
                starts.append(pos + n - 1)
                words.append(piece[n - 1])
                ends.append(pos + n)
            else:  # the pattern: the gaps at the even indices, the tokens at the odd ones
                parts = _split_tokens(piece)
                q = pos
                for k in range(1, len(parts), 2):
                    q += len(parts[k - 1])
                    w = parts[k]
                    starts.append(q)
                    words.append(w)
                    q += len(w)
                    ends.append(q)
        pos += n + 1  # the piece and the space after it
    if not words:
        return [], [], [], []
    # A full stop right after an abbreviation or an initial belongs to it ("Sen.", "A."). Such
    # a "." is always a token of its own, right after the word (no gap between them); the
    # last word may also take a "." just past ``end``, which the text is still read for.
    last = len(words) - 1
    candidates: list[int] = []
    k = 0
    try:
        while True:  # list.index scans in C: only the "." tokens cost a Python step
            k = words.index(".", k + 1)
            if ends[k - 1] == starts[k]:  # no gap before this "."
                candidates.append(k - 1)
    except ValueError:  # no "." token left
        pass
    if ends[last] == stop and stop < len(text) and text[stop] == ".":
        candidates.append(last)
    absorbed: set[int] = set()
    for i in candidates:
        word = words[i]
        if word[:1].isalpha() and (
            (word.lower() in ABBREVIATIONS
             and not (word[0].islower() and word.lower() in CAPITALISED_ABBREVIATIONS))
            or (len(word) == 1 and word.isupper())
        ):
            words[i] = word + "."
            ends[i] += 1
            absorbed.add(i + 1)
    absorbed.discard(last + 1)  # the "." past ``end`` is no token of this range
    for i in sorted(absorbed, reverse=True):  # a few per article: deleting beats rebuilding
        del words[i], starts[i], ends[i]
    # Each word lower-cased, "’" read as "'". ``str.lower`` per word in a C loop; the few
    # words holding a "’" (every one in the text lies in a token) are then found by bisection.
    lows = list(map(str.lower, words))
    p = text.find("’", start, stop)
    while p >= 0:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and p < ends[k]:
            lows[k] = lows[k].replace("’", "'")
        p = text.find("’", p + 1, stop)
    return starts, ends, words, lows
