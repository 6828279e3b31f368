"""Command-line subcommands for the target-aware models: ``train`` and ``evaluate stance|sentiment``.

:func:`register` adds them to the ``discourse`` parser and returns the handlers, keyed by
:func:`command_key`, so ``discourse/cli.py`` can dispatch::

    handlers.update(cli_models.register(sub, ev_sub))
    ...
    return handlers[cli_models.command_key(args)](args)

``python -m discourse.cli.models`` runs the same subcommands on their own (see :func:`main`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

TASK_CHOICES = ("stance", "sentiment")
DATA_HELP = ("labelled JSONL/CSV/TSV: NewsMTSC lines (sentence, from, to, polarity, id), RuSentNE rows "
             "(sentence, entity, entity_tag, entity_pos_start_rel, entity_pos_end_rel, label) or a "
             "quotes table with text, a label column and a target column naming a target id of "
             "targets.yaml; the language of each text is detected")


def command_key(args: argparse.Namespace) -> str:
    """Handler key of parsed arguments: ``train``, ``evaluate stance`` or ``evaluate sentiment``."""
    if args.command == "evaluate":
        return f"evaluate {args.what}"
    return args.command


def _common_data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, required=True, metavar="FILE.jsonl", help=DATA_HELP)
    p.add_argument("--label-col", metavar="NAME",
                   help="column with the label (-1/0/1 or negative/neutral/positive or "
                   "against/none/favour; default: polarity, else label, else stance)")
    p.add_argument("--text-col", metavar="NAME",
                   help="column with the text (default: sentence if present, else text)")
    p.add_argument("--targets", type=Path, metavar="TARGETS.yaml",
                   help="targets file whose patterns locate a target column's mention "
                   "(default: data/targets.yaml)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")


def register(sub: argparse._SubParsersAction, evaluate_sub: argparse._SubParsersAction
             ) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add ``train`` to ``sub`` and ``stance``/``sentiment`` to ``evaluate_sub``.

    Parameters
    ----------
    sub : argparse subparsers
        The top-level subcommands of ``discourse`` (``dest="command"``).
    evaluate_sub : argparse subparsers
        The subcommands of ``discourse evaluate`` (``dest="what"``).

    Returns
    -------
    dict
        ``{"train": cmd_train, "evaluate stance": cmd_evaluate_model, "evaluate sentiment":
        cmd_evaluate_model}``; each handler takes the parsed ``args`` and returns an exit status.
    """
    tr = sub.add_parser(
        "train", help="train a target-aware stance or sentiment model",
        description="Fit the target-aware model (TF-IDF of the words and characters around the "
        "masked target, rule scores, class-balanced logistic regression) on labelled data and "
        "save it as a skops file.",
    )
    tr.add_argument("task", choices=TASK_CHOICES, help="what the labels mean")
    _common_data_options(tr)
    tr.add_argument("--out", type=Path, required=True, metavar="MODEL.skops",
                    help="where to write the fitted model (skops format)")

    for task in TASK_CHOICES:
        what = "stance toward the target" if task == "stance" else "sentiment toward the target"
        ev = evaluate_sub.add_parser(
            task, help=f"score {what} against labels: macro-F1, F1_PN, accuracy, bootstrap CIs",
            description=f"Predict {what} for every line of --data with a trained model (or, "
            "without --model, the untrained rule method), write the predictions as JSONL (id, "
            "label, score; id is the row's id or its 0-based row number) and print macro-F1, F1_PN "
            "and accuracy with bootstrap 95% CIs, per-class "
            "precision/recall/F1 and the confusion matrix.",
        )
        _common_data_options(ev)
        ev.add_argument("--model", type=Path, metavar="MODEL",
                        help="trained model (.skops; default: the untrained rule method)")
        ev.add_argument("--trust-pickle", action="store_true",
                        help="allow loading a .pkl/.joblib model (pickles can run arbitrary code: "
                        "only for files you made)")
        ev.add_argument("--predictions", type=Path, required=True, metavar="OUT.jsonl",
                        help="where to write one prediction per input line")
        ev.add_argument("--n-boot", type=int, default=1000, metavar="N",
                        help="bootstrap resamples for the CIs (default: 1000)")
        ev.add_argument("--format", choices=["text", "json"], default="text",
                        help="output format of the metrics (default: text)")
    return dict(HANDLERS)


