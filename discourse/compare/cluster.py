"""Intervals by article: the cluster bootstrap of a ratio, and share intervals that respect clusters.

Quotes from one article share its author, outlet, topic and day, so they are not independent
draws: an interval that resamples quotes is too narrow whenever a few articles supply most of a
camp's quotes (and an article quoted twice, or a speaker quoted ten times in one article, counts
as ten observations). Every interval here resamples **articles** (the ``cluster`` of each quote:
``doc_id``; in statements mode a document is one speech) with replacement, and recomputes the
statistic as a ratio of sums over the drawn articles (Davison & Hinkley 1997, sec. 3.8; Field &
Welsh 2007): the camp's mean is ``sum of values / number of values`` over its quotes, which is
what an article-level resample keeps whole.

Below ``min_clusters`` articles a percentile interval under-covers badly (simulated coverage of a
nominal 95% interval with 5 clusters is near 80%), so no interval is given: ``interval`` says why.

Before: per quote a value (or a numerator and a denominator, e.g. a quote's mentions of a target
against the target and its number of mentions) and its article. After: the estimate, the interval
and how many quotes and articles it rests on.

References
----------
Davison, A. C. & Hinkley, D. V. (1997). Bootstrap Methods and their Application. Cambridge UP.
Field, C. A. & Welsh, A. H. (2007). Bootstrapping clustered data. JRSS B 69(3), 369-390.
Brown, L. D., Cai, T. T. & DasGupta, A. (2001). Interval estimation for a binomial proportion.
Statistical Science 16(2), 101-133 (the Jeffreys interval).
Kish, L. (1965). Survey Sampling. Wiley (the design effect).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import beta as beta_dist

# Largest number of matrix cells drawn at once (8 bytes each: ~32 MB).
_BLOCK_CELLS = 4_000_000
# Default: fewer articles than this get no interval (see the module docstring).
MIN_CLUSTERS = 10
INTERVAL_BOOT = "article bootstrap"
INTERVAL_SHARE = "Jeffreys, design effect by article"


def too_few(k: int, min_clusters: int) -> str:
    """The label of an interval withheld because it rests on ``k`` articles only."""
    return f"no interval: {k} article(s), fewer than {min_clusters}"


@dataclass(frozen=True)
class Interval:
    """An estimate with its interval, its n and what the interval is (``interval``)."""

    estimate: float
    low: float
    high: float
    n: int
    n_clusters: int
    interval: str


def cluster_totals(num, den, clusters) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-article sums of a numerator and a denominator, articles sorted by id.

    Rows with a NaN numerator or a denominator of 0 (not measured) are left out.

    Returns ``(ids, num_sums, den_sums)``; sorting makes the result independent of row order.

    >>> cluster_totals([1.0, 0.0, 1.0], [1, 1, 1], ["b", "a", "b"])[1:]
    (array([0., 2.]), array([1., 2.]))
    """
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    ids = np.asarray(pd.Series(clusters).astype(str).to_numpy())
    keep = ~np.isnan(num) & (den > 0)
    if not keep.any():
        return np.array([], dtype=object), np.zeros(0), np.zeros(0)
    uniq, inverse = np.unique(ids[keep], return_inverse=True)
    return (uniq, np.bincount(inverse, weights=num[keep], minlength=len(uniq)),
            np.bincount(inverse, weights=den[keep], minlength=len(uniq)))


