"""The country-word pattern of :class:`discourse.extract.actors.countries.CountryFinder` as first
written: one lookbehind, then every form in one alternation (before the forms were grouped by
their first letter)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence


def reference_country_regex(countries: Mapping[str, Sequence[str]]) -> re.Pattern[str] | None:
    """``CountryFinder(countries)._regex`` as the first ``__init__`` built it."""
    owners: dict[str, set[str]] = {}
    for code, words in countries.items():
        for w in words:
            owners.setdefault(w.lower(), set()).add(code)
    forms: list[str] = []
    for word, codes in owners.items():
        if len(codes) != 1 or not word.strip():
            continue
        parts = word.split()
        for form in (" ".join(p.capitalize() for p in parts), word.upper()):
            forms.append(form)
    forms = sorted(set(forms), key=lambda f: (-len(f), f))
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if forms else None
