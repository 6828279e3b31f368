"""The logistic regression blended with an NB-scaled one (``measure.nb_blend``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

from discourse.measure.nb_blend import NBBlendClassifier, count_ratios
from discourse.measure.target_model import make_target_pipeline


def _data(seed: int = 0) -> pd.DataFrame:
    """Three classes; ``a`` marks class 1, ``b`` is present everywhere, ``c`` marks class -1 in
    most rows, ``n`` is a number."""
    rng = np.random.default_rng(seed)
    y = np.repeat([-1, 0, 1], 40)
    return pd.DataFrame({
        "a": (y == 1) * rng.uniform(0.2, 1, len(y)), "b": rng.uniform(0.2, 1, len(y)),
        "c": ((y == -1) & (rng.uniform(size=len(y)) < 0.7)) * 0.5,
        "n": rng.normal(size=len(y)) + 0.3 * y, "label": y})


def _features() -> ColumnTransformer:
    return ColumnTransformer([("counts", FunctionTransformer(), ["a", "b", "c"]),
                              ("numbers", StandardScaler(), ["n"])], sparse_threshold=1.0)


def test_count_ratios_favour_columns_that_tell_classes_apart():
    df = _data()
    r = count_ratios(df[["a", "b", "c"]].to_numpy(), df["label"].to_numpy())
    assert r[0] > r[2] > r[1]  # class-specific columns weigh more than one present everywhere
    assert r[1] < r[2] / 4  # present in every row: (almost) no evidence for any class


def test_only_the_named_blocks_are_scaled_each_to_a_mean_of_one():
    df = _data()
    blend = NBBlendClassifier(_features(), ("counts",)).fit(df, df["label"])
    assert blend.scale_[:3].mean() == pytest.approx(1.0)
    assert blend.scale_[0] > blend.scale_[2] > blend.scale_[1]
    assert blend.scale_[3] == 1.0  # the number keeps its scale
    with pytest.raises(ValueError, match=r"\['words'\].*counts"):
        NBBlendClassifier(_features(), ("words",)).fit(df, df["label"])


def test_the_blend_is_the_weighted_mean_of_the_two_models():
    df = _data()
    y = df["label"].to_numpy()
    blend = NBBlendClassifier(_features(), ("counts",), C=1.0, nb_weight=0.3).fit(df, y)
    X = sp.csr_matrix(_features().fit_transform(df))
    def lr():
        return LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=0)
    scaled = X @ sp.diags(blend.scale_)
    expected = 0.7 * lr().fit(X, y).predict_proba(X) + 0.3 * lr().fit(scaled, y).predict_proba(scaled)
    np.testing.assert_allclose(blend.predict_proba(df), expected)
    assert blend.classes_.tolist() == [-1, 0, 1]
    np.testing.assert_array_equal(blend.predict(df), blend.classes_[expected.argmax(axis=1)])
    # weight 0: the plain model's probabilities
    plain = NBBlendClassifier(_features(), ("counts",), C=1.0, nb_weight=0.0).fit(df, y)
    np.testing.assert_allclose(plain.predict_proba(df), lr().fit(X, y).predict_proba(X))
    # two fits, the same probabilities
    again = NBBlendClassifier(_features(), ("counts",), C=1.0, nb_weight=0.3).fit(df, y)
    np.testing.assert_array_equal(again.predict_proba(df), blend.predict_proba(df))


def test_the_pipeline_blends_only_when_asked():
    plain = make_target_pipeline()
    assert [name for name, _ in plain.steps] == ["context", "features", "clf"]
    assert isinstance(plain.named_steps["clf"], LogisticRegression)
    blended = make_target_pipeline(nb_weight=0.3, C=0.5, seed=3, entity_chars=True)
    assert isinstance(blended, Pipeline) and [name for name, _ in blended.steps] == ["context", "clf"]
    clf = blended.named_steps["clf"]
    assert isinstance(clf, NBBlendClassifier)
    assert (clf.nb_weight, clf.C, clf.random_state, clf.class_weight) == (0.3, 0.5, 3, "balanced")
    assert clf.scaled == ("window_words", "left_words", "right_words", "window_chars",
                          "sentence_words", "entity_chars")
