"""Reference: country words found with the whole regex (a copy; see README.md): the Latin words
and the Russian ones in one alternation opening with a lookbehind, for every text (before texts
without Cyrillic were read with the Latin words grouped by their first letter)."""

from __future__ import annotations

from discourse.extract.actors.countries import CountryFinder
from discourse.extract.actors.forms import CYRILLIC


def ref_country_mentions(finder: CountryFinder, text: str) -> list[tuple[int, str]]:
    regex = finder._regex(CYRILLIC.search(text) is not None)
    if regex is None:
        return []
    return [(m.start(), finder._code[" ".join(m.group().split()).lower()])
            for m in regex.finditer(text)]
