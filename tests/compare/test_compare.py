"""Tests for discourse.compare.camps: summaries by camp, shares, frame and stance summaries."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from discourse.compare.camps import (
    compare_camps,
    compare_framed,
    compare_frames,
    compare_shares,
    compare_stance,
    derived_seed,
    wilson_interval,
)
from discourse.compare.stats import bootstrap_mean_ci
from discourse.core.schema import TABLES
from discourse.measure.frames import load_frames, score_frames
from discourse.measure.stance import load_targets, score_stance


@pytest.fixture
def scores() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    camps = ["western"] * 8 + ["russian_official"] * 3 + ["opposition"] * 6
    return pd.DataFrame({
        "quote_id": [f"d:{i}-{i + 1}" for i in range(len(camps))],
        "camp": camps,
        "sentiment": rng.uniform(-1, 1, len(camps)),
        "other": [np.nan] * 8 + [0.5, np.nan, 0.1] + [0.2] * 6,
    })


def test_n_flags_order_and_values(scores):
    out = compare_camps(scores, measures=["sentiment", "other"], camps=["western", "opposition",
                        "russian_official", "belarusian_official"], n_boot=200, seed=3)
    assert list(out.columns[:6]) == TABLES["summaries"]["fields"]
    assert list(out["camp"]) == ["western"] * 2 + ["opposition"] * 2 + ["russian_official"] * 2 + [
        "belarusian_official"] * 2
    assert list(out["measure"]) == ["sentiment", "other"] * 4
    got = out.set_index(["camp", "measure"])
    assert got.loc[("western", "sentiment"), "n"] == 8
    assert got.loc[("western", "other"), "n"] == 0  # all NaN: kept, n = 0
    assert math.isnan(got.loc[("western", "other"), "mean"])
    assert got.loc[("russian_official", "other"), "n"] == 2
    assert got.loc[("russian_official", "other"), "mean"] == pytest.approx(0.3)
    assert got.loc[("opposition", "other"), ["mean", "ci_low", "ci_high"]].tolist() == (
        pytest.approx([0.2, 0.2, 0.2]))
    # A camp without any quote still gets its rows.
    assert got.loc[("belarusian_official", "sentiment"), "n"] == 0
    assert got["small_n"].to_dict() == {k: n < 5 for k, n in got["n"].items()}
    # The mean and CI are the bootstrap of that cell with the derived seed.
    vals = scores.loc[scores["camp"] == "western", "sentiment"]
    expected = bootstrap_mean_ci(vals, n_boot=200, seed=derived_seed(3, "western", "sentiment"))
    assert tuple(got.loc[("western", "sentiment"), ["mean", "ci_low", "ci_high"]]) == (
        pytest.approx(expected))


def test_default_camps_sorted_and_cis_independent_of_other_camps(scores):
    out = compare_camps(scores, measures=["sentiment"], n_boot=300)
    assert list(out["camp"]) == ["opposition", "russian_official", "western"]
    alone = compare_camps(scores[scores["camp"] == "western"], measures=["sentiment"], n_boot=300)
    both = out.set_index("camp").loc["western", ["mean", "ci_low", "ci_high"]].tolist()
    assert alone.iloc[0][["mean", "ci_low", "ci_high"]].tolist() == both
    assert out.equals(compare_camps(scores, measures=["sentiment"], n_boot=300))


def test_other_group_column_and_errors(scores):
    s = scores.rename(columns={"camp": "outlet"})
    out = compare_camps(s, measures=["sentiment"], group_col="outlet", n_boot=50)
    assert (out["camp"] == out["outlet"]).all()
    with pytest.raises(ValueError, match=r"column\(s\) \['nope'\]"):
        compare_camps(scores, measures=["nope"])
    with pytest.raises(ValueError, match="not numeric"):
        compare_camps(scores, measures=["quote_id"])
    with pytest.raises(ValueError, match="'measures'"):
        compare_camps(scores, measures=[])


def test_share_by_group():
    q = pd.DataFrame({"camp": ["b", "a", "a", None],
                      "outlet": ["x", "x", "y", "y"],
                      "text": ["one two three", "four", "five six", "seven"]})
    out = compare_shares(q)
    assert list(out.columns) == ["camp", "n_quotes", "share_quotes", "n_words", "share_words"]
    assert out["camp"].tolist()[:2] == ["a", "b"] and pd.isna(out["camp"].iloc[2])
    assert out["n_quotes"].tolist() == [2, 1, 1]
    assert out["n_words"].tolist() == [3, 3, 1]
    assert out["share_words"].tolist() == pytest.approx([3 / 7, 3 / 7, 1 / 7])
    assert out["share_quotes"].sum() == pytest.approx(1.0)
    two = compare_shares(q, by=["outlet", "camp"])
    assert len(two) == 4 and two["outlet"].tolist() == ["x", "x", "y", "y"]


def test_frame_and_stance_summaries():
    q = pd.DataFrame({
        "camp": ["western", "western", "western", "russian_official", "russian_official"],
        "text": ["We condemn Lukashenko and the rigged election.",
                 "Human rights and sanctions.",
                 "Nothing more to add.",
                 "Minsk is our closest ally; we oppose interference.",
                 "Trade and loans."],
    })
    scored = score_stance(score_frames(q))
    frames = load_frames()
    fs = compare_frames(scored, frames, n_boot=100, seed=0, min_n=1)
    assert len(fs) == 2 * len(frames)
    assert {"frame", "label", "n", "n_quotes", "mean", "ci_low", "ci_high", "small_n"} <= set(
        fs.columns)
    # Shares are means among framed quotes: the quote without a frame word is not a 0.
    by_camp = fs.set_index(["camp", "frame"])
    assert by_camp.loc[("western", "economic"), "n"] == 2
    assert by_camp.loc[("western", "economic"), "n_quotes"] == 3
    assert fs.groupby("camp")["mean"].sum().to_numpy() == pytest.approx([1.0, 1.0])
    framed = compare_framed(scored, frames, min_n=1).set_index("camp")
    assert framed.loc["western", ["n_quotes", "n_framed"]].tolist() == [3, 2]
    assert framed.loc["western", "share_framed"] == pytest.approx(2 / 3)
    assert (framed.loc["western", "ci_low"], framed.loc["western", "ci_high"]) == pytest.approx(
        wilson_interval(2, 3))
    targets = load_targets()
    st = compare_stance(scored, targets, camps=["western", "russian_official", "opposition"],
                        n_boot=100, seed=0, min_n=2)
    assert len(st) == 3 * len(targets)
    row = st.set_index(["camp", "target"])
    luk_w = row.loc[("western", "lukashenko")]
    assert (luk_w["n_mentioning"], luk_w["n_against"], luk_w["n_quotes"]) == (1, 1, 3)
    assert luk_w["share_against"] == 1.0 and luk_w["small_n"]
    assert (luk_w["against_low"], luk_w["against_high"]) == pytest.approx(wilson_interval(1, 1))
    luk_r = row.loc[("russian_official", "lukashenko")]
    assert (luk_r["n_favour"], luk_r["n"]) == (1, 1)
    opp = row.loc[("opposition", "russia")]
    assert opp["n_quotes"] == 0 and opp["n"] == 0 and math.isnan(opp["mean"])
    assert math.isnan(opp["share_favour"])
    assert (row["n_favour"] + row["n_against"] + row["n_neither"] == row["n"]).all()
    shares = row.loc[row["n"] > 0, ["share_favour", "share_against", "share_neither"]]
    assert shares.sum(axis=1).to_numpy() == pytest.approx(1.0)


def test_stance_is_counted_by_mention_one_quote_or_two():
    # Issue 15: a mention without evaluative words was ignored within a quote but counted 0.0
    # across quotes, so the same words scored -0.625 as one quote and -0.3125 as two.
    one = pd.DataFrame({"camp": ["a"], "text": [
        "We condemn Lukashenko. Lukashenko met Putin on Monday."]})
    two = pd.DataFrame({"camp": ["a", "a"], "text": [
        "We condemn Lukashenko.", "Lukashenko met Putin on Monday."]})
    got = [compare_stance(score_stance(q), ["lukashenko"], n_boot=50).iloc[0] for q in (one, two)]
    cols = ["n", "n_favour", "n_against", "n_neither", "share_against", "mean"]
    assert got[0][cols].tolist() == pytest.approx(got[1][cols].tolist())
    assert got[0]["mean"] == pytest.approx(-0.3125)
    assert got[0]["share_against"] == 0.5


def test_wilson_interval_against_the_formula():
    from scipy.stats import norm

    z = norm.ppf(0.975)
    for k, n in ((0, 10), (3, 10), (10, 10), (47, 120)):
        p = k / n
        center = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        assert wilson_interval(k, n) == pytest.approx((center - half, center + half), abs=1e-12)
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_frame_chi2_splits_tied_top_frames():
    from discourse.compare.camps import compare_frame_chi2

    s = pd.DataFrame({"camp": ["a", "a", "b", "b", "b"],
                      "frame_top": ["x", "x|y", "y", "y|x", "x|z"]})
    with pytest.warns(UserWarning):
        res = compare_frame_chi2(s, ["x", "y"])
    obs = res["observed"]
    # "x|y" gives 1/2 to each; "x|z" with z not in the table goes wholly to x
    assert obs.loc["a", "x"] == 1.5 and obs.loc["a", "y"] == 0.5
    assert obs.loc["b", "x"] == 1.5 and obs.loc["b", "y"] == 1.5
    assert res["n"] == 5 and res["n_ties"] == 2 and res["n_excluded"] == 0
    # the order the frames are listed in does not matter
    with pytest.warns(UserWarning):
        rev = compare_frame_chi2(s, ["y", "x"])
    assert rev["statistic"] == pytest.approx(res["statistic"])


def test_frame_chi2_matches_scipy_and_cramers_v_by_hand():
    from scipy.stats import chi2_contingency

    from discourse.compare.camps import compare_frame_chi2

    counts = {"western": {"rights": 30, "security": 20, "sovereignty": 5},
              "russian_official": {"rights": 5, "security": 25, "sovereignty": 30}}
    rows = [{"camp": c, "frame_top": f} for c, fs in counts.items() for f, k in fs.items()
            for _ in range(k)]
    rows += [{"camp": "western", "frame_top": ""}] * 4  # no frame word: left out, counted
    rows += [{"camp": "opposition", "frame_top": "rights"}] * 3  # not among camps: ignored
    s = pd.DataFrame(rows)
    res = compare_frame_chi2(s, ["rights", "security", "sovereignty", "economic"],
                     camps=["western", "russian_official"])
    table = [[30, 20, 5], [5, 25, 30]]
    chi2, p, dof, expected = chi2_contingency(table, correction=False)
    assert res["statistic"] == pytest.approx(chi2) and res["p"] == pytest.approx(p)
    assert res["dof"] == dof == 2  # the empty "economic" column is dropped
    assert res["n"] == 115 and res["n_excluded"] == 4
    assert res["cramers_v"] == pytest.approx(math.sqrt(chi2 / (115 * 1)))
    assert res["observed"].to_numpy().tolist() == table
    assert list(res["observed"].index) == ["western", "russian_official"]
    assert res["expected"].to_numpy() == pytest.approx(expected)
    assert res["warning"] == "" and res["share_low_expected"] == 0.0
    # A 2 x 2 table: Pearson without Yates, unlike chi2_contingency's default.
    two = s[s["frame_top"].isin(["rights", "security"])]
    res2 = compare_frame_chi2(two, ["rights", "security"], camps=["western", "russian_official"])
    assert res2["statistic"] == pytest.approx(
        chi2_contingency([[30, 20], [5, 25]], correction=False)[0])


def test_frame_chi2_warns_on_small_expected_counts_and_degenerate_tables():
    from discourse.compare.camps import compare_frame_chi2

    s = pd.DataFrame({"camp": ["a", "a", "a", "b", "b", "b"],
                      "frame_top": ["x", "x", "y", "y", "y", "x"]})
    with pytest.warns(UserWarning, match="100% of the 4 cells have an expected count below 5"):
        res = compare_frame_chi2(s, ["x", "y"])
    assert "unreliable" in res["warning"] and res["share_low_expected"] == 1.0
    one = compare_frame_chi2(s[s["camp"] == "a"], ["x", "y"])
    assert math.isnan(one["statistic"]) and math.isnan(one["p"]) and one["n"] == 3
    with pytest.raises(ValueError, match=r"column\(s\) \['frame_top'\]"):
        compare_frame_chi2(s.drop(columns="frame_top"), ["x"])
    with pytest.raises(ValueError, match="'frames' parameter of compare_frame_chi2"):
        compare_frame_chi2(s, [])


def test_frame_chi2_small_counts_give_a_seeded_permutation_p_and_corrected_v():
    from scipy.stats import chi2_contingency

    from discourse.compare.camps import compare_frame_chi2

    s = pd.DataFrame({"camp": ["a"] * 6 + ["b"] * 6,
                      "frame_top": ["x"] * 5 + ["y"] + ["y"] * 4 + ["x", "z"]})
    with pytest.warns(UserWarning, match="permutation p"):
        res = compare_frame_chi2(s, ["x", "y", "z"], n_perm=2000, seed=7)
    assert res["p_method"] == "permutation" and res["p"] == res["p_permutation"]
    assert res["p_asymptotic"] == pytest.approx(
        chi2_contingency([[5, 1, 0], [1, 4, 1]], correction=False)[1])
    assert res["p_permutation"] != res["p_asymptotic"] and 0 < res["p"] <= 1
    with pytest.warns(UserWarning):
        again = compare_frame_chi2(s, ["x", "y", "z"], n_perm=2000, seed=7)
    assert again["p"] == res["p"]  # seeded
    # Bergsma's V is below the plain V (which is biased upwards in small tables)
    n, r, c = 12, 2, 3
    phi2 = max(0.0, res["statistic"] / n - (r - 1) * (c - 1) / (n - 1))
    rt, ct = r - (r - 1) ** 2 / (n - 1), c - (c - 1) ** 2 / (n - 1)
    assert res["cramers_v_corrected"] == pytest.approx(math.sqrt(phi2 / min(rt - 1, ct - 1)))
    assert res["cramers_v_corrected"] < res["cramers_v"]


def test_frame_chi2_permutation_p_is_uniform_under_the_null():
    from discourse.compare.camps import compare_frame_chi2

    rng = np.random.default_rng(0)
    ps = []
    for _ in range(40):
        s = pd.DataFrame({"camp": rng.choice(["a", "b", "c"], 15),
                          "frame_top": rng.choice(["x", "y", "z"], 15)})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ps.append(compare_frame_chi2(s, ["x", "y", "z"], n_perm=300, seed=1)["p"])
    assert sum(p < 0.05 for p in ps) <= 5  # 5% of 40 plus simulation error
