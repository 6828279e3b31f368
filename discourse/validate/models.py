"""Train, evaluate, save and load the target-aware sentiment and stance models.

Two tasks share one design (:func:`discourse.measure.target_model.make_target_pipeline`):

- ``sentiment``: how a sentence speaks about one mention (NewsMTSC labels: -1, 0, 1);
- ``stance``: whether a quote is for (1) or against (-1) a target, or neither (0).

Labelled data is a JSONL, CSV or TSV file, normalised by :func:`read_labelled` into the table
``id, text, start, end, label`` (the one place where NewsMTSC's ``sentence``/``from``/``to``
and RuSentNE's ``entity_pos_start_rel``/``entity_pos_end_rel`` become ``text``/``start``/``end``).
Three layouts are read:

- **NewsMTSC** lines ``{"sentence", "from", "to", "polarity", "id"}`` (``from``/``to``: character
  offsets of the mention);
- **RuSentNE** rows (TSV) ``sentence, entity, entity_tag, entity_pos_start_rel,
  entity_pos_end_rel, label`` (offsets of the entity, end exclusive; label -1/0/1; the kind of
  entity, ``entity_tag``, is kept as a column and read by the Russian model);
- **a quotes table** with ``text`` (or ``sentence``), a label column (``--label-col``) and a
  ``target`` column naming a target id of ``targets.yaml``: the mention is the first match of
  that target's patterns in the text.

Labels may be -1/0/1 or words (``negative/neutral/positive``, ``against/none/favour``). A row
without an ``id`` gets its 0-based row number as id. The language of each text is not a column:
the rules and features read it from the text (:func:`discourse.text.lang.detect_language`).

Metrics: macro-F1 over the three classes and F1_PN, the mean F1 of the positive and the negative
class (the measure of the RuSentNE shared task; neutral is not averaged in).

Models are saved with skops (``skops.io.dump``), which stores the object tree without pickle;
:func:`load_model` loads only types on an allow-list (:data:`TRUSTED_PREFIXES`,
:data:`TRUSTED_TYPES`). A pickle or joblib file can run arbitrary code when loaded, so it is refused
unless the caller says they made it (``trusted=True``, ``--trust-pickle``).
"""

from __future__ import annotations

import csv
import json
import math
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.pipeline import Pipeline
from threadpoolctl import threadpool_limits

from discourse.measure.target_model import make_target_pipeline
from discourse.measure.targeted import check_target_table, corpus_language, score_sentiment_toward

TASKS: tuple[str, ...] = ("sentiment", "stance")
LABELS: tuple[int, ...] = (-1, 0, 1)
LABEL_WORDS: dict[str, int] = {
    "-1": -1, "0": 0, "1": 1, "+1": 1,
    "negative": -1, "neg": -1, "neutral": 0, "positive": 1, "pos": 1,
    "against": -1, "none": 0, "favour": 1, "favor": 1,
}
# Types a skops model file may contain. Our feature transformer, and scikit-learn / numpy / scipy
# types by module prefix (skops itself refuses everything that is not a class or a known function).
TRUSTED_TYPES: frozenset[str] = frozenset({"discourse.measure.target_model.TargetContextFeatures",
                                           "discourse.measure.embeddings.WindowVectors",
                                           "discourse.measure.nb_blend.NBBlendClassifier"})
TRUSTED_PREFIXES: tuple[str, ...] = ("sklearn.", "numpy.", "scipy.sparse.")
# Types that older versions saved under another path (not trusted there: nothing lives at it now).
MOVED_TYPES: dict[str, str] = {
    "discourse.measure.targeted.TargetContextFeatures":
        "discourse.measure.target_model.TargetContextFeatures",
}
PICKLE_SUFFIXES: frozenset[str] = frozenset({".pkl", ".pickle", ".joblib"})
# The columns a model reads: the text and the mention's offsets, and the mention's kind when the
# data has it (RuSentNE's entity_tag; TargetContextFeatures reads "unknown" without it).
MODEL_COLUMNS: tuple[str, ...] = ("text", "start", "end")
TAG_COLUMN = "entity_tag"
# Column pairs that hold a mention's character offsets, first found wins: NewsMTSC, RuSentNE, ours.
OFFSET_FIELDS: tuple[tuple[str, str], ...] = (
    ("from", "to"), ("entity_pos_start_rel", "entity_pos_end_rel"), ("start", "end"))