def draw_clusters(k: int, n_boot: int, rng: np.random.Generator):
    """Resamples of ``k`` clusters as count matrices, in blocks of bounded size.

    Yields ``(rows, k)`` arrays: how often each cluster is drawn in each resample.
    """
    rows = max(1, _BLOCK_CELLS // max(k, 1))
    for start in range(0, n_boot, rows):
        stop = min(n_boot, start + rows)
        # k draws with replacement from k clusters = multinomial counts of the clusters
        yield rng.multinomial(k, np.full(k, 1.0 / k), size=stop - start).astype(float)


def boot_ratios(num: np.ndarray, den: np.ndarray, n_boot: int,
                rng: np.random.Generator) -> np.ndarray:
    """``sum(num) / sum(den)`` over ``n_boot`` resamples of the clusters (NaN if a draw has den 0)."""
    out = np.empty(n_boot)
    at = 0
    for counts in draw_clusters(len(num), n_boot, rng):
        d = counts @ den
        with np.errstate(divide="ignore", invalid="ignore"):
            out[at:at + len(counts)] = np.where(d > 0, (counts @ num) / d, np.nan)
        at += len(counts)
    return out


def percentile(stat: np.ndarray, level: float) -> tuple[float, float]:
    """Percentile interval of the finite resample statistics (NaN if none)."""
    stat = stat[np.isfinite(stat)]
    if not len(stat):
        return (float("nan"), float("nan"))
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(stat, [tail, 1.0 - tail])
    return (float(low), float(high))


def cluster_ratio_ci(num, den, clusters, *, n_boot: int = 2000, seed: int = 0,
                     level: float = 0.95, min_clusters: int = MIN_CLUSTERS) -> Interval:
    """``sum(num) / sum(den)`` with a percentile interval from resampling articles.

    A camp's mean of a per-quote value ``x`` is ``cluster_ratio_ci(x, 1, doc_id)``; its mean
    mention score toward a target is ``cluster_ratio_ci(score_sum, mentions, doc_id)``.
    Fewer than ``min_clusters`` articles: the estimate only (``interval`` says why).

    >>> iv = cluster_ratio_ci([1.0, 1.0, 0.0], [1, 1, 1], ["a", "a", "b"], min_clusters=2)
    >>> round(iv.estimate, 4), iv.n, iv.n_clusters
    (0.6667, 3, 2)
    """
    _check_boot(n_boot, level, min_clusters)
    num_a = np.asarray(num, dtype=float)
    den_a = np.broadcast_to(np.asarray(den, dtype=float), num_a.shape)
    n = int(np.count_nonzero(~np.isnan(num_a) & (den_a > 0)))
    _, s_num, s_den = cluster_totals(num_a, den_a, clusters)
    k = len(s_num)
    nan = float("nan")
    if k == 0:
        return Interval(nan, nan, nan, 0, 0, "no data")
    est = float(s_num.sum() / s_den.sum())
    if k < min_clusters:
        return Interval(est, nan, nan, n, k, too_few(k, min_clusters))
    low, high = percentile(boot_ratios(s_num, s_den, n_boot, np.random.default_rng(seed)), level)
    return Interval(est, low, high, n, k, INTERVAL_BOOT)


def jeffreys_interval(k: float, n: float, *, level: float = 0.95) -> tuple[float, float]:
    """Jeffreys interval of a share ``k / n``: quantiles of Beta(k + 1/2, n - k + 1/2).

    Brown, Cai & DasGupta (2001) recommend it (with Wilson's) for small n: its coverage stays
    close to nominal where the Wald interval fails. By their convention the lower bound is 0 when
    k = 0 and the upper 1 when k = n. ``k`` and ``n`` may be fractional (effective counts).

    >>> [round(x, 4) for x in jeffreys_interval(3, 10)]
    [0.0927, 0.6058]
    """
    if not n > 0:
        return (float("nan"), float("nan"))
    tail = (1.0 - level) / 2.0
    low = 0.0 if k <= 0 else float(beta_dist.ppf(tail, k + 0.5, n - k + 0.5))
    high = 1.0 if k >= n else float(beta_dist.ppf(1.0 - tail, k + 0.5, n - k + 0.5))
    return (low, high)


def cluster_share_ci(hits, trials, clusters, *, n_boot: int = 2000, seed: int = 0,
                     level: float = 0.95, min_clusters: int = MIN_CLUSTERS) -> Interval:
    """A share ``sum(hits) / sum(trials)`` with a Jeffreys interval widened for clustering.

    The Jeffreys interval is computed at the effective sample size ``n / deff`` (Kish 1965),
    where the design effect ``deff = var_article_bootstrap / var_binomial`` compares the
    variance of the share over article resamples with the variance it would have if every trial
    were independent: the interval has the Jeffreys shape (sound at small n and near 0 or 1) and
    the article bootstrap's spread. Copies of an article's quotes inside that article raise
    ``deff`` as much as they raise n, so they do not narrow the interval (copying every article
    k times leaves it unchanged). ``deff`` is not floored at 1: a floor would let copies of
    articles whose quotes vary less than independent ones narrow the interval. Shares of 0 or 1
    (no variance to compare) count each article once (``n_eff`` = articles), the cautious
    choice. Fewer than ``min_clusters`` articles: no interval.

    >>> iv = cluster_share_ci([1, 0, 1, 1], [1, 1, 1, 1], ["a", "b", "c", "d"], min_clusters=2)
    >>> round(iv.estimate, 2), iv.n_clusters, iv.interval
    (0.75, 4, 'Jeffreys, design effect by article')
    """
    _check_boot(n_boot, level, min_clusters)
    hits_a = np.asarray(hits, dtype=float)
    trials_a = np.broadcast_to(np.asarray(trials, dtype=float), hits_a.shape)
    _, s_hit, s_trial = cluster_totals(hits_a, trials_a, clusters)
    k = len(s_hit)
    nan = float("nan")
    if k == 0:
        return Interval(nan, nan, nan, 0, 0, "no data")
    n = float(s_trial.sum())
    share = float(s_hit.sum() / n)
    n_rows = int(np.count_nonzero(~np.isnan(hits_a) & (trials_a > 0)))
    if k < min_clusters:
        return Interval(share, nan, nan, n_rows, k, too_few(k, min_clusters))
    var_binom = share * (1.0 - share) / n
    if var_binom > 0:
        boot = boot_ratios(s_hit, s_trial, n_boot, np.random.default_rng(seed))
        boot = boot[np.isfinite(boot)]
        var_boot = float(boot.var()) if len(boot) > 1 else 0.0
        n_eff = n * var_binom / var_boot if var_boot > 0 else float(k)
    else:
        n_eff = float(k)
    low, high = jeffreys_interval(share * n_eff, n_eff, level=level)
    return Interval(share, low, high, n_rows, k, INTERVAL_SHARE)


def _check_boot(n_boot: int, level: float, min_clusters: int) -> None:
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"The 'n_boot' parameter must be a positive int; got {n_boot!r}.")
    if not 0.0 < level < 1.0:
        raise ValueError(f"The 'level' parameter must be in (0, 1); got {level!r}.")
    if isinstance(min_clusters, bool) or not isinstance(min_clusters, (int, np.integer)) \
            or min_clusters < 2:
        raise ValueError(f"The 'min_clusters' parameter must be an int >= 2; got {min_clusters!r}.")
