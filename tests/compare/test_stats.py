"""Tests for discourse.compare.stats: bootstrap CIs and permutation tests."""

from __future__ import annotations

import math

import numpy as np
import pytest

from discourse.compare import stats
from discourse.compare.stats import bootstrap_diff_ci, bootstrap_mean_ci, permutation_test

SAMPLE = [0.1, -0.4, 0.35, 0.8, -0.05, 0.2, 0.0, 0.45, -0.3, 0.6, 0.15, 0.05]


def test_bootstrap_is_deterministic_for_a_seed_and_varies_with_it():
    a = bootstrap_mean_ci(SAMPLE, n_boot=500, seed=3)
    assert a == bootstrap_mean_ci(SAMPLE, n_boot=500, seed=3)
    assert a != bootstrap_mean_ci(SAMPLE, n_boot=500, seed=4)


def test_bootstrap_ci_contains_the_mean_and_matches_a_loop_recomputation():
    mean, low, high = bootstrap_mean_ci(SAMPLE, n_boot=1000, seed=7, level=0.9)
    assert mean == pytest.approx(np.mean(SAMPLE))
    assert low < mean < high
    # Recompute by another route: the same generator, resample by resample.
    rng = np.random.default_rng(7)
    x = np.asarray(SAMPLE)
    idx = rng.integers(0, len(x), size=(1000, len(x)))
    means = [x[row].mean() for row in idx]
    assert (low, high) == pytest.approx(tuple(np.quantile(means, [0.05, 0.95])))


def test_bootstrap_special_cases():
    assert bootstrap_mean_ci([0.25] * 9) == pytest.approx((0.25, 0.25, 0.25))
    m, lo, hi = bootstrap_mean_ci([2.0])
    assert m == 2.0 and math.isnan(lo) and math.isnan(hi)
    assert all(math.isnan(v) for v in bootstrap_mean_ci([]))
    # NaNs are dropped, not propagated.
    assert bootstrap_mean_ci([1.0, float("nan"), 1.0]) == pytest.approx((1.0, 1.0, 1.0))
    assert all(math.isnan(v) for v in bootstrap_mean_ci([float("nan")]))


def test_bootstrap_is_vectorised_and_blocked_for_large_samples(monkeypatch):
    # One generator call per block of resamples, never one per resample.
    calls = []
    real = np.random.Generator.integers

    class Spy:
        def __init__(self, rng):
            self.rng = rng

        def integers(self, *args, **kwargs):
            calls.append(kwargs.get("size"))
            return real(self.rng, *args, **kwargs)

    make_rng = np.random.default_rng
    monkeypatch.setattr(stats.np.random, "default_rng", lambda seed: Spy(make_rng(seed)))
    bootstrap_mean_ci(SAMPLE, n_boot=2000, seed=0)
    assert calls == [(2000, len(SAMPLE))]
    calls.clear()
    monkeypatch.setattr(stats, "_BLOCK_CELLS", 6000)
    bootstrap_mean_ci(np.arange(3000.0), n_boot=5, seed=0)
    assert calls == [(2, 3000), (2, 3000), (1, 3000)]


def test_bootstrap_rejects_bad_parameters():
    with pytest.raises(ValueError, match="'n_boot'"):
        bootstrap_mean_ci(SAMPLE, n_boot=0)
    with pytest.raises(ValueError, match="'level'"):
        bootstrap_mean_ci(SAMPLE, level=95)
    with pytest.raises(ValueError, match="must be numbers"):
        bootstrap_mean_ci(["a", "b"])


def test_bootstrap_diff():
    a = [1.0, 1.2, 0.9, 1.1, 1.05, 0.95]
    b = [0.1, 0.0, -0.1, 0.05, 0.2, -0.05]
    diff, low, high = bootstrap_diff_ci(a, b, n_boot=1000, seed=1, level=0.95)
    assert diff == pytest.approx(np.mean(a) - np.mean(b))
    assert 0 < low < diff < high
    assert (diff, low, high) == bootstrap_diff_ci(a, b, n_boot=1000, seed=1, level=0.95)
    assert bootstrap_diff_ci([2.0, 2.0], [0.5, 0.5], n_boot=10, seed=0, level=0.9) == (
        pytest.approx((1.5, 1.5, 1.5))
    )
    d, lo, hi = bootstrap_diff_ci([1.0], b, n_boot=10, seed=0, level=0.9)
    assert d == pytest.approx(1.0 - np.mean(b)) and math.isnan(lo) and math.isnan(hi)
    assert all(math.isnan(v) for v in bootstrap_diff_ci([], b, n_boot=10, seed=0, level=0.9))


def test_permutation_test_obvious_cases():
    a = np.linspace(10, 11, 20)
    b = np.linspace(0, 1, 20)
    p = permutation_test(a, b, n_perm=999, seed=0)
    # No permutation reaches the observed difference: p is the minimum 1 / (n_perm + 1).
    assert p == pytest.approx(1 / 1000)
    assert permutation_test([1.0, 1.0, 1.0], [1.0, 1.0]) == 1.0
    same = permutation_test(SAMPLE[:6], SAMPLE[6:], n_perm=2000, seed=0)
    assert 0.2 < same <= 1.0
    assert same == permutation_test(SAMPLE[:6], SAMPLE[6:], n_perm=2000, seed=0)
    assert math.isnan(permutation_test([], [1.0]))


def test_permutation_p_matches_exact_enumeration():
    # a = {0, 1}, b = {2, 3}: of the 6 equally likely splits, 2 reach |diff| >= 2 -> p = 1/3.
    p = permutation_test([0.0, 1.0], [2.0, 3.0], n_perm=20000, seed=5)
    assert p == pytest.approx(1 / 3, abs=0.015)


def test_large_samples_use_counts_with_the_same_distribution():
    """Above 20,000 values the counts method must agree with index resampling in distribution."""
    import numpy as np

    from discourse.compare.stats import _boot_means, _boot_means_counts

    rng = np.random.default_rng(5)
    x = rng.choice([0.0, 0.25, 0.5, 1.0], size=30_000, p=[0.6, 0.2, 0.1, 0.1])
    by_counts = _boot_means_counts(x, 4000, np.random.default_rng(1))
    n = len(x)
    by_index = np.array([x[np.random.default_rng(2 + i).integers(0, n, n)].mean() for i in range(400)])
    se = x.std() / np.sqrt(n)
    assert abs(by_counts.mean() - x.mean()) < 0.1 * se
    assert by_counts.std() == pytest.approx(se, rel=0.05)
    assert by_index.std() == pytest.approx(se, rel=0.15)
    assert _boot_means(x, 10, np.random.default_rng(0)).shape == (10,)
    mean, low, high = bootstrap_mean_ci(x, n_boot=2000, seed=3)
    assert low < mean < high and (high - low) == pytest.approx(2 * 1.96 * se, rel=0.1)
    # continuous values: rounded to 4 decimals, still centred on the unrounded mean
    y = rng.normal(size=50_000)
    m, lo, hi = bootstrap_mean_ci(y, n_boot=500, seed=1)
    assert m == y.mean() and lo < m < hi
