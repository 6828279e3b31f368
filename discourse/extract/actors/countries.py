"""Where does a text name a country? The evidence that lets a description reach an institution.

Part of :mod:`discourse.extract.actors`: :class:`CountryFinder` answers
:meth:`discourse.extract.actors.ActorRegistry.country_mentions`. A role description that names no
one ("police", "the army") may be resolved to a country's institution only when the article names
that country; the words come from the ``countries`` section of ``data/actors.yaml``.

Country words are proper nouns and adjectives: a word counts when it is written capitalised or in
capitals ("Russia", "Russian", "Moscow", "US"), never lower-case ("us", "western", "union" as
common words). Words shared by several countries ("western", "republic", "baltic") are ignored:
they name no country in particular. Russian words count in every case form
(:func:`discourse.extract.actors.forms.word_forms`: «России», «белорусского») and in lower case
too: Russian writes its adjectives of countries in lower case («российский президент»), and no
Russian country word is a common word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from discourse.extract.actors.forms import CYRILLIC, word_forms
from discourse.extract.actors.stored import compiled, morphology_version, stored
from discourse.text import trie_pattern

__all__ = ["CountryFinder"]

# Every character that a Cyrillic letter matches case-insensitively: the Cyrillic blocks (and
# the old forms of U+1C80-U+1C88, which Python's regex engine matches with в, д, о, с, т, ъ, ѣ).
# A text without one cannot hold a Russian country word.
_CYRILLIC_BLOCKS: Final = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")


class CountryFinder:
    """Offsets of country words in a text, by country code.

    Parameters
    ----------
    countries : mapping of str to sequence of str
        ISO3 code -> lower-case words ("russian", "russia", "moscow", "russian federation").
    """

    def __init__(self, countries: Mapping[str, Sequence[str]]) -> None:
        owners: dict[str, set[str]] = {}
        for code, words in countries.items():
            for w in words:
                owners.setdefault(w.lower(), set()).add(code)
        # a word of one country only
        self._words = {word: next(iter(codes)) for word, codes in owners.items()
                       if len(codes) == 1 and word.strip()}
        self._code: dict[str, str] = {}
        # the regex of the words as written, and of their Russian case forms too (made the
        # first time a text in Cyrillic is read)
        self._regexes: dict[bool, re.Pattern[str] | None] = {}
        # the same regex without the Russian words, for texts without Cyrillic (see mentions)
        self._latin: re.Pattern[str] | None = None

    def _regex(self, cyrillic: bool) -> re.Pattern[str] | None:
        if cyrillic in self._regexes:  # made before (None: no country word to find)
            return self._regexes[cyrillic]
        # the patterns and the codes of their words, from the store when a run made them
        # (compiling them, and with Cyrillic text pymorphy3's forms, cost 0.01-0.05 s a run)
        words = tuple(self._words.items())
        latin, whole, codes = stored("countries", (words, cyrillic, morphology_version()),
                                     lambda: _patterns(words, cyrillic))
        self._code.update(codes)
        self._latin = compiled(latin) if latin is not None else None
        regex = compiled(whole) if whole is not None else None
        self._regexes[cyrillic] = regex
        return regex

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """``(start, code)`` of every country word in ``text``, left to right."""
        cyrillic = CYRILLIC.search(text) is not None
        regex = self._regex(cyrillic)
        if regex is None:
            return []
        if not cyrillic and _CYRILLIC_BLOCKS.search(text) is None:
            # No Russian word can match here, and the Latin words' regex opening with their
            # first letters finds the same matches as the whole one opening with a lookbehind
            # (tried at every character): a tenth of the time on English news.
            regex = self._latin
            if regex is None:
                return []
        code = self._code
        return [(m.start(), code[" ".join(m.group().split()).lower()])
                for m in regex.finditer(text)]

    def first_mentions(self, text: str) -> dict[str, int]:
        """Country code -> offset of its first word in ``text`` (countries not named: absent)."""
        first: dict[str, int] = {}
        for pos, c in self.mentions(text):
            first.setdefault(c, pos)
        return first


def _patterns(
    words: tuple[tuple[str, str], ...], cyrillic: bool
) -> tuple[str | None, str | None, dict[str, str]]:
    """The pattern of the Latin words grouped by first letter (for texts without Cyrillic
    letters), the whole pattern (with the Russian words' case forms when ``cyrillic``), and the
    code of each form found (lower-cased, spaces single), for ``words`` (word, code)."""
    code: dict[str, str] = {}
    forms: list[str] = []
    russian: list[str] = []
    for word, c in words:
        if CYRILLIC.search(word):
            # every case form, in any capitalisation (one case-insensitive group)
            for inflected in word_forms(word) if cyrillic else (word,):
                code[" ".join(inflected.split())] = c
                russian.append(inflected)
            continue
        parts = word.split()
        for form in (" ".join(p.capitalize() for p in parts), word.upper()):
            code[form.lower()] = c
            forms.append(form)
    # longest first so that "russian federation" beats "russian"
    forms = sorted(set(forms), key=lambda f: (-len(f), f))
    alternatives = [_spelt(f) for f in forms]
    if russian:
        # a trie, longest continuation first ("российской федерации" before "российской")
        trie = trie_pattern(tuple(r"\s+" if ch == " " else re.escape(ch) for ch in f)
                            for f in russian)
        alternatives.insert(0, f"(?i:{trie})")
    # case-sensitive: the capitalised and all-capitals forms only; "Russia's" counts
    whole = rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])" if alternatives else None
    return (_grouped(forms) if forms else None), whole, code


def _spelt(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"\s+")


def _grouped(forms: list[str]) -> str:
    r"""``(?<![\w-])(?:f1|f2|…)(?![\w-])`` for ``forms`` (spaces matching any white space), the
    same matches spelt faster when every form starts with a letter or digit.

    The plain spelling opens with a lookbehind, which Python's regex engine tries at every
    character of the text, each time followed by every form. Grouped by their first character
    (``R(?<![\w-].)(?:ussia|ussian|…)|B(?<![\w-].)(?:…)``), the forms make an alternation of
    literals, which lets the engine skip in C to the next character that starts one; the
    lookbehind then tests the character before it. At an offset only the forms with that
    character can match, and they are tried in the same order as before, so every match is the
    same.
    """
    if not all(f[:1].isalnum() for f in forms):  # a form opening otherwise: the plain spelling
        return rf"(?<![\w-])(?:{'|'.join(map(_spelt, forms))})(?![\w-])"
    groups: dict[str, list[str]] = {}
    for form in forms:  # in order: each group keeps the forms' order
        groups.setdefault(form[0], []).append(_spelt(form[1:]))
    alternatives = "|".join(rf"{re.escape(first)}(?<![\w-].)(?:{'|'.join(rests)})"
                            for first, rests in groups.items())
    return rf"(?:{alternatives})(?![\w-])"
