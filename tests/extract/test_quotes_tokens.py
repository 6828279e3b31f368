"""The token columns of :mod:`discourse.extract.quotes.tokens`: the same tokens as the plain
tokenizer they replaced, from any start."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from discourse.extract.quotes.tokens import SPLIT_TOKENS, TOKEN, tokens
from discourse.text import paragraph_spans
from tests.reference.quotes_tokens import reference_tokens
from tests.strategies import SETTINGS, TEXTS


@SETTINGS
@given(text=TEXTS, cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_tokens_equal_the_reference_tokenizer(text, cut):
    assert tokens(text) == reference_tokens(text)
    a, b = sorted(cut)
    a, b = min(a, len(text)), min(b, len(text))
    assert tokens(text, a, b) == reference_tokens(text, a, b)
    assert tokens(text, a) == reference_tokens(text, a)


def test_tokens_edge_cases():
    for text in ["", " ", ".", "Mr.", "Mr", "Mr..", "A. B.", "x\x00Mr.\x00", "ΑΣ.Α ΑΣ. Σ",
                 "İ. Mr. İstanbul", "U.S.. e.g. Inc.", "Sen. Ted Cruz, R-Texas, met U.S. envoys.",
                 "’ it’s x’’y’ ’’ Bidens’ Σ’Σ İ’S ’Mr. \x00’"]:  # "’" found by bisection
        assert tokens(text) == reference_tokens(text), text
        for b in range(len(text) + 1):  # a range ending right before a full stop
            assert tokens(text, 0, b) == reference_tokens(text, 0, b), (text, b)


@SETTINGS
@given(text=st.text(max_size=80) | TEXTS)
@example("4.A. 1.b.c. U.S.A. u.s x.1. _a.b. é.ß. @a #1 @_ #. a-b- a_b' it’s -x 2x.y.")
def test_split_pattern_finds_the_tokens_of_the_token_pattern(text):
    # any Unicode text: the refactored pattern relies on what \\w, \\s and [^\\W_] contain
    assert SPLIT_TOKENS.split(text) == re.split("(" + TOKEN.pattern + ")", text)


def test_tokens_from_a_paragraph_start_equal_the_whole_text_tokens(seed_text):
    whole = tokens(seed_text)
    for ps, pe in paragraph_spans(seed_text)[:20]:
        part = tokens(seed_text, ps, pe)
        assert part == [t for t in whole if ps <= t.start and t.end <= pe]
    assert [t.text for t in tokens("Sen. Ted Cruz, R-Texas, met U.S. envoys.")] == [
        "Sen.", "Ted", "Cruz", ",", "R-Texas", ",", "met", "U.S.", "envoys", "."]
