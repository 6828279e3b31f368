"""The languages speaker attribution knows, each a module of word rules.

A language is a :class:`~discourse.extract.speakers.language.SpeakerLanguage` (read its docstring
for what one provides): English (:mod:`.en`) and Russian (:mod:`.ru`). English is the
default: articles whose ``lang`` is not listed here are attributed with it.
To add one, write ``lang/<code>.py`` and list it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from discourse.extract.speakers.lang.en import ENGLISH
from discourse.extract.speakers.lang.ru import RUSSIAN
from discourse.extract.speakers.language import SpeakerLanguage

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "speaker_language"]

# The languages by code (read-only).
LANGUAGES: Mapping[str, SpeakerLanguage] = MappingProxyType(
    {ENGLISH.code: ENGLISH, RUSSIAN.code: RUSSIAN})
# The language of articles without a known ``lang``.
DEFAULT_LANGUAGE: SpeakerLanguage = ENGLISH


def speaker_language(code: object) -> SpeakerLanguage:
    """The language of an article's ``lang`` value (``"en"``, ``"en-GB"``); the default for an
    empty or unknown one."""
    key = str(code or "").split("-")[0].split("_")[0].strip().lower()
    return LANGUAGES.get(key, DEFAULT_LANGUAGE)
