"""Reference: alias lookup as first written (a copy; see README.md).

The fuzzy match scores every key (no length filter) and the date breaks ties at once (no
date-free cache), as ``ActorRegistry.lookup`` did before 05cc2e4. Copied from
``tests/extract/test_speakers_speed_equivalence.py`` at e650700; only its imports and the
registry's attribute paths (now ``registry.alias_lookup``) changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from discourse.extract.actors import Actor, ActorRegistry
from discourse.extract.actors.lookup import gender_variant, max_edits, surnames_apart


def ref_fuzzy(reg: ActorRegistry, variants: Sequence[str], keys: Sequence[str],
              day: dt.date | None, *, persons_after_first: bool = False) -> Actor | None:
    """Closest actor over every key, the date breaking ties."""
    best: dict[str, tuple[int, Actor]] = {}
    for n, query in enumerate(variants):
        limit = max_edits(len(query))
        if limit == 0:
            continue
        for key, dist, _ in process.extract(
            query, keys, scorer=Levenshtein.distance, score_cutoff=limit, limit=20
        ):
            if dist > max_edits(len(key)) or gender_variant(query, key) or surnames_apart(query, key):
                continue
            actor = reg.alias_lookup.by_key[key]
            if persons_after_first and n > 0 and actor.kind != "person":
                continue
            if actor.name not in best or dist < best[actor.name][0]:
                best[actor.name] = (dist, actor)
    if not best:
        return None
    top = min(d for d, _ in best.values())
    tied = sorted((a for d, a in best.values() if d == top), key=lambda a: a.name)
    if len(tied) > 1 and day is not None:
        in_office = [a for a in tied if any(r.active_on(day) for r in a.roles)]
        tied = in_office if len(in_office) == 1 else tied
    return tied[0] if len(tied) == 1 else None


def ref_lookup(reg: ActorRegistry, name: str, day: dt.date | None) -> Actor | None:
    lookup = reg.alias_lookup
    variants = lookup._name_variants(name)
    if not variants:
        return None
    exact = lookup.by_key.get(variants[0])
    if exact is not None:
        return exact
    for variant in variants[1:]:
        actor = lookup.by_key.get(variant)
        if actor is not None and (actor.kind == "person" or variants[0] == f"the {variant}"):
            return actor
    return ref_fuzzy(reg, variants, lookup.keys, day, persons_after_first=True)
