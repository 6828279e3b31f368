"""Reading the project's YAML data files safely and fast, with errors that name the file.

``yaml.safe_load`` runs PyYAML's pure-Python parser: about 2–3 s for ``data/actors.yaml``.
When PyYAML was built with libyaml, ``yaml.CSafeLoader`` is the same *safe* loader (it builds
only plain Python objects: no tags that run code) implemented in C, an order of magnitude
faster. :func:`load_yaml` uses it when available and falls back to ``yaml.safe_load``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is imported by the modules that validate (0.08 s at start-up)
    from pydantic import ValidationError

__all__ = ["load_yaml", "parse_yaml", "pydantic_message", "read_yaml_mapping"]

# The loader of parse_yaml: "C" is PyYAML's C safe loader when libyaml is present (it accepts
# exactly what SafeLoader accepts), None the pure-Python ``yaml.safe_load``. PyYAML is imported
# when a file is parsed: ``discourse quotes`` with its data read from the store parses no YAML,
# and the import is 0.008 s of CPU.
_LOADER: str | None = "C"


def parse_yaml(text: str) -> object:
    """Parse YAML text with the safe loader (libyaml's C version when available).

    Parameters
    ----------
    text : str
        A YAML document.

    Returns
    -------
    object
        Plain Python data (dicts, lists, strings, numbers, dates, None), as ``yaml.safe_load``.

    Raises
    ------
    yaml.YAMLError
        On invalid YAML (from either loader).

    Examples
    --------
    >>> parse_yaml("cues: [{lemma: say, forms: [said]}]")
    {'cues': [{'lemma': 'say', 'forms': ['said']}]}
    """
    import yaml  # (see _LOADER)

    loader = getattr(yaml, "CSafeLoader", None) if _LOADER == "C" else None
    if loader is not None:
        return yaml.load(text, Loader=loader)  # noqa: S506 - CSafeLoader is the safe loader
    return yaml.safe_load(text)


def load_yaml(path: str | Path) -> object:
    """Read a UTF-8 YAML file with :func:`parse_yaml`.

    Parameters
    ----------
    path : str or Path
        The file to read.

    Returns
    -------
    object
        The parsed document (see :func:`parse_yaml`).

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    yaml.YAMLError
        If the file is not valid YAML.
    """
    return parse_yaml(Path(path).read_text(encoding="utf-8"))


def read_yaml_mapping(path: str | Path, *, key: str) -> tuple[dict[str, Any], list[Any]]:
    """Read a YAML data file whose entries are a list under ``key`` (``targets:``, ``frames:``).

    Returns
    -------
    data, entries : dict, list
        The whole mapping and its list under ``key``.

    Raises
    ------
    FileNotFoundError, ValueError
        Naming the file when it is missing, not YAML, not a mapping, or has no list under ``key``.
    """
    import yaml  # (see _LOADER)

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file not found.")
    try:
        data = load_yaml(path)
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML ({err}).") from err
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ValueError(f"{path}: expected a mapping with a list under '{key}'.")
    return data, data[key]


def pydantic_message(err: ValidationError) -> str:
    """One line per problem of a pydantic validation error: ``field 'x': <msg>; got <input>``.

    Registry loaders prefix it with the file and entry, so a message names file, entry and field.
    """
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"]) or "entry"
        parts.append(f"field '{loc}': {e['msg']}; got {e.get('input')!r}")
    return "; ".join(parts)
