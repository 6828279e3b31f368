"""Offline text utilities shared by the stages: sentence spans and word tokens.

No downloaded models (NLTK's punkt data is not available offline), so sentence splitting is a
rule-based splitter that knows news abbreviations and closing quotation marks. It returns
character spans into the text as given, never a changed copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st mt jr sr rev hon pres
    vs etc e.g i.e u.s u.k u.n e.u no nos fig approx dept univ inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)

_CLOSERS = "\"'”’»“)]"
# A sentence ends at . ! ? (or …) followed by optional closing marks, then whitespace; or at a
# paragraph break (a blank line, or a single newline: news text often has one line per paragraph).
_END = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)|\n\s*\n|\n")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _is_abbreviation(text: str, dot_pos: int) -> bool:
    """True if the full stop at ``dot_pos`` closes an abbreviation or an initial."""
    j = dot_pos
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot_pos].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # Initials such as "J." in "John F. Kennedy", and dotted acronyms such as "U.S."
    if len(word) == 1 and text[j].isupper():
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


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
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        token = m.group()
        if token[0] in ".!?…":
            last_dot = m.start() + len(token.rstrip(_CLOSERS)) - 1
            if token.rstrip(_CLOSERS) == "." and _is_abbreviation(text, last_dot):
                continue
            # Next non-space character: a lower-case letter means the sentence goes on.
            k = end
            while k < n and text[k] in " \t":
                k += 1
            if k < n and text[k].islower():
                continue
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, n, spans)
    return tuple(spans)


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into paragraphs (separated by line breaks) as ``(start, end)`` spans."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.span()
        _add_span(text, s, e, spans)
    return spans


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
