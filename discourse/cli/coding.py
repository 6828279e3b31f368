"""``discourse sample`` and ``discourse agreement``: the human-coding workflow on the command line.

:func:`register` adds both subcommands to the ``discourse`` parser's subparsers and returns their
handlers, to be wired into :func:`discourse.cli.main`::

    handlers.update(cli_coding.register(sub))

Each handler takes the parsed arguments and returns the exit status (0 ok, 1 failed, 2 bad
input); errors go to stderr and name the file, line or field.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

LEVEL_CHOICES = ["nominal", "ordinal", "interval", "ratio"]


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the ``sample`` and ``agreement`` subcommands; return ``{name: handler}``."""
    sp = sub.add_parser(
        "sample", help="draw a stratified sample of quotes for human coding",
        description="Draw a reproducible stratified random sample of quotes (proportional to "
        "each stratum's size, with a minimum per stratum) and write it as a coding sheet: "
        "quote_id, doc_id, camp, speaker, text and the empty columns label, coder, notes. The "
        "quotes come from a report's tables/quotes.csv (--quotes) or from running the pipeline "
        "on a corpus (--corpus).",
    )
    src = sp.add_mutually_exclusive_group(required=True)
    src.add_argument("--quotes", type=Path, metavar="QUOTES.csv",
                     help="quotes table with quote_id and text columns (e.g. reports/<run>/"
                     "tables/quotes.csv)")
    src.add_argument("--corpus", type=Path, metavar="PATH",
                     help="folder of articles or a CSV/JSONL/Parquet file: run the pipeline on it "
                     "and sample its quotes (statements in statements mode)")
    sp.add_argument("--n", type=int, required=True, metavar="N", help="sample size")
    sp.add_argument("--stratify", default="camp", metavar="COLUMN",
                    help="column to stratify by (default: camp); 'none' for a simple random sample")
    sp.add_argument("--min-per-stratum", type=int, default=5, metavar="K",
                    help="at least K quotes from every stratum, or all it has (default: 5)")
    sp.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    sp.add_argument("--out", type=Path, required=True, metavar="FILE.csv",
                    help="coding sheet to write (UTF-8 CSV)")
    sp.add_argument("--text-column", default="text",
                    help="text column of a corpus table (--corpus only; default: text)")

    ag = sub.add_parser(
        "agreement", help="agreement between coders, and between coders and the model",
        description="Read coded sheets (one per coder, or with a coder column) and report "
        "Krippendorff's alpha and percent agreement among all coders, Cohen's kappa, alpha and "
        "percent agreement for each pair of coders, and the same between each model column and "
        "the coders, each with a percentile bootstrap CI over units.",
    )
    ag.add_argument("files", nargs="+", type=Path, metavar="FILE.csv",
                    help="coded sheet(s); a row without a coder takes the file name as coder")
    ag.add_argument("--unit", default="quote_id", help="unit id column (default: quote_id)")
    ag.add_argument("--label", default="label", help="label column (default: label)")
    ag.add_argument("--coder-col", default="coder",
                    help="column naming the coder of each row (default: coder)")
    ag.add_argument("--model-col", action="append", default=[], metavar="COLUMN",
                    help="column with the model's label of each unit (e.g. frame_top); "
                    "repeatable; taken from the sheets, or from --predictions")
    ag.add_argument("--predictions", type=Path, metavar="QUOTES.csv",
                    help="table with the unit column and the --model-col columns, joined by unit "
                    "(e.g. a report's tables/quotes.csv)")
    ag.add_argument("--level", choices=LEVEL_CHOICES, default="nominal",
                    help="level of measurement for alpha (and kappa weights: ordinal linear, "
                    "interval/ratio quadratic); default: nominal")
    ag.add_argument("--n-boot", type=int, default=1000, metavar="N",
                    help="bootstrap resamples over units for the CIs (default: 1000)")
    ag.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    ag.add_argument("--format", choices=["text", "csv", "json"], default="text",
                    help="output format (default: text)")
    return {"sample": cmd_sample, "agreement": cmd_agreement}


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def cmd_sample(args: argparse.Namespace) -> int:
    import pandas as pd

    from discourse.validate.sampling import sample_for_coding, write_coding_sheet

    if args.n < 1:
        _error(f"--n must be at least 1; got {args.n}")
        return 2
    if args.quotes is not None:
        if not args.quotes.is_file():
            _error(f"{args.quotes}: no such file")
            return 2
        try:
            quotes = pd.read_csv(args.quotes, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            _error(f"{args.quotes}: not a readable UTF-8 CSV ({exc})")
            return 2
        source = str(args.quotes)
    else:
        from discourse.io.corpus import CorpusError
        from discourse.run.pipeline import run_pipeline

        try:
            result = run_pipeline(args.corpus, text_column=args.text_column)
        except (CorpusError, FileNotFoundError) as exc:
            _error(str(exc))
            return 2
        for row in result.corpus.skipped.itertuples():
            print(f"warning: skipped {row.skipped_path}: {row.reason}", file=sys.stderr)
        quotes = result.units
        source = str(args.corpus)
    stratify = None if args.stratify.lower() == "none" else args.stratify
    try:
        sheet = sample_for_coding(quotes, n=args.n, stratify=stratify, seed=args.seed,
                                  min_per_stratum=args.min_per_stratum)
    except ValueError as exc:
        _error(f"{source}: {exc}")
        return 2
    if len(sheet) > args.n:
        print(f"warning: {len(sheet)} quotes sampled, more than --n {args.n}: every stratum gets "
              f"--min-per-stratum {args.min_per_stratum} (or all it has)", file=sys.stderr)
    write_coding_sheet(sheet, args.out)
    alloc = ", ".join(f"{k}: {v}" for k, v in sheet.attrs["allocation"].items())
    print(f"Wrote {len(sheet)} of {len(quotes)} quotes to {args.out} ({alloc})")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    import pandas as pd

    from discourse.validate.agreement import (
        CodingSheetError,
        agreement_table,
        read_codings,
        reliability_matrix,
    )

    try:
        long = read_codings(args.files, unit=args.unit, label=args.label,
                            coder_col=args.coder_col, keep=args.model_col)
    except CodingSheetError as exc:
        _error(str(exc))
        return 2
    try:
        data = reliability_matrix(long, unit=args.unit, coder="coder", label=args.label)
    except ValueError as exc:
        _error(str(exc))
        return 2
    models = []
    preds = None
    if args.predictions is not None:
        if not args.predictions.is_file():
            _error(f"{args.predictions}: no such file")
            return 2
        preds = pd.read_csv(args.predictions, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        absent = [c for c in [args.unit, *args.model_col] if c not in preds.columns]
        if absent:
            _error(f"{args.predictions}: no column(s) {absent} (fields --unit/--model-col); "
                   f"columns are {list(preds.columns)}")
            return 2
        preds = preds.drop_duplicates(args.unit).set_index(args.unit)
    for col in args.model_col:
        name = f"model:{col}"
        if preds is not None:
            values = preds[col].replace("", pd.NA)
        else:
            values = long.dropna(subset=[col]).drop_duplicates(args.unit).set_index(args.unit)[col]
            if values.empty:
                _error(f"--model-col {col!r}: no value in any of the sheets "
                       f"({', '.join(map(str, args.files))}); give --predictions")
                return 2
        data[name] = values.reindex(data.index).astype(object).where(
            values.reindex(data.index).notna(), float("nan"))
        models.append(name)
    coders = [c for c in data.columns if c not in models]
    if len(coders) + len(models) < 2 or not coders:
        _error(f"need at least two coders, or a coder and --model-col; found coder(s) {coders} "
               f"in {', '.join(map(str, args.files))} (column {args.coder_col!r} or file names)")
        return 2
    try:
        table = agreement_table(data, coders=coders, models=models, level=args.level,
                                n_boot=args.n_boot, seed=args.seed)
    except ValueError as exc:
        _error(str(exc))
        return 2
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif args.format == "json":
        print(json.dumps({"units": len(data), "coders": coders, "models": models,
                          "level": args.level,
                          "agreement": json.loads(table.to_json(orient="records"))}, indent=2))
    else:
        print(f"{len(data)} unit(s); coders: {', '.join(coders)}"
              + (f"; models: {', '.join(models)}" if models else "") + f"; level: {args.level}")
        print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return 0
