"""Tests for discourse.validate.stance_set: the shipped coded stance set, agreement, shared-task F1."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score, f1_score

from discourse.validate.agreement import cohen_kappa, krippendorff_alpha, percent_agreement
from discourse.validate.stance_set import (
    _pair_stats,
    final_labels,
    mention_rows,
    predict_rules,
    read_stance_set,
    stance_agreement,
    stance_f1,
)

REPO = Path(__file__).resolve().parents[2]
STANCE = REPO / "data" / "stance"


@pytest.fixture(scope="module")
def sset():
    return read_stance_set(STANCE)


def test_the_shipped_set_is_complete_and_final_labels_recompute(sset):
    assert len(sset.units) == 320 and sset.units["unit_id"].is_unique
    assert sset.units.groupby("split").size().to_dict() == {"dev": 161, "test": 159}
    # both coders coded every unit for every target
    per_coder = sset.codings.groupby("coder").size().to_dict()
    assert per_coder == {"c1": 960, "c2": 960}
    shipped = pd.read_csv(STANCE / "final.csv", dtype=str)
    pd.testing.assert_frame_equal(shipped, sset.final.astype(str), check_dtype=False)
    assert sset.final["how"].value_counts().to_dict() == {"agreed": 933, "adjudicated": 27}


def _wide(sset) -> pd.DataFrame:
    c = sset.codings.pivot_table(index=["unit_id", "target"], columns="coder", values="label",
                                 aggfunc="first")
    return c


def test_agreement_is_recomputed_from_the_shipped_codings(sset):
    # By another route than stance_agreement: scikit-learn's kappa and the krippendorff package
    # on the two coder columns, before adjudication.
    wide = _wide(sset)
    kappa = cohen_kappa_score(wide["c1"], wide["c2"])
    alpha = krippendorff_alpha(wide[["c1", "c2"]])
    assert round(kappa, 3) == 0.918 and round(alpha, 3) == 0.918
    by_target = {t: round(cohen_kappa_score(g["c1"], g["c2"]), 3)
                 for t, g in wide.groupby(level="target")}
    assert by_target == {"lukashenko": 0.944, "russia": 0.895, "west": 0.925}
    seen = wide[~((wide["c1"] == "absent") & (wide["c2"] == "absent"))]
    assert len(seen) == 199 and round(cohen_kappa_score(seen["c1"], seen["c2"]), 3) == 0.792
    table = stance_agreement(sset, n_boot=1000, seed=0).set_index(["scope", "statistic"])
    assert table.loc[("all", "kappa"), "estimate"] == pytest.approx(kappa)
    assert table.loc[("all", "alpha"), "estimate"] == pytest.approx(alpha)
    assert table.loc[("mentioned", "kappa"), "n_items"] == 199
    low, high = table.loc[("all", "kappa"), ["ci_low", "ci_high"]]
    assert low < kappa < high
    # docs/validation.md reports the same numbers, intervals included
    doc = (REPO / "docs" / "validation.md").read_text(encoding="utf-8")
    for scope, row in (("all", "| all |"), ("mentioned", "| a coder saw a reference")):
        line = next(x for x in doc.splitlines() if x.startswith(row))
        for stat in ("kappa", "alpha"):
            est, lo, hi = table.loc[(scope, stat), ["estimate", "ci_low", "ci_high"]]
            assert f"{est:.3f} [{lo:.3f}, {hi:.3f}]" in line, (scope, stat, line)


def test_bootstrap_statistics_equal_the_agreement_module():
    # The intervals are computed from confusion matrices; on any data they give the numbers of
    # discourse.validate.agreement.
    rng = np.random.default_rng(3)
    codes = ["favour", "against", "neither", "absent"]
    for _ in range(20):
        n = int(rng.integers(5, 60))
        a = rng.choice(codes, n, p=[0.1, 0.1, 0.2, 0.6])
        b = np.where(rng.random(n) < 0.7, a, rng.choice(codes, n))
        conf = np.zeros((4, 4))
        for x, y in zip(a, b):
            conf[codes.index(x), codes.index(y)] += 1
        kappa, alpha, percent = _pair_stats(conf)
        data = np.column_stack([a, b]).astype(object)
        assert kappa == pytest.approx(cohen_kappa(list(a), list(b), labels=codes), nan_ok=True)
        assert alpha == pytest.approx(krippendorff_alpha(data), nan_ok=True)
        assert percent == pytest.approx(percent_agreement(data))


def test_final_labels_need_an_adjudication_for_every_disagreement():
    codings = pd.DataFrame({"unit_id": ["u1", "u1", "u2", "u2"], "target": ["west"] * 4,
                            "coder": ["c1", "c2", "c1", "c2"],
                            "label": ["favour", "favour", "against", "neither"]})
    with pytest.raises(ValueError, match="disagree on .*'u2'.* no adjudicated label"):
        final_labels(codings, pd.DataFrame(columns=["unit_id", "target", "label"]))
    bad = pd.DataFrame({"unit_id": ["u2"], "target": ["west"], "label": ["favour"]})
    with pytest.raises(ValueError, match="neither coder's"):
        final_labels(codings, bad)
    ok = pd.DataFrame({"unit_id": ["u2"], "target": ["west"], "label": ["neither"]})
    out = final_labels(codings, ok)
    assert out[["unit_id", "label", "how"]].values.tolist() == [
        ["u1", "favour", "agreed"], ["u2", "neither", "adjudicated"]]


def test_bad_sheet_lines_are_named(tmp_path):
    folder = tmp_path / "stance"
    shutil.copytree(STANCE, folder)
    sheet = folder / "coder_c2.csv"
    lines = sheet.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",absent,", ",maybe,", 1)
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"coder_c2\.csv, line 4: field 'label' must be one of"):
        read_stance_set(folder)


def test_stance_f1_is_the_mean_of_per_target_macro_f1():
    rng = np.random.default_rng(0)
    codes = ["favour", "against", "neither", "absent"]
    rows = [{"unit_id": f"u{i:02d}", "target": t, "gold": rng.choice(codes),
             "pred": rng.choice(["favour", "against", "none"])}
            for i in range(40) for t in ("russia", "west", "lukashenko")]
    table = pd.DataFrame(rows)
    got = stance_f1(table, n_boot=50).set_index("target")
    cls = table.assign(gold=table["gold"].replace({"neither": "none", "absent": "none"}))
    per = {t: f1_score(g["gold"], g["pred"], average="macro") for t, g in cls.groupby("target")}
    for t, v in per.items():
        assert got.loc[t, "macro_f1"] == pytest.approx(v)
    assert got.loc["mean", "macro_f1"] == pytest.approx(np.mean(list(per.values())))
    assert got.loc["pooled", "macro_f1"] == pytest.approx(
        f1_score(cls["gold"], cls["pred"], average="macro"))
    assert (got["ci_low"] <= got["macro_f1"]).all() and (got["macro_f1"] <= got["ci_high"]).all()


def test_rules_and_mentions_on_the_coded_units(sset):
    gold = sset.gold("dev", lang="en")
    assert len(gold) == 3 * 111 and set(gold["gold"]) == {"favour", "against", "none"}
    pred = predict_rules(gold.drop_duplicates("unit_id"))
    assert len(pred) == len(gold) and set(pred["pred"]) <= {"favour", "against", "none"}
    rows = mention_rows(gold)
    found = rows[rows["start"] >= 0]
    assert all(t[a:b] for t, a, b in zip(found["text"], found["start"], found["end"]))
    # a target the rules do not find is always predicted none
    merged = rows.merge(pred, on=["unit_id", "target"])
    assert (merged.loc[merged["start"] < 0, "pred"] == "none").all()
