"""Tested differences between camps: every pair, every measure, with intervals by article and
p-values corrected for the number of comparisons.

Before: one row per quote with its camp, its article (``doc_id``) and its measures. After: one
row per (measure, camp pair) -- the table the report's findings summary reads::

    measure, measure_label, camp_a, camp_b, n_a, n_b, articles_a, articles_b,
    estimate_a, estimate_b, difference, ci_low, ci_high, p_value, p_adjusted, significant, note

Both camps' estimates are recomputed from the same resample of articles (an article quoting both
camps is drawn once for both), so the interval of the difference keeps any correlation between
camps quoted in the same article. The interval is the percentile interval of the resampled
differences; the two-sided p-value uses the same resamples' standard error,
``z = difference / sd(resampled differences)``, ``p = 2 (1 - Phi(|z|))`` (a Wald test with an
article-level bootstrap standard error). Unlike counting resamples beyond 0, its smallest value is
not ``2 / (n_boot + 1)``, which after a Holm correction over dozens of rows would make every
difference non-significant whatever the data. Pairs where a camp has fewer than
``min_clusters`` articles are not tested (p NaN, ``note`` says why) and do not count in the
correction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from scipy.stats import norm

from discourse.compare.camps import derived_seed
from discourse.compare.cluster import MIN_CLUSTERS, draw_clusters, percentile, too_few
from discourse.compare.stats import adjust_pvalues
from discourse.measure.frames import Frame
from discourse.measure.targets import Target

PAIRWISE_COLUMNS = [
    "measure", "measure_label", "camp_a", "camp_b", "n_a", "n_b", "articles_a", "articles_b",
    "estimate_a", "estimate_b", "difference", "ci_low", "ci_high", "p_value", "p_adjusted",
    "significant", "note",
]

MeasureSpec = str | tuple[str, str]


def report_measures(
    scores: pd.DataFrame,
    targets: Sequence[Target] | Sequence[str] = (),
    frames: Sequence[Frame] | Sequence[str] = (),
    *,
    sentiment: bool = True,
    kinds: Sequence[str] | None = None,
) -> tuple[pd.DataFrame, dict[str, tuple[str, str]], dict[str, str]]:
    """The report's measures as numerator/denominator pairs, for :func:`pairwise_differences`.

    - ``sentiment``: mean VADER score of the quotes (denominator 1 per scored quote);
    - ``stance_<id>_against`` / ``stance_<id>_favour``: share of the camp's mentions of the
      target that are against / for it (numerator the quote's such mentions, denominator its
      mentions);
    - ``frame_<id>``: mean share of the frame among the camp's quotes with any frame word
      (denominator 1 for such quotes, 0 for the others).

    ``kinds`` (e.g. ``["direct", "statement"]``) restricts sentiment and stance to quotes of those
    kinds (the speaker's own words; the ``kind`` column): the others count as not measured
    (sentiment NaN, no mentions). Frames use every quote. ``None`` or empty: all kinds.

    Returns ``(table, measures, labels)``: ``scores`` with the helper columns added
    (``_one``, ``_framed``, and the restricted copies ``_kind_sentiment``,
    ``_kind_stance_<id>_*``), the measure specs and human labels.
    """
    table = scores.copy()
    table["_one"] = 1.0
    own = (np.asarray(table["kind"].astype(object).isin(list(kinds)), dtype=bool) if kinds
           else np.ones(len(table), dtype=bool))
    measures: dict[str, tuple[str, str]] = {}
    labels: dict[str, str] = {}
    if sentiment and "sentiment" in table:
        table["_kind_sentiment"] = np.where(own, np.asarray(table["sentiment"], dtype=float), np.nan)
        measures["sentiment"] = ("_kind_sentiment", "_one")
        labels["sentiment"] = "mean sentiment (VADER)"
    for t in targets:
        tid, label = (t.id, t.label) if isinstance(t, Target) else (str(t), str(t))
        mentions = f"_kind_stance_{tid}_mentions"
        table[mentions] = np.where(own, np.asarray(table[f"stance_{tid}_mentions"], dtype=float), 0.0)
        for side, word in (("against", "against"), ("favour", "for")):
            name = f"stance_{tid}_{side}"
            table[f"_kind_{name}"] = np.where(own, np.asarray(table[name], dtype=float), 0.0)
            measures[name] = (f"_kind_{name}", mentions)
            labels[name] = f"share of mentions {word} {label}"
    frame_list = list(frames)
    if frame_list:
        cols = [f"frame_{f.id if isinstance(f, Frame) else f}" for f in frame_list]
        framed = np.zeros(len(table))
        for c in cols:
            framed += np.asarray(table[c], dtype=float)
        table["_framed"] = (framed > 0).astype(float)
        for f, c in zip(frame_list, cols):
            measures[c] = (c, "_framed")
            labels[c] = f"frame share: {f.label if isinstance(f, Frame) else f}"
    return table, measures, labels


def _specs(measures: Sequence[str] | Mapping[str, MeasureSpec]) -> dict[str, tuple[str, str | None]]:
    if isinstance(measures, Mapping):
        items = list(measures.items())
    else:
        items = [(m, m) for m in measures]
    out: dict[str, tuple[str, str | None]] = {}
    for name, spec in items:
        if isinstance(spec, str):
            out[str(name)] = (spec, None)
        elif isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(s, str) for s in spec):
            out[str(name)] = (spec[0], spec[1])
        else:
            raise ValueError(f"pairwise_differences: measure {name!r} must be a column name or a "
                             f"(numerator, denominator) pair of column names; got {spec!r}.")
    if not out:
        raise ValueError("pairwise_differences: the 'measures' parameter is empty.")
    return out


def _per_cluster(num: np.ndarray, den: np.ndarray, inverse: np.ndarray, k: int,
                 mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    keep = mask & ~np.isnan(num) & (den > 0)
    s_num = np.bincount(inverse[keep], weights=num[keep], minlength=k)
    s_den = np.bincount(inverse[keep], weights=den[keep], minlength=k)
    return s_num, s_den, int(keep.sum())


def pairwise_differences(
    units: pd.DataFrame,
    measures: Sequence[str] | Mapping[str, MeasureSpec],
    *,
    camp_col: str = "camp",
    cluster_col: str = "doc_id",
    camps: Sequence[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    correction: str = "holm",
    labels: Mapping[str, str] | None = None,
    level: float = 0.95,
    min_clusters: int = MIN_CLUSTERS,
    alpha: float = 0.05,
    strata: str | None = None,
) -> pd.DataFrame:
    """Every pair of camps compared on every measure, with article-level intervals and corrected p.

    Parameters
    ----------
    units : DataFrame
        One row per quote with ``camp_col``, ``cluster_col`` and the measure columns.
    measures : list of str, or mapping of name to column or (numerator, denominator) columns
        A column name compares the camps' means of it (NaN = not measured); a pair compares
        ratios ``sum(numerator) / sum(denominator)`` over the camp's quotes (rows with
        denominator 0 do not count), e.g. shares of mentions. :func:`report_measures` builds
        the report's.
    camps : list of str, default=None
        Camps compared, in order (``camp_a`` comes before ``camp_b`` in it); ``None``: every camp
        present, sorted.
    n_boot, seed, level
        Article resamples; each (measure, pair) draws from
        ``derived_seed(seed, measure, camp_a, camp_b)``, so adding a camp or measure does not
        change the others' numbers.
    correction : {'holm', 'bh', 'none'}, default='holm'
        Over all tested rows of the table (see :func:`discourse.compare.stats.adjust_pvalues`).
    labels : mapping, default=None
        Human label per measure (``measure_label``); the measure name otherwise.
    min_clusters : int, default=10
        A pair is tested only when both camps have at least this many articles with the measure.
    alpha : float, default=0.05
        ``significant`` is ``p_adjusted < alpha``.
    strata : str, default=None
        A column to stratify by (``kind``: direct vs reported quotes; ``outlet``): the camps are
        compared within each of its values (sorted), a ``stratum`` column is added, and the
        correction runs over all rows of all strata.

    Returns
    -------
    DataFrame
        :data:`PAIRWISE_COLUMNS`, one row per (measure, pair), sorted by measure (in the given
        order), then camp order. ``n_a``/``n_b``: quotes with the measure; ``articles_a``/``_b``:
        their articles.
    """
    specs = _specs(measures)
    labels = dict(labels or {})
    cols = [camp_col, cluster_col] + [c for s in specs.values() for c in s if c is not None]
    cols += [strata] if strata else []
    missing = sorted({c for c in cols if c not in units.columns})
    if missing:
        raise ValueError(f"pairwise_differences: column(s) {missing} not in the table; columns "
                         f"are {list(units.columns)}.")
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"The 'alpha' parameter must be in (0, 1); got {alpha!r}.")
    order = (sorted(str(c) for c in units[camp_col].dropna().unique()) if camps is None
             else list(camps))
    if strata:
        values = sorted(str(v) for v in units[strata].dropna().unique())
        parts = [_pairs(units[units[strata].astype(str) == v], specs, labels, order, camp_col,
                        cluster_col, n_boot, seed, level, min_clusters, stratum=v) for v in values]
        rows = [r for part in parts for r in part]
    else:
        rows = _pairs(units, specs, labels, order, camp_col, cluster_col, n_boot, seed, level,
                      min_clusters)
    columns = PAIRWISE_COLUMNS + (["stratum"] if strata else [])
    out = pd.DataFrame(rows, columns=columns)
    out["p_adjusted"] = adjust_pvalues(out["p_value"].to_numpy(dtype=float), correction)
    out["significant"] = (out["p_adjusted"] < alpha).fillna(False).astype(bool)
    return out


def _pairs(units, specs, labels, order, camp_col, cluster_col, n_boot, seed, level, min_clusters,
           stratum: str | None = None) -> list[dict]:
    """The rows of one table (or stratum), before the correction."""
    group = units[camp_col].astype(object).to_numpy()
    ids, inverse = np.unique(units[cluster_col].astype(str).to_numpy(), return_inverse=True)
    k_all = len(ids)
    extra = () if stratum is None else (stratum,)
    rows = []
    for name, (num_col, den_col) in specs.items():
        num = np.asarray(units[num_col], dtype=float)
        den = (np.where(np.isnan(num), 0.0, 1.0) if den_col is None
               else np.asarray(units[den_col], dtype=float))
        per_camp = {c: _per_cluster(num, den, inverse, k_all, group == c) for c in order}
        for i, a in enumerate(order):
            for b in order[i + 1:]:
                row = _compare_pair(name, labels.get(name, name), a, b, per_camp[a],
                                    per_camp[b], n_boot=n_boot,
                                    seed=derived_seed(seed, name, a, b, *extra), level=level,
                                    min_clusters=min_clusters)
                if stratum is not None:
                    row["stratum"] = stratum
                rows.append(row)
    return rows


def _compare_pair(name, label, a, b, cell_a, cell_b, *, n_boot, seed, level, min_clusters) -> dict:
    (num_a, den_a, n_a), (num_b, den_b, n_b) = cell_a, cell_b
    used = (den_a > 0) | (den_b > 0)
    num_a, den_a, num_b, den_b = num_a[used], den_a[used], num_b[used], den_b[used]
    k_a, k_b = int((den_a > 0).sum()), int((den_b > 0).sum())
    nan = float("nan")
    est_a = float(num_a.sum() / den_a.sum()) if k_a else nan
    est_b = float(num_b.sum() / den_b.sum()) if k_b else nan
    row = {"measure": name, "measure_label": label, "camp_a": a, "camp_b": b, "n_a": n_a,
           "n_b": n_b, "articles_a": k_a, "articles_b": k_b, "estimate_a": est_a,
           "estimate_b": est_b, "difference": est_a - est_b, "ci_low": nan, "ci_high": nan,
           "p_value": nan, "p_adjusted": nan, "significant": False, "note": ""}
    if min(k_a, k_b) < min_clusters:
        row["note"] = "not tested: " + too_few(min(k_a, k_b), min_clusters).removeprefix(
            "no interval: ")
        return row
    diffs = np.empty(n_boot)
    at = 0
    rng = np.random.default_rng(seed)
    for counts in draw_clusters(len(num_a), n_boot, rng):
        da, db = counts @ den_a, counts @ den_b
        with np.errstate(divide="ignore", invalid="ignore"):
            diffs[at:at + len(counts)] = np.where((da > 0) & (db > 0),
                                                  (counts @ num_a) / da - (counts @ num_b) / db,
                                                  np.nan)
        at += len(counts)
    finite = diffs[np.isfinite(diffs)]
    row["ci_low"], row["ci_high"] = percentile(finite, level)
    if len(finite) > 1:
        se = float(finite.std(ddof=1))
        diff = row["difference"]
        row["p_value"] = (float(2.0 * norm.sf(abs(diff) / se)) if se > 0
                          else (1.0 if diff == 0 else 0.0))
    row["note"] = "article bootstrap"
    return row