class DataError(ValueError):
    """A labelled data file with a bad line: the message names the file, line and field."""


# --------------------------------------------------------------------------- reading data


def _check_task(task: str) -> None:
    if task not in TASKS:
        raise ValueError(f"The 'task' parameter must be one of {set(TASKS)}; got {task!r} instead.")


def _read_records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, record) for each non-empty line of a JSONL file or row of a CSV/TSV file."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file not found.")
    out = []
    if path.suffix.lower() in (".csv", ".tsv"):
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        with path.open(encoding="utf-8", newline="") as fh:
            # RuSentNE's TSV quotes fields with doubled quotes as CSV does; its offsets hold only
            # when they are read that way.
            reader = csv.DictReader(fh, delimiter=delimiter)
            for i, row in enumerate(reader, start=2):  # line 1 is the header
                out.append((i, dict(row)))
        return out
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(f"{path}, line {i}: not valid JSON ({err.msg}).") from err
            if not isinstance(rec, dict):
                raise DataError(f"{path}, line {i}: expected a JSON object, got {type(rec).__name__}.")
            out.append((i, rec))
    return out


def parse_label(value: Any, *, where: str, field: str) -> int:
    """A label as -1, 0 or 1 from an int, a numeric string or a word (see :data:`LABEL_WORDS`)."""
    if isinstance(value, bool) or value is None:
        raise DataError(f"{where}: field '{field}' must be -1, 0 or 1 (or a label word); got {value!r}.")
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        if value in LABELS:
            return int(value)
    elif isinstance(value, str) and value.strip().lower() in LABEL_WORDS:
        return LABEL_WORDS[value.strip().lower()]
    raise DataError(f"{where}: field '{field}' must be -1, 0 or 1 (or one of {sorted(LABEL_WORDS)}); "
                    f"got {value!r}.")


def _offset(value: Any, *, where: str, field: str) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer():
        raise DataError(f"{where}: field '{field}' must be an integer character offset; got {value!r}.")
    return int(value)


