"""Reference: the pronoun rule's surname check of :class:`discourse.extract.speakers.resolver.Resolver`
as first written (a copy; see README.md).

``ref_surname_after`` is ``Resolver._surname_after`` at 84ef366: it read the person runs from
the first one kept (``runs[:k + 1]``), skipping those before ``lo``; since speed pass eleven
the runs from ``lo`` on are found by bisection.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.resolver import Entity


def ref_surname_after(res, runs: list[tuple[int, int]], k: int, lo: int, after: int,
                      pos: int, cls: str) -> Entity | None:
    """``res._surname_after(runs, k, lo, after, pos, cls)`` as it was."""
    names: dict[str, str] = {}
    for s, e in runs[:k + 1]:
        if s < lo or res._in_quote(s):
            continue
        words = res.text[s:e].split()
        while len(words) > 2 and words[0].lower() in res.lang.name_openers:
            words = words[1:]
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        name = res.lang.normal_name(" ".join(words))
        if name != " ".join(words):
            continue
        gender = res.lang.name_gender(name)
        if gender is None or gender == cls:
            names[words[-1]] = name
    if not names:
        return None
    best = None
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b",
                         res.text[after:pos]):
        at = after + m.start()
        if not res._in_quote(at):
            best = (at, names[m.group()])
    if best is None:
        return None
    name = best[1]
    return Entity(best[0], None, name, res.lang.name_gender(name), "unknown")
