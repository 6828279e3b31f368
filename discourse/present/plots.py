"""Figures for the report; every function returns a :class:`matplotlib.figure.Figure`.

Figures are built with the object-oriented API on a fresh :class:`ReportFigure` (a ``Figure``
subclass; not through ``pyplot``), so nothing is registered in pyplot's global figure list and
nothing needs closing: save with ``fig.savefig(path)``; in a notebook ``display(fig)`` (or the
cell's last value) shows it as PNG under any backend, including ``Agg`` under papermill, because
the figure renders itself (``_repr_png_``) instead of relying on pyplot's inline hook. Every mean
is drawn with its confidence interval and its n; cells with ``small_n`` are drawn hollow and
labelled "(small n)".
"""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullFormatter

_SMALL = "(small n)"


class ReportFigure(Figure):
    """A matplotlib ``Figure`` that IPython displays as PNG without pyplot.

    A bare ``Figure`` only gets a rich display when pyplot's inline backend has registered its
    formatter; notebooks run under papermill with ``Agg`` would show ``<Figure size ...>``.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, str]]:
        """The PNG, and its title as alternative text (``alt``) for screen readers and the
        exported page."""
        buf = io.BytesIO()
        self.savefig(buf, format="png", bbox_inches="tight")
        return buf.getvalue(), {"alt": self.alt_text()}

    def alt_text(self) -> str:
        """The figure's title, else its panels' titles: what the figure shows, in words."""
        title = self._suptitle.get_text() if self._suptitle is not None else ""
        panels = [ax.get_title() for ax in self.axes if ax.get_title()]
        return "; ".join([t for t in [title, *panels] if t]) or "Figure"


def _need(df: pd.DataFrame, cols: list[str], func: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"{func}: the table is missing column(s) {missing}; "
                         f"has {list(df.columns)}.")


def _ci_errors(df: pd.DataFrame) -> np.ndarray:
    """Asymmetric error bar lengths (2 x n) from mean/ci_low/ci_high; 0 where the CI is NaN."""
    mean = df["mean"].to_numpy(dtype=float)
    low = np.nan_to_num(mean - df["ci_low"].to_numpy(dtype=float), nan=0.0)
    high = np.nan_to_num(df["ci_high"].to_numpy(dtype=float) - mean, nan=0.0)
    return np.vstack([np.maximum(low, 0.0), np.maximum(high, 0.0)])


def _draw_means(ax, df: pd.DataFrame, *, color: str = "C0", shift: float = 0.0,
                label: str | None = None, n_labels: bool = True, marker: str = "o") -> None:
    """Horizontal point + CI per row of ``df`` (one row per camp), with n labels; ``shift``
    moves the points up (several series per camp), ``label`` names the series in a legend,
    ``marker`` tells series apart without colour (print in greyscale)."""
    camps = [str(c) for c in df["camp"]]
    y = np.arange(len(camps))[::-1]  # first camp on top
    small = df["small_n"].to_numpy(dtype=bool) if "small_n" in df else np.zeros(len(df), bool)
    has = df["n"].to_numpy() > 0
    err = _ci_errors(df)
    for filled in (True, False):
        sel = has & (small != filled)
        if sel.any():
            if label is None:
                name = "n >= min_n" if filled else "small n (hollow)"
            else:  # a named series is named once, filled or hollow
                name, label = label, "_"
            ax.errorbar(
                df["mean"].to_numpy(dtype=float)[sel], y[sel] + shift, xerr=err[:, sel], fmt=marker,
                color=color, ecolor=color, capsize=3, markersize=7,
                markerfacecolor=color if filled else "white", label=name,
            )
    ax.set_yticks(y)
    ax.set_yticklabels(camps)
    ax.set_ylim(-0.7, len(camps) - 0.3)
    if not n_labels:
        return
    # n labels at the right edge of the axes, in axes coordinates so they never overlap the data.
    for yi, n, sm in zip(y, df["n"].to_numpy(), small, strict=True):
        text = "n=0 no data" if n == 0 else f"n={int(n)}" + (f" {_SMALL}" if sm else "")
        ax.text(1.01, yi, text, transform=ax.get_yaxis_transform(), va="center", fontsize=8)
    ax.grid(axis="x", alpha=0.3)


def plot_camp_means(
    summaries: pd.DataFrame, *, measure: str, title: str | None = None
) -> Figure:
    """Mean of one measure by camp: a point with its CI bar per camp, and "n=…" beside it.

    Parameters
    ----------
    summaries : DataFrame
        Output of :func:`discourse.compare.camps.compare_camps` (``camp``, ``measure``, ``n``, ``mean``,
        ``ci_low``, ``ci_high``, ``small_n``).
    measure : str
        Which measure to draw (a value of ``summaries["measure"]``).
    title : str, default=None
        ``None``: "<measure> by camp (mean, 95% CI)".

    Returns
    -------
    Figure
        One axes; camps top to bottom in table order; camps with ``small_n`` hollow and labelled
        "(small n)", camps with n = 0 listed with "n=0 no data" and no point.
    """
    _need(summaries, ["camp", "measure", "n", "mean", "ci_low", "ci_high"], "plot_camp_means")
    df = summaries[summaries["measure"] == measure]
    if df.empty:
        raise ValueError(f"plot_camp_means: no rows for measure {measure!r}; measures are "
                         f"{sorted(summaries['measure'].unique())}.")
    fig = ReportFigure(figsize=(7, 0.45 * len(df) + 1.6), layout="constrained")
    ax = fig.add_subplot()
    _draw_means(ax, df)
    ax.axvline(0.0, color="grey", lw=0.8)
    ax.set_xlabel(f"{measure} (mean, CI)")
    ax.set_title(title or f"{measure} by camp (mean, 95% CI)")
    return fig


def plot_shares(
    shares: pd.DataFrame, *, value: str = "share_quotes", by: str = "camp", title: str | None = None
) -> Figure:
    """Horizontal bars of each group's share (of quotes or words), labelled with the counts.

    Parameters
    ----------
    shares : DataFrame
        Output of :func:`discourse.compare.camps.compare_shares`.
    value : {'share_quotes', 'share_words'}, default='share_quotes'
    by : str, default='camp'
        Column with the group names.
    title : str, default=None

    Returns
    -------
    Figure
        One axes with one bar per row, annotated "<share>% (n=<count>)".
    """
    if value not in ("share_quotes", "share_words"):
        raise ValueError(f"The 'value' parameter of plot_shares must be one of "
                         f"{{'share_quotes', 'share_words'}}. Got {value!r} instead.")
    count_col = "n_quotes" if value == "share_quotes" else "n_words"
    _need(shares, [by, value, count_col], "plot_shares")
    names = [str(v) for v in shares[by]]
    vals = shares[value].to_numpy(dtype=float)
    fig = ReportFigure(figsize=(7, 0.4 * len(names) + 1.4), layout="constrained")
    ax = fig.add_subplot()
    y = np.arange(len(names))[::-1]
    ax.barh(y, vals, color="C0")
    ax.set_yticks(y)
    ax.set_yticklabels(names)
    for yi, v, n in zip(y, vals, shares[count_col].to_numpy(), strict=True):
        ax.text(v, yi, f" {v:.0%} (n={int(n)})", va="center", fontsize=8)
    ax.set_xlim(0, max(1e-9, float(np.nanmax(vals)) if len(vals) else 1.0) * 1.3)
    ax.set_xlabel(value.replace("_", " "))
    ax.set_title(title or f"{value.replace('_', ' ')} by {by}")
    return fig


def plot_stance(stance_summary: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Stance by camp and target: one panel per target, the shares of mentions for and against.

    Parameters
    ----------
    stance_summary : DataFrame
        Output of :func:`discourse.compare.camps.compare_stance` (``camp``, ``target``, ``n``,
        ``share_favour``, ``favour_low``, ``favour_high``, ``share_against``, ``against_low``,
        ``against_high``, ``small_n``; ``label`` used for panel titles when present). A table
        without the share columns (``mean``, ``ci_low``, ``ci_high`` only) is drawn as mean
        scores on [-1, 1].
    title : str, default=None

    Returns
    -------
    Figure
        One axes per target (in table order), sharing the x range: per camp the share of its
        mentions of the target that are favour (green) and against (red), each with its
        interval; n = mentions; the rest of the mentions are neither.
    """
    shares = {"share_favour", "share_against", "favour_low", "favour_high", "against_low",
              "against_high"} <= set(stance_summary.columns)
    _need(stance_summary, ["camp", "target", "n"] + ([] if shares else ["mean", "ci_low",
                                                                       "ci_high"]), "plot_stance")
    targets = list(dict.fromkeys(stance_summary["target"]))
    if not targets:
        raise ValueError("plot_stance: the stance summary is empty.")
    camps = list(dict.fromkeys(stance_summary["camp"]))
    ncols = min(3, len(targets))
    nrows = math.ceil(len(targets) / ncols)
    fig = ReportFigure(figsize=(4.2 * ncols + 1.2, (0.4 * len(camps) + 1.5) * nrows),
                       layout="constrained")
    # Camp names once per row of panels (shared y): the n labels at each panel's right then
    # have the gap to the next panel to themselves instead of running into its camp names.
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True, sharey=True)
    for k, ax in enumerate(axes.ravel()):
        if k >= len(targets):
            fig.delaxes(ax)
            continue
        df = stance_summary[stance_summary["target"] == targets[k]]
        label = df["label"].iloc[0] if "label" in df else targets[k]
        ax.set_title(str(label), fontsize=10)
        ax.tick_params(labelbottom=True, labelleft=k % ncols == 0)  # numbers on every panel
        if not shares:
            _draw_means(ax, df, color=f"C{k % 10}")
            ax.axvline(0.0, color="grey", lw=0.8)
            ax.set_xlim(-1, 1)
            ax.set_xlabel("against  <- stance score ->  favour", fontsize=8)
            continue
        for part, color, shift, marker in (("favour", "C2", 0.15, "o"),
                                           ("against", "C3", -0.15, "s")):
            view = df.assign(mean=df[f"share_{part}"], ci_low=df[f"{part}_low"],
                             ci_high=df[f"{part}_high"])
            _draw_means(ax, view, color=color, shift=shift, label=part, n_labels=part == "favour",
                        marker=marker)
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of mentions (95% interval)", fontsize=8)
    if shares:
        named = next((ax for ax in fig.axes if ax.get_legend_handles_labels()[1]), None)
        if named is not None:  # one legend for all panels, below them, never over a point
            fig.legend(*named.get_legend_handles_labels(), loc="outside lower center", ncols=2,
                       fontsize=8)
    fig.suptitle(title or ("Stance toward targets by camp: shares of mentions for and against"
                           if shares else "Stance toward targets by camp (mean score, 95% CI)"))
    return fig