def read_labelled(
    path: str | Path,
    *,
    label_col: str | None = None,
    text_col: str | None = None,
    require_label: bool = True,
    targets_file: str | Path | None = None,
) -> pd.DataFrame:
    """Read a labelled JSONL/CSV file into the table the models use.

    Parameters
    ----------
    path : str or Path
        NewsMTSC-format JSONL, RuSentNE-format TSV, or a quotes table (JSONL, CSV or TSV) with a
        ``target`` column.
    label_col : str, default=None
        Column holding the label; ``None``: ``polarity``, else ``label``, else ``stance``.
    text_col : str, default=None
        Column holding the text; ``None``: ``sentence`` if present, else ``text``.
    require_label : bool, default=True
        If False, lines without a label are kept with ``label`` = NaN (for scoring only).
    targets_file : str or Path, default=None
        ``targets.yaml`` whose patterns locate a ``target`` mention (``None``: the project's).

    Returns
    -------
    DataFrame
        One row per line, in file order, columns ``id`` (str; the line's ``id`` or its 0-based
        row number), ``text``, ``start``, ``end`` (``0 <= start < end <= len``; from the
        file's ``sentence``/``text`` and ``from``/``to`` or ``entity_pos_start_rel``/
        ``entity_pos_end_rel``),
        ``label`` (-1/0/1; NaN only when not required and absent) and ``line`` (line number);
        then ``entity_tag`` (str, ``""`` where a row lacks it) only when the file has that field
        (RuSentNE).

    Raises
    ------
    DataError
        Naming the file, the line and the field: a missing field, an offset out of range, a
        label that is not -1/0/1 or a label word, an unknown target, a target not found in the text.
    FileNotFoundError
        If ``path`` does not exist.
    """
    path = Path(path)
    records = _read_records(path)
    targets = None
    rows = []
    for row, (line, rec) in enumerate(records):
        where = f"{path}, line {line}"
        tcol = text_col or ("sentence" if "sentence" in rec else "text")
        text = rec.get(tcol)
        if not isinstance(text, str) or not text:
            named = f"'{tcol}'" if text_col or tcol in rec else "'sentence' (or 'text')"
            raise DataError(f"{where}: missing or empty text field {named}.")
        fields = next(((f, t) for f, t in OFFSET_FIELDS if f in rec and t in rec), None)
        if fields is not None:
            f, t = fields
            a = _offset(rec[f], where=where, field=f)
            b = _offset(rec[t], where=where, field=t)
            if not 0 <= a < b <= len(text):
                raise DataError(f"{where}: offsets {f}={a}, {t}={b} out of range for a text of "
                                f"{len(text)} characters (need 0 <= {f} < {t} <= length).")
        elif rec.get("target") not in (None, ""):
            if targets is None:
                from discourse.measure.stance import load_targets

                targets = {t.id: t for t in load_targets(targets_file)}
            a, b = _target_span(text, rec["target"], targets, where=where)
        else:
            raise DataError(f"{where}: missing field 'from'/'to' (mention offsets) or 'target' "
                            "(a target id of targets.yaml).")
        lcol = label_col or next((c for c in ("polarity", "label", "stance") if c in rec), "polarity")
        raw_label = rec.get(lcol)
        if raw_label is None or raw_label == "":
            if require_label:
                raise DataError(f"{where}: missing label field '{lcol}'.")
            label = math.nan
        else:
            label = parse_label(raw_label, where=where, field=lcol)
        rid = rec.get("id")
        tag = rec.get(TAG_COLUMN)
        rows.append({"id": str(rid) if rid not in (None, "") else str(row),
                     "text": text, "start": a, "end": b, "label": label, "line": line,
                     TAG_COLUMN: tag.strip() if isinstance(tag, str) else ""})
    if not rows:
        raise DataError(f"{path}: no labelled lines.")
    has_tag = any(TAG_COLUMN in rec for _, rec in records)
    df = pd.DataFrame(rows, columns=["id", "text", "start", "end", "label", "line",
                                     *([TAG_COLUMN] if has_tag else [])])
    if require_label:
        df["label"] = df["label"].astype("int64")
    return df


def _target_span(text: str, target_id: Any, targets: dict, *, where: str) -> tuple[int, int]:
    if target_id not in targets:
        raise DataError(f"{where}: field 'target' names an unknown target {target_id!r}; known: "
                        f"{sorted(targets)}.")
    spans = targets[target_id].mentions(text)
    if not spans:
        raise DataError(f"{where}: target {target_id!r} is not mentioned in the text (no match of its "
                        "patterns).")
    return spans[0]


# --------------------------------------------------------------------------- training and scoring


