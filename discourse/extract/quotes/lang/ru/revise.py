"""What the Russian revisions share: a nested quote's parent index after quotes were dropped or
split.

A revision (``QuoteLanguage.revisions``) returns a new list of ``Found`` from the passes' list;
a ``nested`` quote refers to its enclosing quote by index (``Found.parent``). Before: indices
into the old list; after: into the new one, or -1 when the parent was dropped.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Found

__all__ = ["renumber_parents", "without"]


def renumber_parents(out: list[Found], moved: dict[int, int]) -> list[Found]:
    """``out`` with each parent index mapped through ``moved`` (old index -> new index; -1 for
    an index not in it), in place; returns ``out``."""
    for f in out:
        if f.parent >= 0:
            f.parent = moved.get(f.parent, -1)
    return out


def without(found: list[Found], drop: set[int]) -> list[Found]:
    """``found`` without the quotes at the indices ``drop`` and the quotes nested in them (a
    quotation inside a dropped name or caption is that name's words, not a quote), parents
    renumbered; ``found`` itself when nothing is dropped."""
    if not drop:
        return found
    drop = drop | {i for i, f in enumerate(found) if f.parent in drop}
    moved: dict[int, int] = {}
    out: list[Found] = []
    for i, f in enumerate(found):
        if i in drop:
            continue
        moved[i] = len(out)
        out.append(f)
    return renumber_parents(out, moved)
