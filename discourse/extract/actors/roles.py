"""Dates and camps: which roles an actor held on a day, and the camp it spoke for.

Part of :mod:`discourse.extract.actors`, read by the registry's :meth:`camp_of` and
:meth:`active_roles` and by the fuzzy matches of alias lookup and mention finding (a tie between
two spellings goes to the one actor in office on the date). :func:`as_date` reads the ``on=``
argument of every registry question. No state: an actor carries its roles.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from discourse.extract.actors.model import Actor, Role

__all__ = ["active_roles", "as_date", "camp_of", "in_office_or_none"]


@lru_cache(maxsize=4096)
def _date_of_text(text: str) -> dt.date | None:
    """The date an ISO string names (None when blank); ValueError when it names none.

    Cached: every registry call of an article passes the same date string, and a corpus has
    a few thousand distinct days at most. Exceptions are not cached, so a bad date raises
    on every call as before.
    """
    text = text.strip()
    if not text:
        return None
    return dt.date.fromisoformat(text[:10])


def as_date(on: Any) -> dt.date | None:
    """Read ``on`` as a date: a date, a datetime/Timestamp, an ISO string, or None/NaN/''."""
    if type(on) is str:  # the usual case (article dates), answered from a small cache
        try:
            return _date_of_text(on)
        except ValueError:
            pass
        raise ValueError(
            f"Date {on!r} is not understood; expected a date, a 'YYYY-MM-DD' string or None."
        )
    if on is None:
        return None
    # A pandas value can only come once pandas is imported (``discourse quotes`` on a folder of
    # texts never imports it: 0.3 s of start-up)
    pd = sys.modules.get("pandas")
    if pd is not None and on is pd.NaT:
        return None
    if pd is not None and isinstance(on, pd.Timestamp):
        return None if pd.isna(on) else on.date()
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    if isinstance(on, float) and on != on:  # NaN from a pandas column
        return None
    if isinstance(on, str):
        text = on.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(
        f"Date {on!r} is not understood; expected a date, a 'YYYY-MM-DD' string or None."
    )


def active_roles(actor: Actor, day: dt.date | None) -> tuple[Role, ...]:
    """Roles of ``actor`` held on ``day`` (all roles when ``day`` is None), latest start first."""
    roles = actor.roles if day is None else tuple(r for r in actor.roles if r.active_on(day))
    return tuple(sorted(roles, key=lambda r: r.start or dt.date.min, reverse=True))


def camp_of(actor: Actor, day: dt.date | None) -> str:
    """Camp of ``actor`` on ``day`` (see :meth:`discourse.extract.actors.ActorRegistry.camp_of`)."""
    if day is None:
        if not actor.roles:
            return actor.camp
        latest = max(actor.roles, key=lambda r: (r.start or dt.date.min, r.title))
        return latest.camp
    active = active_roles(actor, day)
    return active[0].camp if active else actor.camp


def in_office_or_none(tied: Sequence[Actor], day: dt.date | None) -> Actor | None:
    """The one actor of ``tied``; among several, the only one in office on ``day``; else None."""
    if len(tied) > 1 and day is not None:
        in_office = [a for a in tied if any(r.active_on(day) for r in a.roles)]
        tied = in_office if len(in_office) == 1 else tied
    return tied[0] if len(tied) == 1 else None
