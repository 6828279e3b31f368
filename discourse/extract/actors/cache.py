"""Bounded caches for the parts of the actor registry.

Each part of :class:`discourse.extract.actors.ActorRegistry` (alias lookup, mentions,
descriptions, media) memoises what it computed about the texts seen so far, in its own dicts.
Caches help within an article and a chunk; the bound here keeps memory flat over a corpus of any
size: a full cache is emptied, not trimmed (names repeat far more within a chunk than across).
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

__all__ = ["CACHE_LIMIT", "UNSEEN", "ActorsCache", "remember"]

# Entries per cache (registry lookups, mentions of short texts, description matches). Caches help
# within an article and a chunk; a bound keeps memory flat over a corpus of any size.
CACHE_LIMIT = 20_000

# Marks a cache miss where None is a cached answer.
UNSEEN: Final[Any] = object()

_K = TypeVar("_K")
_V = TypeVar("_V")


def remember(cache: dict[_K, _V], key: _K, value: _V) -> _V:
    """Store ``value`` under ``key`` and return it; a full cache (``CACHE_LIMIT`` entries) is
    emptied first, so memory stays bounded however large the corpus."""
    if len(cache) > CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


class ActorsCache(dict):
    """A cache whose values are tuples of actors, bounded by the actors it holds.

    One entry may hold the whole registry ("officials" fits a hundred actors), so the bound
    counts the actors held plus one per entry, not the entries; a full cache is emptied.
    """

    def __init__(self) -> None:
        super().__init__()
        self.held = 0

    def remember(self, key: Any, value: tuple) -> tuple:
        """Store ``value`` under ``key`` and return it (emptying a full cache first)."""
        if self.held + len(value) + 1 > CACHE_LIMIT:
            self.clear()
        self.held += len(value) + 1
        self[key] = value
        return value

    def clear(self) -> None:
        super().clear()
        self.held = 0
