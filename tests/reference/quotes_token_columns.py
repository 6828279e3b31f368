"""``tokens.token_columns`` as it was before speed pass twenty-four: one ``re.split`` of
``SPLIT_TOKENS`` over the whole text, the offsets as running sums of the piece lengths (before
the text was cut at its spaces and only the pieces other than a word, or a word and one mark,
were split by the pattern)."""

from __future__ import annotations

import bisect
from itertools import accumulate

from discourse.extract.quotes.tokens import SPLIT_TOKENS
from discourse.text import ABBREVIATIONS, CAPITALISED_ABBREVIATIONS


def reference_token_columns(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[int], list[int], list[str], list[str]]:
    """Tokens of ``text[start:end]`` as parallel lists: starts, ends, words, lower-cased words.

    ``start`` must not fall inside a token (a paragraph start, a whitespace position): then the
    tokens are exactly those that tokenising the whole text gives in that range.

    Tokenising is the largest cost of the extractor, so the per-token work runs in C loops:
    ``re.split`` with a capturing group returns the tokens at the odd indices and the gaps
    between them at the even ones (cheaper than a match object per token), the offsets are
    running sums of the piece lengths, and the words are lower-cased by ``map(str.lower, ...)``
    (lower-casing the joined string and splitting it again was slower, and a word's case can
    depend on its neighbours there: Greek final sigma). Only the full-stop fix-up for
    abbreviations loops in Python, over the "." tokens that directly follow another token.
    """
    stop = len(text) if end is None else end
    parts = SPLIT_TOKENS.split(text[start:stop] if start or end is not None else text)
    words = parts[1::2]
    if not words:
        return [], [], [], []
    offsets = list(accumulate(map(len, parts), initial=start))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    # A full stop right after an abbreviation or an initial belongs to it ("Sen.", "A."). Such
    # a "." is always a token of its own, right after the word (an empty gap between them); the
    # last word may also take a "." just past ``end``, which the text is still read for.
    last = len(words) - 1
    candidates: list[int] = []
    k = 0
    try:
        while True:  # list.index scans in C: only the "." tokens cost a Python step
            k = words.index(".", k + 1)
            if not parts[2 * k]:  # no gap before this "." (parts[2k] precedes words[k])
                candidates.append(k - 1)
    except ValueError:  # no "." token left
        pass
    if not parts[-1] and stop < len(text) and text[stop] == ".":
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
