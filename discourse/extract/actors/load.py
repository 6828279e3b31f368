"""Reading ``data/actors.yaml``: :func:`load_actors` (validated by :mod:`.schema`, kept in the
store of :mod:`.stored`), and :func:`resolve_actors` for statements tables.

``data/actors.yaml`` lists the people and organisations that speak in the news we analyse, with
their spellings, the roles they held (and when), and the phrases that can refer to them ("the
Kremlin spokesman", "the head of the Ministry of Finance"). :func:`load_actors` reads and
validates it (reporting every problem at once, each naming the file, the entry and the key) into
an :class:`discourse.extract.actors.ActorRegistry`. :func:`resolve_actors` applies a registry to a
statements table (speeches with a known speaker). The top of :mod:`discourse.extract.actors`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from discourse.core import paths
from discourse.core.schema import CAMPS
from discourse.extract.actors.model import Actor, Role
from discourse.extract.actors.registry import ActorRegistry
from discourse.extract.actors.roles import as_date
from discourse.extract.actors.stored import stored, validation_versions

if TYPE_CHECKING:
    import pandas as pd  # only resolve_actors reads tables; loading a registry needs no pandas

__all__ = ["load_actors", "resolve_actors"]

# The schema (pydantic) is in :mod:`discourse.extract.actors.schema`, imported when a registry
# file is validated: a run that reads the validated registry from the store never imports
# pydantic (its import and the schema's classes are 0.1 s of every start, 2026-12).
# Its names are still read from here (``load.ActorEntry``).
_SCHEMA_NAMES = frozenset({"GENDERS", "KINDS_OF_ACTOR", "MEDIA_TYPES", "ActorEntry",
                           "CountryEntry", "MediumEntry", "RoleEntry"})


def __getattr__(name: str) -> Any:
    if name in _SCHEMA_NAMES:
        from discourse.extract.actors import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What a valid registry file yields, in plain values (see schema.registry_parts): the actors as
# tuples of their fields (a role's dates as ordinals), the media, their aliases, the countries.
_Plain = tuple[tuple, list[str], dict[str, list[str]], dict[str, list[str]]]


def _plain_parts(parts: tuple[list[Actor], list[str], dict[str, Any], dict[str, list[str]]]
                 ) -> _Plain:
    """:func:`discourse.extract.actors.schema.registry_parts` as plain values that
    :mod:`marshal` writes."""
    actors, media, media_aliases, countries = parts
    plain = tuple(
        (a.name, a.kind, a.gender, a.aliases, a.camp, a.country,
         tuple((r.title, r.camp, r.start.toordinal() if r.start else None,
                r.end.toordinal() if r.end else None, r.descriptors) for r in a.roles),
         a.descriptors)
        for a in actors)
    return plain, list(media), {k: list(v) for k, v in media_aliases.items()}, countries


def _from_plain(parts: _Plain) -> ActorRegistry:
    """The registry of :func:`_plain_parts`' values."""
    plain, media, media_aliases, countries = parts

    def day(n: int | None) -> dt.date | None:
        return dt.date.fromordinal(n) if n is not None else None

    actors = [Actor(name, kind, gender, aliases, camp, country,
                    tuple(Role(t, c, day(s), day(e), d) for t, c, s, e, d in roles), descriptors)
              for name, kind, gender, aliases, camp, country, roles, descriptors in plain]
    return ActorRegistry(actors, media, media_aliases=media_aliases, countries=countries)


def load_actors(path: str | Path | None = None) -> ActorRegistry:
    """Read and validate an actor registry YAML file.

    Parameters
    ----------
    path : str or Path, default=None
        ``None``: ``data/actors.yaml`` (see :func:`discourse.core.paths.data_file`).

    Returns
    -------
    ActorRegistry

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        Listing every problem at once, one per line, each naming the file and the entry:
        ``actors.yaml, entry 12 ('Peskov'): 'camp' must be one of {'russian_official', ...};
        got 'russian-official'``. Checked: required keys, unknown keys (typos), camps, kinds,
        genders, countries, role types, dates (YYYY-MM-DD, end after start) and aliases shared
        by two actors after normalisation.
    """
    path = paths.data_file("actors.yaml") if path is None else Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: actor registry not found.")
    text = path.read_text(encoding="utf-8")

    def parts() -> _Plain:
        import yaml  # (a warm run parses nothing: the import is 0.008 s)

        from discourse.core.yamlio import parse_yaml

        try:
            data = parse_yaml(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{path.name}: not valid YAML: {exc}") from exc
        except ValueError as exc:
            # PyYAML builds unquoted dates itself and fails on impossible ones (2020-13-01)
            raise ValueError(
                f"{path.name}: not valid YAML: {exc}; is there an impossible date such as "
                "2020-13-01? Dates are written YYYY-MM-DD."
            ) from exc
        from discourse.extract.actors.schema import registry_parts

        return _plain_parts(registry_parts(data, path.name))

    # A file read and validated before (the same bytes, this code, these camps, PyYAML, pydantic
    # and pydantic-core) is not parsed and validated again: its actors come from the store
    # (0.07 s of every run; see discourse.extract.actors.stored). A file with problems is never
    # stored: it fails as above.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _from_plain(stored("registry", (digest, CAMPS, validation_versions()), parts))


def resolve_actors(
    table: pd.DataFrame,
    registry: ActorRegistry,
    *,
    name_col: str = "speaker",
    date_col: str | None = "date",
) -> pd.DataFrame:
    """Resolve the speaker of each statement to a canonical actor and its camp on the date.

    Parameters
    ----------
    table : DataFrame
        A statements table: one row per speech or text with a known speaker; uses
        ``name_col`` and ``date_col`` (dates as ``date``/``Timestamp``/'YYYY-MM-DD', or empty).
    registry : ActorRegistry
    name_col : str, default='speaker'
    date_col : str or None, default='date'
        ``None``: no dates, so every actor gets its default camp.

    Returns
    -------
    DataFrame
        A copy with the same rows, index and order; ``speaker_raw`` holds the name as given,
        ``name_col`` the canonical name where resolved (the given name otherwise), and ``camp``
        the camp on the date (:meth:`ActorRegistry.camp_of`), ``"unknown"`` when unresolved.

    Examples
    --------
    >>> import pandas as pd
    >>> reg = load_actors()
    >>> t = pd.DataFrame({"speaker": ["Mr. Sergey Lavrov"], "date": ["2019-09-27"]})
    >>> resolve_actors(t, reg)[["speaker_raw", "speaker", "camp"]]
             speaker_raw        speaker              camp
    0  Mr. Sergey Lavrov  Sergey Lavrov  russian_official
    """
    for col in (name_col, date_col):
        if col is not None and col not in table.columns:
            raise ValueError(
                f"resolve_actors: column {col!r} not in the table; has {list(table.columns)}."
            )
    import pandas as pd

    out = table.copy()
    names = out[name_col]
    dates = out[date_col].map(as_date) if date_col is not None else pd.Series(None, index=out.index)
    speakers: list[Any] = []
    camps: list[str] = []
    for raw, day in zip(names.tolist(), dates.tolist(), strict=True):
        actor = None
        if isinstance(raw, str) and raw.strip():
            actor = registry.lookup(raw, on=day)
        speakers.append(actor.name if actor else raw)
        camps.append(registry.camp_of(actor, on=day) if actor else "unknown")
    out["speaker_raw"] = names
    out[name_col] = speakers
    out["camp"] = camps
    return out
