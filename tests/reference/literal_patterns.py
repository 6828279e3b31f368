"""``normalise_language`` of ``discourse/text/lang.py`` and ``article_date`` of
``discourse/extract/speakers/attribute.py`` at 5b46fff (before speed pass twenty-one): each
passed its pattern as a string to ``re.split`` / ``re.fullmatch``, which looked it up in
``re``'s cache at every article (now compiled once at import). Only the names changed."""

from __future__ import annotations

import re
from typing import Any

from discourse.text.lang import _ALIASES


def reference_normalise_language(value: object) -> str:
    """``normalise_language(value)`` as it was."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    code = str(value).strip().lower()
    base = re.split(r"[-_]", code, maxsplit=1)[0]
    return _ALIASES.get(code, _ALIASES.get(base, base))


def reference_article_date(value: Any) -> str | None:
    """``article_date(value)`` as it was."""
    v = "" if value is None or (isinstance(value, float) and value != value) else str(value)[:10]
    return v if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None
