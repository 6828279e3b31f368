"""The languages the quote passes know, each a package (or module) of rules and word lists.

A language is a :class:`~discourse.extract.quotes.language.QuoteLanguage` (read its docstring for
what one provides) plus its cue lexicon in the data folder: English (:mod:`.en`, the default)
and Russian (:mod:`.ru`). To add one, write ``lang/<code>/`` and list it here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.language import QuoteLanguage

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES"]

# Each language's module and the name of its QuoteLanguage, by code.
_MODULES: dict[str, tuple[str, str]] = {
    "en": ("discourse.extract.quotes.lang.en", "ENGLISH"),
    "ru": ("discourse.extract.quotes.lang.ru", "RUSSIAN"),
}


class _Languages(Mapping[str, QuoteLanguage]):
    """The languages by code (read-only), each imported when first asked for.

    An English corpus never reads the Russian rules, and importing them (word lists, compiled
    patterns) was about 0.04 s of every ``discourse quotes`` start-up.
    """

    def __init__(self, modules: Mapping[str, tuple[str, str]]) -> None:
        self._modules = dict(modules)
        self._loaded: dict[str, QuoteLanguage] = {}

    def __getitem__(self, code: str) -> QuoteLanguage:
        lang = self._loaded.get(code)
        if lang is None:
            module, name = self._modules[code]  # KeyError for a code without rules
            lang = self._loaded[code] = getattr(importlib.import_module(module), name)
        return lang

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


LANGUAGES: Mapping[str, QuoteLanguage] = _Languages(_MODULES)
# The language of extract_quotes and extract_document.
DEFAULT_LANGUAGE: QuoteLanguage = ENGLISH