def train_model(
    task: str,
    data: str | Path | pd.DataFrame,
    *,
    out: str | Path | None = None,
    label_col: str | None = None,
    seed: int = 0,
    targets_file: str | Path | None = None,
) -> Pipeline:
    """Fit the target-aware pipeline for ``task`` on labelled data (and save it).

    Parameters
    ----------
    task : {'sentiment', 'stance'}
    data : str, Path or DataFrame
        A file for :func:`read_labelled`, or a table with ``text``, ``start``, ``end``, ``label``.
    out : str or Path, default=None
        Where to save the fitted model with :func:`save_model` (``None``: not saved).
    label_col : str, default=None
        Label column of the file (see :func:`read_labelled`).
    seed : int, default=0
        ``random_state`` of the classifier.
    targets_file : str or Path, default=None
        ``targets.yaml`` for quotes tables with a ``target`` column.

    Returns
    -------
    Pipeline
        Fitted; ``predict`` gives -1/0/1.

    Raises
    ------
    ValueError
        If ``task`` is unknown or the data has fewer than two classes.
    """
    _check_task(task)
    df = data if isinstance(data, pd.DataFrame) else read_labelled(data, label_col=label_col,
                                                                   targets_file=targets_file)
    check_target_table(df)
    if df["label"].nunique() < 2:
        raise ValueError(f"Training data for {task} needs at least two classes; got "
                         f"{sorted(df['label'].unique())}.")
    y = df["label"].astype("int64").to_numpy()
    # the model of the data's language: both read the mention's characters and word vectors
    # (English: learned here, data/vectors_en; Russian: Navec); English also reads where the
    # mention stands (measure.target_roles); Russian reads the mention's kind and weighs the
    # neutral class down (measure.targeted.ENGLISH.model, RUSSIAN.model)
    options = dict(corpus_language(df["text"]).model)
    model = make_target_pipeline(seed=seed, labels=y, **options)
    # One BLAS thread: the same arrays whatever the machine's cores (a sum split over threads
    # may round differently), and on a shared machine a second thread more than doubled the CPU
    # time of training on RuSentNE (95 s against 43 s; bench/README.md)
    with threadpool_limits(limits=1):
        model.fit(model_input(df), y)
    if out is not None:
        save_model(model, out)
    return model


def model_input(df: pd.DataFrame) -> pd.DataFrame:
    """The columns of ``df`` a model reads: ``text``, ``start``, ``end`` and, when present,
    ``entity_tag``."""
    return df[[*MODEL_COLUMNS, *([TAG_COLUMN] if TAG_COLUMN in df.columns else [])]]


def predict_table(model: Pipeline, df: pd.DataFrame) -> pd.DataFrame:
    """Predictions of a fitted model: ``id``, ``label`` (-1/0/1), ``score`` (P(1) - P(-1)).

    Parameters
    ----------
    model : Pipeline
        Fitted on -1/0/1 labels (a model fitted on two of them works too).
    df : DataFrame
        ``id``, ``text``, ``start``, ``end``; and ``entity_tag`` if the data has kinds of mention.

    Returns
    -------
    DataFrame
        One row per input row, same order; ``score`` in [-1, 1].
    """
    proba = model.predict_proba(model_input(df))
    classes = list(model.classes_)
    p_pos = proba[:, classes.index(1)] if 1 in classes else 0.0
    p_neg = proba[:, classes.index(-1)] if -1 in classes else 0.0
    labels = np.asarray(classes)[proba.argmax(axis=1)].astype("int64")
    return pd.DataFrame({"id": df["id"].astype(str).to_numpy(), "label": labels,
                         "score": np.round(np.asarray(p_pos - p_neg, dtype=float), 6)})


def predict_rules(task: str, df: pd.DataFrame) -> pd.DataFrame:
    """Predictions of the untrained rule method for ``task``: ``id``, ``label``, ``score``.

    ``sentiment`` uses :func:`discourse.measure.targeted.score_sentiment_toward`; ``stance`` uses
    :func:`discourse.measure.stance.score_stance_toward` (stance lexicon of ``targets.yaml``).
    """
    _check_task(task)
    if task == "sentiment":
        scored = score_sentiment_toward(df)
        score, label = scored["target_sentiment"], scored["target_label"]
    else:
        from discourse.measure.stance import score_stance_toward

        scored = score_stance_toward(df)
        score = scored["stance_score"]
        label = scored["stance"].map({"favour": 1, "against": -1, "none": 0})
    return pd.DataFrame({"id": df["id"].astype(str).to_numpy(), "label": label.astype("int64").to_numpy(),
                         "score": np.round(score.astype(float).to_numpy(), 6)})


