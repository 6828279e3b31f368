"""The fast tokenizer and cue scan of :mod:`discourse.quotes` against the simple versions.

``_tokens`` splits with ``re.split`` and lower-cases all words in one call; ``_find_cues`` finds
candidates with two regexes (after a space / after anything else) instead of one that opens with
a lookbehind. Both must give exactly what the straightforward code below gives (the code they
replaced), on generated text full of the awkward cases: abbreviations, "." right after a word,
quote marks, "\\x00", letters whose lower case differs in length ("İ") or depends on context
("Σ"), and ranges ``[start, end)`` that cut a token or end just before a full stop.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.quotes import (
    _QUOTE_WORDS,
    _TOKEN,
    CueLexicon,
    _cue_at,
    _find_cues,
    _Tok,
    _tokens,
    load_cues,
)
from discourse.text import ABBREVIATIONS, trie_pattern

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of text that exercise the special cases, joined in random order by the strategy.
PIECES = [
    "said", "Said", "SAID", "told", "according to", "said in a statement", "quoted him as saying",
    "states", "States", "Sen.", "Mr.", "U.S.", "u.s.", "e.g.", "A.", "a.", "Inc..", "No.", ".",
    "..", ",", "“", "”", '"', "'", "‘", "’", "«", "»", "-", "_", "@x", "#tag", "don’t", "state’s",
    "İ", "İstanbul", "ß", "Σ", "ΑΣ", "ΣΑΣ.", "ǅ", "ﬃ", "K", "\x00", "x\x00y", "42", "3.5",
    " ", "  ", "\n", "\n\n", "\r\n", "\t", "word", "Word", "R-Texas", "(", ")",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(
    alphabet=st.sampled_from(list("aAsS. İΣß’'“”\x00\n_-@1")), max_size=60
)


def reference_tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """The tokenizer as it was: one match object per token, abbreviation fix-up per token."""
    toks: list[_Tok] = []
    n = len(text)
    last_end = -1
    finditer = _TOKEN.finditer(text, start) if end is None else _TOKEN.finditer(text, start, end)
    for m in finditer:
        s, e = m.span()
        if s < last_end:  # the full stop was absorbed by the previous token
            continue
        word = m.group()
        if e < n and text[e] == "." and word[:1].isalpha() and (
            word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            e += 1
            word += "."
        low = word.lower().replace("’", "'")
        toks.append(_Tok(s, e, word, low))
        last_end = e
    return toks


def reference_find_cues(toks: list[_Tok], lex: CueLexicon, text: str) -> list[tuple]:
    """The cue scan as it was: one trie regex opening with a lookbehind."""
    seqs = set()
    for form in [f for c in lex.cues for f in c.forms] + list(_QUOTE_WORDS):
        elems: list[str] = []
        for k, word in enumerate(form.split()):
            if k:
                elems.append(r"[\s_]+")
            elems.extend("['’]" if ch == "'" else re.escape(ch) for ch in word)
        seqs.add(tuple(elems))
    body = r"(?<![^\W_])(?:" + trie_pattern(sorted(seqs)) + r")(?![^\W_])"
    lowered = text.lower()
    if len(lowered) == len(text):
        finder, haystack = re.compile(body), lowered
    else:
        finder, haystack = re.compile(body, re.IGNORECASE), text
    starts = [t.start for t in toks]
    hits = []
    pos = 0
    while (m := finder.search(haystack, pos)) is not None:
        i = starts.index(m.start()) if m.start() in starts else -1
        hit = _cue_at(toks, i, lex) if i >= 0 else None
        if hit:
            hits.append(hit)
            pos = toks[hit[1] - 1].end
        else:
            pos = m.start() + 1
    return hits


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return load_cues()


@SETTINGS
@given(text=TEXTS, cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_tokens_equal_the_reference_tokenizer(text, cut):
    assert _tokens(text) == reference_tokens(text)
    a, b = sorted(cut)
    a, b = min(a, len(text)), min(b, len(text))
    assert _tokens(text, a, b) == reference_tokens(text, a, b)
    assert _tokens(text, a) == reference_tokens(text, a)


def test_tokens_edge_cases():
    for text in ["", " ", ".", "Mr.", "Mr", "Mr..", "A. B.", "x\x00Mr.\x00", "ΑΣ.Α ΑΣ. Σ",
                 "İ. Mr. İstanbul", "U.S.. e.g. Inc.", "Sen. Ted Cruz, R-Texas, met U.S. envoys."]:
        assert _tokens(text) == reference_tokens(text), text
        for b in range(len(text) + 1):  # a range ending right before a full stop
            assert _tokens(text, 0, b) == reference_tokens(text, 0, b), (text, b)


@SETTINGS
@given(text=TEXTS)
def test_cue_scan_equals_the_single_lookbehind_pattern(lexicon, text):
    toks = _tokens(text)
    assert _find_cues(toks, lexicon, text) == reference_find_cues(toks, lexicon, text)


def test_cue_scan_on_news_like_text(lexicon):
    text = ("“We will not give in,” the minister said on Tuesday. Smith, a Democrat, said the "
            "plan would fail, according to RIA. İstanbul’s mayor told reporters that he "
            "said_so; (said) «said» -said x-said 'said' RIA Novosti quoted him as saying: no.\n")
    toks = _tokens(text)
    hits = _find_cues(toks, lexicon, text)
    assert hits == reference_find_cues(toks, lexicon, text) == _find_cues(toks, lexicon)
    assert len(hits) >= 6
