"""Where does a text name a country? The evidence that lets a description reach an institution.

Part of :mod:`discourse.extract.actors`: :class:`CountryFinder` answers
:meth:`discourse.extract.actors.ActorRegistry.country_mentions`. A role description that names no
one ("police", "the army") may be resolved to a country's institution only when the article names
that country; the words come from the ``countries`` section of ``data/actors.yaml``.

Country words are proper nouns and adjectives: a word counts when it is written capitalised or in
capitals ("Russia", "Russian", "Moscow", "US"), never lower-case ("us", "western", "union" as
common words). Words shared by several countries ("western", "republic", "baltic") are ignored:
they name no country in particular.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["CountryFinder"]


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
        # a word of one country only; longest first so that "russian federation" beats "russian"
        self._code: dict[str, str] = {}
        forms: list[str] = []
        for word, codes in owners.items():
            if len(codes) != 1 or not word.strip():
                continue
            code = next(iter(codes))
            parts = word.split()
            for form in (" ".join(p.capitalize() for p in parts), word.upper()):
                self._code[form.lower()] = code
                forms.append(form)
        forms = sorted(set(forms), key=lambda f: (-len(f), f))
        # case-sensitive: the capitalised and all-capitals forms only; "Russia's" counts
        self._regex = re.compile(_pattern(forms)) if forms else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """``(start, code)`` of every country word in ``text``, left to right."""
        if self._regex is None:
            return []
        code = self._code
        return [(m.start(), code[" ".join(m.group().split()).lower()])
                for m in self._regex.finditer(text)]

    def first_mentions(self, text: str) -> dict[str, int]:
        """Country code -> offset of its first word in ``text`` (countries not named: absent)."""
        first: dict[str, int] = {}
        for pos, c in self.mentions(text):
            first.setdefault(c, pos)
        return first


def _pattern(forms: list[str]) -> str:
    r"""``(?<![\w-])(?:f1|f2|…)(?![\w-])`` for ``forms`` (spaces matching any white space), the
    same matches spelt faster when every form starts with a letter.

    The plain spelling opens with a lookbehind, which Python's regex engine tries at every
    character of the text, each time followed by every form. Grouped by their first letter
    (``R(?<![\w-].)(?:ussia|ussian|…)|B(?<![\w-].)(?:…)``), the forms make an alternation of
    literals, which lets the engine skip in C to the next character that starts one; the
    lookbehind then tests the character before the letter. At an offset only the forms with
    that letter can match, and they are tried in the same order as before, so every match is
    the same (five times faster on news).
    """
    def spelt(form: str) -> str:
        return re.escape(form).replace(r"\ ", r"\s+")

    if not all(f[:1].isalnum() for f in forms):  # a form opening otherwise: the plain spelling
        return rf"(?<![\w-])(?:{'|'.join(map(spelt, forms))})(?![\w-])"
    groups: dict[str, list[str]] = {}
    for form in forms:  # in order: each group keeps the forms' order
        groups.setdefault(form[0], []).append(spelt(form[1:]))
    alternatives = "|".join(rf"{re.escape(first)}(?<![\w-].)(?:{'|'.join(rests)})"
                            for first, rests in groups.items())
    return rf"(?:{alternatives})(?![\w-])"
