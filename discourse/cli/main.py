"""The ``discourse`` command: report, quotes, evaluate, train, sample, agreement, reproduce.

Run ``discourse --help`` or ``discourse SUBCOMMAND --help`` for every option.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from discourse.cli import coding as cli_coding
from discourse.cli import models as cli_models

if TYPE_CHECKING:
    from discourse.extract.actors import ActorRegistry
    from discourse.extract.quotes import CueLexicon

QUOTE_COLUMNS = ["doc_id", "quote_id", "start", "end", "text", "kind", "cue", "speaker_mention",
                 "mention_start", "mention_end", "speaker", "camp", "lang"]
# The offsets, printed as whole numbers whatever their column's dtype.
_INT_FIELDS = frozenset({"start", "end", "mention_start", "mention_end"})
# One encoder for every record: ``json.dumps(rec, ensure_ascii=False)`` with fewer calls.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _positive_int(text: str) -> int:
    """An option value that must be a whole number of at least 1 (argparse ``type=``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer; got {text!r}")
    return value


class _VersionAction(argparse.Action):
    """``--version``: print ``discourse X.Y.Z (compiled)`` (or ``(pure Python)``: which modules run,
    see :mod:`discourse.core.compiled`) and exit. The version is read from the installed
    metadata only when asked for (``action="version"`` needs it while the parser is built, and
    reading it costs every command 0.01 s of start-up)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        import discourse

        build = "compiled" if discourse.BUILD == "compiled" else "pure Python"
        print(f"{parser.prog} {_version()} ({build})")  # to stdout, as argparse's version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="discourse",
        description="Find who is quoted saying what in news articles, score stance, sentiment "
        "and framing, and write reproducible reports comparing camps.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rep = sub.add_parser(
        "report", help="run the framing report notebook and write reports/<run>/",
        description="Execute notebooks/framing_report.ipynb with papermill and write report.html, "
        "the executed notebook, figures/*.png, tables/*.csv and manifest.json into the output "
        "folder. The folder appears only when the whole report succeeded; on failure the command "
        "exits with status 1 and names the partial notebook. A misspelt parameter, an impossible "
        "value (a date such as 2020-13-01, an unknown camp or target) or a missing input file "
        "stops the command before any work, with one line naming the parameter and exit status "
        "2. Parameters: corpus, text_column, speaker_column, camps, targets, date_from, date_to, "
        "min_quotes, n_boot, seed, top_words, actors_file, targets_file, frames_file, engine, "
        "scheduler, workers, chunk_size (see `papermill --help-notebook "
        "notebooks/framing_report.ipynb`). Dates are YYYY-MM-DD; lists (camps, targets) are "
        "JSON or YAML lists or comma-separated ids; relative paths are taken from the current "
        "directory (from the repository root when that is notebooks/).",
    )
    rep.add_argument("--corpus", help="folder of .txt/.md articles, or a CSV/JSONL/Parquet file "
                     "(default: the embedded example corpus data/corpus)")
    rep.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                     metavar=("NAME", "VALUE"),
                     help="set a report parameter, e.g. -p n_boot 500, -p date_from 2020-09-01, "
                     "-p camps russian_official,western or -p targets '[\"russia\"]'")
    rep.add_argument("-f", "--parameters-file", type=Path, metavar="PARAMS.yaml",
                     help="YAML mapping of parameter names to values (-p wins over it)")
    rep.add_argument("--output", type=Path, metavar="DIR",
                     help="output folder (default: reports/<corpus>-<UTC time>); an existing "
                     "folder is replaced only when the new report is complete")
    rep.add_argument("--timeout", type=int, default=1800, metavar="SECONDS",
                     help="fail when a single notebook cell runs longer (default: 1800)")
    rep.add_argument("--engine", choices=["pandas", "dask"],
                     help="pandas: one process, streaming (default); dask: a Dask cluster")
    rep.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: the scheduler of an existing cluster, e.g. "
                     "tcp://10.0.0.5:8786 (default: start a LocalCluster on this machine)")
    rep.add_argument("--workers", type=int, metavar="N",
                     help="with --engine dask and no --scheduler: workers of the LocalCluster "
                     "(default: one per core)")

    quo = sub.add_parser(
        "quotes", help="print every quote found in articles, one record per quote",
        description="Extract quotes and their speakers from articles and print one record per "
        "quote with the fields " + ", ".join(QUOTE_COLUMNS) + ". doc_id is the file name without "
        "extension (in a table: its doc_id or id column, else row<N>; a warning names doc_ids that "
        "two PATHs share); start/end and mention_start/mention_end are character offsets into the text "
        "as read (-1 when there is no mention); lang is the article's language (en, ru: from the "
        "lang or language metadata, else detected), whose rules read it. Records are sorted by "
        "doc_id within each PATH.",
    )
    quo.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                     help="article file(s) (.txt/.md), folder(s) of them, or CSV/JSONL/Parquet")
    quo.add_argument("--format", choices=["jsonl", "csv"], default="jsonl",
                     help="output format (default: jsonl)")
    quo.add_argument("--text-column", default="text", help="text column of a table (default: text)")
    quo.add_argument("--actors", type=Path, metavar="ACTORS.yaml",
                     help="actor registry (default: data/actors.yaml)")
    quo.add_argument("--chunk-size", type=_positive_int, default=1000, metavar="N",
                     help="articles read and processed at a time (default: 1000, as the report); "
                     "memory grows with it, the output does not depend on it")
    rp = sub.add_parser(
        "reproduce", help="re-run a report from its manifest.json and compare the tables",
        description="Check every input file against the sha256 recorded in MANIFEST, re-run the "
        "report with the recorded parameters and verify that every tables/*.csv is byte-identical. "
        "Exit status 0 when reproduced, 1 when an input changed or a table differs.",
    )
    rp.add_argument("manifest", type=Path, metavar="MANIFEST", help="reports/<run>/manifest.json")
    rp.add_argument("--output", type=Path, metavar="DIR",
                    help="keep the re-run report here (default: a temporary folder, removed)")

    ev = sub.add_parser(
        "evaluate", help="score extraction against gold annotations",
        description="Score quote extraction and speaker attribution against gold annotations.",
    )
    ev_sub = ev.add_subparsers(dest="what", required=True, metavar="WHAT")
    evq = ev_sub.add_parser(
        "quotes", help="precision/recall/F1 of quotes and speaker accuracy",
        description="Score quotes against gold: our JSONL (NAME.quotes.jsonl beside NAME.txt) or "
        "brat standoff (NAME.txt + NAME.ann with Source, Cue and Content spans linked by "
        "Attribution). Reports precision, recall and F1 at exact match (ignoring edge "
        "punctuation, quote marks and whitespace) and at character IoU >= 0.5, for direct, mixed "
        "(partly quoted) and indirect quotes and all together, with speaker-mention and "
        "canonical-speaker accuracy on matched quotes.",
    )
    evq.add_argument("--gold", type=Path, required=True, metavar="PATH",
                     help="a .quotes.jsonl or .ann file, or a folder of them (texts beside them)")
    evq.add_argument("--predictions", type=Path, metavar="FILE.jsonl",
                     help="`discourse quotes` output to score (default: run the extractor now)")
    evq.add_argument("--details", action="store_true",
                     help="also list misses and false alarms per document")
    evq.add_argument("--format", choices=["text", "json"], default="text",
                     help="output format (default: text)")
    evq.add_argument("--actors", type=Path, metavar="ACTORS.yaml",
                     help="actor registry (default: data/actors.yaml)")
    parser.set_defaults(_extra_handlers={**cli_models.register(sub, ev_sub),
                                         **cli_coding.register(sub)})
    return parser


def cmd_reproduce(args: argparse.Namespace) -> int:
    from discourse.run.report import ReportError, reproduce

    if not args.manifest.exists():
        print(f"error: {args.manifest} does not exist", file=sys.stderr)
        return 2
    try:
        ok, messages = reproduce(args.manifest, output=args.output)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("\n".join(messages))
    return 0 if ok else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    import pandas as pd

    from discourse.validate.evaluate import GoldFormatError, evaluate_quotes, predict_for_gold, read_gold

    try:
        gold = read_gold(args.gold)
    except (GoldFormatError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.predictions:
        with open(args.predictions, encoding="utf-8") as fh:
            pred = pd.DataFrame([json.loads(line) for line in fh if line.strip()],
                                columns=QUOTE_COLUMNS)
    else:
        pred = predict_for_gold(gold, actors_file=args.actors)
    metrics, details = evaluate_quotes(gold, pred)
    if args.format == "json":
        out = {"metrics": json.loads(metrics.to_json(orient="records"))}
        if args.details:
            out["details"] = json.loads(details.to_json(orient="records"))
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{len(gold.texts)} document(s), {len(gold.quotes)} gold quote(s), "
          f"{int(pred['doc_id'].isin(gold.texts).sum())} predicted")
    print(metrics.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.details:
        for doc_id, g in details.groupby("doc_id", sort=True):
            print(f"\n== {doc_id}")
            for r in g.itertuples():
                label = "MISS " if r.status == "gold_only" else "FALSE"
                snippet = r.text if len(r.text) <= 100 else r.text[:97] + "..."
                print(f"  {label} {r.category:8} {r.start}-{r.end}: {snippet!r}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Run the report; a bad parameter exits 2 with one line before any work or output."""
    from discourse.run.params import ParameterError, load_parameters_file
    from discourse.run.report import ReportError, run_report

    try:
        # -p values are passed on as typed: the parameter model reads text the same way for
        # every entry point (papermill's -p, JupyterLab), so "2020-09-01" or "a,b" mean the same
        values = load_parameters_file(args.parameters_file) if args.parameters_file else {}
        values.update(dict(args.parameter))
        if args.corpus:
            values["corpus"] = str(args.corpus)
        for name in ("engine", "scheduler", "workers"):
            if getattr(args, name) is not None:
                values[name] = getattr(args, name)
        out = run_report(values, output=args.output, timeout=args.timeout)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Report written to {out}")
    print(f"  open {out / 'report.html'}")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    """Stream the quotes of every PATH to stdout, chunk by chunk, in ``doc_id`` order per PATH.

    The output is the one of reading each PATH whole and printing its attributed quotes table
    (sorted by ``doc_id``), whatever the chunk size: a folder is read in ``doc_id`` order, so its
    quotes are printed as each chunk is done; a table may list its rows in any order, so its
    records wait in a temporary file (memory holds one chunk) and are printed in ``doc_id``
    order when the table has been read, or not at all if it turns out unreadable.
    """
    # Start-up (pandas and the rules imported, the registry and cues loaded) makes a few hundred
    # thousand long-lived objects and no garbage, and the cyclic collector walked them again and
    # again while they were made and at every later full collection: 0.11 s of CPU on 2.6 MB of
    # news. It is paused while they are made, and they are then set aside (``gc.freeze``: never
    # walked again, still freed by reference counting) until the command ends; 0.02 s is left.
    # No pandas (nor NumPy, nor Arrow): the quotes go from the reader to the output as plain
    # values (``iter_article_records``, ``attributed_columns``), and importing them was 0.3 s
    # of CPU, a sixth of the command on a thousand articles. Tables (CSV, JSONL, Parquet) and
    # folders with a metadata.csv are still read with pandas, imported when they come.
    # The rules' modules compile their regexes as they are imported, the same 130 at every
    # run (0.02-0.026 s of CPU): their code is read from the store (``compiled_as_before``).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from discourse.extract.actors.stored import compiled_as_before

        with compiled_as_before("discourse quotes"):
            # every module the command runs, imported now so that their objects are set
            # aside too
            import discourse.extract.attributed  # noqa: F401 - the rules
            import discourse.io.corpus  # noqa: F401
            from discourse.extract.actors import load_actors
            from discourse.extract.quotes import load_cues

            registry = load_actors(args.actors)
            cues = load_cues()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    try:
        return _print_quotes(args, registry, cues)
    finally:
        gc.unfreeze()  # a caller in the same process (a test, a notebook) gets its collector back


def _print_quotes(args: argparse.Namespace, registry: ActorRegistry, cues: CueLexicon) -> int:
    """The loop of :func:`cmd_quotes`: read each PATH chunk by chunk, print its quotes."""
    from discourse.extract.attributed import attributed_columns
    from discourse.io.corpus import TABLE_SUFFIXES, CorpusError
    from discourse.io.records import iter_article_records

    out = sys.stdout
    if args.format == "csv":
        out.write(_csv_lines([QUOTE_COLUMNS]))
    status = 0
    # doc_id -> the PATH that printed it first: two tables both number their rows row1, row2,
    # ...; two folders may both hold a.txt. Their records would share a doc_id and could no
    # longer be traced to their document, so a clash is named (the records are printed as read).
    printed_by: dict[str, Path] = {}
    for path in args.paths:
        sink = (_DocIdOrder(out) if path.suffix.lower() in TABLE_SUFFIXES and not path.is_dir()
                else _Direct(out))
        ids: list[str] = []
        try:
            for chunk in iter_article_records(path, chunk_size=args.chunk_size,
                                              text_column=args.text_column):
                for skipped_path, reason in chunk.skipped:
                    print(f"warning: skipped {skipped_path}: {reason}", file=sys.stderr)
                for note in chunk.warnings:
                    print(f"warning: {note}", file=sys.stderr)
                if len(args.paths) > 1:
                    ids.extend(str(a["doc_id"]) for a in chunk.articles)
                columns = attributed_columns(chunk.articles, actors=registry, cues=cues)
                sink.add([columns[c] for c in QUOTE_COLUMNS], args.format)
                registry.clear_caches()  # one chunk's names at most: memory stays flat
        except CorpusError as exc:
            sink.discard()
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        sink.finish()
        _warn_shared_ids(path, ids, printed_by)
    out.flush()
    return status


def _warn_shared_ids(path: Path, ids: list[str], printed_by: dict[str, Path]) -> None:
    """Name the doc_ids of ``path`` that an earlier PATH printed too (one warning per earlier
    PATH), then record ``path``'s own in ``printed_by``."""
    shared: dict[Path, list[str]] = {}
    for doc_id in ids:
        first = printed_by.setdefault(doc_id, path)
        if first != path:
            shared.setdefault(first, []).append(doc_id)
    for first, clash in shared.items():
        print(f"warning: {len(clash)} doc_id(s) of {path} were printed for {first} too "
              f"(e.g. {clash[0]!r}): their records share a doc_id; run the paths one at a time "
              "or give each document its own id (a doc_id column)", file=sys.stderr)


def _csv_lines(rows: list) -> str:
    """CSV rows as ``DataFrame.to_csv`` writes them (it writes with the csv module, so: minimal
    quoting, ``"\n"`` ends a row, a missing value is empty)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _cells(columns: list[list]) -> list[list]:
    """The values of the quote columns as printed: offsets as whole numbers, a missing value
    (None or NaN, from a table read with pandas) as null in JSON and empty in CSV."""
    cells = []
    for name, values in zip(QUOTE_COLUMNS, columns, strict=True):
        # The types of a column, found in C: a column without floats (every column of the
        # command's own rows) has no NaN, and whole numbers of type int are printed as they are.
        kinds = set(map(type, values))
        if any(issubclass(kind, float) for kind in kinds):
            values = [None if isinstance(v, float) and v != v else v for v in values]  # NaN: null
        if name in _INT_FIELDS and not kinds <= {int}:
            values = [int(v) for v in values]
        cells.append(values)
    return cells


def _records(columns: list[list], fmt: str) -> list[str]:
    """One printed record per quote (columns in ``QUOTE_COLUMNS`` order): a JSON line, or a CSV
    row (which spans more than one line when a field holds a line break)."""
    cells = _cells(columns)
    if fmt == "csv":
        # one writer for every row (as ``_csv_lines`` writes them), each row's text cut from
        # the whole by the buffer's positions (characters): a writer and a buffer per row
        # cost more than the rows
        buf = io.StringIO()
        writerow = csv.writer(buf, lineterminator="\n").writerow
        tell = buf.tell
        ends = [0]
        for row in zip(*cells):
            writerow(row)
            ends.append(tell())
        text = buf.getvalue()
        return [text[a:b] for a, b in zip(ends, ends[1:])]
    # Each column's values are encoded as JSON once, column by column (strings by the JSON
    # module's own C encoder), and each line is one ``%`` of a template holding the keys: the
    # text ``_JSON.encode`` gives a dict of the row, a third of the time. A column holding
    # anything else than strings, whole numbers, floats, booleans and None is rare (it would
    # fail below) and is encoded record by record as before.
    encoded = [_json_column(values) for values in cells]
    if any(column is None for column in encoded):
        encode = _JSON.encode
        return [encode(dict(zip(QUOTE_COLUMNS, row))) + "\n" for row in zip(*cells)]
    return [_JSON_LINE % row for row in zip(*encoded)]


# A JSON line of the quote columns with a ``%s`` for each value, as ``_JSON`` writes a dict
# (``", "`` between items, ``": "`` after a key; the keys hold no "%").
_JSON_LINE = "{" + ", ".join(
    _JSON.encode(name) + ": %s" for name in QUOTE_COLUMNS) + "}\n"
_JSON_STRING = json.encoder.encode_basestring  # what _JSON (ensure_ascii=False) uses
_NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # float.__repr__ -> JSON


def _json_column(values: list) -> list[str] | None:
    """Each value of a column as ``_JSON`` encodes it inside a record; None when a value is of
    another type than str, int, float, bool and None."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return list(map(_JSON_STRING, values))
    if kinds <= {int}:
        return list(map(int.__repr__, values))
    if kinds <= {float}:  # (NaN is None by now; an infinity is spelt as the encoder spells it)
        return [_NON_FINITE.get(r, r) for r in map(float.__repr__, values)]
    if not kinds <= {str, int, float, bool, type(None)}:
        return None
    return [_json_scalar(v) for v in values]


def _json_scalar(value: str | int | float | bool | None) -> str:
    """``_JSON.encode(value)`` for a value of the types of :func:`_json_column`."""
    if isinstance(value, str):
        return _JSON_STRING(value)
    if value is None or isinstance(value, bool):
        return _JSON.encode(value)
    if isinstance(value, int):
        return int.__repr__(value)
    return _JSON.encode(value)  # a float: its repr, or NaN/Infinity as the encoder spells them


class _Direct:
    """Print each chunk's records at once (the reader gives the documents in doc_id order)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def add(self, columns: list[list], fmt: str) -> None:
        # slice by slice: a document of 600,000 quotes is not held as text all at once
        for lo in range(0, len(columns[0]), 10_000):
            self.out.write("".join(_records([c[lo:lo + 10_000] for c in columns], fmt)))

    def discard(self) -> None:
        pass  # nothing was printed: the reader fails before the first document or has none

    def finish(self) -> None:
        pass


class _DocIdOrder:
    """Keep each document's records in a temporary file; print them all in doc_id order at the end.

    Memory holds an index entry per document (id, offset, size), never the records themselves.
    """

    def __init__(self, out: TextIO) -> None:
        import tempfile

        self.out = out
        self.spool = tempfile.TemporaryFile()
        self.index: list[tuple[str, int, int]] = []
        self.in_order = True

    def add(self, columns: list[list], fmt: str) -> None:
        records = _records(columns, fmt)
        doc_ids = columns[QUOTE_COLUMNS.index("doc_id")]
        i = 0
        while i < len(records):  # the quotes are sorted by doc_id: one block per document
            j = i + 1
            while j < len(records) and doc_ids[j] == doc_ids[i]:
                j += 1
            data = "".join(records[i:j]).encode("utf-8", "surrogatepass")
            if self.index and doc_ids[i] < self.index[-1][0]:
                self.in_order = False
            self.index.append((doc_ids[i], self.spool.tell(), len(data)))
            self.spool.write(data)
            i = j

    def discard(self) -> None:
        self.spool.close()

    def finish(self) -> None:
        if not self.in_order:
            self.index.sort(key=lambda entry: entry[0])
        for _, offset, size in self.index:
            self.spool.seek(offset)
            self.out.write(self.spool.read(size).decode("utf-8", "surrogatepass"))
        self.spool.close()


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("discourse")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        from discourse import __version__

        return __version__


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"report": cmd_report, "quotes": cmd_quotes, "evaluate quotes": cmd_evaluate,
                "reproduce": cmd_reproduce, **args._extra_handlers}
    try:
        return handlers[cli_models.command_key(args)](args)
    except BrokenPipeError:
        # The reader of stdout has gone (``discourse quotes … | head``): stop quietly, as command
        # line tools do. Python would flush stdout again at exit and fail once more, so what is
        # left is sent to /dev/null instead.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        if argv is None:  # the process's own arguments: the command, the process ends now
            exit_without_collecting()


def exit_without_collecting() -> None:
    """Move every object still alive out of the cyclic collector's reach (``gc.freeze``), for a
    process about to end.

    The interpreter's exit runs full collections while it tears the modules down, and each one
    traverses every object still alive: the actor registry, the caches, the last chunk's tables
    (:func:`cmd_quotes` sets its start-up's objects aside while it runs, but hands them back to
    the collector when it returns, for a caller in the same process).
    That was 0.09 s of CPU at the end of ``discourse quotes`` on the 2.6 MB of the peer
    benchmark (2-3% of the run, ``perf``: ``Py_FinalizeEx``), 0.02 s once they are frozen (the
    objects are still freed one by one, by their counts). Called by :func:`main` only when it
    reads the process's arguments (the ``discourse`` command, ``python -m discourse.cli``): a
    caller that passes ``argv`` goes on in the same process, whose garbage must still be
    collected."""
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
