"""Is this a news outlet or platform? Media carry speech but are never speakers.

Part of :mod:`discourse.extract.actors`: :class:`MediaMatcher` answers
:meth:`discourse.extract.actors.ActorRegistry.is_medium` ("RIA Novosti quoted him as saying":
the speaker is *him*), from the media names and aliases of ``data/actors.yaml``; it owns the
cache of names tested.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from discourse.extract.actors.cache import remember
from discourse.extract.actors.names import normalise_name, normalised

__all__ = ["MediaMatcher"]

_MEDIA_WORDS: Final[frozenset[str]] = frozenset(
    """the a an his her its their our state run owned russian belarusian ukrainian american
    british german french independent opposition tv television channel news agency newspaper
    daily weekly paper radio station broadcaster website portal site outlet magazine
    journal account page feed blog social network media platform publication official
    online edition service wire program programme show""".split()
)


class MediaMatcher:
    """Names of media against the registry's outlets and platforms.

    Parameters
    ----------
    media : sequence of str
        Canonical names of outlets and platforms.
    media_aliases : mapping of str to sequence of str, default=None
        Other spellings of each medium ("RIA" for "RIA Novosti").
    """

    def __init__(
        self, media: Sequence[str], media_aliases: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        self._keys: frozenset[str] = frozenset(
            normalise_name(m)
            for name in media
            for m in (name, *((media_aliases or {}).get(name, ())))
        )
        self._cache: dict[str, bool] = {}

    def clear_caches(self) -> None:
        """Forget the names tested so far."""
        self._cache.clear()

    def is_medium(self, name: str) -> bool:
        """True if ``name`` is a medium (see
        :meth:`discourse.extract.actors.ActorRegistry.is_medium`); cached per name."""
        cached = self._cache.get(name)
        if cached is None:
            cached = remember(self._cache, name, self._is_medium(name))
        return cached

    def _is_medium(self, name: str) -> bool:
        tokens = normalised(name).split()
        while tokens and tokens[0] in _MEDIA_WORDS:
            tokens = tokens[1:]
        while tokens and tokens[-1] in _MEDIA_WORDS:
            tokens = tokens[:-1]
        for i in range(len(tokens)):
            # "the state TV channel Russia 1": a type phrase may come before the name
            if " ".join(tokens[i:]) in self._keys:
                return all(t in _MEDIA_WORDS for t in tokens[:i])
        return False
