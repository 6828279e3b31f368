"""Offline text utilities shared by the stages: sentence and paragraph spans, word tokens.

No downloaded models (NLTK's punkt data is not available offline), so sentence splitting is a
rule-based splitter that knows news abbreviations and closing quotation marks. It returns
character spans into the text as given, never a changed copy.

- :mod:`discourse.text.segment`: sentences, paragraphs, abbreviations (the one owner of
  sentence and paragraph boundaries);
- :mod:`discourse.text.tokens`: word tokens and trie patterns;
- :mod:`discourse.text.lang`: the language of a text (Russian or English).
"""

from __future__ import annotations

from discourse.text.lang import detect_language, language_of, normalise_language
from discourse.text.segment import (
    ABBREVIATIONS,
    ABBREVIATIONS_BY_LANGUAGE,
    CAPITALISED_ABBREVIATIONS,
    INNER_SENTENCE_END,
    SENTENCE_END,
    is_abbreviation,
    paragraph_spans,
    sentence_end,
    sentence_spans,
    sentence_start,
)
from discourse.text.tokens import token_spans, tokenize, trie_pattern

__all__ = [
    "ABBREVIATIONS", "ABBREVIATIONS_BY_LANGUAGE", "CAPITALISED_ABBREVIATIONS", "INNER_SENTENCE_END",
    "SENTENCE_END",
    "detect_language", "is_abbreviation", "language_of", "normalise_language", "paragraph_spans",
    "sentence_end",
    "sentence_spans", "sentence_start", "token_spans", "tokenize", "trie_pattern",
]
