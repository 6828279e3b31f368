"""Tests for discourse.present.labels: the page shows labels, the CSVs keep ids."""

from __future__ import annotations

import pandas as pd

from discourse.core.schema import CAMPS
from discourse.measure.frames import load_frames
from discourse.present.labels import CAMP_LABELS, camp_label, registry_labels, relabel


def test_every_camp_has_a_label_and_unknown_ids_stay():
    assert set(CAMP_LABELS) == set(CAMPS)
    assert camp_label("russian_official") == "Russian officials"
    assert camp_label("my_own_camp") == "my_own_camp"


def test_relabel_replaces_ids_by_registry_labels_without_touching_the_input():
    frames = registry_labels(load_frames())
    df = pd.DataFrame({"camp": ["western"], "frame": ["security_defense"], "label": ["x"],
                       "mean": [0.2]})
    out = relabel(df, frames=frames)
    assert out.to_dict("records") == [{"camp": "Western officials",
                                       "frame": frames["security_defense"], "mean": 0.2}]
    assert df.loc[0, "camp"] == "western"  # the table written to CSV keeps its ids