def plot_frames(frame_summary: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Heatmap of mean frame shares, camps x frames, each cell annotated with its value.

    Parameters
    ----------
    frame_summary : DataFrame
        Output of :func:`discourse.compare.camps.compare_frames` (``camp``, ``frame``, ``mean``,
        ``n``; ``label`` used for column labels when present, ``small_n`` marks cells with "*").
    title : str, default=None

    Returns
    -------
    Figure
        Two axes: the heatmap and its colour bar. Row labels carry each camp's n; cells of camps
        with ``small_n`` are marked "*".
    """
    _need(frame_summary, ["camp", "frame", "mean", "n"], "plot_frames")
    camps = list(dict.fromkeys(frame_summary["camp"]))
    frames = list(dict.fromkeys(frame_summary["frame"]))
    if not camps or not frames:
        raise ValueError("plot_frames: the frame summary is empty.")
    grid = (
        frame_summary.pivot_table(index="camp", columns="frame", values="mean", dropna=False,
                                  aggfunc="first")
        .reindex(index=camps, columns=frames)
        .to_numpy(dtype=float)
    )
    small = np.zeros_like(grid, dtype=bool)
    if "small_n" in frame_summary:
        small = (
            frame_summary.pivot_table(index="camp", columns="frame", values="small_n",
                                      aggfunc="first")
            .reindex(index=camps, columns=frames).fillna(True).to_numpy(dtype=bool)
        )
    n_by_camp = frame_summary.groupby("camp", sort=False)["n"].max()
    labels = (
        dict(zip(frame_summary["frame"], frame_summary["label"], strict=True))
        if "label" in frame_summary else {f: f for f in frames}
    )
    fig = ReportFigure(figsize=(0.55 * len(frames) + 3.2, 0.5 * len(camps) + 2.6), layout="constrained")
    ax = fig.add_subplot()
    vmax = float(np.nanmax(grid)) if np.isfinite(grid).any() else 1.0
    im = ax.imshow(np.ma.masked_invalid(grid), aspect="auto", cmap="viridis", vmin=0,
                   vmax=max(vmax, 1e-9))
    ax.set_xticks(np.arange(len(frames)))
    ax.set_xticklabels([str(labels.get(f, f)) for f in frames], rotation=60, ha="right",
                       fontsize=8)
    ax.set_yticks(np.arange(len(camps)))
    ax.set_yticklabels([f"{c} (n={int(n_by_camp.get(c, 0))})" for c in camps])
    for i in range(len(camps)):
        for j in range(len(frames)):
            v = grid[i, j]
            text = "–" if np.isnan(v) else f"{v:.2f}" + ("*" if small[i, j] else "")
            ax.text(j, i, text, ha="center", va="center", fontsize=7,
                    color="white" if np.isnan(v) or v < 0.6 * vmax else "black")
    fig.colorbar(im, ax=ax, label="mean share of frame words")
    ax.set_title(title or "Frame shares by camp (mean; * small n)")
    return fig


_STAT_LABEL = {"z": "log-odds z-score", "chi2": "signed chi2", "G2": "signed G2 (likelihood ratio)",
               "pmi": "PMI with the target"}


def _place_labels(ax, xs: np.ndarray, ys: np.ndarray, texts: list[str], *, fontsize: float,
                  dpi: float) -> list[tuple[float, float]]:
    """Offsets (in points) that keep the labels' boxes apart and inside the axes.

    A label starts just right of its point; if its estimated box (0.6 em per character, 1.3 em
    high) overlaps a labelled point or a label already placed, or leaves the axes, it is moved
    up or down in steps of one line until free (at most 20 lines away; failing that it stays
    beside its point), in the order given (the most distinctive words first, so they stay
    closest to their points).
    Positions are computed in display space from the axes' final limits and size, so the figure
    must not be resized afterwards.
    """
    pts = ax.transData.transform(np.column_stack([xs, ys])) if len(xs) else np.zeros((0, 2))
    x_lo, y_lo, x_hi, y_hi = ax.bbox.extents
    px_per_pt = dpi / 72.0
    h = 1.3 * fontsize * px_per_pt
    # The labelled points are obstacles too, so a label never hides another labelled point.
    r = 3.0 * px_per_pt
    placed: list[tuple[float, float, float, float]] = [(x - r, y - r, x + r, y + r) for x, y in pts]
    offsets = []
    steps = [0] + [s * k for k in range(1, 21) for s in (1, -1)]
    for (x0, y0), text in zip(pts, texts):
        w = (0.6 * fontsize * len(text) + 4) * px_per_pt
        left = min(x0 + 4 * px_per_pt, x_hi - w)  # a label at the right edge goes left of it
        chosen = None
        for k in steps:
            yc = y0 + k * h
            box = (left, yc - h / 2, left + w, yc + h / 2)
            if box[1] < y_lo or box[3] > y_hi:
                continue
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for b in placed):
                chosen = (k, box)
                break
        if chosen is None:
            chosen = (0, (left, y0 - h / 2, left + w, y0 + h / 2))
        k, box = chosen
        placed.append(box)
        offsets.append(((left - x0) / px_per_pt, k * h / px_per_pt))
    return offsets


def plot_keyness(keyness: pd.DataFrame, *, top: int = 15, title: str | None = None) -> Figure:
    """Keyness statistic against word frequency, the ``top`` words at each end labelled.

    Parameters
    ----------
    keyness : DataFrame
        Output of :func:`discourse.measure.keyness.keyness_by_camp` (also ``discourse.measure.frames``) or
        :func:`discourse.measure.keyness.textstat_keyness`: ``feature``, ``n_target``, ``n_reference`` and
        the statistic: ``z`` (``log_odds``), ``chi2``, ``G2`` (``lr``) or ``pmi``, taken from
        ``attrs["stat"]`` when set, else the first of those columns present.
    top : int, default=15
        Words labelled at each end (most distinctive of the target and of the reference).
    title : str, default=None
        ``None``: "Distinctive words: <target> vs <reference>" from ``keyness.attrs``.

    Returns
    -------
    Figure
        One axes: x = total count (log scale), y = the statistic; the ``top`` words of the target
        in C3 and of the reference in C0, labelled (labels moved apart so they do not overlap, a
        thin line back to the point when moved), other words grey. Words with a non-finite
        statistic (PMI of a word absent from the target) are not drawn; the legend gives the
        number drawn.
    """
    stat = keyness.attrs.get("stat")
    if stat not in keyness.columns:
        stat = next((c for c in ("z", "chi2", "G2", "pmi") if c in keyness.columns), "z")
    _need(keyness, ["feature", stat, "n_target", "n_reference"], "plot_keyness")
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise ValueError(f"The 'top' parameter of plot_keyness must be an int >= 0; got {top!r}.")
    df = keyness[np.isfinite(keyness[stat].to_numpy(dtype=float))]
    df = df.sort_values([stat, "feature"], ascending=[False, True], kind="mergesort")
    freq = (df["n_target"] + df["n_reference"]).to_numpy(dtype=float)
    val = df[stat].to_numpy(dtype=float)
    head = np.zeros(len(df), bool)
    tail = np.zeros(len(df), bool)
    head[: min(top, len(df))] = True
    tail[max(len(df) - top, 0):] = True
    tail &= ~head
    head &= val > 0
    tail &= val < 0
    # A fixed layout (not "constrained"): label positions are computed from the axes' size.
    fig = ReportFigure(figsize=(8, 6))
    fig.subplots_adjust(left=0.1, right=0.86, bottom=0.1, top=0.92)
    ax = fig.add_subplot()
    rest = ~(head | tail)
    target = keyness.attrs.get("target", "target")
    reference = keyness.attrs.get("reference", "reference")
    ax.scatter(freq[rest], val[rest], s=8, color="lightgrey", label="other words")
    ax.scatter(freq[head], val[head], s=22, color="C3", marker="^", label=f"{target}")
    ax.scatter(freq[tail], val[tail], s=22, color="C0", marker="v", label=f"{reference}")
    ax.set_xscale("log")
    # Counts as plain numbers (1, 10, 100), not 10⁰ or 2×10⁰.
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}" if v >= 1 else f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    if len(df):
        lo, hi = float(freq.min()), float(freq.max())
        ax.set_xlim(lo / 1.3, hi * 1.3)
        span = float(val.max() - val.min()) or 1.0
        ax.set_ylim(float(val.min()) - 0.08 * span, float(val.max()) + 0.08 * span)
    ax.axhline(0.0, color="grey", lw=0.8)
    # Head and tail labels in order of distinctiveness (the most distinctive placed first).
    order = np.concatenate([np.flatnonzero(head), np.flatnonzero(tail)[::-1]])
    words = [str(w) for w in df["feature"].to_numpy()[order]]
    fontsize = 8.0
    offsets = _place_labels(ax, freq[order], val[order], words, fontsize=fontsize, dpi=fig.dpi)
    for k, (word, (dx, dy)) in enumerate(zip(words, offsets)):
        i = order[k]
        color = "C3" if head[i] else "C0"
        arrow = ({"arrowstyle": "-", "color": color, "lw": 0.5, "alpha": 0.6}
                 if dy or dx < 0 else None)
        ax.annotate(word, (freq[i], val[i]), xytext=(dx, dy), textcoords="offset points",
                    fontsize=fontsize, color=color, va="center", ha="left",
                    arrowprops=arrow, annotation_clip=False)
    ax.set_xlabel("word count in both groups (log scale)")
    ax.set_ylabel(_STAT_LABEL.get(stat, stat))
    ax.legend(loc="best", fontsize=8, title=f"n words = {len(df)}")
    ax.set_title(title or f"Distinctive words: {target} vs {reference}")
    return fig


def plot_pairwise(pairwise: pd.DataFrame, *, measures: list[str] | None = None,
                  title: str | None = None) -> Figure:
    """Pairwise camp differences as a compact forest plot, one panel row per measure and pair.

    Before: :func:`discourse.compare.pairwise.pairwise_differences` (``measure``,
    ``measure_label``, ``camp_a``, ``camp_b``, ``difference``, ``ci_low``, ``ci_high``,
    ``significant``, ``articles_a``, ``articles_b``). After: a figure with each tested row's
    difference (camp_a - camp_b) and its article-level 95% interval; differences that pass the
    multiplicity correction are drawn filled and dark, the others hollow and grey, untested rows
    (too few articles) are labelled "not tested" and drawn without a point. ``measures`` picks rows.
    """
    _need(pairwise, ["measure", "camp_a", "camp_b", "difference", "ci_low", "ci_high",
                     "significant"], "plot_pairwise")
    df = pairwise if measures is None else pairwise[pairwise["measure"].isin(measures)]
    n = len(df)
    fig = ReportFigure(figsize=(8, max(1.6, 0.32 * n + 1.0)), layout="constrained")
    ax = fig.add_subplot()
    y = np.arange(n)[::-1]
    label_col = "measure_label" if "measure_label" in df else "measure"
    labels = [f"{m}: {a} − {b}" for m, a, b in zip(df[label_col], df["camp_a"], df["camp_b"])]
    diff = df["difference"].to_numpy(dtype=float)
    low = df["ci_low"].to_numpy(dtype=float)
    high = df["ci_high"].to_numpy(dtype=float)
    sig = df["significant"].to_numpy(dtype=bool)
    tested = ~np.isnan(low) & ~np.isnan(high)
    labels = [lab + ("" if ok else " (not tested: too few articles)")
              for lab, ok in zip(labels, tested)]
    for i in range(n):
        if not tested[i]:
            continue
        color = "C3" if sig[i] else "grey"
        ax.plot([low[i], high[i]], [y[i], y[i]], color=color, lw=1.5)
        ax.plot(diff[i], y[i], "o", color=color, markerfacecolor=color if sig[i] else "white")
    ax.axvline(0.0, color="black", lw=0.8)
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlabel("difference (camp a − camp b), 95% interval by article; filled = significant "
                  "after correction")
    ax.set_title(title or "Camp differences")
    return fig
