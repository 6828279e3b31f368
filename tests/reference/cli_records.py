"""The JSON lines of ``discourse quotes`` encoded record by record: a dict per quote and one
``JSONEncoder.encode`` call each (``discourse/cli/main.py``'s ``_records`` before the columns
were encoded one by one, speed pass eight)."""

from __future__ import annotations

import json

from discourse.cli.main import QUOTE_COLUMNS

_JSON = json.JSONEncoder(ensure_ascii=False)


def reference_json_records(cells: list[list]) -> list[str]:
    """One JSON line per quote from the printed values of the quote columns (``_cells``)."""
    encode = _JSON.encode
    return [encode(dict(zip(QUOTE_COLUMNS, row))) + "\n" for row in zip(*cells)]
