"""The data classes of the actor registry: :class:`Role`, :class:`Actor`, :class:`ActorMention`.

The contract shared with the speaker-attribution stage (:mod:`discourse.extract.speakers`): what
the registry knows about an actor and what it reports about a name found in a text. Every other
module of :mod:`discourse.extract.actors` builds on these; they import nothing of it.

Role dates follow the usual convention of reference works: ``start`` is the first day in office
and ``end`` the day the successor took over, so a role is active on ``start <= day < end``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

__all__ = ["Actor", "ActorMention", "DateLike", "Role", "own_first_names"]

# What the registry's ``on=`` arguments accept (see :func:`discourse.extract.actors.roles.as_date`).
DateLike = dt.date | str | None


@dataclass(frozen=True)
class Role:
    """A position an actor held, with the camp it speaks for and the phrases naming its holder."""

    title: str
    camp: str
    start: dt.date | None
    end: dt.date | None
    descriptors: tuple[str, ...]

    def active_on(self, day: dt.date) -> bool:
        """True if the role was held on ``day`` (``start <= day < end``; open ends always hold)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def ended_before(self, day: dt.date) -> bool:
        """True if the role had ended on or before ``day``."""
        return self.end is not None and self.end <= day


@dataclass(frozen=True)
class Actor:
    """A canonical speaker: a person or an organisation."""

    name: str
    kind: str
    gender: str | None
    aliases: tuple[str, ...]
    camp: str
    country: str | None
    roles: tuple[Role, ...]
    descriptors: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Actor({self.name!r}, {self.kind}, {self.camp})"


@dataclass(frozen=True)
class ActorMention:
    """An occurrence of an actor's name in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    actor: Actor


@cache
def own_first_names(actor: Actor) -> frozenset[str]:
    """The first words of ``actor``'s name and of its aliases of two words or more, lower-cased,
    ё read as е ("barack", "дональд"): the first names a text may give before the actor's
    surname, where any other first name is somebody else's (a namesake)."""
    return frozenset(a.split()[0].lower().replace("ё", "е")
                     for a in (actor.name, *actor.aliases) if len(a.split()) > 1)
