"""The English word vectors learned here and shipped in data/vectors_en (discourse.measure.embeddings)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discourse.measure.embeddings import COLUMNS, StaticVectors, WindowVectors, load_vectors, vector_path


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_the_english_table_is_read_from_the_data_folder():
    table = load_vectors("ppmi_en")
    assert vector_path("ppmi_en").name == "vectors_en" and table.dim == 100
    assert len(table.index) > 10_000 and table.get("the") is not None
    assert table.get("xqzvw") is None
    size = sum(f.stat().st_size for f in vector_path("ppmi_en").iterdir() if f.suffix in (".npy", ".txt"))
    assert size <= 5_000_000  # small enough for the repository


def test_the_english_vectors_put_related_words_together():
    table = load_vectors("ppmi_en")
    cos = lambda a, b: _cos(table.get(a), table.get(b))  # noqa: E731
    assert cos("election", "primaries") > 0.3 > cos("election", "earthquake")
    assert cos("earthquake", "quake") > 0.3 > cos("earthquake", "primaries")
    assert cos("president", "minister") > cos("president", "earthquake")


def test_window_vectors_read_the_english_table():
    table = load_vectors("ppmi_en")
    X = pd.DataFrame([["critics not_praised", "at the summit", "the president"]], columns=list(COLUMNS))
    raw = WindowVectors(vectors="ppmi_en", k=1, weight=1.0).fit(X)._raw(X)
    assert raw.shape == (1, 300)
    np.testing.assert_allclose(raw[0, :100], table.get("praised"), rtol=1e-6)  # the mark dropped
    np.testing.assert_allclose(raw[0, 200:], (table.get("the") + table.get("president")) / 2, rtol=1e-5)


def test_a_table_whose_files_disagree_is_named(tmp_path):
    (tmp_path / "words.txt").write_text("a\nb\nc\n", encoding="utf-8")
    np.save(tmp_path / "vectors.npy", np.zeros((2, 4), dtype=np.float16))
    with pytest.raises(ValueError, match=r"vectors\.npy: expected one row per word .* \(2, 4\)"):
        StaticVectors(tmp_path)
    np.save(tmp_path / "vectors.npy", np.zeros((3, 4), dtype=np.float16))
    (tmp_path / "words.txt").write_text("a\nb\na\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"words\.txt: a word is listed twice"):
        StaticVectors(tmp_path)
