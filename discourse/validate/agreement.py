r"""Agreement between coders, and between coders and the model.

The data are *reliability data*: a table with one row per unit (quote) and one column per coder
(or per model), each cell the label that coder gave the unit, NaN where the coder did not code it.
:func:`reliability_matrix` builds it from a long table of codings (``unit``, ``coder``,
``label``), as read from coding sheets by :func:`read_codings`.

Statistics
----------
percent agreement
    For each unit with at least two labels, the share of pairs of its labels that agree; the
    mean over those units. With two coders: the share of units coded by both on which they agree.
Cohen's kappa (two coders)
    ``kappa = (p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and ``p_e =
    sum_k p_1k p_2k`` the agreement expected from each coder's own label distribution, over units
    coded by both (Cohen 1960); weighted (linear or quadratic) as Cohen (1968). Computed by
    ``sklearn.metrics.cohen_kappa_score``.
Krippendorff's alpha (any number of coders, missing values)
    ``alpha = 1 - D_o / D_e`` from the coincidence matrix ``o_ck = sum_u (number of c-k pairs of
    values in unit u) / (m_u - 1)`` over units with ``m_u >= 2`` values, ``n_c = sum_k o_ck``,
    ``n = sum_c n_c``::

        alpha = 1 - (n - 1) * sum_{c,k} o_ck delta2_ck / sum_{c,k} n_c n_k delta2_ck

    with the difference function ``delta2`` of the level of measurement: nominal ``[c != k]``;
    ordinal ``(sum_{g=c}^{k} n_g - (n_c + n_k) / 2)^2`` over the ordered values; interval
    ``(c - k)^2``; ratio ``((c - k) / (c + k))^2`` (Krippendorff 2011). Computed by the
    ``krippendorff`` package (Castro 2017).

Every statistic has a percentile bootstrap interval over units (units drawn with replacement,
seeded), :func:`bootstrap_agreement`.

References
----------
Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
Measurement 20(1), 37-46. Cohen, J. (1968). Weighted kappa. Psychological Bulletin 70(4), 213-220.
Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
Communication, University of Pennsylvania (https://repository.upenn.edu/asc_papers/43).
Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard reliability measure for
coding data. Communication Methods and Measures 1(1), 77-89 (bootstrapping alpha).
"""

from __future__ import annotations

import csv
import math
import warnings
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

LEVELS: tuple[str, ...] = ("nominal", "ordinal", "interval", "ratio")
WEIGHTS: tuple[str | None, ...] = (None, "linear", "quadratic")
STATISTICS: tuple[str, ...] = ("percent", "kappa", "alpha")


# --------------------------------------------------------------------------- input


def _is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def reliability_matrix(
    codings: pd.DataFrame, *, unit: str = "quote_id", coder: str = "coder", label: str = "label"
) -> pd.DataFrame:
    """Long codings -> reliability data (units x coders).

    Parameters
    ----------
    codings : DataFrame
        One row per (unit, coder) coding with columns ``unit``, ``coder``, ``label``. Empty or
        missing labels count as "not coded".
    unit, coder, label : str, default='quote_id', 'coder', 'label'

    Returns
    -------
    DataFrame
        Index = units (sorted, first appearance order irrelevant), columns = coders (sorted),
        values = labels (object; NaN where not coded). Units no coder labelled are kept as all-NaN
        rows (they count in nothing).

    Raises
    ------
    ValueError
        A missing column, or one coder giving two different labels to the same unit (names the
        unit and coder).

    Examples
    --------
    >>> long = pd.DataFrame({"quote_id": ["q1", "q1", "q2"], "coder": ["ann", "bob", "ann"],
    ...                      "label": ["pro", "anti", "pro"]})
    >>> reliability_matrix(long)
    coder      ann   bob
    quote_id
    q1         pro  anti
    q2         pro   NaN
    """
    missing = [c for c in (unit, coder, label) if c not in codings.columns]
    if missing:
        raise ValueError(f"reliability_matrix: column(s) {missing} not in the codings; "
                         f"columns are {list(codings.columns)}.")
    df = codings[[unit, coder, label]].copy()
    df[label] = df[label].map(lambda v: np.nan if _is_missing(v) else v).astype(object)
    coded = df.dropna(subset=[label])
    clash = coded.groupby([unit, coder], sort=True)[label].nunique()
    clash = clash[clash > 1]
    if len(clash):
        (u, c) = clash.index[0]
        raise ValueError(f"reliability_matrix: coder {c!r} gave unit {u!r} more than one label "
                         f"({len(clash)} such unit/coder pair(s)).")
    coded = coded.drop_duplicates([unit, coder])
    units = sorted(df[unit].dropna().astype(str).unique())
    coders = sorted(df[coder].dropna().astype(str).unique())
    wide = coded.assign(**{unit: coded[unit].astype(str), coder: coded[coder].astype(str)}).pivot(
        index=unit, columns=coder, values=label)
    wide = wide.reindex(index=units, columns=coders).astype(object)
    wide = wide.where(wide.notna(), np.nan)
    wide.index.name, wide.columns.name = unit, coder
    return wide


