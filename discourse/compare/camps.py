"""Comparisons between camps: means with bootstrap CIs, shares, frames and stance by camp.

:func:`compare_frame_chi2` adds a test of whether camps differ in their frames at all (camp x top-frame
chi-squared with Cramér's V).

Every number carries its n and its uncertainty: each camp x measure mean comes with a percentile
bootstrap interval (:func:`discourse.compare.stats.bootstrap_mean_ci`) and a ``small_n`` flag, and camps
without data still get a row (n = 0) so nothing disappears silently.
"""

from __future__ import annotations

import warnings
import zlib
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.stats import chi2 as chi2_dist

from discourse.compare.stats import bootstrap_mean_ci
from discourse.core.schema import enforce_schema
from discourse.measure.frames import Frame
from discourse.measure.stance import STANCE_LABELS, Target
from discourse.text import tokenize


def derived_seed(seed: int, *parts: str) -> int:
    """A seed for one (camp, measure) cell, derived deterministically from ``seed`` and the names.

    ``crc32("<seed>|<part1>|<part2>...")``: the same cell always gets the same stream, and adding
    or removing another camp or measure does not change it (unlike drawing sequentially from one
    generator).

    Examples
    --------
    >>> derived_seed(0, "western", "sentiment") == derived_seed(0, "western", "sentiment")
    True
    """
    key = "|".join([str(int(seed)), *map(str, parts)])
    return zlib.crc32(key.encode("utf-8"))


def _check_columns(df: pd.DataFrame, cols: Sequence[str], func: str, what: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"{func}: {what} {missing} not in the table; columns are "
                         f"{list(df.columns)}.")


def _camp_order(df: pd.DataFrame, camps: Sequence[str] | None, group_col: str) -> list[str]:
    if camps is None:
        return sorted(str(c) for c in df[group_col].dropna().unique())
    camps = list(camps)
    if len(set(camps)) != len(camps):
        raise ValueError(f"The 'camps' parameter has duplicates: {camps}.")
    return camps