def _load(args: argparse.Namespace, *, require_label: bool = True):
    from discourse.validate.models import read_labelled

    return read_labelled(args.data, label_col=args.label_col, text_col=args.text_col,
                         require_label=require_label, targets_file=args.targets)


def cmd_train(args: argparse.Namespace) -> int:
    """``discourse train stance|sentiment``: fit, save, print a one-line summary."""
    import time

    from discourse.validate.models import train_model

    try:
        data = _load(args)
        t0 = time.perf_counter()
        train_model(args.task, data, out=args.out, seed=args.seed)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    counts = data["label"].value_counts().sort_index().to_dict()
    print(f"trained {args.task} model on {len(data)} line(s) of {args.data} "
          f"(labels {counts}) in {time.perf_counter() - t0:.1f} s; saved {args.out}")
    return 0


def cmd_evaluate_model(args: argparse.Namespace) -> int:
    """``discourse evaluate stance|sentiment``: predict, write predictions, print metrics."""
    from discourse.validate.models import (
        evaluate_predictions,
        load_model,
        predict_rules,
        predict_table,
        write_predictions,
    )

    task = args.what
    try:
        data = _load(args)
        if args.model is not None:
            model = load_model(args.model, trusted=args.trust_pickle)
            pred = predict_table(model, data)
            method = f"model {args.model}"
        else:
            pred = predict_rules(task, data)
            method = "untrained rules"
        # Several mentions of one sentence are not independent draws: resample sentences.
        metrics = evaluate_predictions(data["label"], pred["label"], n_boot=args.n_boot,
                                       seed=args.seed, groups=data["text"])
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_predictions(pred, args.predictions)
    metrics = {"task": task, "method": method, "data": str(args.data), **metrics}
    if args.format == "json":
        print(json.dumps(metrics, indent=2))
        return 0
    lo, hi = metrics["macro_f1_ci"]
    alo, ahi = metrics["accuracy_ci"]
    print(f"{task} ({method}) on {args.data}: n = {metrics['n']} in {metrics['n_units']} "
          "sentence(s); the intervals resample sentences")
    print(f"  macro-F1 {metrics['macro_f1']:.3f} [95% CI {lo:.3f}, {hi:.3f}]")
    plo, phi = metrics["f1_pn_ci"]
    print(f"  F1_PN    {metrics['f1_pn']:.3f} [95% CI {plo:.3f}, {phi:.3f}] (mean F1 of positive "
          "and negative)")
    print(f"  accuracy {metrics['accuracy']:.3f} [95% CI {alo:.3f}, {ahi:.3f}]")
    print("  class  precision  recall     F1  support")
    for c, m in metrics["per_class"].items():
        print(f"  {c:>5}  {m['precision']:9.3f}  {m['recall']:6.3f}  {m['f1']:5.3f}  {m['support']:7d}")
    print("  confusion (rows gold, columns predicted; " + ", ".join(map(str, metrics["labels"])) + "):")
    for row in metrics["confusion"]:
        print("    " + " ".join(f"{v:5d}" for v in row))
    print(f"  predictions written to {args.predictions}")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "train": cmd_train, "evaluate stance": cmd_evaluate_model, "evaluate sentiment": cmd_evaluate_model,
}


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone parser with only these subcommands (same options as in ``discourse``)."""
    parser = argparse.ArgumentParser(prog="discourse", description="Train and evaluate the "
                                     "target-aware stance and sentiment models.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ev = sub.add_parser("evaluate", help="score predictions against labels",
                        description="Score a method against labelled data.")
    ev_sub = ev.add_subparsers(dest="what", required=True, metavar="WHAT")
    register(sub, ev_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``train`` / ``evaluate stance|sentiment`` from ``argv``; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return HANDLERS[command_key(args)](args)


if __name__ == "__main__":
    sys.exit(main())