def _codes(data: pd.DataFrame | np.ndarray, level: str) -> tuple[np.ndarray, np.ndarray]:
    """Reliability data as a float matrix of value indices (NaN missing) and the sorted values.

    Nominal labels may be any hashable values; the other levels need numbers.
    """
    arr = data.to_numpy(dtype=object) if isinstance(data, pd.DataFrame) else np.asarray(data, object)
    if arr.ndim != 2:
        raise ValueError(f"Reliability data must be a 2-d table (units x coders); got {arr.ndim}-d.")
    flat = [v for v in arr.ravel() if not _is_missing(v)]
    if level == "nominal":
        values = np.array(sorted(set(flat), key=lambda v: (str(type(v)), v)), dtype=object)
    else:
        try:
            values = np.array(sorted({float(v) for v in flat}), dtype=float)
        except (TypeError, ValueError) as err:
            raise ValueError(f"Level {level!r} needs numeric labels; {err}.") from err
    index = {v: i for i, v in enumerate(values.tolist())}
    out = np.full(arr.shape, np.nan)
    for (i, j), v in np.ndenumerate(arr):
        if not _is_missing(v):
            out[i, j] = index[v if level == "nominal" else float(v)]
    return out, values


# --------------------------------------------------------------------------- statistics


def percent_agreement(data: pd.DataFrame | np.ndarray) -> float:
    """Mean share of agreeing pairs of labels per unit, over units with at least two labels.

    Parameters
    ----------
    data : DataFrame or 2-d array
        Reliability data, units x coders, NaN (or "") where not coded.

    Returns
    -------
    float
        In [0, 1]; NaN when no unit has two labels.

    Examples
    --------
    >>> percent_agreement([["a", "a"], ["a", "b"], ["b", "b"], ["a", None]])
    0.6666666666666666
    >>> percent_agreement([["a", "a", "b"]])  # pairs a-a agree, a-b and a-b do not
    0.3333333333333333
    """
    codes, _ = _codes(data, "nominal")
    shares = []
    for row in codes:
        vals = row[~np.isnan(row)]
        m = len(vals)
        if m < 2:
            continue
        _, counts = np.unique(vals, return_counts=True)
        shares.append(float((counts * (counts - 1)).sum() / (m * (m - 1))))
    return float(np.mean(shares)) if shares else float("nan")


def cohen_kappa(
    a: Sequence, b: Sequence, *, labels: Sequence | None = None, weights: str | None = None
) -> float:
    """Cohen's kappa of two coders' labels of the same units (pairs with a missing label dropped).

    Parameters
    ----------
    a, b : sequence
        Labels of the same units by coder 1 and coder 2; None/NaN/"" = not coded.
    labels : sequence, default=None
        The label set, in order (needed for weights on non-numeric labels, and to include labels
        neither coder used); ``None``: the sorted labels that occur.
    weights : {None, 'linear', 'quadratic'}, default=None
        Disagreement weights ``|i - j|`` or ``(i - j)^2`` on the label positions.

    Returns
    -------
    float
        In [-1, 1]; NaN when no unit is coded by both, and when ``p_e = 1`` (both coders used a
        single, identical label throughout: agreement cannot be told from chance).

    Examples
    --------
    >>> a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    >>> b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    >>> round(cohen_kappa(a, b), 6)  # p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5
    0.4
    """
    if weights not in WEIGHTS:
        raise ValueError(f"The 'weights' parameter of cohen_kappa must be one of {list(WEIGHTS)}; "
                         f"got {weights!r}.")
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: a and b must label the same units; got {len(a)} and "
                         f"{len(b)} labels.")
    pairs = [(x, y) for x, y in zip(a, b) if not _is_missing(x) and not _is_missing(y)]
    if not pairs:
        return float("nan")
    if labels is None:
        labels = sorted({v for p in pairs for v in p}, key=lambda v: (str(type(v)), v))
    pos = {v: i for i, v in enumerate(labels)}
    unknown = sorted({str(v) for p in pairs for v in p if v not in pos})
    if unknown:
        raise ValueError(f"cohen_kappa: label(s) {unknown} not in 'labels' {list(labels)}.")
    # scikit-learn computes it; labels go in as their positions, so that mixed or non-numeric
    # label sets work and the weights apply to the order given by ``labels``.
    y1 = [pos[x] for x, _ in pairs]
    y2 = [pos[y] for _, y in pairs]
    with warnings.catch_warnings():
        # undefined kappa (p_e = 1): scikit-learn warns and returns NaN, which is our answer too
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(y1, y2, labels=list(range(len(labels))), weights=weights)
    return float(value)