def compare_camps(
    scores: pd.DataFrame,
    *,
    measures: Sequence[str],
    camps: Sequence[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    level: float = 0.95,
    group_col: str = "camp",
) -> pd.DataFrame:
    """Mean of each measure by camp, with a bootstrap confidence interval and its n.

    Parameters
    ----------
    scores : DataFrame
        One row per quote; uses ``group_col`` and the ``measures`` columns (numeric; NaN = not
        measured for that quote, e.g. a stance score when the target is not mentioned).
    measures : list of str
        Numeric columns to summarise.
    camps : list of str, default=None
        Camps to report, in this order; a camp absent from ``scores`` still gets rows with n = 0.
        ``None``: every camp present, sorted.
    n_boot : int, default=2000
        Bootstrap resamples per (camp, measure).
    seed : int, default=0
        Base seed. Each (camp, measure) uses :func:`derived_seed` ``(seed, camp, measure)``, so a
        camp's interval does not change when other camps or measures are added.
    min_n : int, default=5
        ``small_n`` is True when n < ``min_n``.
    level : float, default=0.95
        Confidence level.
    group_col : str, default='camp'
        Column with the groups; its values go to the ``camp`` column of the result (the
        summaries key). If it is not ``camp``, the result also has a ``group_col`` column.

    Returns
    -------
    DataFrame
        The summaries table: one row per camp x measure, camps in order, measures in order
        within each camp; columns ``camp``, ``measure``, ``n`` (non-missing values), ``mean``,
        ``ci_low``, ``ci_high`` (NaN when n = 0; CI NaN when n = 1), ``small_n`` (bool).

    Raises
    ------
    ValueError
        A missing or non-numeric measure column, an empty ``measures`` list, duplicate camps.

    Examples
    --------
    >>> s = pd.DataFrame({"camp": ["a", "a", "b"], "sentiment": [0.5, 0.5, -0.2]})
    >>> compare_camps(s, measures=["sentiment"], camps=["a", "b", "c"], min_n=2)
      camp    measure  n  mean  ci_low  ci_high  small_n
    0    a  sentiment  2   0.5     0.5      0.5    False
    1    b  sentiment  1  -0.2     NaN      NaN     True
    2    c  sentiment  0   NaN     NaN      NaN     True
    """
    measures = list(measures)
    if not measures or len(set(measures)) != len(measures):
        raise ValueError(f"The 'measures' parameter of compare_camps must be a non-empty list of "
                         f"distinct columns; got {measures!r}.")
    _check_columns(scores, [group_col, *measures], "compare_camps", "column(s)")
    not_numeric = [m for m in measures if not pd.api.types.is_numeric_dtype(scores[m])]
    if not_numeric:
        raise ValueError(f"compare_camps: measure column(s) {not_numeric} are not numeric.")
    if not isinstance(min_n, int) or min_n < 0:
        raise ValueError(f"The 'min_n' parameter of compare_camps must be an int >= 0; "
                         f"got {min_n!r}.")
    order = _camp_order(scores, camps, group_col)
    groups = scores[group_col].astype(object)
    rows = []
    for camp in order:
        in_camp = (groups == camp).to_numpy()
        for m in measures:
            values = scores.loc[in_camp, m].to_numpy(dtype=float)
            values = values[~np.isnan(values)]
            mean, low, high = bootstrap_mean_ci(
                values, n_boot=n_boot, seed=derived_seed(seed, camp, m), level=level
            )
            rows.append(
                {"camp": camp, "measure": m, "n": int(len(values)), "mean": mean,
                 "ci_low": low, "ci_high": high, "small_n": bool(len(values) < min_n)}
            )
    out = pd.DataFrame(
        rows, columns=["camp", "measure", "n", "mean", "ci_low", "ci_high", "small_n"]
    ).astype({"n": "int64", "mean": "float64", "ci_low": "float64", "ci_high": "float64",
              "small_n": "bool"})
    if group_col != "camp":
        out[group_col] = out["camp"]
    return enforce_schema(out, "summaries")


def compare_shares(
    quotes: pd.DataFrame, *, by: Sequence[str] = ("camp",), words_col: str = "text"
) -> pd.DataFrame:
    """How much of the material each group accounts for: quotes and words.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote; uses ``by`` and ``words_col``.
    by : list of str, default=('camp',)
        Grouping columns. Missing group values form their own group (not dropped).
    words_col : str, default='text'
        Text whose :func:`discourse.text.tokenize` tokens are counted as words, or a numeric
        column holding those counts already (``n_tokens`` in a pipeline summary).

    Returns
    -------
    DataFrame
        One row per group, sorted by ``by``: the ``by`` columns, ``n_quotes``, ``share_quotes``
        (n_quotes / all quotes), ``n_words``, ``share_words`` (n_words / all words; 0 when there
        are no words at all).

    Examples
    --------
    >>> q = pd.DataFrame({"camp": ["a", "b", "a"], "text": ["one two", "three", "four"]})
    >>> compare_shares(q)
      camp  n_quotes  share_quotes  n_words  share_words
    0    a         2      0.666667        3         0.75
    1    b         1      0.333333        1         0.25
    """
    by = [by] if isinstance(by, str) else list(by)
    if not by:
        raise ValueError("The 'by' parameter of compare_shares must name at least one column.")
    _check_columns(quotes, [*by, words_col], "compare_shares", "column(s)")
    if pd.api.types.is_numeric_dtype(quotes[words_col]):
        # already counted (the streaming summary keeps token counts, not texts)
        words = quotes[words_col].fillna(0)
    else:
        words = quotes[words_col].map(lambda t: len(tokenize(t)) if isinstance(t, str) else 0)
    tmp = quotes[by].copy()
    tmp["_words"] = words.astype("int64")
    out = (
        tmp.groupby(by, dropna=False, sort=True)
        .agg(n_quotes=("_words", "size"), n_words=("_words", "sum"))
        .reset_index()
    )
    total_q, total_w = out["n_quotes"].sum(), out["n_words"].sum()
    out["share_quotes"] = out["n_quotes"] / total_q if total_q else 0.0
    out["share_words"] = out["n_words"] / total_w if total_w else 0.0
    out = out.sort_values(by, kind="mergesort", na_position="last").reset_index(drop=True)
    return out[[*by, "n_quotes", "share_quotes", "n_words", "share_words"]]


def compare_frames(
    scores: pd.DataFrame,
    frames: Sequence[Frame] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    group_col: str = "camp",
) -> pd.DataFrame:
    """Mean frame share of each camp's quotes, with bootstrap CIs.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`discourse.measure.frames.score_frames` (``frame_<id>`` columns) with ``camp``.
    frames : list of Frame or of frame ids
        Frames to report, in order.
    camps, n_boot, seed, min_n, group_col
        As in :func:`compare_camps`.

    Returns
    -------
    DataFrame
        The :func:`compare_camps` summaries (measure ``frame_<id>``; ``n`` = quotes of the camp,
        including quotes without any frame word, whose shares are all 0) plus ``frame`` (the id)
        and ``label``; one row per camp x frame.
    """
    frames = list(frames)
    ids = [f.id if isinstance(f, Frame) else str(f) for f in frames]
    labels = {f.id: f.label for f in frames if isinstance(f, Frame)}
    out = compare_camps(
        scores, measures=[f"frame_{i}" for i in ids], camps=camps, n_boot=n_boot, seed=seed,
        min_n=min_n, group_col=group_col,
    )
    out["frame"] = out["measure"].str.removeprefix("frame_")
    out["label"] = out["frame"].map(lambda i: labels.get(i, i))
    return out


def compare_stance(
    scores: pd.DataFrame,
    targets: Sequence[Target] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    group_col: str = "camp",
) -> pd.DataFrame:
    """Stance toward each target by camp: mean score with CI, and label counts.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`discourse.measure.stance.score_stance` (``stance_<id>`` and
        ``stance_<id>_score``) with ``camp``.
    targets : list of Target or of target ids
        Targets to report, in order.
    camps, n_boot, seed, min_n, group_col
        As in :func:`compare_camps`.

    Returns
    -------
    DataFrame
        One row per camp x target: the :func:`compare_camps` columns for measure
        ``stance_<id>_score`` (``n`` = quotes mentioning the target; ``small_n`` flags n <
        ``min_n``), plus ``target``, ``label``, ``n_quotes`` (all quotes of the camp),
        ``n_mentioning`` (= n), ``n_favour``, ``n_against``, ``n_none`` (labels among the
        mentioning quotes; ``n_none`` = mentioned without a stance).
    """
    targets = list(targets)
    ids = [t.id if isinstance(t, Target) else str(t) for t in targets]
    labels = {t.id: t.label for t in targets if isinstance(t, Target)}
    _check_columns(scores, [f"stance_{i}" for i in ids], "compare_stance", "label column(s)")
    out = compare_camps(
        scores, measures=[f"stance_{i}_score" for i in ids], camps=camps, n_boot=n_boot,
        seed=seed, min_n=min_n, group_col=group_col,
    )
    groups = scores[group_col].astype(object)
    extra = []
    for camp, tid in zip(out["camp"], out["measure"].str.slice(7, -6), strict=True):
        in_camp = (groups == camp).to_numpy()
        mentioned = in_camp & scores[f"stance_{tid}_score"].notna().to_numpy()
        counts = scores.loc[mentioned, f"stance_{tid}"].value_counts()
        extra.append(
            {"target": tid, "label": labels.get(tid, tid), "n_quotes": int(in_camp.sum()),
             "n_mentioning": int(mentioned.sum()),
             **{f"n_{lab}": int(counts.get(lab, 0)) for lab in STANCE_LABELS}}
        )
    extra_df = pd.DataFrame(extra, index=out.index)
    return pd.concat([out, extra_df], axis=1)


def compare_frame_chi2(
    scores: pd.DataFrame,
    frames: Sequence[Frame] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    group_col: str = "camp",
    top_col: str = "frame_top",
) -> dict:
    """Chi-squared test of independence of camp and top frame, with Cramér's V.

    Each quote counts once, for its top frame (``frame_top`` of
    :func:`discourse.measure.frames.score_frames`: the frame with the largest share of its dictionary
    hits, ties to the frame listed first). Quotes without any frame word (``frame_top == ""``) and
    quotes whose top frame is not among ``frames`` are left out and counted in ``n_excluded``;
    camps and frames with no quote at all are dropped from the table (a zero margin has no
    expected count). On the remaining r x c table of counts ``O``, with ``E = row x col / n``::

        chi2 = sum (O - E)^2 / E        dof = (r - 1)(c - 1)        V = sqrt(chi2 / (n (min(r, c) - 1)))

    Pearson's statistic without Yates' correction, even for a 2 x 2 table (as
    ``scipy.stats.chi2_contingency(..., correction=False)``). The chi-squared approximation is
    doubtful when many expected counts are small: when more than 20% of the cells have E < 5
    (Cochran's rule), ``warning`` says so and a ``UserWarning`` is issued.

    Parameters
    ----------
    scores : DataFrame
        One row per quote with ``group_col`` and ``top_col``.
    frames : list of Frame or of frame ids
        The frames (columns) of the table, in order.
    camps : list of str, default=None
        The camps (rows), in order; ``None``: every camp present, sorted.
    group_col : str, default='camp'
    top_col : str, default='frame_top'

    Returns
    -------
    dict
        ``statistic``, ``dof``, ``p``, ``cramers_v`` (NaN, and p NaN, when the table has fewer
        than 2 rows or columns), ``n`` (quotes in the table), ``n_excluded``,
        ``share_low_expected`` (share of cells with E < 5), ``warning`` ("" or the message),
        ``observed`` and ``expected`` (DataFrames, camps x frames, after dropping empty rows and
        columns).

    Examples
    --------
    >>> s = pd.DataFrame({"camp": ["a"] * 30 + ["b"] * 30,
    ...                   "frame_top": ["x"] * 25 + ["y"] * 5 + ["y"] * 25 + ["x"] * 5})
    >>> res = compare_frame_chi2(s, ["x", "y"])
    >>> round(res["statistic"], 3), res["dof"], round(res["cramers_v"], 3), res["warning"]
    (26.667, 1, 0.667, '')
    """
    _check_columns(scores, [group_col, top_col], "compare_frame_chi2", "column(s)")
    ids = [f.id if isinstance(f, Frame) else str(f) for f in frames]
    if not ids or len(set(ids)) != len(ids):
        raise ValueError(f"The 'frames' parameter of compare_frame_chi2 must be a non-empty list of "
                         f"distinct frames; got {ids!r}.")
    order = _camp_order(scores, camps, group_col)
    groups = scores[group_col].astype(object)
    top = scores[top_col].astype(object)
    in_table = groups.isin(order) & top.isin(ids)
    n_excluded = int((groups.isin(order) & ~top.isin(ids)).sum())
    observed = (
        pd.crosstab(groups[in_table], top[in_table])
        .reindex(index=order, columns=ids, fill_value=0)
        .astype("int64")
    )
    observed = observed.loc[observed.sum(axis=1) > 0, observed.sum(axis=0) > 0]
    observed.index.name, observed.columns.name = group_col, "frame"
    n = int(observed.to_numpy().sum())
    r, c = observed.shape
    nan = float("nan")
    if r < 2 or c < 2:
        expected = observed.astype(float)
        stat, dof, p, v, low = nan, max(0, (r - 1) * (c - 1)), nan, nan, nan
    else:
        o = observed.to_numpy(dtype=float)
        e = o.sum(axis=1, keepdims=True) * o.sum(axis=0, keepdims=True) / n
        expected = pd.DataFrame(e, index=observed.index, columns=observed.columns)
        stat = float(((o - e) ** 2 / e).sum())
        dof = (r - 1) * (c - 1)
        p = float(chi2_dist.sf(stat, dof))
        v = float(np.sqrt(stat / (n * (min(r, c) - 1))))
        low = float((e < 5).mean())
    warning = ""
    if low == low and low > 0.2:
        warning = (f"{low:.0%} of the {r * c} cells have an expected count below 5 (more than "
                   "20%): the chi-squared p-value is unreliable; merge frames or camps, or use "
                   "a permutation test.")
        warnings.warn(f"compare_frame_chi2: {warning}", stacklevel=2)
    return {"statistic": stat, "dof": int(dof), "p": p, "cramers_v": v, "n": n,
            "n_excluded": n_excluded, "share_low_expected": low, "warning": warning,
            "observed": observed, "expected": expected}
