"""The language of a text: Russian or English, from its script and its function words.

No model: a Russian news article is written in Cyrillic, an English one in Latin letters, and the
share of each script decides. Where the scripts are close (a short headline, an English article
full of Russian names, a Russian article full of Latin brand names and URLs), the most frequent
function words of each language decide (``и в не что на`` against ``the of and to in``).
Languages other than the two are not told apart: a Latin-script text is ``en``, a Cyrillic one
``ru``. A corpus's ``lang`` or ``language`` metadata, when given, overrides the detection
(:mod:`discourse.io.corpus`); :func:`normalise_language` reads such values.

Table before: any text. After: a language code, ``"en"`` or ``"ru"``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DETECTED", "detect_language", "language_of", "normalise_language"]

# The codes detect_language returns.
DETECTED: tuple[str, ...] = ("en", "ru")

# Letters are counted by deleting bytes from the UTF-8 form of the text, in C: a Latin letter
# ([A-Za-z]) is one byte of its own, and a Cyrillic letter (U+0400..U+04FF) the one character
# whose form opens with a byte 0xD0..0xD3 (no other byte of UTF-8 is one: other leads are
# 0xC2..0xCF or above 0xD3, continuations 0x80..0xBF). A regex match per letter was 5% of
# `discourse quotes` on English news; a match per run of Cyrillic letters, 12 of the 16 µs of
# a news text of 1,500 characters (speed pass ten).
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))
_NOT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
_WORD: Final = re.compile(r"[^\W\d_]+")
# The commonest function words of news text in each language (none is a word of the other).
_FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    "ru": frozenset("и в не что на с по он она они это как из за от для о об к у же но бы "
                    "был была были было также его ее её их который которые года".split()),
    "en": frozenset("the of and to in is was that for on with as by at from it he she they "
                    "this be are were has have said not but an".split()),
}
# What a metadata value may say for each code (lower-cased, "-"/"_" region suffixes dropped).
_ALIASES: Final = {
    "en": "en", "eng": "en", "english": "en", "английский": "en",
    "ru": "ru", "rus": "ru", "russian": "ru", "русский": "ru", "рус": "ru",
}
# How much of a text is read: the script of a news article is plain from its first paragraphs,
# and reading a bounded prefix keeps detection cheap on a long document.
_SAMPLE: Final = 5000
# The separator of a code's region ("en-GB", "ru_RU"), compiled once: asked for every article
_REGION_SEPARATOR: Final = re.compile(r"[-_]")


def normalise_language(value: object) -> str:
    """A language code from a metadata value: ``"ru"`` for ``"RU"``, ``"ru-RU"``, ``"rus"``,
    ``"Russian"``, ``"русский"``; ``"en"`` likewise; any other value lower-cased (an empty or
    missing value gives ``""``).

    >>> normalise_language(" Russian"), normalise_language("en_GB"), normalise_language("de")
    ('ru', 'en', 'de')
    """
    if value is None or (isinstance(value, float) and value != value):
        return ""
    code = str(value).strip().lower()
    base = _REGION_SEPARATOR.split(code, maxsplit=1)[0]
    return _ALIASES.get(code, _ALIASES.get(base, base))


def detect_language(text: str) -> str:
    """``"ru"`` or ``"en"``: the script of most letters, the function words where it is close.

    Reads the first 5,000 characters. A text with no letters is ``"en"`` (the default language of
    the quote rules).

    >>> detect_language("«Мы готовы», — заявил Песков."), detect_language("“We are open,” she said.")
    ('ru', 'en')
    >>> detect_language("Apple и Google: CEO Tim Cook сказал")
    'ru'
    """
    sample = text[:_SAMPLE]
    data = sample.encode("utf-8", "surrogatepass")  # (a lone surrogate: three bytes, no letter)
    cyr = len(data) - len(data.translate(None, _CYRILLIC_LEADS))  # letters in U+0400..U+04FF
    lat = len(data.translate(None, _NOT_LATIN))  # [A-Za-z]
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


def language_of(text: object, given: object = None) -> str:
    """The language code of a text: ``given`` (a metadata value) normalised, else detected from
    the text; ``""`` for no code and no text.

    >>> language_of("We agree.", "Russian"), language_of("Мы согласны."), language_of(None)
    ('ru', 'ru', '')
    """
    return normalise_language(given) or (detect_language(text) if isinstance(text, str) else "")