def krippendorff_alpha(data: pd.DataFrame | np.ndarray, *, level: str = "nominal") -> float:
    """Krippendorff's alpha of reliability data (units x coders), any number of coders.

    Parameters
    ----------
    data : DataFrame or 2-d array
        Units x coders; NaN, None or "" where a coder did not code a unit. Units with fewer than
        two values are not pairable and do not count.
    level : {'nominal', 'ordinal', 'interval', 'ratio'}, default='nominal'
        Level of measurement (the difference function, see the module docstring); all but
        nominal need numeric labels.

    Returns
    -------
    float
        alpha <= 1 (1 = perfect agreement, 0 = chance, negative = systematic disagreement); NaN
        when fewer than two pairable values or only one value occurs (no expected disagreement).

    Examples
    --------
    Krippendorff (2011), binary data, two observers, ten units:

    >>> a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    >>> b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    >>> round(krippendorff_alpha(np.array([a, b]).T), 3)
    0.095
    """
    if level not in LEVELS:
        raise ValueError(f"The 'level' parameter of krippendorff_alpha must be one of {list(LEVELS)}; "
                         f"got {level!r}.")
    codes, values = _codes(data, level)
    pairable = (~np.isnan(codes)).sum(axis=1) >= 2
    if len(values) < 2 or not pairable.any():
        return float("nan")  # no expected disagreement, or nothing to compare
    # The ``krippendorff`` package computes it (coders x units). Nominal and ordinal distances
    # depend only on the order of the values, so their positions go in; interval and ratio
    # distances need the values themselves.
    if level in ("nominal", "ordinal"):
        reliability, domain = codes.T, np.arange(len(values), dtype=float)
    else:
        reliability = np.where(np.isnan(codes), np.nan, values[np.nan_to_num(codes).astype(int)]).T
        domain = values.astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(krippendorff.alpha(reliability_data=reliability, value_domain=domain,
                                        level_of_measurement=level))


# --------------------------------------------------------------------------- uncertainty


def bootstrap_agreement(
    data: pd.DataFrame | np.ndarray,
    statistic: Callable[[np.ndarray], float],
    *,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float, float]:
    """A statistic of reliability data with a percentile bootstrap interval over units.

    Units (rows) are drawn with replacement ``n_boot`` times from ``numpy.random.default_rng(seed)``
    (one ``integers`` call for all resamples); the interval is the ``(1 - level) / 2`` and
    ``1 - (1 - level) / 2`` quantiles of the resampled statistics, ignoring resamples where it is
    undefined (NaN, e.g. a resample with a single label).

    Parameters
    ----------
    data : DataFrame or 2-d array
        Units x coders.
    statistic : callable
        Takes a 2-d object array of the same columns and returns a float, e.g.
        ``lambda d: krippendorff_alpha(d, level="ordinal")``.
    n_boot : int, default=1000
    seed : int, default=0
    level : float, default=0.95

    Returns
    -------
    estimate, low, high : tuple of float
        The statistic on all units and the interval; ``(estimate, nan, nan)`` when the statistic
        is undefined on more than half of the resamples or there are fewer than two units.

    Examples
    --------
    >>> d = np.array([["a", "a"], ["b", "b"], ["a", "a"]], dtype=object)
    >>> bootstrap_agreement(d, percent_agreement, n_boot=50)
    (1.0, 1.0, 1.0)
    """
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"The 'n_boot' parameter must be a positive int; got {n_boot!r} instead.")
    if not 0.0 < level < 1.0:
        raise ValueError(f"The 'level' parameter must be in the open interval (0, 1); got {level!r}.")
    arr = data.to_numpy(dtype=object) if isinstance(data, pd.DataFrame) else np.asarray(data, object)
    estimate = float(statistic(arr))
    nan = float("nan")
    if len(arr) < 2:
        return (estimate, nan, nan)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(arr), size=(n_boot, len(arr)))
    boot = np.array([statistic(arr[row]) for row in idx], dtype=float)
    ok = boot[~np.isnan(boot)]
    if len(ok) < n_boot / 2:
        return (estimate, nan, nan)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(ok, [tail, 1.0 - tail])
    return (estimate, float(low), float(high))


