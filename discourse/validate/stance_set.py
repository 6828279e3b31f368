"""The hand-coded stance set (``data/stance/``): codings, agreement, and scores of the methods.

320 quoted statements (English and Russian Wikinews, UN General Debate speeches, the seed
article), each coded by two coders working independently for its stance toward ``russia``,
``west`` and ``lukashenko`` (``favour``, ``against``, ``neither``, ``absent``; codebook in
``docs/stance_codebook.md``), the disagreements resolved by an adjudicator after agreement was
computed. Every unit belongs to a ``dev`` or ``test`` split fixed before coding: rules and models
are tuned on ``dev`` only and reported on ``test``.

Tables
------
units
    One row per statement: ``unit_id, source, lang, doc_id, start, end, speaker, camp, origin,
    split, hint, text, context`` (``units.jsonl``).
codings
    One row per unit x target x coder: ``unit_id, target, coder, label, note`` (``coder_c1.csv``,
    ``coder_c2.csv``, as delivered).
final
    One row per unit x target: ``unit_id, target, label, how`` (``agreed`` when both coders gave
    the label, ``adjudicated`` otherwise); ``final.csv`` holds it and :func:`final_labels`
    recomputes it.

Scoring
-------
Stance is scored as in a stance shared task (SemEval-2016 Task 6; Mohammad et al. 2016): three
classes, ``favour``, ``against`` and ``none``, where ``none`` joins the codes ``neither`` (the
target is referred to without a stance) and ``absent`` (not referred to) -- and, for a method,
"the target is not mentioned" is a ``none`` prediction. Per target, the macro-F1 is the
unweighted mean of the three classes' F1 over the units of the split; the reported number is the
mean of the per-target macro-F1s (:func:`stance_f1`). Its 95% interval resamples units (each
with its three targets) with replacement.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.core import paths
from discourse.validate.agreement import cohen_kappa, krippendorff_alpha, percent_agreement

TARGETS: tuple[str, ...] = ("russia", "west", "lukashenko")
CODES: tuple[str, ...] = ("favour", "against", "neither", "absent")
CLASSES: tuple[str, ...] = ("favour", "against", "none")
SPLITS: tuple[str, ...] = ("dev", "test")
CODERS: tuple[str, ...] = ("c1", "c2")
_UNIT_FIELDS = ("unit_id", "source", "lang", "doc_id", "start", "end", "speaker", "camp", "origin",
                "split", "text", "context")


@dataclass(frozen=True)
class StanceSet:
    """The coded set as tables (see the module docstring for their columns)."""

    units: pd.DataFrame
    codings: pd.DataFrame
    adjudication: pd.DataFrame
    final: pd.DataFrame

    def gold(self, split: str | None = None, *, lang: str | None = None) -> pd.DataFrame:
        """Final labels joined to their units: ``unit_id, target, label, gold`` (3 classes), and
        the unit columns; only ``split`` and ``lang`` when given; sorted by unit, target order."""
        units = self.units
        if split is not None:
            _check_choice(split, SPLITS, "split")
            units = units[units["split"] == split]
        if lang is not None:
            units = units[units["lang"] == lang]
        out = self.final.merge(units, on="unit_id", how="inner", validate="many_to_one")
        out["gold"] = out["label"].map(to_class)
        rank = out["target"].map({t: i for i, t in enumerate(TARGETS)})
        out = out.assign(_rank=rank).sort_values(["unit_id", "_rank"], kind="mergesort")
        return out.drop(columns="_rank").reset_index(drop=True)


def _check_choice(value: str, allowed: Sequence[str], name: str) -> None:
    if value not in allowed:
        raise ValueError(f"The '{name}' parameter must be one of {list(allowed)}; got {value!r}.")


def to_class(code: str) -> str:
    """A code (or a method's label) as a shared-task class: ``neither``, ``absent``, ``none`` and
    a missing value are ``none``.

    >>> [to_class(c) for c in ("favour", "against", "neither", "absent", "none")]
    ['favour', 'against', 'none', 'none', 'none']
    """
    return code if code in ("favour", "against") else "none"


# --------------------------------------------------------------------------- reading


def _read_sheet(path: Path, *, extra: str) -> pd.DataFrame:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file of the stance set not found.")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    need = ["unit_id", "target", "coder", "label", extra]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; columns are {list(df.columns)}.")
    for i, row in enumerate(df.itertuples(index=False), start=2):
        if row.target not in TARGETS:
            raise ValueError(f"{path}, line {i}: field 'target' must be one of {list(TARGETS)}; "
                             f"got {row.target!r}.")
        if row.label not in CODES:
            raise ValueError(f"{path}, line {i}: field 'label' must be one of {list(CODES)}; "
                             f"got {row.label!r}.")
    return df[need]


def _read_units(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file of the stance set not found.")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            missing = [f for f in _UNIT_FIELDS if f not in rec]
            if missing:
                raise ValueError(f"{path}, line {i}: missing field(s) {missing}.")
            if rec["split"] not in SPLITS:
                raise ValueError(f"{path}, line {i}: field 'split' must be one of {list(SPLITS)}; "
                                 f"got {rec['split']!r}.")
            rows.append(rec)
    units = pd.DataFrame(rows)
    dup = units["unit_id"][units["unit_id"].duplicated()]
    if len(dup):
        raise ValueError(f"{path}: unit_id {dup.iloc[0]!r} is listed twice.")
    return units


def final_labels(codings: pd.DataFrame, adjudication: pd.DataFrame) -> pd.DataFrame:
    """The final label of every unit x target: the coders' label where they agree, else the
    adjudicator's.

    Parameters
    ----------
    codings : DataFrame
        ``unit_id, target, coder, label``: every unit x target coded by the same two coders.
    adjudication : DataFrame
        ``unit_id, target, label`` for each disagreement.

    Returns
    -------
    DataFrame
        ``unit_id, target, label, how`` (``agreed`` or ``adjudicated``), sorted by unit and target.

    Raises
    ------
    ValueError
        A disagreement without an adjudicated label, an adjudicated label that neither coder gave,
        or an adjudication of a unit the coders agreed on.
    """
    wide = codings.pivot_table(index=["unit_id", "target"], columns="coder", values="label",
                               aggfunc="first")
    if wide.shape[1] != 2 or wide.isna().any().any():
        raise ValueError("final_labels: every unit x target needs exactly two coders' labels.")
    a, b = wide.iloc[:, 0], wide.iloc[:, 1]
    adj = adjudication.set_index(["unit_id", "target"])["label"]
    rows = []
    for key in wide.index:
        if a[key] == b[key]:
            if key in adj.index:
                raise ValueError(f"final_labels: {key} was adjudicated although both coders "
                                 f"gave {a[key]!r}.")
            rows.append((*key, a[key], "agreed"))
            continue
        if key not in adj.index:
            raise ValueError(f"final_labels: the coders disagree on {key} ({a[key]!r} vs "
                             f"{b[key]!r}) and there is no adjudicated label.")
        if adj[key] not in (a[key], b[key]):
            raise ValueError(f"final_labels: adjudicated label {adj[key]!r} for {key} is neither "
                             f"coder's ({a[key]!r}, {b[key]!r}).")
        rows.append((*key, adj[key], "adjudicated"))
    return pd.DataFrame(rows, columns=["unit_id", "target", "label", "how"])


def read_stance_set(folder: str | Path | None = None) -> StanceSet:
    """Read the coded stance set.

    Parameters
    ----------
    folder : str or Path, default=None
        Holds ``units.jsonl``, ``coder_c1.csv``, ``coder_c2.csv``, ``adjudication.csv``;
        ``None``: ``data/stance`` of the data folder.

    Returns
    -------
    StanceSet
        ``final`` recomputed from the codings and the adjudication (:func:`final_labels`).

    Raises
    ------
    FileNotFoundError, ValueError
        A missing file; a bad line (named by file and line); codings of unknown units.
    """
    folder = Path(folder) if folder is not None else paths.data_file("stance")
    units = _read_units(folder / "units.jsonl")
    codings = pd.concat([_read_sheet(folder / f"coder_{c}.csv", extra="note") for c in CODERS],
                        ignore_index=True)
    adjudication = _read_sheet(folder / "adjudication.csv", extra="reason")
    unknown = sorted(set(codings["unit_id"]) - set(units["unit_id"]))
    if unknown:
        raise ValueError(f"{folder}: codings of unit(s) {unknown[:5]} not in units.jsonl.")
    return StanceSet(units=units, codings=codings, adjudication=adjudication,
                     final=final_labels(codings, adjudication))


# --------------------------------------------------------------------------- agreement


def _pair_stats(conf: np.ndarray) -> tuple[float, float, float]:
    """Cohen's kappa, Krippendorff's alpha (nominal) and percent agreement of two coders from
    their confusion matrix (rows coder 1, columns coder 2; every item coded by both).

    kappa = (p_o - p_e) / (1 - p_e), p_e = sum_k r_k c_k / N^2 (Cohen 1960); alpha = 1 - (n - 1)
    * 2 (N - trace) / (n^2 - sum_c n_c^2) with n = 2N values and n_c = r_c + c_c (Krippendorff
    2011, the coincidence matrix of two coders is C + C^T). Equal to
    :func:`discourse.validate.agreement.cohen_kappa` and ``krippendorff_alpha`` on the same data.
    """
    n_items = conf.sum()
    if n_items == 0:
        return (float("nan"),) * 3
    agree = np.trace(conf)
    rows, cols = conf.sum(axis=1), conf.sum(axis=0)
    p_o = agree / n_items
    p_e = float(rows @ cols) / n_items**2
    kappa = (p_o - p_e) / (1 - p_e) if p_e < 1 else float("nan")
    n_vals = 2 * n_items
    n_c = rows + cols
    denom = n_vals**2 - float(n_c @ n_c)
    alpha = 1 - (n_vals - 1) * 2 * (n_items - agree) / denom if denom > 0 else float("nan")
    return float(kappa), float(alpha), float(p_o)


def stance_agreement(stance_set: StanceSet, *, n_boot: int = 1000, seed: int = 0,
                     level: float = 0.95) -> pd.DataFrame:
    """Agreement between the two coders, before adjudication, with bootstrap 95% intervals.

    Codings are compared on the four codes (``favour, against, neither, absent``), one item per
    unit x target. Scopes: ``all`` items; each target; ``mentioned`` (items where at least one
    coder saw a reference, i.e. not both ``absent``); each language. Statistics: Cohen's kappa,
    Krippendorff's alpha (nominal) and percent agreement, computed by
    :mod:`discourse.validate.agreement`. The intervals are percentile bootstraps over **units**
    (``numpy.random.default_rng(seed)``): a unit is drawn with all its items in the scope, since
    the three targets of one quote are coded together and are not independent; each resample's
    statistics come from its summed confusion matrix (:func:`_pair_stats`, the same formulas).

    Returns
    -------
    DataFrame
        ``scope, statistic, n_units, n_items, estimate, ci_low, ci_high``; one row per scope x
        statistic.
    """
    wide = stance_set.codings.pivot_table(index=["unit_id", "target"], columns="coder",
                                          values="label", aggfunc="first")
    a, b = wide[CODERS[0]].to_numpy(), wide[CODERS[1]].to_numpy()
    unit = wide.index.get_level_values("unit_id").to_numpy()
    target = wide.index.get_level_values("target").to_numpy()
    lang = pd.Index(unit).map(stance_set.units.set_index("unit_id")["lang"]).to_numpy()
    scopes = [("all", np.ones(len(wide), bool))]
    scopes += [(f"target {t}", target == t) for t in TARGETS]
    scopes.append(("mentioned", ~((a == "absent") & (b == "absent"))))
    scopes += [(f"lang {g}", lang == g) for g in sorted(set(lang))]
    code = {c: i for i, c in enumerate(CODES)}
    k = len(CODES)
    cell = np.array([code[x] * k + code[y] for x, y in zip(a, b)])
    labels = list(CODES)
    rows = []
    for scope, mask in scopes:
        sub_units = sorted(set(unit[mask]))
        pos = {u: i for i, u in enumerate(sub_units)}
        # per unit, its items' (coder 1, coder 2) pairs counted in a k x k confusion
        per_unit = np.zeros((len(sub_units), k * k))
        np.add.at(per_unit, ([pos[u] for u in unit[mask]], cell[mask]), 1)
        estimates = {
            "kappa": cohen_kappa(list(a[mask]), list(b[mask]), labels=labels),
            "alpha": krippendorff_alpha(np.column_stack([a[mask], b[mask]]).astype(object)),
            "percent": percent_agreement(np.column_stack([a[mask], b[mask]]).astype(object)),
        }
        rng = np.random.default_rng(seed)
        boot = np.array([_pair_stats(per_unit[rng.integers(0, len(sub_units), len(sub_units))]
                                     .sum(axis=0).reshape(k, k)) for _ in range(n_boot)])
        tail = (1.0 - level) / 2.0
        for j, name in enumerate(("kappa", "alpha", "percent")):
            ok = boot[:, j][~np.isnan(boot[:, j])]
            low, high = (np.quantile(ok, [tail, 1 - tail]) if len(ok) >= n_boot / 2
                         else (np.nan, np.nan))
            rows.append({"scope": scope, "statistic": name, "n_units": len(sub_units),
                         "n_items": int(mask.sum()), "estimate": estimates[name],
                         "ci_low": float(low), "ci_high": float(high)})
    return pd.DataFrame(rows, columns=["scope", "statistic", "n_units", "n_items", "estimate",
                                       "ci_low", "ci_high"])


# --------------------------------------------------------------------------- scoring methods


def _macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Macro-F1 over the classes (codes 0, 1, 2) that occur in ``gold`` or ``pred``."""
    f1s = []
    for c in range(len(CLASSES)):
        tp = float(np.sum((gold == c) & (pred == c)))
        n_pred, n_gold = float(np.sum(pred == c)), float(np.sum(gold == c))
        if n_pred + n_gold > 0:
            f1s.append(2 * tp / (n_pred + n_gold))
    return float(np.mean(f1s)) if f1s else float("nan")


def stance_f1(
    table: pd.DataFrame, *, pred_col: str = "pred", gold_col: str = "gold", n_boot: int = 1000,
    seed: int = 0, level: float = 0.95,
) -> pd.DataFrame:
    """Shared-task macro-F1 per target and averaged over targets, with bootstrap intervals.

    ``F1_c = 2 TP_c / (2 TP_c + FP_c + FN_c)`` for each class ``c`` of ``favour, against, none``
    over the units; a target's macro-F1 is the mean over the classes that occur among its gold
    labels or predictions (as scikit-learn's ``f1_score(average="macro")``: a class nobody gave
    and nobody predicted is not counted as a failure), and ``mean`` is the mean of the targets'
    macro-F1s. The interval draws units with
    replacement ``n_boot`` times (``numpy.random.default_rng(seed)``), each unit with all its
    targets, and takes the percentile interval of each statistic.

    Parameters
    ----------
    table : DataFrame
        One row per unit x target: ``unit_id``, ``target``, ``gold_col`` and ``pred_col`` (codes or
        labels; mapped with :func:`to_class`).

    Returns
    -------
    DataFrame
        One row per target in :data:`TARGETS` order present in ``table``, then ``mean`` (the
        shared-task number) and ``pooled`` (macro-F1 over all unit x target items at once, for
        comparison): ``target, n_units, macro_f1, ci_low, ci_high, f1_favour, f1_against,
        f1_none`` (per-class F1, averaged over targets for ``mean`` and ``pooled``).

    Examples
    --------
    >>> t = pd.DataFrame({"unit_id": ["a", "b", "c", "d"], "target": ["west"] * 4,
    ...                   "gold": ["favour", "against", "absent", "neither"],
    ...                   "pred": ["favour", "none", "none", "against"]})
    >>> stance_f1(t, n_boot=10)[["target", "macro_f1", "f1_favour", "f1_against", "f1_none"]].round(3)
       target  macro_f1  f1_favour  f1_against  f1_none
    0    west       0.5        1.0         0.0      0.5
    1    mean       0.5        1.0         0.0      0.5
    2  pooled       0.5        1.0         0.0      0.5
    """
    code = {c: i for i, c in enumerate(CLASSES)}
    targets = [t for t in TARGETS if t in set(table["target"])]
    units = sorted(table["unit_id"].unique())
    pos = {u: i for i, u in enumerate(units)}
    # gold and predicted class of every unit x target, as units x targets matrices
    g = np.full((len(units), len(targets)), -1)
    p = np.full((len(units), len(targets)), -1)
    for u, t, gv, pv in zip(table["unit_id"], table["target"], table[gold_col], table[pred_col]):
        j = targets.index(t)
        g[pos[u], j] = code[to_class(gv)]
        p[pos[u], j] = code[to_class(pv) if isinstance(pv, str) else "none"]

    def per_target(rows: np.ndarray) -> np.ndarray:
        vals = []
        for j in range(len(targets)):
            keep = g[rows, j] >= 0
            vals.append(_macro_f1(g[rows, j][keep], p[rows, j][keep]))
        keep = g[rows] >= 0
        pooled = _macro_f1(g[rows][keep], p[rows][keep])
        return np.array([*vals, float(np.mean(vals)), pooled])

    est = per_target(np.arange(len(units)))
    rng = np.random.default_rng(seed)
    boot = np.array([per_target(rng.integers(0, len(units), len(units))) for _ in range(n_boot)])
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(boot, [tail, 1.0 - tail], axis=0)
    rows = []
    for j, name in enumerate([*targets, "mean", "pooled"]):
        cols = [j] if j < len(targets) else list(range(len(targets)))
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a class absent for every target
            f1c = [np.nanmean([_class_f1(g[:, k], p[:, k], c) for k in cols]) for c in range(3)]
        n_units = int((g[:, cols] >= 0).any(axis=1).sum())
        rows.append({"target": name, "n_units": n_units, "macro_f1": float(est[j]),
                     "ci_low": float(low[j]), "ci_high": float(high[j]),
                     "f1_favour": float(f1c[0]), "f1_against": float(f1c[1]),
                     "f1_none": float(f1c[2])})
    return pd.DataFrame(rows)


def _class_f1(gold: np.ndarray, pred: np.ndarray, c: int) -> float:
    keep = gold >= 0
    gold, pred = gold[keep], pred[keep]
    tp = float(np.sum((gold == c) & (pred == c)))
    denom = float(np.sum(pred == c) + np.sum(gold == c))
    return 2 * tp / denom if denom > 0 else float("nan")


def predict_rules(units: pd.DataFrame, *, targets_file: str | Path | None = None,
                  **kwargs) -> pd.DataFrame:
    """Stance of each unit toward each coded target by the rules of
    :func:`discourse.measure.stance.score_stance` (``targets.yaml``; ``kwargs`` go to it).

    Returns
    -------
    DataFrame
        ``unit_id, target, pred`` (``favour``, ``against`` or ``none``; ``none`` also when the
        target is not mentioned), one row per unit x target.
    """
    from discourse.measure.stance import load_targets, score_stance

    targets = [t for t in load_targets(targets_file) if t.id in TARGETS]
    scored = score_stance(units[["unit_id", "text"]], targets, **kwargs)
    rows = [(u, t.id, lab) for t in targets
            for u, lab in zip(scored["unit_id"], scored[f"stance_{t.id}"])]
    return pd.DataFrame(rows, columns=["unit_id", "target", "pred"])


def mention_rows(gold: pd.DataFrame, *, targets_file: str | Path | None = None) -> pd.DataFrame:
    """Locate each unit x target's first mention by the target's patterns, for the models.

    Before: :meth:`StanceSet.gold` (one row per unit x target). After: the same rows with
    ``start``, ``end`` (character offsets of the first match in ``text``; -1 when the target is
    not mentioned) and ``label`` as -1 / 0 / 1 (against / none / favour, from ``gold``).
    """
    from discourse.measure.stance import load_targets

    targets = {t.id: t for t in load_targets(targets_file)}
    spans = [(targets[t].mentions(text) or [(-1, -1)])[0]
             for text, t in zip(gold["text"], gold["target"])]
    out = gold.copy()
    out["start"] = [a for a, _ in spans]
    out["end"] = [b for _, b in spans]
    out["label"] = out["gold"].map({"against": -1, "none": 0, "favour": 1}).astype("int64")
    return out


def train_stance_model(rows: pd.DataFrame, *, extra: pd.DataFrame | None = None,
                       weight: float = 5.0, seed: int = 0):
    """Fit the target-aware pipeline (:func:`discourse.measure.target_model.make_target_pipeline`) on
    coded stance, optionally together with other labelled mentions.

    Parameters
    ----------
    rows : DataFrame
        :func:`mention_rows` of the training split; rows without a mention are left out.
    extra : DataFrame, default=None
        More labelled mentions (``text, start, end, label``), e.g. NewsMTSC's train split read
        with :func:`discourse.validate.models.read_labelled`: sentiment toward a person is not
        stance, but it teaches the model how news sentences speak about a mention, which 66
        coded mentions cannot.
    weight : float, default=5.0
        Sample weight of each coded stance row relative to an ``extra`` row.
    seed : int, default=0

    Returns
    -------
    Pipeline
        Fitted; ``predict`` gives -1 / 0 / 1.
    """
    from discourse.measure.target_model import make_target_pipeline

    coded = rows[rows["start"] >= 0]
    parts = [coded[["text", "start", "end", "label"]]]
    weights = [np.full(len(coded), float(weight))]
    if extra is not None:
        parts.insert(0, extra[["text", "start", "end", "label"]])
        weights.insert(0, np.ones(len(extra)))
    data = pd.concat(parts, ignore_index=True)
    model = make_target_pipeline(seed=seed)
    model.fit(data[["text", "start", "end"]], data["label"].to_numpy(dtype="int64"),
              clf__sample_weight=np.concatenate(weights))
    return model


def predict_model(model, rows: pd.DataFrame) -> pd.DataFrame:
    """A fitted model's stance for :func:`mention_rows`: its label at the first mention, ``none``
    where the target is not mentioned. Returns ``unit_id, target, pred``."""
    pred = pd.Series("none", index=rows.index, dtype=object)
    found = rows["start"] >= 0
    if found.any():
        labels = model.predict(rows.loc[found, ["text", "start", "end"]])
        pred[found] = pd.Series(labels, index=rows.index[found]).map(
            {1: "favour", -1: "against", 0: "none"})
    return pd.DataFrame({"unit_id": rows["unit_id"], "target": rows["target"], "pred": pred})
