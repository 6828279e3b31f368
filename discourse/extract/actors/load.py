"""Reading ``data/actors.yaml``: schema, validation messages, :func:`load_actors`, and
:func:`resolve_actors` for statements tables.

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
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from rapidfuzz import fuzz, process

from discourse.core import paths
from discourse.core.schema import CAMPS
from discourse.core.yamlio import parse_yaml
from discourse.extract.actors.model import Actor, Role
from discourse.extract.actors.names import normalise_name
from discourse.extract.actors.registry import ActorRegistry
from discourse.extract.actors.roles import as_date
from discourse.extract.actors.stored import stored

if TYPE_CHECKING:
    import pandas as pd  # only resolve_actors reads tables; loading a registry needs no pandas

__all__ = [
    "GENDERS",
    "KINDS_OF_ACTOR",
    "MEDIA_TYPES",
    "ActorEntry",
    "CountryEntry",
    "MediumEntry",
    "RoleEntry",
    "load_actors",
    "resolve_actors",
]

KINDS_OF_ACTOR: tuple[str, ...] = ("person", "organisation")
GENDERS: tuple[str, ...] = ("female", "male")
MEDIA_TYPES: tuple[str, ...] = (
    "news_agency", "tv", "radio", "newspaper", "magazine", "online", "social_media",
)


# --------------------------------------------------------------------------------------------
# Loading and validating data/actors.yaml
# --------------------------------------------------------------------------------------------


def _set_repr(values: Iterable[str]) -> str:
    return "{" + ", ".join(repr(v) for v in values) + "}"


def _custom(message: str) -> PydanticCustomError:
    # Pass the text as context: braces inside it must not be read as template fields.
    return PydanticCustomError("registry", "{message}", {"message": message})


def _check_date(value: Any, field_name: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _custom(f"{field_name!r} must be a date written YYYY-MM-DD; got {value!r}")


def _check_choice(value: Any, field_name: str, choices: Sequence[str]) -> Any:
    if value not in choices:
        raise _custom(f"{field_name!r} must be one of {_set_repr(choices)}; got {value!r}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class RoleEntry(_Strict):
    """One role in ``actors.yaml`` (see the file's header for the meaning of each key)."""

    title: str
    camp: str
    start: Any = None
    end: Any = None
    type: str | None = None
    descriptors: list[str] = Field(default_factory=list)

    @field_validator("camp")
    @classmethod
    def _camp(cls, v: str) -> str:
        return _check_choice(v, "camp", CAMPS)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date(cls, v: Any, info) -> dt.date | None:
        return _check_date(v, info.field_name)


class ActorEntry(_Strict):
    """One actor in ``actors.yaml``."""

    name: str
    kind: str
    camp: str
    gender: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    roles: list[RoleEntry] = Field(default_factory=list)
    note: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise _custom("'name' must not be empty")
        return v.strip()

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        return _check_choice(v, "kind", KINDS_OF_ACTOR)

    @field_validator("camp")
    @classmethod
    def _camp(cls, v: str) -> str:
        return _check_choice(v, "camp", CAMPS)

    @field_validator("gender")
    @classmethod
    def _gender(cls, v: str | None) -> str | None:
        return v if v is None else _check_choice(v, "gender", GENDERS)


class MediumEntry(_Strict):
    """One medium (outlet or platform) in ``actors.yaml``."""

    name: str
    type: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        return v if v is None else _check_choice(v, "type", MEDIA_TYPES)


class CountryEntry(_Strict):
    """One country in ``actors.yaml``: its name and the words that mark it in descriptions."""

    name: str
    words: list[str] = Field(default_factory=list)


_TOP_KEYS: tuple[str, ...] = ("countries", "role_types", "media", "actors")


def _loc_text(loc: tuple, raw: Any) -> str:
    """Say where in an entry an error is: "role 2 ('President ...'): " or ""."""
    if len(loc) >= 2 and loc[0] == "roles" and isinstance(loc[1], int):
        title = None
        roles = raw.get("roles") if isinstance(raw, dict) else None
        if isinstance(roles, list) and loc[1] < len(roles) and isinstance(roles[loc[1]], dict):
            title = roles[loc[1]].get("title")
        label = f" ({title!r})" if title else ""
        return f"role {loc[1] + 1}{label}: "
    return ""


def _explain(err: dict, raw: Any, model: type[BaseModel]) -> str:
    """Turn one pydantic error into a sentence that names the key and what was expected."""
    loc = tuple(err.get("loc", ()))
    where = _loc_text(loc, raw)
    field_name = str(loc[-1]) if loc else ""
    kind = err["type"]
    if kind == "registry":
        return where + err["ctx"]["message"]
    if kind == "missing":
        return f"{where}{field_name!r} is required"
    if kind == "extra_forbidden":
        inner = RoleEntry if where else model
        allowed = sorted(inner.model_fields)
        close = process.extractOne(field_name, allowed, scorer=fuzz.ratio, score_cutoff=70)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{where}unknown key {field_name!r}{hint}; allowed keys are {', '.join(allowed)}"
    return f"{where}{field_name!r}: {err['msg']}; got {err.get('input')!r}"


def _label(raw: Any) -> str:
    if isinstance(raw, dict):
        name = raw.get("name")
        if isinstance(name, str) and name.strip():
            return repr(name.strip())
    return "no name"


def _validate_section(raw: Any, model: type[BaseModel], fname: str, what: str, problems: list):
    """Validate a list of entries; report every problem as "<file>, <what> i ('name'): ..."."""
    out: list[tuple[int, Any]] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        problems.append(f"{fname}: {what.split()[0]!r} must be a list; got {type(raw).__name__}")
        return out
    for i, item in enumerate(raw, start=1):
        prefix = f"{fname}, {what} {i} ({_label(item)}): "
        if not isinstance(item, dict):
            problems.append(prefix + f"must be a mapping of keys; got {item!r}")
            continue
        try:
            out.append((i, model.model_validate(item)))
        except ValidationError as exc:
            problems.extend(prefix + _explain(e, item, model) for e in exc.errors())
    return out


def _role_descriptors(entry: RoleEntry, role_types: dict[str, list[str]]) -> tuple[str, ...]:
    phrases = [*(role_types.get(entry.type, []) if entry.type else []), *entry.descriptors]
    return tuple(dict.fromkeys(p.strip().lower() for p in phrases if p.strip()))


def _safe_date(value: Any) -> dt.date | None:
    """A date from a raw YAML value, or None when absent or malformed (reported elsewhere)."""
    try:
        return _check_date(value, "date")
    except PydanticCustomError:
        return None


def _cross_checks(
    raw_actors: list, fname: str, countries: set[str], role_types: set[str]
) -> list[str]:
    """Checks across keys and entries, run on the raw entries so that an entry with a type
    error still gets every other problem reported: gender of organisations, country codes,
    role types, role dates in order, and aliases shared by two actors."""
    problems: list[str] = []
    seen: dict[str, tuple[int, str, str]] = {}
    for i, raw in enumerate(raw_actors, start=1):
        if not isinstance(raw, dict):
            continue
        prefix = f"{fname}, entry {i} ({_label(raw)}): "
        if raw.get("kind") == "organisation" and raw.get("gender") is not None:
            problems.append(
                prefix + f"'gender' must be null for an organisation; got {raw['gender']!r}"
            )
        country = raw.get("country")
        if country is not None and country not in countries:
            problems.append(
                prefix + f"'country' must be one of the codes under 'countries' "
                f"{_set_repr(sorted(countries))}; got {country!r}"
            )
        roles = raw.get("roles") if isinstance(raw.get("roles"), list) else []
        for k, role in enumerate(roles, start=1):
            if not isinstance(role, dict):
                continue
            title = role.get("title")
            where = f"role {k}" + (f" ({title!r})" if title else "") + ": "
            start, end = _safe_date(role.get("start")), _safe_date(role.get("end"))
            if start and end and end <= start:
                problems.append(
                    prefix + where + f"'end' {end.isoformat()} is not after 'start' "
                    f"{start.isoformat()} (dates reversed?)"
                )
            rtype = role.get("type")
            if rtype is not None and rtype not in role_types:
                problems.append(
                    prefix + where + f"'type' must be one of the keys under 'role_types' "
                    f"{_set_repr(sorted(role_types))}; got {rtype!r}"
                )
        names = [raw.get("name")]
        if isinstance(raw.get("aliases"), list):
            names.extend(raw["aliases"])
        for alias in dict.fromkeys(a for a in names if isinstance(a, str)):
            key = normalise_name(alias)
            if not key:
                problems.append(prefix + f"alias {alias!r} is empty after normalisation")
                continue
            if key in seen and seen[key][0] != i:
                j, other, other_alias = seen[key]
                problems.append(
                    prefix + f"alias {alias!r} is already used by entry {j} ({other}) as "
                    f"{other_alias!r} (both normalise to {key!r})"
                )
            else:
                seen.setdefault(key, (i, _label(raw), alias))
    return problems


def _parse_registry(data: Any, fname: str) -> ActorRegistry:
    """Validate the loaded YAML and build the registry, reporting all problems at once."""
    return ActorRegistry(*_registry_parts(data, fname))


# What a valid registry file yields, in plain values (see _registry_parts): the actors as
# tuples of their fields (a role's dates as ordinals), the media, their aliases, the countries.
_Plain = tuple[tuple, list[str], dict[str, list[str]], dict[str, list[str]]]


def _plain_parts(parts: tuple[list[Actor], list[str], dict[str, Any], dict[str, list[str]]]
                 ) -> _Plain:
    """:func:`_registry_parts` as plain values that :mod:`marshal` writes."""
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


def _registry_parts(
    data: Any, fname: str
) -> tuple[list[Actor], list[str], dict[str, Any], dict[str, list[str]]]:
    """The arguments of :class:`ActorRegistry` from the loaded YAML: its actors, media, media
    aliases and countries; a ValueError lists every problem at once."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ValueError(f"{fname}: expected a mapping with keys {list(_TOP_KEYS)}; got {data!r}")
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(
                f"{fname}: unknown top-level key {key!r}; allowed keys are {', '.join(_TOP_KEYS)}"
            )
    if not data.get("actors"):
        problems.append(f"{fname}: 'actors' must be a non-empty list")

    countries: dict[str, CountryEntry] = {}
    raw_countries = data.get("countries") or {}
    if not isinstance(raw_countries, dict):
        problems.append(f"{fname}: 'countries' must be a mapping from ISO3 code to entry")
        raw_countries = {}
    for code, item in raw_countries.items():
        prefix = f"{fname}, country {code!r}: "
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2,3}", code)):
            problems.append(prefix + "the code must be 2-3 capital letters (ISO3, or EU)")
            continue
        try:
            countries[code] = CountryEntry.model_validate(item)
        except ValidationError as exc:
            problems.extend(prefix + _explain(e, item, CountryEntry) for e in exc.errors())

    role_types = data.get("role_types") or {}
    if not isinstance(role_types, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in role_types.values()
    ):
        problems.append(f"{fname}: 'role_types' must map each type name to a list of phrases")
        role_types = {}

    media = _validate_section(data.get("media"), MediumEntry, fname, "media entry", problems)
    entries = _validate_section(data.get("actors"), ActorEntry, fname, "entry", problems)

    raw_actors = data.get("actors") if isinstance(data.get("actors"), list) else []
    problems.extend(_cross_checks(raw_actors, fname, set(countries), set(role_types)))

    if problems:
        raise ValueError(f"{len(problems)} problem(s) in {fname}:\n" + "\n".join(problems))

    actors = [
        Actor(
            name=e.name,
            kind=e.kind,
            gender=e.gender,
            aliases=tuple(dict.fromkeys(a.strip() for a in e.aliases if a.strip() != e.name)),
            camp=e.camp,
            country=e.country,
            roles=tuple(
                Role(r.title, r.camp, r.start, r.end, _role_descriptors(r, role_types))
                for r in e.roles
            ),
            descriptors=tuple(dict.fromkeys(d.strip().lower() for d in e.descriptors)),
        )
        for _, e in entries
    ]
    return (
        actors,
        [m.name for _, m in media],
        {m.name: m.aliases for _, m in media},
        {code: [c.name, *c.words] for code, c in countries.items()},
    )


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
        return _plain_parts(_registry_parts(data, path.name))

    # A file read and validated before (the same bytes, this code, these camps and PyYAML) is
    # not parsed and validated again: its actors come from the store (0.07 s of every run; see
    # discourse.extract.actors.stored). A file with problems is never stored: it fails as above.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _from_plain(stored("registry", (digest, CAMPS, yaml.__version__), parts))


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