def agreement_table(
    data: pd.DataFrame,
    *,
    coders: Sequence[str] | None = None,
    models: Sequence[str] = (),
    level: str = "nominal",
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Agreement among coders, between each pair of coders, and between coders and each model.

    Parameters
    ----------
    data : DataFrame
        Reliability data, units x columns (from :func:`reliability_matrix`), with the coders'
        columns and the models' columns (a model is one more "coder" whose labels come from the
        pipeline, e.g. ``frame_top``).
    coders : list of str, default=None
        The coder columns; ``None``: every column not in ``models``.
    models : list of str, default=()
    level : {'nominal', 'ordinal', 'interval', 'ratio'}, default='nominal'
        For alpha (and kappa weights: ordinal -> linear, interval/ratio -> quadratic).
    n_boot, seed, confidence
        Bootstrap over units, see :func:`bootstrap_agreement`.

    Returns
    -------
    DataFrame
        One row per comparison x statistic, in this order: ``all coders`` (alpha, percent;
        when there are at least two coders), each coder pair ``A vs B`` (kappa, alpha, percent),
        each model against the coders ``model vs coders`` (alpha, percent: the model added as one
        more coder minus nothing else... i.e. alpha over coders+model) and against each coder
        ``model vs A`` (kappa, percent). Columns ``comparison``, ``statistic``, ``n_units`` (units
        with at least two labels among the compared columns), ``estimate``, ``ci_low``,
        ``ci_high``.
    """
    if level not in LEVELS:
        raise ValueError(f"The 'level' parameter of agreement_table must be one of {list(LEVELS)}; "
                         f"got {level!r}.")
    models = list(models)
    missing = [m for m in models if m not in data.columns]
    if missing:
        raise ValueError(f"agreement_table: model column(s) {missing} not in the data; columns are "
                         f"{list(data.columns)}.")
    coders = [c for c in data.columns if c not in models] if coders is None else list(coders)
    kappa_weights = {"nominal": None, "ordinal": "linear"}.get(level, "quadratic")
    rows = []

    def add(comparison: str, cols: list[str], stats: Sequence[str]) -> None:
        sub = data[cols].to_numpy(dtype=object)
        n_units = int(sum(sum(not _is_missing(v) for v in r) >= 2 for r in sub))
        for name in stats:
            if name == "kappa":
                fn = _kappa_fn(sub, kappa_weights, level)
            elif name == "alpha":
                def fn(d):
                    return krippendorff_alpha(d, level=level)
            else:
                fn = percent_agreement
            est, low, high = bootstrap_agreement(sub, fn, n_boot=n_boot, seed=seed, level=confidence)
            rows.append({"comparison": comparison, "statistic": name, "n_units": n_units,
                         "estimate": est, "ci_low": low, "ci_high": high})

    if len(coders) >= 2:
        add("all coders", coders, ["alpha", "percent"])
        for c1, c2 in combinations(coders, 2):
            add(f"{c1} vs {c2}", [c1, c2], ["kappa", "alpha", "percent"])
    for m in models:
        if len(coders) >= 2:
            add(f"{m} vs coders", [*coders, m], ["alpha", "percent"])
        for c in coders:
            add(f"{m} vs {c}", [c, m], ["kappa", "alpha", "percent"])
    return pd.DataFrame(rows, columns=["comparison", "statistic", "n_units", "estimate", "ci_low",
                                       "ci_high"])


def _kappa_fn(sub: np.ndarray, weights: str | None, level: str) -> Callable[[np.ndarray], float]:
    """Kappa of a two-column array, on the label set of the whole data (fixed across resamples)."""
    flat = [v for v in sub.ravel() if not _is_missing(v)]
    if level == "nominal":
        labels = sorted(set(flat), key=lambda v: (str(type(v)), v))
    else:
        labels = sorted({float(v) for v in flat})

    def fn(d: np.ndarray) -> float:
        a, b = d[:, 0], d[:, 1]
        if level != "nominal":
            a = [None if _is_missing(v) else float(v) for v in a]
            b = [None if _is_missing(v) else float(v) for v in b]
        return cohen_kappa(list(a), list(b), labels=labels, weights=weights)

    return fn


# --------------------------------------------------------------------------- coding sheets


class CodingSheetError(ValueError):
    """A coding sheet that cannot be read; the message names the file, line and field."""


def read_codings(
    paths: Sequence[str | Path],
    *,
    unit: str = "quote_id",
    label: str = "label",
    coder_col: str | None = "coder",
    keep: Sequence[str] = (),
) -> pd.DataFrame:
    """Read coded sheets (CSV from :func:`discourse.validate.sampling.sample_for_coding`) into long codings.

    Parameters
    ----------
    paths : list of path
        One CSV per coder, or CSVs holding several coders (a ``coder_col`` value per row).
    unit, label : str, default='quote_id', 'label'
        The unit id and label columns; both must exist in every file.
    coder_col : str or None, default='coder'
        Column naming the coder of each row. A row whose coder cell is empty (or every row, when
        the column is absent or ``coder_col`` is None) takes the file name without extension as
        its coder, so two coders' copies ``ann.csv`` and ``bob.csv`` need no coder column.
    keep : list of str, default=()
        Further columns to keep (e.g. a model's labels); missing ones are NaN.

    Returns
    -------
    DataFrame
        One row per coded row: ``unit``, ``coder``, ``label``, the ``keep`` columns, ``file``,
        ``line`` (1-based CSV line of the row, header = line 1); labels as strings, empty -> NaN.

    Raises
    ------
    CodingSheetError
        A missing file, a missing column (names the file and the columns it has), an empty unit
        id (names file and line), or one unit listed twice for the same coder with different
        labels (names both lines).
    """
    frames = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise CodingSheetError(f"{path}: no such file")
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except (UnicodeDecodeError, pd.errors.ParserError, csv.Error) as err:
            raise CodingSheetError(f"{path}: not a readable UTF-8 CSV ({err})") from err
        for col in (unit, label):
            if col not in df.columns:
                raise CodingSheetError(f"{path}: no column {col!r} (field --"
                                       f"{'unit' if col == unit else 'label'}); columns are "
                                       f"{list(df.columns)}")
        df["line"] = np.arange(2, len(df) + 2)
        empty = df.index[df[unit].str.strip() == ""]
        if len(empty):
            raise CodingSheetError(f"{path}, line {int(df.loc[empty[0], 'line'])}: empty {unit!r}")
        has_coder = coder_col is not None and coder_col in df.columns
        coder = df[coder_col].str.strip() if has_coder else pd.Series("", index=df.index)
        out = pd.DataFrame({
            unit: df[unit].str.strip(),
            "coder": coder.where(coder != "", path.stem),
            label: df[label].str.strip().replace("", np.nan),
        })
        for col in keep:
            out[col] = (df[col].str.strip().replace("", np.nan) if col in df.columns
                        else np.nan)
        out["file"] = str(path)
        out["line"] = df["line"]
        frames.append(out)
    if not frames:
        raise CodingSheetError("no coding sheets given")
    long = pd.concat(frames, ignore_index=True)
    coded = long.dropna(subset=[label])
    dup = coded[coded.duplicated([unit, "coder"], keep=False)]
    for (u, c), g in dup.groupby([unit, "coder"], sort=True):
        if g[label].nunique() > 1:
            where = "; ".join(f"{f}, line {ln}: {lab!r}" for f, ln, lab in
                              zip(g["file"], g["line"], g[label]))
            raise CodingSheetError(f"unit {u!r} has two labels from coder {c!r} ({where})")
    return long
