"""The languages the quote passes know, each a package (or module) of rules and word lists.

A language is a :class:`~discourse.extract.quotes.language.QuoteLanguage` (read its docstring for
what one provides) plus its cue lexicon in the data folder: English (:mod:`.en`, the default)
and Russian (:mod:`.ru`). To add one, write ``lang/<code>/`` and list it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.lang.ru import RUSSIAN
from discourse.extract.quotes.language import QuoteLanguage

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES"]

# The languages by code (read-only).
LANGUAGES: Mapping[str, QuoteLanguage] = MappingProxyType(
    {lang.code: lang for lang in (ENGLISH, RUSSIAN)})
# The language of extract_quotes and extract_document.
DEFAULT_LANGUAGE: QuoteLanguage = ENGLISH