def write_predictions(pred: pd.DataFrame, path: str | Path) -> Path:
    """Write predictions as JSONL, one ``{"id", "label", "score"}`` object per line, in order."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rid, label, score in zip(pred["id"], pred["label"], pred["score"]):
            fh.write(json.dumps({"id": str(rid), "label": int(label), "score": float(score)},
                                ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------- metrics


def _confusion_metrics(counts: np.ndarray, pn: Sequence[int] = ()) -> tuple[float, float, float]:
    """Macro-F1, accuracy and the mean F1 of the classes at ``pn`` from a confusion matrix (rows
    gold, columns predicted); the last is NaN when ``pn`` is empty.

    Undefined precision, recall or F1 (a zero denominator) count as 0, as scikit-learn's
    ``zero_division=0``.
    """
    tp = np.diag(counts).astype(float)
    pred_n, gold_n = counts.sum(axis=0), counts.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(pred_n > 0, tp / pred_n, 0.0)
        r = np.where(gold_n > 0, tp / gold_n, 0.0)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    pn_f1 = float(f[list(pn)].mean()) if len(pn) else math.nan
    return float(f.mean()), float(tp.sum() / counts.sum()), pn_f1


def evaluate_predictions(
    y_true: Sequence[int], y_pred: Sequence[int], *, n_boot: int = 1000, seed: int = 0,
    labels: Sequence[int] = LABELS, level: float = 0.95, groups: Sequence[Any] | None = None,
) -> dict[str, Any]:
    """Classification metrics with percentile-bootstrap confidence intervals.

    Macro-F1 is the unweighted mean over ``labels`` of ``F1_c = 2 P_c R_c / (P_c + R_c)`` with
    ``P_c = TP_c / (TP_c + FP_c)`` and ``R_c = TP_c / (TP_c + FN_c)`` (0 when undefined). The
    intervals resample items with replacement ``n_boot`` times
    (``numpy.random.default_rng(seed)``) and take the ``(1 - level) / 2`` and
    ``1 - (1 - level) / 2`` quantiles of the resampled statistic. With ``groups`` (e.g. the
    sentence of each mention: NewsMTSC and RuSentNE label several mentions of one sentence, and
    those are not independent draws) whole groups are resampled instead, each drawn group
    bringing all its items (a cluster bootstrap; wider intervals where a sentence's mentions
    are alike).

    Parameters
    ----------
    y_true, y_pred : sequence of int
        Gold and predicted labels, same length (>= 1).
    n_boot : int, default=1000
        Bootstrap resamples (>= 1).
    seed : int, default=0
    labels : sequence of int, default=(-1, 0, 1)
        Classes, in the order of the confusion matrix rows/columns and of ``per_class``.
    level : float, default=0.95
    groups : sequence, default=None
        One hashable key per item (same length as ``y_true``); ``None``: every item its own group.

    Returns
    -------
    dict
        ``n``, ``macro_f1``, ``macro_f1_ci`` ([low, high]), ``f1_pn`` (mean F1 of the classes
        1 and -1, the RuSentNE shared task's measure; NaN if ``labels`` lacks one),
        ``f1_pn_ci``, ``accuracy``, ``accuracy_ci``,
        ``per_class`` (``{label: {"precision", "recall", "f1", "support"}}``, keys as str),
        ``labels``, ``confusion`` (list of rows; row = gold, column = predicted), ``n_boot``, ``seed``,
        ``bootstrap_unit`` (``"item"`` or ``"group"``) and ``n_units`` (items or groups resampled).

    Examples
    --------
    >>> m = evaluate_predictions([1, 1, 0, -1], [1, 0, 0, -1], n_boot=200, seed=1)
    >>> round(m["macro_f1"], 4), m["accuracy"], m["confusion"]
    (0.7778, 0.75, [[1, 0, 0], [0, 1, 0], [0, 1, 1]])
    """
    yt = np.asarray(y_true, dtype="int64")
    yp = np.asarray(y_pred, dtype="int64")
    if yt.shape != yp.shape or yt.ndim != 1 or len(yt) == 0:
        raise ValueError(f"y_true and y_pred must be non-empty 1-d sequences of equal length; got "
                         f"shapes {yt.shape} and {yp.shape}.")
    if not isinstance(n_boot, int) or n_boot < 1:
        raise ValueError(f"The 'n_boot' parameter of evaluate_predictions must be an int >= 1; "
                         f"got {n_boot!r}.")
    if not 0.0 < level < 1.0:
        raise ValueError(f"The 'level' parameter of evaluate_predictions must be in (0, 1); got {level!r}.")
    labels = list(labels)
    unknown = sorted(set(np.unique(yt).tolist() + np.unique(yp).tolist()) - set(labels))
    if unknown:
        raise ValueError(f"evaluate_predictions: labels {unknown} are not in labels={labels}.")
    f1 = float(f1_score(yt, yp, labels=labels, average="macro", zero_division=0))
    acc = float(accuracy_score(yt, yp))
    p, r, f, s = precision_recall_fscore_support(yt, yp, labels=labels, zero_division=0)
    # Each resample's confusion matrix by counting (gold, predicted) codes of the drawn items.
    k = len(labels)
    pos = {c: i for i, c in enumerate(labels)}
    codes = np.array([pos[a] * k + pos[b] for a, b in zip(yt.tolist(), yp.tolist())])
    rng = np.random.default_rng(seed)
    pn = [i for i, c in enumerate(labels) if c in (1, -1)]
    boot = np.empty((n_boot, 3))
    n = len(yt)
    if groups is None:
        n_units = n
        for j in range(n_boot):
            idx = rng.integers(0, n, size=n)
            boot[j] = _confusion_metrics(np.bincount(codes[idx], minlength=k * k).reshape(k, k), pn)
    else:
        if len(groups) != n:
            raise ValueError(f"evaluate_predictions: groups has {len(groups)} keys for {n} items.")
        # Group numbers in order of first appearance (deterministic); one row of confusion
        # counts per group, so a resample's matrix is the multiplicities times those rows.
        gid = pd.factorize(pd.Series(list(groups), dtype="object"), sort=False)[0]
        n_units = int(gid.max()) + 1
        per_group = np.zeros((n_units, k * k), dtype="int64")
        np.add.at(per_group, (gid, codes), 1)
        for j in range(n_boot):
            mult = np.bincount(rng.integers(0, n_units, size=n_units), minlength=n_units)
            boot[j] = _confusion_metrics((mult @ per_group).reshape(k, k), pn)
    tail = (1.0 - level) / 2.0
    lo, hi = np.quantile(boot, [tail, 1.0 - tail], axis=0)
    return {
        "n": int(n),
        "macro_f1": f1,
        "macro_f1_ci": [float(lo[0]), float(hi[0])],
        "f1_pn": float(np.mean(f[pn])) if len(pn) == 2 else math.nan,
        "f1_pn_ci": [float(lo[2]), float(hi[2])] if len(pn) == 2 else [math.nan, math.nan],
        "accuracy": acc,
        "accuracy_ci": [float(lo[1]), float(hi[1])],
        "per_class": {str(c): {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                               "support": int(s[i])} for i, c in enumerate(labels)},
        "labels": labels,
        "confusion": confusion_matrix(yt, yp, labels=labels).tolist(),
        "n_boot": n_boot,
        "seed": seed,
        "bootstrap_unit": "item" if groups is None else "group",
        "n_units": n_units,
    }


# --------------------------------------------------------------------------- saving and loading


def save_model(model: Pipeline, path: str | Path) -> Path:
    """Save a fitted model with skops (``skops.io.dump``); no pickle is written.

    Raises ``ValueError`` for a pickle/joblib suffix: we only write files that load safely.
    """
    import skops.io as sio

    path = Path(path)
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise ValueError(f"{path}: models are saved with skops, not pickle; use a .skops file name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, path)
    return path


def _is_trusted_type(name: str) -> bool:
    return name in TRUSTED_TYPES or name.startswith(TRUSTED_PREFIXES)


def load_model(path: str | Path, *, trusted: bool = False) -> Pipeline:
    """Load a model saved by :func:`save_model` (or, if ``trusted``, a pickle/joblib file).

    Parameters
    ----------
    path : str or Path
        A skops file, or a ``.pkl``/``.pickle``/``.joblib`` file.
    trusted : bool, default=False
        Allow loading a pickle/joblib file. Pickles can run arbitrary code while loading: only
        for files you made yourself.

    Returns
    -------
    Pipeline

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    ValueError
        For a pickle without ``trusted``, for a skops file containing types outside the allow-list
        (naming them), or for a file that is not a skops archive.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: model file not found.")
    if path.suffix.lower() in PICKLE_SUFFIXES:
        if not trusted:
            raise ValueError(f"refusing to unpickle {path}: pickles can run arbitrary code; pass "
                             "--trust-pickle (trusted=True) if you made this file.")
        if path.suffix.lower() == ".joblib":
            import joblib

            return joblib.load(path)
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - the caller vouched for this file
    import zipfile

    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as err:
        raise ValueError(f"{path}: not a skops model file ({err}).") from err
    bad = sorted(t for t in untrusted if not _is_trusted_type(t))
    if bad:
        # the feature class moved to measure.target_model: say so rather than only refuse
        moved = [t for t in bad if t in MOVED_TYPES]
        hint = (f" {', '.join(moved)} moved to {', '.join(MOVED_TYPES[t] for t in moved)}: the "
                "file was saved by an older discourse; train the model again (`discourse train`)."
                if moved else "")
        raise ValueError(f"refusing to load {path}: it contains types outside the allow-list of "
                         f"discourse and scikit-learn types: {bad}.{hint}")
    return sio.load(path, trusted=sorted(untrusted))


# --------------------------------------------------------------------------- a toy labelled set

_TOY_NAMES = ("Smith", "Jones", "Garcia", "Miller", "Senator Lee", "the governor", "Mayor Brown",
              "Dr. Patel")
_TOY_TEMPLATES = {
    1: ("Supporters praised {t} for a brilliant and honest campaign.",
        "{t} won wide applause for helping flood victims.",
        "Colleagues called {t} a great leader and a loyal friend.",
        "Voters cheered as {t} celebrated a clear victory."),
    -1: ("Critics slammed {t} over the corruption scandal.",
         "Prosecutors accused {t} of fraud and lying to investigators.",
         "{t} was condemned for a cruel and dishonest attack.",
         "Protesters blamed {t} for the failed and chaotic response."),
    0: ("{t} will travel to Ohio on Tuesday.",
        "{t} spoke to reporters after the meeting in the capital.",
        "The bill was introduced by {t} last week.",
        "{t} is expected to announce the schedule on Monday."),
}


def synthetic_labelled(*, n_per_class: int = 16, seed: int = 0) -> pd.DataFrame:
    """A small, made-up labelled set in the models' table layout (for demos and tests only).

    Each line fills a template with a target name; templates are plainly positive, negative or
    neutral toward the target. Numbers measured on it say nothing about real news.

    Parameters
    ----------
    n_per_class : int, default=16
        Lines per label (-1, 0, 1).
    seed : int, default=0
        Seed of ``numpy.random.default_rng`` choosing templates and names.

    Returns
    -------
    DataFrame
        Columns ``id`` (``toy:<k>``), ``text``, ``start``, ``end``, ``label``, ``line``;
        ``3 * n_per_class`` rows, labels interleaved -1, 0, 1, -1, ...

    Examples
    --------
    >>> toy = synthetic_labelled(n_per_class=2)
    >>> len(toy), sorted(toy["label"].unique().tolist())
    (6, [-1, 0, 1])
    >>> all(s[a:b] in _TOY_NAMES for s, a, b in zip(toy["text"], toy["start"], toy["end"]))
    True
    """
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n_per_class):
        for label in LABELS:
            templates = _TOY_TEMPLATES[label]
            template = templates[int(rng.integers(len(templates)))]
            name = _TOY_NAMES[int(rng.integers(len(_TOY_NAMES)))]
            before = template.split("{t}")[0]
            sentence = template.format(t=name)
            rows.append({"id": f"toy:{len(rows)}", "text": sentence, "start": len(before),
                         "end": len(before) + len(name), "label": label, "line": len(rows) + 1})
    return pd.DataFrame(rows, columns=["id", "text", "start", "end", "label", "line"])


