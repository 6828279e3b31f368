"""Pairwise camp differences: the interface table, article-level intervals, corrected p."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from discourse.compare.pairwise import PAIRWISE_COLUMNS, pairwise_differences, report_measures
from discourse.compare.stats import adjust_pvalues


def _corpus(shift: float = 0.0, n_articles: int = 15, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for camp, mu in (("a", shift), ("b", 0.0), ("c", 0.0)):
        for d in range(n_articles):
            topic = rng.normal(0, 0.3)
            for _q in range(3):
                rows.append({"doc_id": f"{camp}{d}", "camp": camp,
                             "sentiment": mu + topic + rng.normal(0, 0.1),
                             "stance_x_against": int(rng.random() < 0.5 + shift / 2),
                             "stance_x_mentions": 1})
    return pd.DataFrame(rows)


def test_table_has_the_interface_columns_and_order():
    q = _corpus(shift=0.8)
    t = pairwise_differences(q, ["sentiment"], camps=["a", "b", "c"], n_boot=300, seed=1,
                             labels={"sentiment": "mean sentiment"})
    assert list(t.columns) == PAIRWISE_COLUMNS
    assert t[["camp_a", "camp_b"]].values.tolist() == [["a", "b"], ["a", "c"], ["b", "c"]]
    assert (t["n_a"] == 45).all() and (t["articles_a"] == 15).all()
    assert t["measure_label"].eq("mean sentiment").all()
    row = t.iloc[0]
    assert row["difference"] == pytest.approx(row["estimate_a"] - row["estimate_b"])
    assert row["ci_low"] < row["difference"] < row["ci_high"]
    # a real difference of 0.8 passes Holm; b vs c (no difference) does not
    assert bool(t.iloc[0]["significant"]) and bool(t.iloc[1]["significant"])
    assert not bool(t.iloc[2]["significant"])
    assert t["p_adjusted"].tolist() == pytest.approx(adjust_pvalues(t["p_value"], "holm").tolist())


def test_ratio_measures_and_reruns_are_identical():
    q = _corpus(shift=0.6)
    spec = {"stance_x_against": ("stance_x_against", "stance_x_mentions")}
    a = pairwise_differences(q, spec, n_boot=200, seed=5)
    b = pairwise_differences(q.sample(frac=1.0, random_state=3), spec, n_boot=200, seed=5)
    pd.testing.assert_frame_equal(a, b)  # row order does not matter, the seed is fixed
    assert a.loc[0, "estimate_a"] == pytest.approx(q.loc[q.camp == "a", "stance_x_against"].mean())


def test_camps_with_few_articles_are_not_tested_or_counted():
    q = _corpus(shift=0.8)
    few = q[(q["camp"] != "c") | q["doc_id"].isin(["c0", "c1"])]
    t = pairwise_differences(few, ["sentiment"], n_boot=200, seed=0)
    untested = t[t["camp_b"] == "c"]
    assert untested["p_value"].isna().all() and not untested["significant"].any()
    assert untested["note"].str.contains("2 article").all()
    tested = t[t["camp_b"] != "c"]
    assert tested["p_adjusted"].tolist() == pytest.approx(tested["p_value"].tolist())  # one test


def test_null_differences_are_rarely_significant():
    hits = 0
    for s in range(20):
        t = pairwise_differences(_corpus(seed=100 + s), ["sentiment"], n_boot=300, seed=s)
        hits += bool(t["significant"].any())
    assert hits <= 3  # family-wise 5% over 20 null corpora (+ simulation error)


def test_report_measures_builds_stance_and_frame_ratios():
    q = pd.DataFrame({"camp": ["a", "a", "b"], "doc_id": ["1", "2", "3"], "sentiment": [0.1, 0.2, 0.3],
                      "stance_x_against": [1, 0, 0], "stance_x_favour": [0, 1, 0],
                      "stance_x_mentions": [1, 2, 0], "frame_f": [0.5, 0.0, 1.0],
                      "frame_g": [0.5, 0.0, 0.0]})
    table, measures, labels = report_measures(q, ["x"], ["f", "g"])
    assert measures["stance_x_against"] == ("_kind_stance_x_against", "_kind_stance_x_mentions")
    assert measures["frame_f"] == ("frame_f", "_framed") and table["_framed"].tolist() == [1, 0, 1]
    t = pairwise_differences(table, measures, labels=labels, n_boot=50, min_clusters=2)
    f = t[t["measure"] == "frame_f"].iloc[0]
    assert f["n_a"] == 1 and f["estimate_a"] == 0.5 and f["estimate_b"] == 1.0
    against = t[t["measure"] == "stance_x_against"].iloc[0]
    assert against["n_b"] == 0 and math.isnan(against["estimate_b"])


def test_bad_measures_are_named():
    with pytest.raises(ValueError, match=r"column\(s\) \['nope'\]"):
        pairwise_differences(_corpus(), ["nope"])
    with pytest.raises(ValueError, match="correction"):
        pairwise_differences(_corpus(), ["sentiment"], correction="bonf", n_boot=10)


def test_the_pairwise_figure_draws_tested_rows_and_labels_untested_ones():
    from discourse.present.plots import plot_pairwise

    q = _corpus(shift=0.8)
    few = q[(q["camp"] != "c") | q["doc_id"].isin(["c0", "c1"])]
    t = pairwise_differences(few, ["sentiment"], n_boot=100, labels={"sentiment": "sentiment"})
    fig = plot_pairwise(t)
    ax = fig.axes[0]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert labels[0] == "sentiment: a − b"
    assert labels[1].endswith("(not tested: too few articles)")
    assert len(ax.lines) == 1 + 2 * 1  # the zero line, and one interval + point per tested row
    png = fig._repr_png_()  # the bytes, or (bytes, metadata with the alt text) in the report
    assert (png[0] if isinstance(png, tuple) else png).startswith(b"\x89PNG")


def test_stratified_by_kind_compares_within_each_kind_and_corrects_over_all_rows():
    q = _corpus(shift=0.8)
    q["kind"] = np.where(np.arange(len(q)) % 3 == 0, "indirect", "direct")
    t = pairwise_differences(q, ["sentiment"], strata="kind", n_boot=200, seed=2)
    assert list(t.columns) == PAIRWISE_COLUMNS + ["stratum"]
    assert t["stratum"].tolist() == ["direct"] * 3 + ["indirect"] * 3
    direct = pairwise_differences(q[q["kind"] == "direct"], ["sentiment"], n_boot=200, seed=2)
    assert t.loc[0, "estimate_a"] == pytest.approx(direct.loc[0, "estimate_a"])
    assert t["p_adjusted"].tolist() == pytest.approx(adjust_pvalues(t["p_value"]).tolist())


def test_report_measures_restricts_sentiment_and_stance_to_the_given_kinds():
    q = pd.DataFrame({"camp": ["a", "a", "b", "b"], "doc_id": ["1", "2", "3", "4"],
                      "kind": ["direct", "indirect", "direct", "indirect"],
                      "sentiment": [0.5, -0.9, 0.1, 0.9], "stance_x_against": [1, 1, 0, 1],
                      "stance_x_favour": [0, 0, 1, 0], "stance_x_mentions": [1, 1, 1, 1],
                      "frame_f": [1.0, 1.0, 0.0, 1.0]})
    table, measures, labels = report_measures(q, ["x"], ["f"], kinds=["direct"])
    t = pairwise_differences(table, measures, labels=labels, n_boot=20, min_clusters=2)
    by = t.set_index("measure")
    assert by.loc["sentiment", "estimate_a"] == 0.5 and by.loc["sentiment", "n_a"] == 1
    assert by.loc["stance_x_against", "estimate_b"] == 0.0
    assert by.loc["frame_f", "n_a"] == 2  # frames count every quote
