"""Language detection of :mod:`discourse.text.lang` as it was: one regex match per letter.

``reference_detect_language`` counted Cyrillic and Latin letters with ``len(findall)`` of a
one-letter class (before the letter runs and the ASCII byte count of ``detect_language``).
"""

from __future__ import annotations

import re

from discourse.text.lang import _FUNCTION_WORDS, _SAMPLE, _WORD

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def reference_detect_language(text: str) -> str:
    """``detect_language`` as first written (the same decisions, letters counted one by one)."""
    sample = text[:_SAMPLE]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr > 3 * lat and cyr >= 3:
        return "ru"
    if lat > 3 * cyr:
        return "en"
    words = [w.lower() for w in _WORD.findall(sample)]
    ru = sum(w in _FUNCTION_WORDS["ru"] for w in words)
    en = sum(w in _FUNCTION_WORDS["en"] for w in words)
    if ru != en:
        return "ru" if ru > en else "en"
    return "ru" if cyr > lat else "en"
