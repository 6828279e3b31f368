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
from scipy.stats import norm

from discourse.compare.cluster import MIN_CLUSTERS, cluster_ratio_ci, cluster_share_ci
from discourse.compare.stats import bootstrap_mean_ci
from discourse.core.schema import enforce_schema
from discourse.measure.frames import Frame
from discourse.measure.targets import Target
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
    cluster_col: str | None = None,
    min_clusters: int = MIN_CLUSTERS,
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
    cluster_col : str, default=None
        The article of each quote (``doc_id``). Given, the interval resamples articles
        (:func:`discourse.compare.cluster.cluster_ratio_ci`), is withheld below
        ``min_clusters`` articles, and the table gains ``n_articles`` and ``interval`` (what the
        interval is, or why there is none). ``None``: quotes are resampled as independent.
    min_clusters : int, default=10
        With ``cluster_col``: fewer articles than this get no interval.

    Returns
    -------
    DataFrame
        The summaries table: one row per camp x measure, camps in order, measures in order
        within each camp; columns ``camp``, ``measure``, ``n`` (non-missing values), ``mean``,
        ``ci_low``, ``ci_high`` (NaN when n = 0; CI NaN when n = 1), ``small_n`` (bool)
        (and ``n_articles``, ``interval`` with ``cluster_col``).

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
    _check_columns(scores, [group_col, *measures, *([cluster_col] if cluster_col else [])],
                   "compare_camps", "column(s)")
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
            if cluster_col:
                iv = cluster_ratio_ci(values, 1.0, scores.loc[in_camp, cluster_col],
                                      n_boot=n_boot, seed=derived_seed(seed, camp, m),
                                      level=level, min_clusters=min_clusters)
                rows.append({"camp": camp, "measure": m, "n": iv.n, "mean": iv.estimate,
                             "ci_low": iv.low, "ci_high": iv.high, "small_n": bool(iv.n < min_n),
                             "n_articles": iv.n_clusters, "interval": iv.interval})
                continue
            values = values[~np.isnan(values)]
            mean, low, high = bootstrap_mean_ci(
                values, n_boot=n_boot, seed=derived_seed(seed, camp, m), level=level
            )
            rows.append(
                {"camp": camp, "measure": m, "n": int(len(values)), "mean": mean,
                 "ci_low": low, "ci_high": high, "small_n": bool(len(values) < min_n)}
            )
    extra = ["n_articles", "interval"] if cluster_col else []
    out = pd.DataFrame(
        rows, columns=["camp", "measure", "n", "mean", "ci_low", "ci_high", "small_n", *extra]
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


def wilson_interval(k: int, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a share ``k / n`` (Wilson 1927).

    ``(k + z²/2) / (n + z²) ± z / (n + z²) · sqrt(k (n - k) / n + z² / 4)`` with ``z`` the normal
    quantile of ``(1 + level) / 2``; unlike the normal approximation it stays within [0, 1] and is
    usable for shares near 0 or 1 and small n. ``(nan, nan)`` when n = 0.

    Examples
    --------
    >>> [round(x, 4) for x in wilson_interval(3, 10)]
    [0.1078, 0.6032]
    """
    if n <= 0:
        return (float("nan"), float("nan"))
    z = float(norm.ppf((1.0 + level) / 2.0))
    center = (k + z * z / 2.0) / (n + z * z)
    half = z / (n + z * z) * np.sqrt(k * (n - k) / n + z * z / 4.0)
    return (float(max(0.0, center - half)), float(min(1.0, center + half)))


def _shares(k: int, n: int, level: float) -> tuple[float, float, float]:
    low, high = wilson_interval(k, n, level=level)
    return (k / n if n else float("nan"), low, high)


def _boot_ratio_ci(sums: np.ndarray, counts: np.ndarray, *, n_boot: int, seed: int,
                   level: float) -> tuple[float, float, float]:
    """``sum(sums) / sum(counts)`` with a percentile bootstrap over the rows (quotes).

    Each quote carries the sum of its mention scores and its number of mentions; resampling
    quotes keeps a quote's mentions together. Resamples are drawn in blocks of at most 4 million
    cells, so memory stays bounded.
    """
    m = len(counts)
    if m == 0:
        return (float("nan"),) * 3
    est = float(sums.sum() / counts.sum())
    if m == 1:
        return (est, float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    rows = max(1, 4_000_000 // m)
    out = np.empty(n_boot)
    for start in range(0, n_boot, rows):
        stop = min(n_boot, start + rows)
        idx = rng.integers(0, m, size=(stop - start, m))
        out[start:stop] = sums[idx].sum(axis=1) / counts[idx].sum(axis=1)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(out, [tail, 1.0 - tail])
    return (est, float(low), float(high))


def _framed_mask(scores: pd.DataFrame, ids: Sequence[str]) -> np.ndarray:
    """Quotes with at least one frame word: some ``frame_<id>`` share above 0."""
    cols = [f"frame_{i}" for i in ids]
    _check_columns(scores, cols, "compare_frames", "frame column(s)")
    total = np.zeros(len(scores))
    for c in cols:
        total += scores[c].to_numpy(dtype=float)
    return total > 0


def compare_framed(
    scores: pd.DataFrame,
    frames: Sequence[Frame] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    min_n: int = 5,
    level: float = 0.95,
    group_col: str = "camp",
    cluster_col: str | None = None,
    min_clusters: int = MIN_CLUSTERS,
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """How often each camp uses any frame word at all: the share of its quotes with a frame word.

    Parameters
    ----------
    scores : DataFrame
        :func:`discourse.measure.frames.score_frames` output (``frame_<id>`` shares) with ``camp``.
    frames : list of Frame or of frame ids
        The dictionary whose words count (pass all frames for the standard table).
    camps, min_n, level, group_col
        As in :func:`compare_camps`; ``small_n`` flags camps with fewer than ``min_n`` quotes.
    cluster_col, min_clusters, n_boot, seed
        Given ``cluster_col``, the interval is the Jeffreys interval widened by the design effect
        of the articles (:func:`discourse.compare.cluster.cluster_share_ci`), withheld below
        ``min_clusters`` articles; ``n_articles`` and ``interval`` are added.

    Returns
    -------
    DataFrame
        One row per camp: ``camp, n_quotes, n_framed, share_framed, ci_low, ci_high`` (Wilson
        interval, or see ``cluster_col``), ``small_n``.

    Examples
    --------
    >>> s = pd.DataFrame({"camp": ["a", "a", "a", "b"], "frame_x": [0.5, 0.0, 1.0, 0.0],
    ...                   "frame_y": [0.5, 0.0, 0.0, 0.0]})
    >>> compare_framed(s, ["x", "y"], min_n=1)[["camp", "n_quotes", "n_framed", "share_framed"]]
      camp  n_quotes  n_framed  share_framed
    0    a         3         2      0.666667
    1    b         1         0      0.000000
    """
    ids = [f.id if isinstance(f, Frame) else str(f) for f in frames]
    _check_columns(scores, [group_col], "compare_framed", "column(s)")
    framed = _framed_mask(scores, ids)
    groups = scores[group_col].astype(object).to_numpy()
    rows = []
    for camp in _camp_order(scores, camps, group_col):
        in_camp = groups == camp
        n, k = int(in_camp.sum()), int((framed & in_camp).sum())
        share, low, high = _shares(k, n, level)
        extra = {}
        if cluster_col:
            iv = cluster_share_ci(framed[in_camp].astype(float), 1.0,
                                  scores.loc[in_camp, cluster_col], n_boot=n_boot,
                                  seed=derived_seed(seed, camp, "framed"), level=level,
                                  min_clusters=min_clusters)
            low, high = iv.low, iv.high
            extra = {"n_articles": iv.n_clusters, "interval": iv.interval}
        rows.append({"camp": camp, "n_quotes": n, "n_framed": k, "share_framed": share,
                     "ci_low": low, "ci_high": high, "small_n": bool(n < min_n), **extra})
    return pd.DataFrame(rows, columns=["camp", "n_quotes", "n_framed", "share_framed", "ci_low",
                                       "ci_high", "small_n",
                                       *(["n_articles", "interval"] if cluster_col else [])])


def compare_frames(
    scores: pd.DataFrame,
    frames: Sequence[Frame] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    group_col: str = "camp",
    cluster_col: str | None = None,
    min_clusters: int = MIN_CLUSTERS,
) -> pd.DataFrame:
    """Mean frame share of each camp's **framed** quotes, with bootstrap CIs.

    Only quotes with at least one frame word count (a quote without any has no frame shares to
    speak of): the mean share of frame ``f`` among a camp's framed quotes says which frames the
    camp uses when it uses frame words, apart from how often it does, which
    :func:`compare_framed` reports on its own.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`discourse.measure.frames.score_frames` (``frame_<id>`` columns) with ``camp``.
    frames : list of Frame or of frame ids
        Frames to report, in order; a quote is framed when one of their shares is above 0.
    camps, n_boot, seed, min_n, group_col, cluster_col, min_clusters
        As in :func:`compare_camps` (``cluster_col``: intervals by article).

    Returns
    -------
    DataFrame
        The :func:`compare_camps` summaries (measure ``frame_<id>``; ``n`` = framed quotes of the
        camp; ``small_n`` flags n < ``min_n``) plus ``frame`` (the id), ``label`` and
        ``n_quotes`` (all quotes of the camp); one row per camp x frame.
    """
    frames = list(frames)
    ids = [f.id if isinstance(f, Frame) else str(f) for f in frames]
    labels = {f.id: f.label for f in frames if isinstance(f, Frame)}
    framed = _framed_mask(scores, ids)
    cols = [f"frame_{i}" for i in ids]
    # Shares of unframed quotes become NaN (not measured), so compare_camps leaves them out.
    among = scores[[group_col, *cols, *([cluster_col] if cluster_col else [])]].copy()
    for c in cols:
        among[c] = np.where(framed, among[c].to_numpy(dtype=float), np.nan)
    out = compare_camps(
        among, measures=cols, camps=camps, n_boot=n_boot, seed=seed, min_n=min_n,
        group_col=group_col, cluster_col=cluster_col, min_clusters=min_clusters,
    )
    out["frame"] = out["measure"].str.removeprefix("frame_")
    out["label"] = out["frame"].map(lambda i: labels.get(i, i))
    n_quotes = scores[group_col].astype(object).value_counts()
    out["n_quotes"] = out["camp"].map(lambda c: int(n_quotes.get(c, 0))).astype("int64")
    return out


def compare_stance(
    scores: pd.DataFrame,
    targets: Sequence[Target] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    level: float = 0.95,
    group_col: str = "camp",
    cluster_col: str | None = None,
    min_clusters: int = MIN_CLUSTERS,
) -> pd.DataFrame:
    """Stance toward each target by camp, as shares of mentions, with the mean score beside them.

    The unit is the **mention** (:mod:`discourse.measure.stance`): each mention of a target is
    favour, against or neither. Per camp and target: the shares of the camp's mentions of the
    target that are favour, against and neither, each with a Wilson interval
    (:func:`wilson_interval`); and the **mean score**, defined once as the mean over the camp's
    mentions of the mention scores (mentions without evaluative words count 0), i.e.
    ``sum_q n_q s_q / sum_q n_q`` over its quotes ``q`` with ``n_q`` mentions and mean mention
    score ``s_q``, with a percentile bootstrap interval that resamples quotes (a quote's
    mentions stay together). A quote with two mentions counts as two mentions whether it is one
    quote or split in two.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`discourse.measure.stance.score_stance` (``stance_<id>_score``,
        ``stance_<id>_mentions``, ``stance_<id>_favour``, ``stance_<id>_against``) with ``camp``.
    targets : list of Target or of target ids
        Targets to report, in order.
    camps, n_boot, seed, min_n, level, group_col
        As in :func:`compare_camps`; ``small_n`` flags fewer than ``min_n`` mentions. The
        bootstrap of a cell uses :func:`derived_seed` ``(seed, camp, "stance_<id>")``.
    cluster_col, min_clusters
        Given ``cluster_col`` (``doc_id``), the mean's interval resamples articles and the shares'
        intervals are Jeffreys intervals widened by the articles' design effect
        (:mod:`discourse.compare.cluster`), all withheld below ``min_clusters`` articles;
        ``n_articles`` and ``interval`` are added.

    Returns
    -------
    DataFrame
        One row per camp x target: ``camp``, ``measure`` (``stance_<id>``), ``n`` (mentions),
        ``mean``, ``ci_low``, ``ci_high`` (the mean score), ``small_n``, ``target``, ``label``,
        ``n_quotes`` (all quotes of the camp), ``n_mentioning`` (quotes that mention the target),
        ``n_favour``, ``n_against``, ``n_neither`` (mentions), and ``share_favour``,
        ``favour_low``, ``favour_high``, ``share_against``, ``against_low``, ``against_high``,
        ``share_neither``, ``neither_low``, ``neither_high`` (NaN when n = 0).

    Examples
    --------
    >>> from discourse.measure.stance import score_stance
    >>> q = pd.DataFrame({"camp": ["a", "a"], "text": [
    ...     "We condemn Lukashenko. Lukashenko met Putin on Monday.", "Minsk is our ally."]})
    >>> t = compare_stance(score_stance(q), ["lukashenko"], n_boot=100, min_n=1)
    >>> t[["camp", "n", "n_favour", "n_against", "n_neither", "share_against", "mean"]]
      camp  n  n_favour  n_against  n_neither  share_against      mean
    0    a  3         1          1          1       0.333333 -0.041667
    """
    targets = list(targets)
    ids = [t.id if isinstance(t, Target) else str(t) for t in targets]
    labels = {t.id: t.label for t in targets if isinstance(t, Target)}
    need = [f"stance_{i}_{part}" for i in ids for part in ("score", "mentions", "favour", "against")]
    _check_columns(scores, [group_col, *need, *([cluster_col] if cluster_col else [])],
                   "compare_stance", "column(s)")
    if not isinstance(min_n, int) or min_n < 0:
        raise ValueError(f"The 'min_n' parameter of compare_stance must be an int >= 0; "
                         f"got {min_n!r}.")
    groups = scores[group_col].astype(object).to_numpy()
    rows = []
    for camp in _camp_order(scores, camps, group_col):
        in_camp = groups == camp
        for tid in ids:
            counts = scores[f"stance_{tid}_mentions"].to_numpy(dtype=float)[in_camp]
            mentioning = counts > 0
            counts = counts[mentioning]
            mean_q = scores[f"stance_{tid}_score"].to_numpy(dtype=float)[in_camp][mentioning]
            n = int(counts.sum())
            fav = int(scores[f"stance_{tid}_favour"].to_numpy(dtype=float)[in_camp].sum())
            aga = int(scores[f"stance_{tid}_against"].to_numpy(dtype=float)[in_camp].sum())
            cell_seed = derived_seed(seed, camp, f"stance_{tid}")
            if cluster_col:
                docs = scores.loc[in_camp, cluster_col].to_numpy()[mentioning]
                iv = cluster_ratio_ci(counts * mean_q, counts, docs, n_boot=n_boot,
                                      seed=cell_seed, level=level, min_clusters=min_clusters)
                mean, low, high = iv.estimate, iv.low, iv.high
            else:
                mean, low, high = _boot_ratio_ci(counts * mean_q, counts, n_boot=n_boot,
                                                 seed=cell_seed, level=level)
            row = {"camp": camp, "measure": f"stance_{tid}", "n": n, "mean": mean,
                   "ci_low": low, "ci_high": high, "small_n": bool(n < min_n), "target": tid,
                   "label": labels.get(tid, tid), "n_quotes": int(in_camp.sum()),
                   "n_mentioning": int(mentioning.sum()), "n_favour": fav, "n_against": aga,
                   "n_neither": n - fav - aga}
            side_counts = {
                "favour": scores[f"stance_{tid}_favour"].to_numpy(dtype=float)[in_camp][mentioning],
                "against": scores[f"stance_{tid}_against"].to_numpy(dtype=float)[in_camp][mentioning],
            }
            side_counts["neither"] = counts - side_counts["favour"] - side_counts["against"]
            for lab, k in (("favour", fav), ("against", aga), ("neither", n - fav - aga)):
                row[f"share_{lab}"], row[f"{lab}_low"], row[f"{lab}_high"] = _shares(k, n, level)
                if cluster_col:
                    siv = cluster_share_ci(side_counts[lab], counts, docs, n_boot=n_boot,
                                           seed=derived_seed(seed, camp, f"stance_{tid}_{lab}"),
                                           level=level, min_clusters=min_clusters)
                    row[f"{lab}_low"], row[f"{lab}_high"] = siv.low, siv.high
            if cluster_col:
                row["n_articles"], row["interval"] = iv.n_clusters, iv.interval
            rows.append(row)
    out = pd.DataFrame(rows)
    return enforce_schema(out, "summaries")


def compare_frame_chi2(
    scores: pd.DataFrame,
    frames: Sequence[Frame] | Sequence[str],
    *,
    camps: Sequence[str] | None = None,
    group_col: str = "camp",
    top_col: str = "frame_top",
    n_perm: int = 5000,
    seed: int = 0,
) -> dict:
    """Chi-squared test of independence of camp and top frame, with Cramér's V.

    Each quote counts once, for its top frame (``frame_top`` of
    :func:`discourse.measure.frames.score_frames`: the frame with the largest share of its
    dictionary hits). A quote whose top frames tie (``frame_top`` = ``"a|b"``) is split equally
    among the tied frames of the table (1/2 to each), never given to one by list order, so the
    counts may be fractional; ``n_ties`` counts such quotes. Quotes without any frame word
    (``frame_top == ""``) and quotes none of whose top frames is among ``frames`` are left out and
    counted in ``n_excluded``; camps and frames with no quote at all are dropped from the table
    (a zero margin has no expected count). On the remaining r x c table of counts ``O``, with
    ``E = row x col / n``::

        chi2 = sum (O - E)^2 / E        dof = (r - 1)(c - 1)        V = sqrt(chi2 / (n (min(r, c) - 1)))

    Pearson's statistic without Yates' correction, even for a 2 x 2 table (as
    ``scipy.stats.chi2_contingency(..., correction=False)``). The chi-squared approximation is
    doubtful when many expected counts are small: when more than 20% of the cells have E < 5
    (Cochran's rule), ``warning`` says so, a ``UserWarning`` is issued, and ``p`` is the seeded
    Monte Carlo permutation p instead (``p_method`` says which): the camp labels are shuffled
    over the quotes of the table ``n_perm`` times (each quote keeps its frame, ties split as
    above), and ``p = (1 + #{chi2_perm >= chi2}) / (n_perm + 1)`` (Phipson & Smyth 2010).
    The permutation treats quotes as exchangeable; quotes of one article are not, so read it
    as a lower bound when a few articles dominate.

    Cramér's V is biased upwards in small tables (its value under a random permutation of the
    example's labels is 0.67, not 0); ``cramers_v_corrected`` is Bergsma's (2013)
    bias-corrected V::

        phi2~ = max(0, chi2/n - (r-1)(c-1)/(n-1))    r~ = r - (r-1)^2/(n-1)    c~ = c - (c-1)^2/(n-1)
        V~ = sqrt(phi2~ / min(r~ - 1, c~ - 1))

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
        ``statistic``, ``dof``, ``p`` (the p to read), ``p_method`` (``asymptotic`` or
        ``permutation``), ``p_asymptotic``, ``p_permutation`` (NaN unless computed),
        ``cramers_v``, ``cramers_v_corrected`` (NaN, and p NaN, when the table has fewer
        than 2 rows or columns), ``n`` (quotes in the table), ``n_ties`` (of them, quotes split
        between tied top frames), ``n_excluded``,
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
    row_of = {c: i for i, c in enumerate(order)}
    col_of = {f: j for j, f in enumerate(ids)}
    counts = np.zeros((len(order), len(ids)))
    n_excluded = n_ties = 0
    quote_rows, quote_weights = [], []  # per quote in the table: camp row, frame weights
    for camp, top in zip(scores[group_col].astype(object), scores[top_col].astype(object)):
        if camp not in row_of:
            continue
        tied = [col_of[f] for f in (top.split("|") if isinstance(top, str) and top else [])
                if f in col_of]
        if not tied:
            n_excluded += 1
            continue
        n_ties += len(tied) > 1
        weights = np.zeros(len(ids))
        for j in tied:
            counts[row_of[camp], j] += 1.0 / len(tied)
            weights[j] += 1.0 / len(tied)
        quote_rows.append(row_of[camp])
        quote_weights.append(weights)
    observed = pd.DataFrame(counts, index=order, columns=ids)
    observed = observed.loc[observed.sum(axis=1) > 0, observed.sum(axis=0) > 0]
    observed.index.name, observed.columns.name = group_col, "frame"
    n = int(round(observed.to_numpy().sum()))
    r, c = observed.shape
    nan = float("nan")
    p_perm, v_corr, method = nan, nan, "asymptotic"
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
        v_corr = bergsma_v(stat, n, r, c)
        low = float((e < 5).mean())
    p_asym = p
    warning = ""
    if low == low and low > 0.2:
        keep_rows = [row_of[c_] for c_ in observed.index]
        keep_cols = [col_of[f] for f in observed.columns]
        p_perm = _chi2_permutation_p(np.array(quote_rows), np.array(quote_weights), stat,
                                     keep_rows, keep_cols, n_perm=n_perm, seed=seed)
        p, method = p_perm, "permutation"
        warning = (f"{low:.0%} of the {r * c} cells have an expected count below 5 (more than "
                   "20%): the chi-squared approximation is unreliable, so p is a Monte Carlo "
                   f"permutation p ({n_perm} permutations, seed {seed}).")
        warnings.warn(f"compare_frame_chi2: {warning}", stacklevel=2)
    return {"statistic": stat, "dof": int(dof), "p": p, "p_method": method,
            "p_asymptotic": p_asym, "p_permutation": p_perm, "cramers_v": v,
            "cramers_v_corrected": v_corr, "n": n,
            "n_ties": int(n_ties), "n_excluded": n_excluded, "share_low_expected": low, "warning": warning,
            "observed": observed, "expected": expected}


def bergsma_v(stat: float, n: float, r: int, c: int) -> float:
    """Bergsma's (2013) bias-corrected Cramér's V of an r x c table with chi-squared ``stat``.

    Bergsma, W. (2013). A bias-correction for Cramér's V and Tschuprow's T. Journal of the
    Korean Statistical Society 42(3), 323-328.

    >>> round(bergsma_v(26.667, 60, 2, 2), 3)
    0.659
    """
    if n <= 1:
        return float("nan")
    phi2 = max(0.0, stat / n - (r - 1) * (c - 1) / (n - 1))
    r_t = r - (r - 1) ** 2 / (n - 1)
    c_t = c - (c - 1) ** 2 / (n - 1)
    d = min(r_t - 1, c_t - 1)
    return float(np.sqrt(phi2 / d)) if d > 0 else float("nan")


def _chi2_permutation_p(rows: np.ndarray, weights: np.ndarray, observed: float,
                        keep_rows: list[int], keep_cols: list[int], *, n_perm: int,
                        seed: int) -> float:
    """Monte Carlo permutation p of the chi-squared statistic: camp labels shuffled over quotes.

    Margins are fixed by the shuffle (each quote keeps its frame weights, each camp its number
    of quotes), so the expected counts are those of the observed table.
    """
    if isinstance(n_perm, bool) or not isinstance(n_perm, int) or n_perm < 1:
        raise ValueError(f"The 'n_perm' parameter of compare_frame_chi2 must be a positive int; "
                         f"got {n_perm!r}.")
    w = weights[:, keep_cols]
    remap = {r_: i for i, r_ in enumerate(keep_rows)}
    g = np.array([remap[r_] for r_ in rows])
    r, c = len(keep_rows), len(keep_cols)
    n = w.sum()
    row_tot = np.array([w[g == i].sum() for i in range(r)])
    e = row_tot[:, None] * w.sum(axis=0)[None, :] / n
    tol = 1e-9 * max(1.0, observed)
    rng = np.random.default_rng(seed)
    hits = 0
    for _ in range(n_perm):
        gp = rng.permutation(g)
        o = np.stack([np.bincount(gp, weights=w[:, j], minlength=r) for j in range(c)], axis=1)
        hits += ((o - e) ** 2 / e).sum() >= observed - tol
    return float((1 + hits) / (n_perm + 1))
