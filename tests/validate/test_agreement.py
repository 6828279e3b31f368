"""Tests for discourse.validate.agreement and ``discourse agreement``: hand-computed values, the textbook
example, and the reference implementations (scikit-learn, krippendorff)."""

from __future__ import annotations

import argparse
import json
import math

import krippendorff
import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from discourse.cli import coding as cli_coding
from discourse.validate.agreement import (
    CodingSheetError,
    agreement_table,
    bootstrap_agreement,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
    read_codings,
    reliability_matrix,
)

NAN = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with 4 observers,
# 12 units, values 1-5 and missing data (rows = observers A-D).
K2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
])


def test_percent_agreement_by_hand():
    # Unit 1 agrees, unit 2 not, unit 3 agrees, unit 4 has one label (not pairable): 2/3.
    assert percent_agreement([["a", "a"], ["a", "b"], ["b", "b"], ["a", None]]) == pytest.approx(2 / 3)
    # Three coders a, a, b: of the 3 pairs one agrees.
    assert percent_agreement([["a", "a", "b"]]) == pytest.approx(1 / 3)
    assert math.isnan(percent_agreement([["a", None]]))


def test_cohen_kappa_by_hand_and_against_sklearn():
    # 50 units: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o = 0.7, p_e = .5*.6 + .5*.4 = 0.5.
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    rng = np.random.default_rng(0)
    x = rng.integers(0, 4, 200)
    y = np.where(rng.random(200) < 0.6, x, rng.integers(0, 4, 200))
    for weights in (None, "linear", "quadratic"):
        assert cohen_kappa(list(x), list(y), weights=weights) == pytest.approx(
            cohen_kappa_score(x, y, weights=weights))
    # Missing labels drop the pair; labels neither coder used change nothing unweighted.
    assert cohen_kappa(a + [None], b + ["y"]) == pytest.approx(0.4)
    assert cohen_kappa(a, b, labels=["n", "y", "maybe"]) == pytest.approx(0.4)
    assert math.isnan(cohen_kappa(["y", "y"], ["y", "y"]))
    with pytest.raises(ValueError, match="same units"):
        cohen_kappa(["y"], ["y", "n"])
    with pytest.raises(ValueError, match=r"label\(s\) \['x'\] not in 'labels'"):
        cohen_kappa(["x"], ["y"], labels=["y"])


def test_alpha_binary_example_by_hand():
    # Krippendorff (2011), 2 observers x 10 units of 0/1: o_00 = 10, o_01 = o_10 = 4, o_11 = 2,
    # n_0 = 14, n_1 = 6, n = 20 -> alpha = 1 - 19 * 8 / (2 * 14 * 6) = 0.0952.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha(np.array([a, b]).T) == pytest.approx(1 - 19 * 8 / 168)


@pytest.mark.parametrize("level, published", [("nominal", 0.743), ("ordinal", 0.815),
                                              ("interval", 0.849), ("ratio", 0.797)])
def test_alpha_textbook_example_and_krippendorff_package(level, published):
    got = krippendorff_alpha(K2011.T, level=level)
    assert got == pytest.approx(published, abs=5e-4)
    assert got == pytest.approx(krippendorff.alpha(reliability_data=K2011,
                                                   level_of_measurement=level))


def test_alpha_on_random_data_matches_the_package_and_string_labels():
    rng = np.random.default_rng(3)
    data = rng.integers(1, 5, size=(5, 40)).astype(float)
    data[rng.random(data.shape) < 0.25] = np.nan
    for level in ("nominal", "ordinal", "interval"):
        assert krippendorff_alpha(data.T, level=level) == pytest.approx(
            krippendorff.alpha(reliability_data=data, level_of_measurement=level))
    labels = np.where(np.isnan(data), None, np.array(["", "pro", "anti", "none", "mixed"],
                                                       dtype=object)[np.nan_to_num(data).astype(int)])
    assert krippendorff_alpha(labels.T) == pytest.approx(krippendorff_alpha(data.T))
    assert krippendorff_alpha(np.array([["a", "a"], ["a", "a"]], dtype=object)) != 1.0  # undefined
    with pytest.raises(ValueError, match="'level' parameter"):
        krippendorff_alpha(data.T, level="nominals")
    with pytest.raises(ValueError, match="needs numeric labels"):
        krippendorff_alpha(labels.T, level="interval")


def test_bootstrap_over_units_is_seeded_and_recomputable():
    data = K2011.T.astype(object)
    est, low, high = bootstrap_agreement(data, krippendorff_alpha, n_boot=300, seed=4)
    assert est == pytest.approx(0.743, abs=5e-4) and low < est < high <= 1.0
    assert (est, low, high) == bootstrap_agreement(data, krippendorff_alpha, n_boot=300, seed=4)
    rng = np.random.default_rng(4)
    idx = rng.integers(0, len(data), size=(300, len(data)))
    boot = np.array([krippendorff_alpha(data[i]) for i in idx])
    boot = boot[~np.isnan(boot)]
    assert (low, high) == pytest.approx(tuple(np.quantile(boot, [0.025, 0.975])))
    with pytest.raises(ValueError, match="'n_boot'"):
        bootstrap_agreement(data, krippendorff_alpha, n_boot=0)


