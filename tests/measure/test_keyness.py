"""Tests for discourse.measure.keyness: each measure recomputed by another route (hand, scipy)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency, power_divergence

from discourse.measure import frames, keyness
from discourse.measure.keyness import (
    STOPWORDS,
    count_table,
    keyness_by_camp,
    textstat_keyness,
)


@pytest.fixture
def toy() -> pd.DataFrame:
    # quanteda's textstat_keyness test corpus: target "b"x7 "a"x3, reference "a"x7 "b"x2.
    return pd.DataFrame({"camp": ["a", "r"], "text": ["b b b b b b b a a a", "a a a a a a a b b"]})


def _g_test(table: list[list[float]]) -> float:
    """Hand-written G-test of a 2x2 table: 2 sum O log(O/E), 0 log 0 = 0."""
    o = np.asarray(table, float)
    e = o.sum(axis=1, keepdims=True) * o.sum(axis=0, keepdims=True) / o.sum()
    return float(2 * sum(oi * math.log(oi / ei) for oi, ei in zip(o.ravel(), e.ravel()) if oi > 0))


def test_log_odds_on_the_quanteda_toy_example_by_hand(toy):
    got = keyness_by_camp(toy, target="a", stopwords=()).set_index("feature")
    # Pooled counts: a = 3 + 7 = 10, b = 7 + 2 = 9; prior 0.01 -> alpha_a = 0.10, alpha_b = 0.09,
    # a0 = 0.19; n_t = 10, n_r = 9.
    d_b = math.log(7.09 / (10.19 - 7.09)) - math.log(2.09 / (9.19 - 2.09))
    z_b = d_b / math.sqrt(1 / 7.09 + 1 / 2.09)
    d_a = math.log(3.10 / (10.19 - 3.10)) - math.log(7.10 / (9.19 - 7.10))
    z_a = d_a / math.sqrt(1 / 3.10 + 1 / 7.10)
    assert got.loc["b", "log_odds"] == pytest.approx(d_b)
    assert got.loc["b", "z"] == pytest.approx(z_b)
    assert got.loc["a", "log_odds"] == pytest.approx(d_a)
    assert got.loc["a", "z"] == pytest.approx(z_a)
    assert got.loc["b", "p"] == pytest.approx(math.erfc(abs(z_b) / math.sqrt(2)))
    assert (got.loc["b", "n_target"], got.loc["b", "n_reference"]) == (7, 2)
    assert (got.loc["a", "n_target"], got.loc["a", "n_reference"]) == (3, 7)


def test_chi2_on_the_toy_matches_scipy_and_hand(toy):
    got = keyness_by_camp(toy, target="a", measure="chi2", stopwords=()).set_index("feature")
    chi2, p, _, _ = chi2_contingency([[7, 3], [2, 7]])
    assert got.loc["b", "chi2"] == pytest.approx(chi2)
    assert got.loc["b", "p"] == pytest.approx(p)
    assert got.loc["a", "chi2"] == pytest.approx(-chi2)
    # By hand: N = 19, |ad - bc| = |49 - 6| = 43, Yates: (43 - 9.5)^2 * 19 / (9 * 10 * 10 * 9).
    assert got.loc["b", "chi2"] == pytest.approx(33.5**2 * 19 / 8100)
    plain = keyness_by_camp(toy, target="a", measure="chi2", correction="none",
                            stopwords=()).set_index("feature")
    assert plain.loc["b", "chi2"] == pytest.approx(
        chi2_contingency([[7, 3], [2, 7]], correction=False)[0])
    assert plain.loc["b", "chi2"] == pytest.approx(43**2 * 19 / 8100)


def test_g2_matches_a_hand_written_g_test_and_scipy(toy):
    table = [[7, 2], [3, 7]]  # word b: (target, reference) / all other words
    g = _g_test(table)
    assert g == pytest.approx(power_divergence([7, 2, 3, 7], f_exp=np.ravel(
        chi2_contingency(table)[3]), lambda_="log-likelihood")[0])
    got = keyness_by_camp(toy, target="a", measure="lr", correction="none",
                          stopwords=()).set_index("feature")
    assert got.loc["b", "G2"] == pytest.approx(g)
    assert got.loc["a", "G2"] == pytest.approx(-g)
    assert got.loc["b", "p"] == pytest.approx(chi2_contingency(table, correction=False,
                                                               lambda_="log-likelihood")[1])
    # Williams (the default): G2 / q, q = 1 + (N/9 + N/10 - 1)(N/10 + N/9 - 1) / (6N), N = 19.
    n = 19
    q = 1 + (n / 10 + n / 9 - 1) * (n / 9 + n / 10 - 1) / (6 * n)
    default = keyness_by_camp(toy, target="a", measure="lr", stopwords=()).set_index("feature")
    assert default.loc["b", "G2"] == pytest.approx(g / q)
    # Yates for G2 as scipy: each count moved 0.5 toward its expected count.
    yates = keyness_by_camp(toy, target="a", measure="lr", correction="yates",
                            stopwords=()).set_index("feature")
    assert yates.loc["b", "G2"] == pytest.approx(
        chi2_contingency(table, correction=True, lambda_="log-likelihood")[0])


def test_g2_and_chi2_with_a_zero_cell_match_scipy():
    counts = count_table({"x": 5, "y": 10}, {"y": 12, "z": 4})
    g = textstat_keyness(counts, measure="lr", correction="none").set_index("feature")
    table = [[5, 0], [10, 16]]
    assert g.loc["x", "G2"] == pytest.approx(chi2_contingency(
        table, correction=False, lambda_="log-likelihood")[0])
    c = textstat_keyness(counts, measure="chi2").set_index("feature")
    assert c.loc["z", "chi2"] == pytest.approx(-chi2_contingency([[0, 4], [15, 12]])[0])


def test_pmi_by_hand(toy):
    got = keyness_by_camp(toy, target="a", measure="pmi", stopwords=()).set_index("feature")
    # E11 for b = (7 + 2) * 10 / 19.
    assert got.loc["b", "pmi"] == pytest.approx(math.log(7 / (9 * 10 / 19)))
    assert got.loc["a", "pmi"] == pytest.approx(math.log(3 / (10 * 10 / 19)))
    assert got.loc["b", "p"] == pytest.approx(chi2_contingency(
        [[7, 2], [3, 7]], correction=False, lambda_="log-likelihood")[1])
    absent = textstat_keyness(count_table({"x": 2}, {"x": 1, "y": 3}), measure="pmi")
    assert absent.set_index("feature").loc["y", "pmi"] == -math.inf


def test_hand_computed_2x2_table():
    # Word w: 20 of 1000 target tokens, 5 of 1000 reference tokens.
    counts = pd.DataFrame({"feature": ["w", "rest"], "n_target": [20, 980],
                           "n_reference": [5, 995]})
    n = 2000.0
    a, b, c, d = 20.0, 5.0, 980.0, 995.0
    e = [(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n, (c + d) * (b + d) / n]
    chi2_plain = sum((o - ei) ** 2 / ei for o, ei in zip([a, b, c, d], e))
    got = textstat_keyness(counts, measure="chi2", correction="none").set_index("feature")
    assert got.loc["w", "chi2"] == pytest.approx(chi2_plain)
    # E = 12.5, 12.5, 987.5, 987.5; every |O - E| = 7.5.
    assert chi2_plain == pytest.approx(2 * 7.5**2 / 12.5 + 2 * 7.5**2 / 987.5)  # 9.1139
    g2 = 2 * sum(o * math.log(o / ei) for o, ei in zip([a, b, c, d], e))
    got = textstat_keyness(counts, measure="lr", correction="none").set_index("feature")
    assert got.loc["w", "G2"] == pytest.approx(g2)
    assert got.loc["rest", "G2"] == pytest.approx(-g2)


def test_ordering_columns_attrs_and_reexport(toy):
    out = keyness_by_camp(toy, target="a", stopwords=())
    assert list(out.columns) == ["feature", "log_odds", "z", "p", "n_target", "n_reference"]
    assert list(out["feature"]) == ["b", "a"]
    assert out.attrs == {"target": "a", "reference": "all other groups", "measure": "log_odds",
                         "stat": "z"}
    for measure, col in (("chi2", "chi2"), ("lr", "G2"), ("pmi", "pmi")):
        got = keyness_by_camp(toy, target="a", measure=measure, stopwords=())
        assert list(got.columns) == ["feature", col, "p", "n_target", "n_reference"]
        assert got[col].is_monotonic_decreasing
    assert list(keyness_by_camp(toy, target="r", stopwords=())["feature"]) == ["a", "b"]
    tie = pd.DataFrame({"camp": ["a", "r"], "text": ["y x", "z w"]})
    assert list(keyness_by_camp(tie, target="a", stopwords=())["feature"]) == ["x", "y", "w", "z"]
    # The old import path still works and is the same function.
    assert frames.keyness_by_camp is keyness.keyness_by_camp
    assert frames.STOPWORDS is STOPWORDS


def test_prior_series_stopwords_and_min_count(toy):
    prior = pd.Series({"a": 5.0, "b": 1.0})
    got = keyness_by_camp(toy, target="a", prior=prior, stopwords=()).set_index("feature")
    d_b = math.log(8 / (10 + 6 - 8)) - math.log(3 / (9 + 6 - 3))
    assert got.loc["b", "log_odds"] == pytest.approx(d_b)
    with pytest.raises(ValueError, match="positive background count"):
        keyness_by_camp(toy, target="a", prior=pd.Series({"a": 1.0}), stopwords=())
    assert "a" in STOPWORDS
    assert list(keyness_by_camp(toy, target="a")["feature"]) == ["b"]
    q = pd.DataFrame({"camp": ["x", "y"], "text": ["Russia's sanctions 2020 rare", "sanctions"]})
    assert list(keyness_by_camp(q, target="x", min_count=2)["feature"]) == ["sanctions"]
    assert set(keyness_by_camp(q, target="x")["feature"]) == {"russia", "sanctions", "rare"}


def test_errors_and_warnings():
    q = pd.DataFrame({"camp": ["a", "b", "c", None],
                      "text": ["peace peace", "war", "peace war war", "ignored words"]})
    out = keyness_by_camp(q, target="a", reference="b")
    assert set(out["feature"]) == {"peace", "war"} and out.attrs["reference"] == "b"
    assert keyness_by_camp(q, target="a").set_index("feature").loc["war", "n_reference"] == 3
    with pytest.raises(ValueError, match=r"'measure' parameter .* Got 'chi' instead"):
        keyness_by_camp(q, target="a", measure="chi")
    with pytest.raises(ValueError, match=r"must be one of \['a', 'b', 'c'\]; got 'z'"):
        keyness_by_camp(q, target="z")
    with pytest.raises(ValueError, match="'prior'"):
        keyness_by_camp(q, target="a", prior=0)
    with pytest.raises(ValueError, match="correction 'williams' does not apply to measure 'chi2'"):
        keyness_by_camp(q, target="a", measure="chi2", correction="williams")
    with pytest.raises(ValueError, match="'correction' parameter"):
        keyness_by_camp(q, target="a", correction="yate")
    with pytest.warns(UserWarning, match="'prior' has no effect with measure 'lr'"):
        keyness_by_camp(q, target="a", measure="lr", prior=0.5)
    with pytest.raises(ValueError, match="the target group has no tokens"):
        textstat_keyness(count_table({}, {"x": 1}))


def test_with_a_background_prior_z_falls_as_the_reference_count_rises():
    # Issue 16: with the pooled prior, a word used 20 times by a 5k-token target scored z 3.0
    # against 0 reference uses, 7.5 against 10 and 2.6 against 100.
    from discourse.measure.keyness import background_alpha, load_background, prior_log_odds

    bg = load_background("en")
    for n_t, n_r in ((5_000, 50_000), (200, 2_000_000), (50_000, 5_000)):
        for a_count in (1, 5, 20, 100):
            b_counts = np.arange(0, 400)
            rest_t, rest_r = n_t - a_count, n_r - b_counts
            a = np.stack([np.full(400, a_count), np.full(400, rest_t)], axis=1).astype(float)
            b = np.stack([b_counts, rest_r], axis=1).astype(float)
            for word in ("russia", "zzz-never-seen"):  # in the background, and not
                alpha = background_alpha([word, "the rest"], bg)
                z = [prior_log_odds(a[i], b[i], alpha)[1][0] for i in range(400)]
                assert np.all(np.diff(z) < 0), (n_t, n_r, a_count, word)


def test_background_files_load_with_their_licence_and_reject_bad_lines(tmp_path):
    from discourse.measure.keyness import load_background

    for lang in ("en", "ru"):
        bg = load_background(lang)
        assert len(bg) > 5_000 and (bg >= 2).all() and bg.index.is_unique
        head = (Path(__file__).resolve().parents[2] / "data" / "background" / f"{lang}.tsv"
                ).read_text(encoding="utf-8").splitlines()[1]
        assert head.startswith("# licence: C")
    assert "россия" in load_background("ru").index and "russia" in load_background("en").index
    (tmp_path / "xx.tsv").write_text("# c\nword\tmany\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx.tsv, line 2: expected 'word<TAB>count'"):
        load_background("xx", folder=str(tmp_path))
    with pytest.raises(ValueError, match="No keyness background for language 'de'"):
        load_background("de", folder=str(tmp_path))
