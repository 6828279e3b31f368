"""statements_as_units: one unit per statement, spanning its text, speaker resolved on its date."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.statements import statements_as_units


def test_one_unit_per_statement_with_its_speaker_resolved():
    arts = pd.DataFrame({
        "doc_id": ["s1", "s2"],
        "text": ["We will defend our sovereignty.", "Peace is possible."],
        "speaker": ["Mr. Sergey Lavrov", "Nobody Known"],
        "date": ["2019-09-27", ""],
    })
    units = statements_as_units(arts, load_actors())
    assert units["quote_id"].tolist() == ["s1:0-31", "s2:0-18"]
    assert (units["start"] == 0).all() and (units["end"] == arts["text"].str.len()).all()
    assert units["text"].tolist() == arts["text"].tolist()
    assert set(units["kind"]) == {"statement"} and set(units["attribution"]) == {"statement_speaker"}
    assert units["speaker_mention"].tolist() == ["Mr. Sergey Lavrov", "Nobody Known"]
    assert units.loc[0, ["speaker", "camp"]].tolist() == ["Sergey Lavrov", "russian_official"]
    assert units.loc[1, "camp"] == "unknown"
    assert (units["mention_start"] == -1).all() and (units["confidence"] == 1.0).all()