# --------------------------------------------------------------------------- reporting helpers

# NewsMTSC files the shipped methods were tuned on: the rules' constants and news lexicon
# (measure.targeted.DEFAULT_RULES, NEWS_LEXICON) on train and mt-dev, the pipeline's settings
# (C, negation marking, the mention's characters) on mt-dev and by cross-validation on train.
# rw-dev was kept apart: numbers on it are not tuned.
TUNED_ON: frozenset[str] = frozenset({"train.jsonl", "mt-dev.jsonl"})

PUBLISHED: tuple[dict[str, Any], ...] = (
    {"method": "RoBERTa (Hamborg & Donnay 2021, best published)", "macro_f1": 0.83,
     "source": "published; NewsMTSC real-world test split"},
    {"method": "TF-IDF + LR, +-10-token window", "macro_f1": 0.60,
     "source": "maintainers' measurement; real-world test split"},
    {"method": "VADER, whole sentence", "macro_f1": 0.51,
     "source": "maintainers' measurement; real-world test split"},
)


def metrics_table(results: dict[str, dict[str, Any]], *, data_name: str) -> pd.DataFrame:
    """One row per method measured here, then the reference results from :data:`PUBLISHED`.

    Parameters
    ----------
    results : dict
        ``{method name: evaluate_predictions(...) dict}``, in display order.
    data_name : str
        What the measured rows were evaluated on (shown in ``source``).

    Returns
    -------
    DataFrame
        Columns ``method``, ``source`` (``measured here on <data_name>`` or where a reference number
        comes from), ``n``, ``macro_f1``, ``macro_f1_low``, ``macro_f1_high``, ``accuracy``,
        ``accuracy_low``, ``accuracy_high`` (NaN where a reference does not report it).
    """
    rows = [{"method": name, "source": f"measured here on {data_name}", "n": m["n"],
             "macro_f1": m["macro_f1"], "macro_f1_low": m["macro_f1_ci"][0],
             "macro_f1_high": m["macro_f1_ci"][1], "accuracy": m["accuracy"],
             "accuracy_low": m["accuracy_ci"][0], "accuracy_high": m["accuracy_ci"][1]}
            for name, m in results.items()]
    rows += [{**ref, "n": np.nan} for ref in PUBLISHED]
    cols = ["method", "source", "n", "macro_f1", "macro_f1_low", "macro_f1_high", "accuracy",
            "accuracy_low", "accuracy_high"]
    return pd.DataFrame(rows).reindex(columns=cols)


