"""Pretrained Russian word vectors around a mention (discourse.measure.embeddings)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from discourse.measure.embeddings import COLUMNS, WindowVectors, load_vectors, vector_path


def _table(rows):
    return pd.DataFrame(rows, columns=list(COLUMNS))


def test_the_navec_table_is_found_inside_the_installed_wheel():
    path = vector_path("navec_news")
    assert path.is_file() and path.name == "navec_news_v1_1B_250K_300d_100q.tar"
    with pytest.raises(ValueError, match="unknown word vectors 'glove'"):
        vector_path("glove")


def test_loading_the_vectors_imports_neither_natasha_nor_pymorphy2():
    code = ("import sys; from discourse.measure.embeddings import load_vectors; "
            "t = load_vectors('navec_news'); assert t.get('суд') is not None; "
            "print(sorted(m for m in ('natasha', 'pymorphy2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_window_vectors_are_the_mean_vectors_of_the_window_and_mention():
    table = load_vectors("navec_news")
    X = _table([["суд приговорить", "к срок", "иванов"],
                ["not_хвалить", "", "петров"],
                ["хвалить", "ывапр", "петров"]])
    wv = WindowVectors(k=1, weight=1.0).fit(X)
    raw = wv.transform(X) * wv.scale_ + wv.mean_  # undo the standardisation
    assert raw.shape == (3, 900)
    # k=1: only the nearest word on each side ("приговорить" before, "к" after)
    np.testing.assert_allclose(raw[0, :300], table["приговорить"], rtol=1e-5)
    np.testing.assert_allclose(raw[0, 300:600], table["к"], rtol=1e-5)
    # a negated word is looked up without its mark; an unknown word gives zeros
    np.testing.assert_allclose(raw[1, :300], raw[2, :300], rtol=1e-5)
    np.testing.assert_allclose(raw[2, 300:600], 0.0, atol=1e-9)


def test_window_vectors_are_standardised_and_scaled_on_the_training_rows():
    X = _table([["суд приговорить", "к срок", "иванов"], ["победа", "на выборы", "петров"],
                ["встретиться", "с министр", "сидоров"]])
    out = WindowVectors(weight=0.5).fit_transform(X)
    np.testing.assert_allclose(out.mean(axis=0), 0.0, atol=1e-9)
    assert np.abs(out).max() <= 0.5 * np.sqrt(2) + 1e-9  # 3 rows: |z| <= sqrt(2)
    assert np.array_equal(out, WindowVectors(weight=0.5).fit(X).transform(X))


def test_window_vectors_name_a_missing_column():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['entity'\]"):
        WindowVectors().fit(pd.DataFrame({"left": ["a"], "right": ["b"]}))
