"""The schema of ``data/actors.yaml`` and its validation: :func:`registry_parts`.

Part of :mod:`discourse.extract.actors`, used by :func:`discourse.extract.actors.load_actors`
when it reads a file that the store (:mod:`discourse.extract.actors.stored`) does not hold yet:
the pydantic models of the entries (:class:`ActorEntry`, :class:`RoleEntry`,
:class:`MediumEntry`, :class:`CountryEntry`), the cross-checks between entries, and messages
that name the file, the entry and the key. Kept apart from ``load`` so that a run that reads
the validated registry from the store never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from rapidfuzz import fuzz, process

from discourse.core.schema import CAMPS
from discourse.extract.actors.model import Actor, Role
from discourse.extract.actors.names import normalise_name

__all__ = [
    "GENDERS",
    "KINDS_OF_ACTOR",
    "MEDIA_TYPES",
    "ActorEntry",
    "CountryEntry",
    "MediumEntry",
    "RoleEntry",
    "registry_parts",
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


def registry_parts(
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
