"""Human labels for the ids a report shows: camps, frames, stance targets.

Frame and target labels come from their registries (``frames.yaml``, ``targets.yaml``: each entry
has an ``id`` and a ``label``); camp labels from :data:`CAMP_LABELS`, the names ANNOTATION.md gives
the camps of :data:`discourse.core.schema.CAMPS`. The CSV tables keep the ids (stable, for code);
the page shows the labels.

Before :func:`relabel`::

    camp              frame     mean
    russian_official  economic  0.16

After ``relabel(df, frames={"economic": "Economic"})``::

    camp               frame     mean
    Russian officials  Economic  0.16
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from discourse.core.schema import CAMPS

CAMP_LABELS: dict[str, str] = {
    "russian_official": "Russian officials",
    "belarusian_official": "Belarusian officials",
    "opposition": "Opposition",
    "western": "Western officials",
    "ukrainian_official": "Ukrainian officials",
    "other": "Other speakers",
    "unknown": "Unknown speaker",
}
assert set(CAMP_LABELS) == set(CAMPS), "every camp of the schema needs a label"


def camp_label(camp: object) -> str:
    """The label of a camp id; an id without a label (a user's own camp) is shown as it is."""
    return CAMP_LABELS.get(str(camp), str(camp))


def registry_labels(entries: Iterable) -> dict[str, str]:
    """``{id: label}`` of registry entries (frames or targets: objects with ``id`` and ``label``)."""
    return {e.id: e.label for e in entries}


def relabel(df: pd.DataFrame, *, frames: Mapping[str, str] | None = None,
            targets: Mapping[str, str] | None = None, camp_cols: tuple[str, ...] = ("camp",),
            ) -> pd.DataFrame:
    """A copy of ``df`` with camp ids (in ``camp_cols``), ``frame`` and ``target`` ids replaced
    by their labels; a table's own ``label`` column (the registry label of its frame or target
    row) is dropped, since the id column now holds it. Columns that are absent are left alone.
    """
    out = df.copy()
    for col in camp_cols:
        if col in out:
            out[col] = out[col].map(camp_label)
    for col, labels in (("frame", frames), ("target", targets)):
        if col in out and labels is not None:
            out[col] = out[col].map(lambda v, lab=labels: lab.get(v, v))
            out = out.drop(columns=["label"], errors="ignore")
    return out
