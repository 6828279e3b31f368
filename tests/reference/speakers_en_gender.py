"""``name_gender_in`` and ``_candidates`` of ``discourse/extract/speakers/lang/en_gender.py`` at
5b46fff (before speed pass twenty-one): the words before a surname, the occurrences of a name
and of the surnames before a pronoun were found with patterns built from the names
(``re.compile``/``re.finditer`` of ``"|".join(map(re.escape, ...))``), compiled anew in nearly
every article. Only the names changed; the helpers are read from the package."""

from __future__ import annotations

import bisect
import re
from typing import Any

from discourse.extract.speakers.lang.en_gender import (
    _IN_FULL_NAME,
    _TITLE_GENDER,
    _appositive,
    _bound_pronoun,
    _next_sentence,
    _noun_before,
    _title_before,
)


def reference_name_gender_in(text: str, name: str, in_quote: Any = None,
                             not_first: frozenset[str] = frozenset()) -> str | None:
    """``name_gender_in(text, name, in_quote, not_first)`` as it was."""
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1]
    forms = {name}
    own = {w.lower() for w in words[:-1]}
    others = {m.group(1).lower() for m in re.finditer(
        r"\b([A-Z][a-z]+)[ \t]+" + re.escape(surname) + r"\b", text)}
    if not (others - own - not_first - {t.lower().rstrip(".") for t in _TITLE_GENDER}):
        forms.add(surname)
    votes = {"male": 0, "female": 0}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        if in_quote is not None and in_quote(m.start()):
            continue
        for g in (_title_before(text, m.start()), _noun_before(text, m.start()),
                  _appositive(text, m.end()), _bound_pronoun(text, m.end()),
                  _next_sentence(text, m.start(), m.end())):
            if g is not None:
                votes[g] += 1
    if votes["male"] and not votes["female"]:
        return "male"
    if votes["female"] and not votes["male"]:
        return "female"
    return None


def reference_candidates(res: Any, pos: int, ent: Any) -> list[Any]:
    """``_candidates(res, pos, ent)`` as it was."""
    from discourse.extract.speakers.resolver import LOOKBACK, PEOPLE_WINDOW, Entity

    ents = res.entities_before(pos)
    k = bisect.bisect_left(ents, pos, key=lambda e: e.pos)
    out: list[Any] = [e for e in ents[max(0, k - LOOKBACK):k] if e.kind != "organisation"]
    lo = max(0, pos - PEOPLE_WINDOW)
    text = res.text
    full: dict[str, set[str]] = {}
    for s, e in res.lang.person_runs(text, 0, pos):
        if e > pos or res.in_quote(s):
            continue
        name = res.lang.normal_name(text[s:e])
        words = name.split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(name)
        if s >= lo:
            out.append(Entity(s, None, name, None, "unknown"))
    if full:
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(full))) + r")\b",
                             text[lo:pos]):
            at = lo + m.start()
            names = full[m.group()]
            if res.in_quote(at) or text[at - 1:at].isalpha() or _IN_FULL_NAME.search(
                    text, max(0, at - 30), at):
                continue
            name = next(iter(names)) if len(names) == 1 else m.group()
            out.append(Entity(at, None, name, None, "unknown"))
    out.sort(key=lambda x: x.pos, reverse=True)
    rejected = ent.name or ""
    seen = {rejected, rejected.split()[-1] if rejected else ""}
    picked = []
    for c in out:
        if not c.name or c.name in seen or c.name.split()[-1] in seen:
            continue
        seen.add(c.name)
        picked.append(c)
    return picked
