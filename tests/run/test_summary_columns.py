"""Chunk summaries are kept as column arrays and joined in groups as they arrive; whatever the
arrival order, the joined table equals concatenating the chunks in corpus order."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from pandas.api.types import union_categoricals

from discourse.run.summary import _Columns


def _part(rng: random.Random, i: int) -> pd.DataFrame:
    m = rng.choice([0, 0, 1, 5, 30])  # empty chunks too (every article filtered out)
    return pd.DataFrame({
        "quote_id": pd.array([f"d{i}:{j}" for j in range(m)], dtype="str"),
        "camp": pd.Categorical([rng.choice("abcdefg") for _ in range(m)]),
        "score": np.array([rng.choice([0.0, -0.0, np.nan, 0.5, 1 / 3]) for _ in range(m)]),
        "n": np.arange(m, dtype="int64"),
    })


@pytest.mark.parametrize("trial", range(12))
def test_join_equals_concat_in_corpus_order_whatever_the_arrival_order(trial):
    rng = random.Random(trial)
    parts = [_part(rng, i) for i in range(rng.randint(1, 70))]
    arrival = list(range(len(parts)))
    if trial % 2:
        rng.shuffle(arrival)  # as Dask returns them
    cols = _Columns()
    for i in arrival:
        cols.add(i, parts[i])
    got = cols.build()
    nonempty = [p for p in parts if len(p)] or parts[:1]
    expected = pd.concat(nonempty, ignore_index=True)
    if any(len(p) for p in parts):
        expected["camp"] = union_categoricals([p["camp"] for p in nonempty],
                                              sort_categories=True, ignore_order=True)
    pd.testing.assert_frame_equal(got, expected)
    # -0.0 stays -0.0: a joined table prints exactly as the chunks did
    assert np.array_equal(np.signbit(got["score"].to_numpy()),
                          np.signbit(expected["score"].to_numpy()))


def test_chunks_with_other_columns_are_refused():
    cols = _Columns()
    cols.add(0, pd.DataFrame({"a": [1]}))
    with pytest.raises(ValueError, match="Chunk 1 has columns"):
        cols.add(1, pd.DataFrame({"b": [1]}))