def per_class_table(results: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """Long table of per-class precision, recall, F1 and support: one row per method × class."""
    rows = [{"method": name, "label": int(c), **v}
            for name, m in results.items() for c, v in m["per_class"].items()]
    return pd.DataFrame(rows, columns=["method", "label", "precision", "recall", "f1", "support"])


def plot_confusions(results: dict[str, dict[str, Any]]):
    """A matplotlib Figure with one confusion matrix (row-normalised, counts printed) per method."""
    import matplotlib.pyplot as plt

    names = list(results)
    fig, axes = plt.subplots(1, len(names), figsize=(3.2 * len(names), 3.2), squeeze=False)
    for ax, name in zip(axes[0], names):
        m = results[name]
        counts = np.asarray(m["confusion"], dtype=float)
        share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
        ax.imshow(share, vmin=0, vmax=1, cmap="Blues")
        for i in range(counts.shape[0]):
            for j in range(counts.shape[1]):
                ax.text(j, i, f"{int(counts[i, j])}", ha="center", va="center",
                        color="white" if share[i, j] > 0.5 else "black")
        ticks = range(len(m["labels"]))
        ax.set_xticks(ticks, [str(c) for c in m["labels"]])
        ax.set_yticks(ticks, [str(c) for c in m["labels"]])
        ax.set_xlabel("predicted")
        ax.set_title(f"{name}\nmacro-F1 {m['macro_f1']:.2f}", fontsize=9)
    axes[0][0].set_ylabel("gold")
    fig.tight_layout()
    return fig
