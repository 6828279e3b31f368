"""Word tokens of a text, and the trie regex that matches many word sequences at once.

:func:`tokenize` gives the lower-cased words the measures count (keyness, frames, the ``n_tokens``
of the summary); :func:`token_spans` their offsets; :func:`trie_pattern` builds the alternations
that find actor names and cue words in one regex pass; :func:`ly_name` tells an English name in
"-ly" from an adverb. Quote extraction has its own tokenizer
(:mod:`discourse.extract.quotes.tokens`: punctuation tokens, abbreviations with their full stop).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ly_name", "token_spans", "tokenize", "trie_pattern"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, inner apostrophes kept).

    >>> tokenize("Russia's “non-interference” policy, 2020!")
    ["russia's", 'non', 'interference', 'policy', '2020']
    """
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens :func:`tokenize` returns, in order."""
    return [m.span() for m in _WORD.finditer(text)]


def trie_pattern(sequences: Iterable[tuple[str, ...]]) -> str:
    """One regex alternation matching any of ``sequences`` of regex elements, built as a trie.

    Python's regex engine tries the branches of an alternation one by one; with hundreds of
    words that is hundreds of failed tests at every position of the text. Sharing prefixes
    ("said", "saying", "says" -> ``sa(?:id|ying|ys)``) makes each position cost a few tests.
    Longer continuations are tried first, so at a given start the longest sequence wins.
    Chains of single-child nodes (long names are chains of single characters) are joined in a
    loop, not one recursive call per character: a registry's pattern builds in milliseconds.

    >>> trie_pattern([("s", "a", "i", "d"), ("s", "a", "y", "s")])
    'sa(?:id|ys)'
    """
    root: dict = {}
    for seq in sequences:
        node = root
        for elem in seq:
            node = node.setdefault(elem, {})
        node[""] = {}

    def emit(node: dict) -> str:
        chain: list[str] = []
        while len(node) == 1:  # one continuation, and the sequence does not end here
            (elem,) = node
            if not elem:
                return "".join(chain)
            chain.append(elem)
            node = node[elem]
        branches = [elem + emit(node[elem]) for elem in sorted(k for k in node if k)]
        if not branches:
            return "".join(chain)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return "".join(chain) + body

    return emit(root)


# Endings of English names in "-ly" (Kelly, Reilly, Connolly, Beverly, Daly), and of short ones
# that adverbs share only when longer (Sally but "Really", Emily but "Easily").
_LY_NAME_ENDINGS = ("elly", "illy", "olly", "erly", "aly")
_LY_SHORT_NAME_ENDINGS = ("ally", "ily", "ully", "ely")


def ly_name(word: str) -> bool:
    """Is a capitalised English word in "-ly" (lower-cased: ``word``) a name rather than an
    adverb where both could stand, first in a sentence ("Kelly", "O'Reilly", "Lily"; not
    "Finally", "Reportedly", "Additionally")? Shared by the quote rules and the speaker rules.

    >>> [ly_name(w) for w in ("kelly", "emily", "daly", "finally", "racially", "early")]
    [True, True, True, False, False, False]
    """
    return word.endswith(_LY_NAME_ENDINGS) or (len(word) <= 5 and word.endswith(_LY_SHORT_NAME_ENDINGS))
