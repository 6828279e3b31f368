"""Intervals by article: copies of an article's quotes are not new evidence."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from discourse.compare.camps import compare_camps
from discourse.compare.cluster import (
    cluster_ratio_ci,
    cluster_share_ci,
    jeffreys_interval,
)
from discourse.compare.stats import bootstrap_mean_ci


def _camp(n_articles: int = 12, per_article: int = 3, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for d in range(n_articles):
        topic = rng.normal(0, 0.4)  # quotes of one article share its topic
        for _q in range(per_article):
            rows.append({"doc_id": f"d{d:02d}", "camp": "a",
                         "sentiment": float(np.clip(topic + rng.normal(0, 0.2), -1, 1)),
                         "hit": float(rng.random() < 0.3 + 0.3 * (topic > 0))})
    return pd.DataFrame(rows)


def _width(iv) -> float:
    return iv.high - iv.low


def test_copies_inside_an_article_do_not_narrow_the_interval():
    q = _camp()
    base = cluster_ratio_ci(q["sentiment"], 1.0, q["doc_id"], n_boot=2000, seed=3)
    # every quote of article d03 ten times inside d03
    copies = pd.concat([q] + [q[q["doc_id"] == "d03"]] * 9, ignore_index=True)
    dup = cluster_ratio_ci(copies["sentiment"], 1.0, copies["doc_id"], n_boot=2000, seed=3)
    assert dup.n_clusters == base.n_clusters == 12 and dup.n == base.n + 27
    assert _width(dup) >= 0.95 * _width(base)
    # the quote-level bootstrap treats the copies as new evidence and narrows: the test can fail
    _, lo, hi = bootstrap_mean_ci(copies["sentiment"], n_boot=2000, seed=3)
    _, lo0, hi0 = bootstrap_mean_ci(q["sentiment"], n_boot=2000, seed=3)
    assert hi - lo < 0.95 * (hi0 - lo0)


def test_copying_every_article_changes_nothing():
    q = _camp()
    five = pd.concat([q] * 5, ignore_index=True)
    a = cluster_ratio_ci(q["sentiment"], 1.0, q["doc_id"], n_boot=500, seed=0)
    b = cluster_ratio_ci(five["sentiment"], 1.0, five["doc_id"], n_boot=500, seed=0)
    assert (b.estimate, b.low, b.high) == pytest.approx((a.estimate, a.low, a.high))
    sa = cluster_share_ci(q["hit"], 1.0, q["doc_id"], n_boot=500, seed=0)
    sb = cluster_share_ci(five["hit"], 1.0, five["doc_id"], n_boot=500, seed=0)
    assert (sb.estimate, sb.low, sb.high) == pytest.approx((sa.estimate, sa.low, sa.high))
    assert sa.interval.startswith("Jeffreys")


def test_share_interval_is_wider_than_jeffreys_when_articles_cluster():
    q = _camp(per_article=8)
    iv = cluster_share_ci(q["hit"], 1.0, q["doc_id"], n_boot=2000, seed=0)
    k, n = q["hit"].sum(), len(q)
    lo, hi = jeffreys_interval(k, n)
    assert iv.estimate == pytest.approx(k / n)
    assert iv.high - iv.low >= hi - lo - 1e-12


def test_too_few_articles_get_no_interval_and_say_so():
    q = _camp(n_articles=4)
    iv = cluster_ratio_ci(q["sentiment"], 1.0, q["doc_id"])
    assert math.isnan(iv.low) and math.isnan(iv.high) and not math.isnan(iv.estimate)
    assert iv.interval == "no interval: 4 article(s), fewer than 10"
    table = compare_camps(q, measures=["sentiment"], cluster_col="doc_id", n_boot=200)
    assert table.loc[0, "n_articles"] == 4 and table.loc[0, "interval"].startswith("no interval")
    assert math.isnan(table.loc[0, "ci_low"])


def test_jeffreys_matches_beta_quantiles_and_edges():
    from scipy.stats import beta

    assert jeffreys_interval(3, 10) == pytest.approx((beta.ppf(0.025, 3.5, 7.5),
                                                       beta.ppf(0.975, 3.5, 7.5)))
    assert jeffreys_interval(0, 10)[0] == 0.0 and jeffreys_interval(10, 10)[1] == 1.0
    assert all(math.isnan(x) for x in jeffreys_interval(0, 0))


def test_bad_parameters_are_named():
    with pytest.raises(ValueError, match="min_clusters"):
        cluster_ratio_ci([1.0], 1.0, ["a"], min_clusters=1)
    with pytest.raises(ValueError, match="n_boot"):
        cluster_share_ci([1.0], 1.0, ["a"], n_boot=0)
