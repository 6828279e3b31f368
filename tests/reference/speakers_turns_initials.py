"""``speakers/turns.initials_owner`` as it was before speed pass twenty-two: the person runs read
from the document's start for each label (``res.lang.person_runs(text, 0, ms)``), not kept."""

from __future__ import annotations

from typing import Any

from discourse.extract.speakers.mentions import resolve_mention
from discourse.extract.speakers.turns import _INITIALS


def reference_initials_owner(res: Any, text: str, ms: int, me: int):
    """``(actor, name)`` of the one person named before the label ``text[ms:me]`` whose
    initials it is, else None (a copy of the old code)."""
    label = text[ms:me]
    if not _INITIALS.fullmatch(label):
        return None
    owners = {}
    for x, y in res.lang.person_runs(text, 0, ms):
        words = text[x:y].split()
        if len(words) == len(label) and "".join(w[0] for w in words) == label:
            actor, name, _ = resolve_mention(res, text[x:y], x)
            if name:
                owners[name] = actor
    if len(owners) != 1:
        return None
    name, actor = next(iter(owners.items()))
    return actor, name
