"""Reference: the registry interface attribution used before c443a9c (a copy; see README.md).

A registry without ``find_mentions_in`` and ``describes_any``: attribution then scans whole
texts for mentions and tests every earlier actor against a description, as it did before them.
Copied from ``tests/extract/test_speakers_speed_equivalence.py`` at e650700 (``_OldRegistry``).
"""

from __future__ import annotations

from discourse.extract.actors import ActorRegistry


class OldRegistry:
    """A registry without the span scan and the description test: whole texts are scanned and
    every earlier actor is tested, as before them."""

    def __init__(self, registry: ActorRegistry):
        self._registry = registry

    def __getattr__(self, name: str):
        if name in ("find_mentions_in", "describes_any"):
            raise AttributeError(name)
        return getattr(self._registry, name)
