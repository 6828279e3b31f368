"""Write the units table (one row per scored quote) as CSV, chunk after chunk.

Both engines write the units file with :class:`UnitsWriter` (the Dask engine one file per part,
joined afterwards), so its bytes do not depend on the engine or on the chunk size;
:func:`format_units_csv` gives the same text for a table in memory.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd


class UnitsWriter:
    """Append scored units to one CSV file, chunk after chunk, with fixed formatting.

    The header is written with the first chunk; every later chunk must have the same columns.
    Output is byte-identical to writing the concatenated table at once.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.columns: list[str] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")

    def write(self, units: pd.DataFrame) -> None:
        if self.columns is None:
            self.columns = list(units.columns)
            units.head(0).to_csv(self.path, index=False, lineterminator="\n")
        elif list(units.columns) != self.columns:
            raise ValueError(f"{self.path}: chunk columns {list(units.columns)} differ from the "
                             f"first chunk's {self.columns}")
        if len(units):
            units.to_csv(self.path, mode="a", header=False, index=False, lineterminator="\n",
                         float_format="%.6f")


def format_units_csv(units: pd.DataFrame) -> str:
    """The CSV text :class:`UnitsWriter` writes for ``units`` (header included)."""
    return units.to_csv(index=False, lineterminator="\n", float_format="%.6f")
