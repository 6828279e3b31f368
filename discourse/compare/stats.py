"""Uncertainty for comparisons: bootstrap confidence intervals and permutation tests.

All functions take plain sequences of numbers (NaNs are dropped), take the seed as a parameter
(``numpy.random.default_rng(seed)``) and are vectorised: the resamples are drawn as one matrix
(in fixed-size blocks for large inputs, so memory stays bounded; the block size depends only on the
sample size, so results depend only on the data, ``n_boot``/``n_perm`` and ``seed``).

References
----------
Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall (ch. 13,
percentile intervals).
Phipson, B. & Smyth, G. K. (2010). Permutation P-values Should Never Be Zero. Statistical
Applications in Genetics and Molecular Biology 9(1).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

# Largest number of matrix cells drawn at once (8 bytes each: ~32 MB).
_BLOCK_CELLS = 4_000_000


def _clean(values: Iterable[float] | np.ndarray, name: str) -> np.ndarray:
    """Values as a 1-d float array without NaNs; a clear error for non-numeric input."""
    try:
        arr = np.asarray(list(values) if not hasattr(values, "__array__") else values, dtype=float)
    except (TypeError, ValueError) as err:
        raise ValueError(f"The {name!r} values must be numbers; {err}.") from err
    arr = arr.ravel()
    return arr[~np.isnan(arr)]


def _check(n: int, name: str, level: float | None = None) -> None:
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
        raise ValueError(f"The {name!r} parameter must be a positive int; got {n!r} instead.")
    if level is not None and not 0.0 < level < 1.0:
        raise ValueError(f"The 'level' parameter must be in the open interval (0, 1); got {level!r}.")


# Above this many values, resamples are drawn as counts of distinct values (see _boot_means_counts).
_LARGE_N = 20_000
# Distinct values kept by the counts method; beyond it values are rounded to 3 decimals.
_MAX_DISTINCT = 2_001


def _boot_means(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Means of ``n_boot`` resamples (with replacement) of ``x``, drawn in blocks of rows."""
    n = len(x)
    if n > _LARGE_N:
        return _boot_means_counts(x, n_boot, rng)
    rows = max(1, _BLOCK_CELLS // n)
    out = np.empty(n_boot)
    for start in range(0, n_boot, rows):
        stop = min(n_boot, start + rows)
        idx = rng.integers(0, n, size=(stop - start, n))
        out[start:stop] = x[idx].mean(axis=1)
    return out


def _boot_means_counts(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Resample means for large samples, in time proportional to the distinct values, not to n.

    Drawing n values with replacement from ``x`` is the same as drawing how many times each
    distinct value is drawn: a multinomial with n trials and the values' shares as probabilities.
    So each resample costs O(distinct values) instead of O(n), which keeps a corpus of a million
    quotes as fast to compare as ten thousand. When more than ``_MAX_DISTINCT`` distinct values
    remain (continuous scores), values are rounded to 3 decimals first: the rounding errors
    (at most 0.0005 each, of both signs) average out in a resample mean of more than 20,000
    values, far below the interval width at that n; the sample mean itself is always computed from
    the unrounded values.
    """
    n = len(x)
    values, counts = np.unique(x, return_counts=True)
    if len(values) > _MAX_DISTINCT:
        values, counts = np.unique(np.round(x, 3), return_counts=True)
    p = counts / n
    rows = max(1, _BLOCK_CELLS // len(values))
    out = np.empty(n_boot)
    for start in range(0, n_boot, rows):
        stop = min(n_boot, start + rows)
        draws = rng.multinomial(n, p, size=stop - start)
        out[start:stop] = draws @ values / n
    return out


def _percentiles(stat: np.ndarray, level: float) -> tuple[float, float]:
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(stat, [tail, 1.0 - tail])
    return float(low), float(high)


def bootstrap_mean_ci(
    values: Iterable[float], *, n_boot: int = 2000, seed: int = 0, level: float = 0.95
) -> tuple[float, float, float]:
    """Mean with a percentile bootstrap confidence interval.

    Draws ``n_boot`` resamples of size n with replacement, takes each resample's mean, and returns
    the ``(1 - level) / 2`` and ``1 - (1 - level) / 2`` quantiles of those means (numpy's default
    linear interpolation) around the sample mean. Above 20,000 values the resamples are drawn as
    multinomial counts of the distinct values — the same distribution, at a cost that does not
    grow with n (see ``_boot_means_counts``).

    Parameters
    ----------
    values : sequence of float
        The sample; NaNs are dropped first.
    n_boot : int, default=2000
        Number of bootstrap resamples.
    seed : int, default=0
        Seed of ``numpy.random.default_rng``.
    level : float, default=0.95
        Confidence level, in (0, 1).

    Returns
    -------
    mean, low, high : tuple of float
        Sample mean and interval bounds. n = 0 gives ``(nan, nan, nan)``; n = 1 gives
        ``(x, nan, nan)`` (a single value has no sampling spread to resample).

    Examples
    --------
    >>> bootstrap_mean_ci([2.0, 2.0, 2.0])
    (2.0, 2.0, 2.0)
    >>> bootstrap_mean_ci([1.0])
    (1.0, nan, nan)
    """
    _check(n_boot, "n_boot", level)
    x = _clean(values, "values")
    if len(x) == 0:
        return (float("nan"), float("nan"), float("nan"))
    mean = float(x.mean())
    if len(x) == 1:
        return (mean, float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    low, high = _percentiles(_boot_means(x, n_boot, rng), level)
    return (mean, low, high)


def bootstrap_diff_ci(
    a: Iterable[float],
    b: Iterable[float],
    *,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float, float]:
    """Difference in means ``mean(a) - mean(b)`` with a percentile bootstrap interval.

    ``a`` and ``b`` are resampled independently (two-sample bootstrap) from one generator: first
    the ``n_boot`` resamples of ``a``, then those of ``b``.

    Parameters
    ----------
    a, b : sequence of float
        The two samples; NaNs are dropped.
    n_boot : int, default=2000
    seed : int, default=0
    level : float, default=0.95

    Returns
    -------
    diff, low, high : tuple of float
        ``(nan, nan, nan)`` if either sample is empty; ``(diff, nan, nan)`` if either has one value.

    Examples
    --------
    >>> bootstrap_diff_ci([3.0, 3.0], [1.0, 1.0])
    (2.0, 2.0, 2.0)
    """
    _check(n_boot, "n_boot", level)
    xa, xb = _clean(a, "a"), _clean(b, "b")
    if len(xa) == 0 or len(xb) == 0:
        return (float("nan"), float("nan"), float("nan"))
    diff = float(xa.mean() - xb.mean())
    if len(xa) == 1 or len(xb) == 1:
        return (diff, float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    boot = _boot_means(xa, n_boot, rng) - _boot_means(xb, n_boot, rng)
    low, high = _percentiles(boot, level)
    return (diff, low, high)


def permutation_test(
    a: Iterable[float], b: Iterable[float], *, n_perm: int = 5000, seed: int = 0
) -> float:
    """Two-sided permutation p-value for a difference in means.

    The pooled values are shuffled ``n_perm`` times, the first ``len(a)`` taken as group a;
    ``p = (1 + #{|d_perm| >= |d_obs|}) / (n_perm + 1)`` (Phipson & Smyth 2010), so p is never 0.
    A tiny tolerance (1e-12 relative) counts permuted differences equal to the observed one up to
    floating-point error.

    Parameters
    ----------
    a, b : sequence of float
        The two samples; NaNs are dropped.
    n_perm : int, default=5000
        Number of random permutations.
    seed : int, default=0
        Seed of ``numpy.random.default_rng``.

    Returns
    -------
    float
        p in (0, 1]; NaN if either sample is empty.

    Examples
    --------
    >>> permutation_test([1.0, 1.0, 1.0], [1.0, 1.0, 1.0])
    1.0
    """
    _check(n_perm, "n_perm")
    xa, xb = _clean(a, "a"), _clean(b, "b")
    if len(xa) == 0 or len(xb) == 0:
        return float("nan")
    pooled = np.concatenate([xa, xb])
    n, na = len(pooled), len(xa)
    observed = abs(xa.mean() - xb.mean())
    tol = 1e-12 * max(1.0, abs(observed))
    rng = np.random.default_rng(seed)
    rows = max(1, _BLOCK_CELLS // n)
    hits = 0
    total = pooled.sum()
    for start in range(0, n_perm, rows):
        stop = min(n_perm, start + rows)
        perm = rng.permuted(np.broadcast_to(pooled, (stop - start, n)), axis=1)
        sum_a = perm[:, :na].sum(axis=1)
        diffs = sum_a / na - (total - sum_a) / (n - na)
        hits += int(np.count_nonzero(np.abs(diffs) >= observed - tol))
    return float((1 + hits) / (n_perm + 1))


CORRECTIONS: tuple[str, ...] = ("holm", "bh", "none")


def adjust_pvalues(p: Iterable[float], method: str = "holm") -> np.ndarray:
    """p-values corrected for the number of tests (NaNs are not tests and stay NaN).

    ``holm``: Holm's (1979) step-down correction, which controls the family-wise error rate
    (the chance of any false positive) under any dependence. ``bh``: Benjamini & Hochberg's
    (1995) step-up false discovery rate (the expected share of false positives among the
    positives; valid for independent or positively dependent tests). ``none``: unchanged.
    Both corrections are monotone, and adjusted values are capped at 1.

    >>> adjust_pvalues([0.01, 0.04, 0.03, float("nan")], "holm").round(3).tolist()
    [0.03, 0.06, 0.06, nan]
    >>> adjust_pvalues([0.01, 0.04, 0.03], "bh").round(3).tolist()
    [0.03, 0.04, 0.04]
    """
    if method not in CORRECTIONS:
        raise ValueError(f"The 'correction' parameter must be one of {list(CORRECTIONS)}; "
                         f"got {method!r}.")
    arr = np.asarray(list(p) if not hasattr(p, "__array__") else p, dtype=float).ravel()
    out = np.full(arr.shape, np.nan)
    ok = ~np.isnan(arr)
    q = arr[ok]
    m = len(q)
    if m == 0 or method == "none":
        out[ok] = q
        return out
    order = np.argsort(q, kind="mergesort")
    ranked = q[order]
    if method == "holm":
        adj = np.maximum.accumulate((m - np.arange(m)) * ranked)
    else:
        adj = np.minimum.accumulate(m / np.arange(m, 0, -1) * ranked[::-1])[::-1]
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[ok] = res
    return out
