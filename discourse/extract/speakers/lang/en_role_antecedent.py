"""English: "the senator" is the person the article gave that role before.

A whole article names a speaker in full once, with a title or an appositive ("Senator Paul
Hines", "Ruth Oakes, the mayor of Dayton", "The city's mayor, Ruth Oakes"), and later speaks of
a role ('"It took nine years," the mayor said.'). The resolver ties a description to an earlier
person only through the registry (the roles it records for its actors), so for anybody it does
not know the quote kept the mention and no speaker. This module reads the article's own
evidence: the nearest name before the description that carries the same role as a title before
it (or that title's abbreviation: "Sen.", "Gov.", "Rep."), or as the head of a comma appositive
after it or before it. Only a definite description ("the senator", "The mayor"); "a
spokeswoman" introduces somebody new. The answer is the span of that name, which the caller
resolves as it resolves any name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

__all__ = ["role_antecedent"]

# How far back (characters) the article is read for the name that took the role.
WINDOW: Final = 4000
# Abbreviated titles written before a name, by the role they stand for.
_ABBREVIATIONS: Final = {
    "senator": ("sen",), "governor": ("gov",), "representative": ("rep",),
    "congressman": ("rep",), "congresswoman": ("rep",), "general": ("gen",),
    "professor": ("prof",), "secretary": ("sec",), "president": ("pres",),
}


def _title_before(role: str) -> re.Pattern:
    """The role, or its abbreviation, as a title right before a name ("Senator ", "Sen. ")."""
    forms = (role, *_ABBREVIATIONS.get(role, ()))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\.?\s+$", re.IGNORECASE)


@cache
def _role_patterns(role: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The three patterns of ``role`` (one of the language's titles, a finite set): the title
    before a name, the appositive after it and the one before it. Made once per role: the
    articles' name patterns pushed them out of ``re``'s cache of 512, so each article compiled
    them again."""
    after = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?" + role + r"\b",
                       re.IGNORECASE)
    before = re.compile(r"\b" + role + r"(?:\s+of\s+[\w'’\- ]{1,40}?)?,\s*$", re.IGNORECASE)
    return _title_before(role), after, before


def role_antecedent(res: Any, mention: str, ms: int) -> tuple[int, int] | None:
    """The span of the nearest name before ``ms`` that the article gives the role of the
    definite description ``mention`` ("the senator"); None when there is none, or when the
    description is not definite or its head is no role of ``res.lang.titles``.

    >>> from types import SimpleNamespace
    >>> from discourse.extract.speakers.lang.en import ENGLISH
    >>> t = "Ruth Oakes, the mayor of Dayton, opened the bridge. Tom Hale came. The mayor said so."
    >>> res = SimpleNamespace(lang=ENGLISH, text=t, in_quote=lambda k: False)
    >>> a, b = role_antecedent(res, "The mayor", t.index("The mayor")); t[a:b]
    'Ruth Oakes'
    """
    words = mention.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in res.lang.titles:
        return None
    role, text = words[1], res.text
    lo = max(0, ms - WINDOW)
    title, after, before = _role_patterns(role)
    for a, b in reversed(res.lang.person_runs(text, lo, ms)):
        if res.in_quote(a):
            continue
        run = text[a:b]
        head = run.split()[0].lower().rstrip(".")
        if head == role or head in _ABBREVIATIONS.get(role, ()):
            return a, b  # "Senator Paul Hines": the run holds its title
        if (title.search(text, max(lo, a - 20), a) or after.match(text, b)
                or before.search(text, max(lo, a - 60), a)):
            return a, b
    return None
