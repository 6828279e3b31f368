"""A speaker's name in wiki italics after the verb (round twenty-seven, issue 12): «…», пишет
''Washington Post'', ссылаясь на … -> «Washington Post» (was no mention).

Russian Wikinews sets the names of papers, bands and firms in italics, written ``''…''`` in the
wiki text the corpora keep (128 such names in the 840 shared articles: ''Forbes'', ''Rolling
Stone'', ''WikiLeaks''). The tokens split them into two apostrophes, which are no words, so the
clause reading (:func:`.speakers._speaker_of`) finds no subject after the verb. The italics are
typography, not words: :func:`past_italics` moves the reading past an opening pair when
capitalised words and a closing pair follow, and the noun phrase read from there ends at the
closing pair (an apostrophe is no word).

Before: the token ``k`` where the subject after the verb is read. After: ``k + 2`` when ``k``
opens italics around a name, else ``k``.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["past_italics"]

# How many words a name in italics may run before its closing pair.
_NAME_WORDS = 5


def past_italics(toks: Toks, k: int, hi: int) -> int:
    """``k + 2`` when ``''`` at ``k`` opens a capitalised name closed by ``''`` within
    :data:`_NAME_WORDS` words before ``hi``; else ``k``."""
    words = toks.words
    if not (k + 2 < hi and words[k] == "'" and words[k + 1] == "'" and cap(words[k + 2])):
        return k
    for m in range(k + 3, min(hi - 1, k + 3 + _NAME_WORDS)):
        if words[m] == "'" and words[m + 1] == "'" and toks.starts[m + 1] == toks.ends[m]:
            return k + 2
        if not wordish(words[m]) and words[m] not in ".-&":
            return k
    return k
