"""The trainable target model's reading of the mention's kind (``entity_tag``, RuSentNE's column)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from discourse.measure.target_model import (
    UNKNOWN_TAG,
    TargetContextFeatures,
    make_target_pipeline,
)

# Sentences whose words say nothing either way: only the mention's kind tells the labels apart.
_PLAIN = ("{e} arrived in the city on Monday.", "Reporters saw {e} near the station.",
          "The meeting with {e} lasted an hour.", "{e} was mentioned in the report.")
_NAMES = ("Smith", "Jones", "Garcia", "Miller", "Brown", "Lee")


def _table(tag_of_label: dict[int, str]) -> pd.DataFrame:
    rows = []
    for label, tag in tag_of_label.items():
        for i, template in enumerate(_PLAIN * 3):
            name = _NAMES[i % len(_NAMES)]
            text = template.format(e=name)
            a = text.index(name)
            rows.append({"text": text, "start": a, "end": a + len(name), "entity_tag": tag,
                         "label": label})
    return pd.DataFrame(rows)


def test_context_features_carry_the_kind_and_unknown_without_it():
    df = pd.DataFrame({"text": ["Smith spoke.", "Jones left.", "Lee won."], "start": [0, 0, 0],
                       "end": [5, 5, 3], "entity_tag": ["PERSON", "", np.nan]})
    out = TargetContextFeatures().fit_transform(df)
    assert out["entity_tag"].tolist() == ["PERSON", UNKNOWN_TAG, UNKNOWN_TAG]
    bare = TargetContextFeatures().fit_transform(df[["text", "start", "end"]])
    assert bare["entity_tag"].tolist() == [UNKNOWN_TAG] * 3
    # the other columns do not depend on the kind
    pd.testing.assert_frame_equal(out.drop(columns="entity_tag"), bare.drop(columns="entity_tag"))


def test_the_kind_separates_mentions_the_words_cannot():
    df = _table({1: "PERSON", 0: "PROFESSION", -1: "ORGANIZATION"})
    X, y = df[["text", "start", "end", "entity_tag"]], df["label"].to_numpy()
    with_kind = make_target_pipeline(entity_tag=True).fit(X, y)
    assert (with_kind.predict(X) == y).all()
    without = make_target_pipeline().fit(X, y)
    assert "entity_tag" not in [name for name, *_ in without.named_steps["features"].transformers]
    assert (without.predict(X) == y).mean() < 0.5  # the same words under three labels


def test_a_model_with_kinds_scores_a_table_without_them_from_its_words():
    df = _table({1: "PERSON", 0: "PROFESSION"})
    model = make_target_pipeline(entity_tag=True).fit(df[["text", "start", "end", "entity_tag"]],
                                                      df["label"])
    bare = df[["text", "start", "end"]]
    unseen = df[["text", "start", "end"]].assign(entity_tag="SPACESHIP")
    # no column and a kind never seen in training both set no indicator: the same probabilities
    np.testing.assert_array_equal(model.predict_proba(bare), model.predict_proba(unseen))
    p = model.predict_proba(bare)[:, 1]
    assert 0.2 < p.min() and p.max() < 0.8  # neither kind's answer: the words do not decide


def test_a_transformer_saved_before_kinds_existed_still_transforms():
    df = pd.DataFrame({"text": ["Smith spoke."], "start": [0], "end": [5], "entity_tag": ["PERSON"]})
    old = TargetContextFeatures().fit(df)
    del old.tag_col  # as skops restores an object saved by a version without the parameter
    out = old.transform(df)
    assert out["entity_tag"].tolist() == [UNKNOWN_TAG] and out["left"].tolist() == [""]