def test_reliability_matrix_and_agreement_table():
    long = pd.DataFrame({
        "quote_id": ["q1", "q1", "q2", "q2", "q3", "q3", "q4"],
        "coder": ["ann", "bob"] * 3 + ["ann"],
        "label": ["pro", "pro", "anti", "pro", "anti", "anti", ""],
    })
    wide = reliability_matrix(long)
    assert list(wide.columns) == ["ann", "bob"] and list(wide.index) == ["q1", "q2", "q3", "q4"]
    assert wide.loc["q2"].tolist() == ["anti", "pro"] and pd.isna(wide.loc["q4", "ann"])
    wide["model"] = ["pro", "anti", "anti", "pro"]
    table = agreement_table(wide, models=["model"], n_boot=50, seed=0)
    got = table.set_index(["comparison", "statistic"])
    assert got.loc[("ann vs bob", "percent"), "estimate"] == pytest.approx(2 / 3)
    assert got.loc[("ann vs bob", "kappa"), "estimate"] == pytest.approx(
        cohen_kappa_score(["pro", "anti", "anti"], ["pro", "pro", "anti"]))
    assert got.loc[("ann vs bob", "percent"), "n_units"] == 3
    assert got.loc[("model vs ann", "percent"), "estimate"] == pytest.approx(1.0)
    # q4 has only the model's label: not pairable.
    assert got.loc[("model vs coders", "alpha"), "n_units"] == 3
    assert list(table["comparison"].unique()) == ["all coders", "ann vs bob", "model vs coders",
                                                  "model vs ann", "model vs bob"]
    with pytest.raises(ValueError, match="coder 'ann' gave unit 'q1' more than one label"):
        reliability_matrix(pd.concat([long, long.head(1).assign(label="anti")]))


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="discourse")
    sub = parser.add_subparsers(dest="command", required=True)
    handlers = cli_coding.register(sub)
    assert set(handlers) == {"sample", "agreement"}
    args = parser.parse_args(argv)
    return handlers[args.command](args)


def _sheet(path, coder: str, labels: list[str], model: list[str] | None = None):
    df = pd.DataFrame({"quote_id": [f"d:{i}-{i + 1}" for i in range(len(labels))],
                       "text": ["t"] * len(labels), "label": labels, "coder": [coder] * len(labels)})
    if model is not None:
        df["frame_top"] = model
    df.to_csv(path, index=False)
    return path


def test_agreement_cli(tmp_path, capsys):
    ann = _sheet(tmp_path / "ann.csv", "", ["a", "b", "a", "b", "a", "a"], ["a", "b", "b", "b", "a", "a"])
    bob = _sheet(tmp_path / "bob.csv", "", ["a", "b", "b", "b", "a", "a"])
    assert _run(["agreement", str(ann), str(bob), "--model-col", "frame_top", "--n-boot", "50",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["coders"] == ["ann", "bob"] and out["models"] == ["model:frame_top"]
    rows = {(r["comparison"], r["statistic"]): r for r in out["agreement"]}
    assert rows[("ann vs bob", "percent")]["estimate"] == pytest.approx(5 / 6)
    assert rows[("model:frame_top vs bob", "percent")]["estimate"] == pytest.approx(1.0)
    assert rows[("ann vs bob", "kappa")]["estimate"] == pytest.approx(cohen_kappa_score(
        list("ababaa"), list("abbbaa")))
    assert _run(["agreement", str(ann), str(bob), "--n-boot", "20"]) == 0
    assert "ann vs bob" in capsys.readouterr().out


def test_agreement_cli_errors_name_file_line_and_field(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"quote_id": ["q1"], "text": ["t"]}).to_csv(bad, index=False)
    assert _run(["agreement", str(bad)]) == 2
    assert f"{bad}: no column 'label' (field --label)" in capsys.readouterr().err
    empty = tmp_path / "empty_id.csv"
    pd.DataFrame({"quote_id": ["q1", " "], "label": ["a", "b"]}).to_csv(empty, index=False)
    assert _run(["agreement", str(empty)]) == 2
    assert f"{empty}, line 3: empty 'quote_id'" in capsys.readouterr().err
    one = _sheet(tmp_path / "solo.csv", "", ["a", "b"])
    assert _run(["agreement", str(one)]) == 2
    assert "need at least two coders" in capsys.readouterr().err
    assert _run(["agreement", str(tmp_path / "nope.csv")]) == 2
    assert "nope.csv: no such file" in capsys.readouterr().err
    twice = tmp_path / "twice.csv"
    pd.DataFrame({"quote_id": ["q1", "q1"], "label": ["a", "b"], "coder": ["x", "x"]}).to_csv(
        twice, index=False)
    with pytest.raises(CodingSheetError, match=r"twice.csv, line 2: 'a'; .*line 3: 'b'"):
        read_codings([twice])
