"""Hypothesis strategies of awkward text, shared by the tests that compare a fast path with the
plain code it replaced (tokens, cues, marks, sentences, paragraphs).

Pieces of text that exercise the special cases: abbreviations, "." right after a word, quote
marks, "\\x00", letters whose lower case differs in length ("İ") or depends on context ("Σ"),
odd white space, reporting words.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

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
QUOTE_PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "don’t", "Bidens’ plan",
    "Belarus' national", "rock 'n' roll", "We will win", "he said", ", she said.", ". ", "! ",
    "? ", "Smith", "said Peskov", "according to RIA", "x", "1", " ", "\n", "\n\n", "\r\n",
    "(", ")", "—", "…", ":", ",",
]
QUOTE_TEXTS = st.lists(st.sampled_from(QUOTE_PIECES), max_size=60).map("".join)
