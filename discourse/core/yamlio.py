"""Reading the project's YAML data files safely and fast.

``yaml.safe_load`` runs PyYAML's pure-Python parser: about 2–3 s for ``data/actors.yaml``.
When PyYAML was built with libyaml, ``yaml.CSafeLoader`` is the same *safe* loader (it builds
only plain Python objects: no tags that run code) implemented in C, an order of magnitude
faster. :func:`load_yaml` uses it when available and falls back to ``yaml.safe_load``.
"""

from __future__ import annotations

from pathlib import Path

import yaml

__all__ = ["load_yaml", "parse_yaml"]

# The C safe loader when libyaml is present; it accepts exactly what SafeLoader accepts.
_LOADER = getattr(yaml, "CSafeLoader", None)


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
    if _LOADER is not None:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - CSafeLoader is the safe loader
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
