"""Where a mention stands in its sentence: the role numbers the English target model reads."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.measure.target_model import TargetContextFeatures, make_target_pipeline
from discourse.measure.target_roles import ROLE_FEATURES, role_features


def _at(text: str, mention: str) -> dict[str, float]:
    a = text.index(mention)
    return role_features(text, a, a + len(mention))


def test_the_actor_opens_its_clause_and_the_one_acted_on_does_not():
    s = "Smith criticized Jones on Monday."
    smith, jones = _at(s, "Smith"), _at(s, "Jones")
    assert smith["role_opens_clause"] == 1.0 and smith["role_words_before"] == 0.0
    assert jones["role_opens_clause"] == 0.0 and jones["role_words_before"] == pytest.approx(0.2)
    # the same evaluative word, on the other side of each of them, next to both
    assert smith["role_right_valence"] < 0 and smith["role_left_valence"] == 0.0
    assert jones["role_left_valence"] < 0 and jones["role_right_valence"] == 0.0
    assert jones["role_left_near"] == 1.0 and smith["role_right_near"] == 1.0


def test_a_contrast_word_splits_what_is_said_of_two_people():
    s = "Critics slammed Smith, but Jones was praised as a brilliant leader."
    smith, jones = _at(s, "Smith"), _at(s, "Jones")
    assert (smith["role_before_contrast"], smith["role_after_contrast"]) == (1.0, 0.0)
    assert (jones["role_before_contrast"], jones["role_after_contrast"]) == (0.0, 1.0)
    # each clause carries its own side of the sentence
    assert smith["role_clause_sum"] < 0 < jones["role_clause_sum"]
    assert smith["role_clause_share"] + jones["role_clause_share"] == pytest.approx(1.0)
    assert smith["role_other_names"] == jones["role_other_names"] == pytest.approx(0.1)


def test_a_sentence_without_evaluative_words_gives_zero_valences():
    f = _at("Smith met Jones and Brown in Paris on Monday.", "Smith")
    assert all(f[k] == 0.0 for k in ROLE_FEATURES if "valence" in k or "clause_" in k or "near" in k)
    assert f["role_other_names"] == pytest.approx(0.4)  # Jones, Brown, Paris, Monday


def test_russian_words_are_read_by_lemma_through_the_language():
    s = "Критики осудили Иванова, но Петрова похвалили."
    ivanov, petrov = _at(s, "Иванова"), _at(s, "Петрова")
    assert ivanov["role_left_valence"] < 0 < petrov["role_right_valence"]
    assert ivanov["role_before_contrast"] == petrov["role_after_contrast"] == 1.0


def test_the_context_gets_role_columns_only_when_asked():
    df = pd.DataFrame({"text": ["Critics slammed Smith."], "start": [16], "end": [21]})
    plain = TargetContextFeatures().fit_transform(df)
    assert not set(ROLE_FEATURES) & set(plain.columns)
    with_roles = TargetContextFeatures(roles=True).fit_transform(df)
    assert list(with_roles.columns) == [*plain.columns[:-1], *ROLE_FEATURES, "entity_tag"]
    assert with_roles["role_left_valence"].iloc[0] < 0
    pd.testing.assert_frame_equal(with_roles[plain.columns], plain)


def test_a_pipeline_with_roles_reads_them_and_the_default_does_not():
    names = lambda p: [n for n, *_ in p.named_steps["features"].transformers]  # noqa: E731
    assert "roles" in names(make_target_pipeline(roles=True))
    assert "roles" not in names(make_target_pipeline())
    text = ["Critics slammed {}.", "Voters praised {}.", "{} met reporters."]
    rows = [(t.format(n), t.index("{}"), t.index("{}") + len(n), y)
            for n in ("Smith", "Jones", "Lee", "Brown") for t, y in zip(text, (-1, 1, 0))]
    df = pd.DataFrame(rows, columns=["text", "start", "end", "label"])
    model = make_target_pipeline(roles=True).fit(df[["text", "start", "end"]], df["label"])
    assert (model.predict(df[["text", "start", "end"]]) == df["label"]).all()


def test_a_context_saved_before_roles_existed_still_transforms():
    df = pd.DataFrame({"text": ["Smith spoke."], "start": [0], "end": [5]})
    old = TargetContextFeatures().fit(df)
    del old.roles  # as skops restores an object saved by a version without the parameter
    assert not set(ROLE_FEATURES) & set(old.transform(df).columns)
