"""The records of ``discourse quotes`` as ``discourse/cli/main.py``'s ``_records`` made them
before speed pass eight: JSON lines encoded record by record (a dict per quote and one
``JSONEncoder.encode`` call each; now the columns are encoded one by one) and CSV rows written
by a writer of their own each (now one writer for all). ``reference_cells`` is ``_cells`` before
speed pass twelve (every value of every column tested for NaN, every offset passed to ``int``;
now only columns holding floats, and offset columns holding another type than int)."""

from __future__ import annotations

import csv
import io
import json

from discourse.cli.main import QUOTE_COLUMNS

_INT_FIELDS = frozenset({"start", "end", "mention_start", "mention_end"})

_JSON = json.JSONEncoder(ensure_ascii=False)


def reference_json_records(cells: list[list]) -> list[str]:
    """One JSON line per quote from the printed values of the quote columns (``_cells``)."""
    encode = _JSON.encode
    return [encode(dict(zip(QUOTE_COLUMNS, row))) + "\n" for row in zip(*cells)]


def reference_csv_records(cells: list[list]) -> list[str]:
    """One CSV row per quote (more than one line when a field holds a line break)."""
    out = []
    for row in zip(*cells):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([row])
        out.append(buf.getvalue())
    return out


def reference_cells(columns: list[list]) -> list[list]:
    """The printed values of the quote columns: NaN as None, the offsets made int."""
    cells = []
    for name, values in zip(QUOTE_COLUMNS, columns, strict=True):
        values = [None if isinstance(v, float) and v != v else v for v in values]
        if name in _INT_FIELDS:
            values = [int(v) for v in values]
        cells.append(values)
    return cells
