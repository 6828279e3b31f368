"""The report's parameters, declared once and validated before any work.

Every way of running the report ends in :func:`validate_parameters`: ``discourse report -p NAME
VALUE`` and ``-f params.yaml``, ``papermill -p/-y``, and the notebook's validation cell in
JupyterLab (:func:`parameters_from`). A value means the same whichever way it came in:

- dates: a date or a ``YYYY-MM-DD`` string (``2020-09-01`` from YAML, papermill or the shell);
- lists (``camps``, ``targets``): a list, a JSON or YAML list (``'["russia"]'``, ``[a, b]``) or
  comma-separated ids (``russian_official,western``);
- numbers: a number or its digits (``-p n_boot 500`` arrives as text from the shell);
- relative paths: against the folder the run starts from (:func:`base_dir`; a notebook kernel in
  the repository's ``notebooks/`` folder, as JupyterLab starts it, counts as the repository root).

A misspelt name, a wrong type or an impossible value raises :class:`ParameterError` with a one-line
message naming the parameter (and the closest valid name for a typo), before any output exists.
"""

from __future__ import annotations

import ast
import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from discourse.core.paths import REPO_DIR, data_dir
from discourse.core.schema import CAMPS, KINDS

DEFAULT_CAMPS = ["russian_official", "belarusian_official", "opposition", "western", "ukrainian_official"]
# Quote kinds whose words are the speaker's own: the default for sentiment and stance (a statement
# of a statements corpus is the speaker's own text; indirect and partial quotes are the reporter's
# wording around or instead of the speaker's).
DEFAULT_MEASURE_KINDS = ["direct", "statement"]
QUOTE_KINDS = (*KINDS, "statement")
PATH_FIELDS = ("corpus", "output_dir", "actors_file", "targets_file", "frames_file")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ParameterError(ValueError):
    """A report parameter is unknown, of the wrong type or impossible (one-line message)."""


# --- reading values the same way from every entry point ---------------------------------------


def base_dir() -> Path:
    """The folder relative paths are resolved against: the working directory, except that the
    repository's ``notebooks/`` folder (where JupyterLab starts the notebook's kernel) counts as
    the repository root, so ``data/corpus`` names the same folder in a shell, under papermill and
    in JupyterLab."""
    cwd = Path.cwd().resolve()
    return REPO_DIR if cwd == (REPO_DIR / "notebooks").resolve() else cwd


def resolve_path(value: str | Path) -> Path:
    """An absolute path: ``~`` expanded, a relative path taken from :func:`base_dir`."""
    path = Path(value).expanduser()
    return (path if path.is_absolute() else base_dir() / path).resolve()


def parse_list(value: Any) -> Any:
    """A list parameter from a list, a JSON/YAML list or comma-separated text.

    >>> parse_list('["russia"]'), parse_list("russian_official, western"), parse_list("")
    (['russia'], ['russian_official', 'western'], [])
    """
    if value is None:
        return []
    if isinstance(value, tuple):
        return list(value)
    if not isinstance(value, str):
        return value  # a list, or a wrong type the model reports
    text = value.strip()
    if text.startswith("["):
        try:
            parsed = yaml.safe_load(text)  # YAML's flow lists include JSON's
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or "not a list"
            raise ValueError(f"{value!r} is not a list ({problem})") from None
        if not isinstance(parsed, list):
            raise ValueError(f"{value!r} is not a list")
        return parsed
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_date(value: Any) -> Any:
    """A date parameter as ``YYYY-MM-DD`` text (empty for none) from a date or text.

    >>> parse_date(dt.date(2020, 9, 1)), parse_date("2020-09-01"), parse_date(None)
    ('2020-09-01', '2020-09-01', '')
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        raise ValueError(f"{value} has a time of day; give the date only, YYYY-MM-DD")
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    text = value.strip()
    if not text:
        return ""
    if not _ISO_DATE.match(text):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc})") from None


class _TextDatesLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: ``2020-13-01`` stays text, so the parameter check can
    name the field instead of YAML failing on the impossible date."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_parameters_file(path: str | Path) -> dict[str, Any]:
    """Read a YAML mapping of parameter names to values (``discourse report -f``).

    Dates stay text (``2020-13-01`` is then reported by :func:`validate_parameters` with the
    parameter's name); a YAML error names the file and line.
    """
    path = resolve_path(path)
    if not path.is_file():
        raise ParameterError(f"parameters file {path} does not exist")
    try:
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDatesLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ParameterError(f"{path}{where}: not valid YAML ({problem})") from None
    except UnicodeDecodeError as exc:
        raise ParameterError(f"{path}: not UTF-8 text ({exc.reason})") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ParameterError(f"{path} must be a YAML mapping of parameter names to values")
    return {str(k): v for k, v in loaded.items()}


# --- the parameters -----------------------------------------------------------------------------


class ReportParameters(BaseModel):
    """Parameters of ``notebooks/framing_report.ipynb`` (same names, same defaults).

    After validation, dates are ``YYYY-MM-DD`` text (or empty), lists are lists and non-empty
    paths are absolute (:func:`resolve_path`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    corpus: str = Field("", description="folder of .txt/.md articles or a CSV/JSONL/Parquet "
                        "file; empty = the embedded example corpus")
    text_column: str = Field("text", min_length=1, description="text column of a table corpus")
    speaker_column: str = Field("", description="speaker column (statements mode); empty = "
                                "automatic (a 'speaker' column switches it on)")
    camps: list[str] = Field(default_factory=lambda: list(DEFAULT_CAMPS), min_length=1,
                             description="camps to compare, in display order")
    targets: list[str] = Field(default_factory=list,
                               description="stance target ids from targets.yaml; empty = all")
    date_from: str = Field("", description="first date included, YYYY-MM-DD; empty = open")
    date_to: str = Field("", description="last date included, YYYY-MM-DD; empty = open")
    min_quotes: int = Field(5, ge=1, description="camps with fewer quotes are flagged 'small n'")
    n_boot: int = Field(2000, ge=100, le=1_000_000, description="bootstrap resamples for CIs")
    seed: int = Field(12345, ge=0, description="random seed for the bootstrap")
    top_words: int = Field(15, ge=1, le=200, description="distinctive words shown per camp")
    output_dir: str = Field("", description="folder for figures/ and tables/; empty = "
                            "reports/interactive")
    actors_file: str = Field("", description="actor registry; empty = data/actors.yaml")
    targets_file: str = Field("", description="stance targets; empty = data/targets.yaml")
    frames_file: str = Field("", description="frame dictionary; empty = data/frames.yaml")
    engine: Literal["pandas", "dask"] = Field("pandas", description="pandas (one process, "
                                              "streaming) or dask (a Dask cluster)")
    scheduler: str = Field("", description="Dask scheduler address; empty starts a LocalCluster")
    workers: int = Field(0, ge=0, le=512, description="LocalCluster workers; 0 = one per core")
    chunk_size: int = Field(1000, ge=1, le=1_000_000, description="articles processed at a time")
    dedupe_reprints: bool = Field(True, description="count a quote reprinted in another article "
                                  "(same normalised text and speaker) once")
    measure_kinds: list[str] = Field(default_factory=lambda: list(DEFAULT_MEASURE_KINDS),
                                     description="quote kinds compared on sentiment and stance; "
                                     "empty = all kinds")
    min_articles: int = Field(10, ge=2, description="fewer articles than this: no interval, "
                              "no test")
    correction: Literal["holm", "bh"] = Field("holm", description="multiplicity correction of the "
                                              "pairwise camp differences")
    n_perm: int = Field(5000, ge=100, le=1_000_000, description="permutations of the chi-square "
                        "test when expected counts are small")
    keyness_min_count: int = Field(5, ge=1, description="a word is tested for a camp only if the "
                                   "camp used it this many times")
    keyness_prior_tokens: float = Field(1000.0, gt=0, description="weight of the background "
                                        "prior of the log-odds, in pseudo-tokens")
    keyness_background: Literal["shipped", "flat"] = Field("shipped", description="prior from "
                                                           "data/background (shipped) or flat")
    keyness_correction: Literal["bh", "holm"] = Field("bh", description="multiplicity correction "
                                                      "over the words tested")

    @field_validator("camps", "targets", "measure_kinds", mode="before")
    @classmethod
    def _as_list(cls, v: Any) -> Any:
        return parse_list(v)

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _as_date(cls, v: Any) -> Any:
        return parse_date(v)

    @field_validator(*PATH_FIELDS, "speaker_column", "scheduler", mode="before")
    @classmethod
    def _none_is_empty(cls, v: Any) -> Any:
        return "" if v is None else v  # papermill's `-p corpus None`

    @field_validator(*PATH_FIELDS)
    @classmethod
    def _absolute(cls, v: str) -> str:
        return str(resolve_path(v)) if v else v

    @field_validator("camps")
    @classmethod
    def _known_camps(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in CAMPS]
        if bad:
            raise ValueError(f"unknown camp(s) {bad}{_did_you_mean(bad, CAMPS)}; "
                             f"expected some of {list(CAMPS)}")
        if len(set(v)) != len(v):
            raise ValueError(f"camps listed twice: {v}")
        return v

    @field_validator("measure_kinds")
    @classmethod
    def _known_kinds(cls, v: list[str]) -> list[str]:
        bad = [k for k in v if k not in QUOTE_KINDS]
        if bad:
            raise ValueError(f"unknown quote kind(s) {bad}{_did_you_mean(bad, QUOTE_KINDS)}; "
                             f"expected some of {list(QUOTE_KINDS)}")
        return v

    @model_validator(mode="after")
    def _range(self) -> ReportParameters:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(f"date_to {self.date_to} is before date_from {self.date_from}")
        if self.engine == "pandas" and (self.scheduler or self.workers):
            raise ValueError("scheduler and workers apply to engine 'dask' only")
        return self

    def as_table(self):
        """The parameters as a two-column table for the report (``output_dir`` left out: a
        report does not depend on where it is written)."""
        import pandas as pd

        values = {**self.model_dump(), "corpus": str(self.corpus_path())}
        rows = [{"parameter": k, "value": str(v)} for k, v in values.items() if k != "output_dir"]
        return pd.DataFrame(rows)

    # -- resolved paths ---------------------------------------------------------------------
    def corpus_path(self) -> Path:
        """The corpus path, the embedded example corpus when empty."""
        return Path(self.corpus) if self.corpus else data_dir() / "corpus"

    def output_path(self) -> Path:
        return Path(self.output_dir) if self.output_dir else REPO_DIR / "reports" / "interactive"

    def registry_paths(self) -> dict[str, Path]:
        """The registry files this run reads: actors, targets, frames and the cue lexicon."""
        return {
            "actors": Path(self.actors_file) if self.actors_file else data_dir() / "actors.yaml",
            "targets": Path(self.targets_file) if self.targets_file else data_dir() / "targets.yaml",
            "frames": Path(self.frames_file) if self.frames_file else data_dir() / "frames.yaml",
            "cues": data_dir() / "cues.yaml",
        }


PARAMETER_NAMES: tuple[str, ...] = tuple(ReportParameters.model_fields)


def _did_you_mean(bad: list[str], valid) -> str:
    close = [m for b in bad for m in difflib.get_close_matches(b, list(valid), n=1, cutoff=0.6)]
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def unknown_names_message(unknown: list[str], valid: list[str] | tuple[str, ...]) -> str:
    """``unknown parameter 'n_boots' (did you mean 'n_boot'?); valid parameters: …``."""
    hints = []
    for name in unknown:
        close = difflib.get_close_matches(name, list(valid), n=1, cutoff=0.6)
        hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    plural = "s" if len(unknown) > 1 else ""
    return f"unknown parameter{plural} {', '.join(hints)}; valid parameters: {', '.join(valid)}"


def validate_parameters(values: dict[str, Any], *, check_paths: bool = True) -> ReportParameters:
    """Validate report parameters; raise :class:`ParameterError` naming every problem on one line.

    Parameters
    ----------
    values : dict
        Parameter names to values. Unknown names are errors (a typo must not be ignored).
    check_paths : bool, default=True
        Also check that the corpus and registry files exist, that the registries load, and that
        every id in ``targets`` is in the targets registry: everything the run would otherwise
        find out only after reading the corpus.

    Examples
    --------
    >>> validate_parameters({"n_boots": 500})
    Traceback (most recent call last):
    ...
    discourse.run.params.ParameterError: unknown parameter 'n_boots' (did you mean 'n_boot'?); ...
    >>> validate_parameters({"date_from": "2020-13-01"})
    Traceback (most recent call last):
    ...
    discourse.run.params.ParameterError: date_from: '2020-13-01' is not a date (month must be in 1..12)
    >>> validate_parameters({"date_from": dt.date(2020, 9, 1), "camps": "western,opposition"},
    ...                     check_paths=False).camps
    ['western', 'opposition']
    """
    unknown = [k for k in values if k not in PARAMETER_NAMES]
    if unknown:
        raise ParameterError(unknown_names_message(unknown, PARAMETER_NAMES))
    try:
        params = ReportParameters(**values)
    except ValidationError as exc:
        raise ParameterError("; ".join(_describe(err) for err in exc.errors())) from None
    if check_paths:
        check_inputs(params)
    return params


def _describe(err: dict) -> str:
    name = ".".join(str(x) for x in err["loc"])
    if err["type"] == "value_error":  # our own validators: the message quotes the value
        message = err["msg"].removeprefix("Value error, ")
    else:
        message = f"{err['msg']} (got {err.get('input')!r})"
    return f"{name}: {message}" if name else message


def check_inputs(params: ReportParameters) -> None:
    """Check the files a run reads and the target ids, before any work.

    The corpus and registry files must exist; actors, targets, frames and cues must load (a broken
    registry is named with its file and entry); ``targets`` must name targets of the registry.
    """
    missing = []
    if not params.corpus_path().exists():
        missing.append(f"corpus: {params.corpus_path()} does not exist")
    for key, path in params.registry_paths().items():
        if not path.exists():
            missing.append(f"{key}_file: {path} does not exist")
    if missing:
        raise ParameterError("; ".join(missing))
    _check_columns(params)
    from discourse.run.chunks import Config

    paths = params.registry_paths()
    try:
        registries = Config(actors_file=paths["actors"], targets_file=paths["targets"],
                            frames_file=paths["frames"], cues_file=paths["cues"]).load()
    except (ValueError, FileNotFoundError) as exc:
        raise ParameterError(f"A registry file is invalid:\n{exc}") from None
    select_targets(registries.targets, params.targets)


def _check_columns(params: ReportParameters) -> None:
    """For a table corpus, ``text_column`` (and a ``speaker_column`` given) must be columns of it.

    Read from the CSV header, the Parquet schema, or the keys of the JSONL records of the first
    chunk (where the reader looks); a file that cannot be read this way is left to the reader,
    which names the problem.
    """
    path = params.corpus_path()
    suffix = path.suffix.lower()
    if path.is_dir() or suffix not in (".csv", ".jsonl", ".parquet"):
        return
    try:
        if suffix == ".csv":
            import pandas as pd

            columns = list(pd.read_csv(path, nrows=0).columns)
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            columns = list(pq.ParquetFile(path).schema_arrow.names)
        else:
            columns = _jsonl_keys(path, params.chunk_size)
    except Exception:  # noqa: BLE001 - unreadable here: the reader reports it with the file named
        return
    if not columns:
        return
    for name in ("text_column", "speaker_column"):
        column = getattr(params, name)
        if column and column not in columns:
            raise ParameterError(f"{name}: {path.name} has no column {column!r}"
                                 f"{_did_you_mean([column], columns)}; its columns are {columns}")


def _jsonl_keys(path: Path, n_records: int) -> list[str]:
    import json

    keys: dict[str, None] = {}
    with open(path, encoding="utf-8", errors="replace") as fh:
        seen = 0
        for line in fh:
            if seen >= n_records:
                break
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                keys.update(dict.fromkeys(record))
                seen += 1
    return list(keys)


def select_targets(targets: list, ids: list[str]) -> list:
    """The stance targets named by the ``targets`` parameter (all when ``ids`` is empty).

    Raises :class:`ParameterError` naming unknown ids and listing the valid ones.
    """
    known = [t.id for t in targets]
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ParameterError(f"targets: unknown target id(s) {unknown}"
                             f"{_did_you_mean(unknown, known)}; targets.yaml has {known}")
    return [t for t in targets if not ids or t.id in ids]


# --- the notebook's namespace ---------------------------------------------------------------------


def parameters_from(namespace: dict[str, Any]) -> ReportParameters:
    """Collect and validate the report parameters from a notebook's namespace (``globals()``).

    Besides the declared names, every name that the cells just before this one set (the
    ``parameters`` cell and papermill's injected cell, read from IPython's input history ``In``)
    is checked, so that ``-p n_boots 100`` under papermill, or a misspelt name typed into the
    parameters cell in JupyterLab, stops the run instead of being ignored.
    """
    names = [k for k in PARAMETER_NAMES if k in namespace]
    names += [n for n in names_set_before(namespace.get("In")) if n not in PARAMETER_NAMES]
    return validate_parameters({k: namespace[k] for k in names if k in namespace})


def names_set_before(history: Any) -> list[str]:
    """Names assigned by the run of parameter cells just before the running cell.

    ``history`` is IPython's ``In``: the source of every cell run in this kernel, the running one
    last. Walking back from the cell before it, each cell made only of assignments of literal
    values to plain names (``n_boot: int = 2000``, papermill's ``n_boots = 100``) counts; the
    first other cell ends the walk, so names set by the report's own cells are never mistaken for
    parameters.

    >>> names_set_before(["", "n_boot: int = 2000  # help", "# Parameters\\nn_boots = 100\\n", "check()"])
    ['n_boots', 'n_boot']
    >>> names_set_before(["", "x = load()", "check()"])
    []
    """
    if not isinstance(history, list) or len(history) < 2:
        return []
    names: list[str] = []
    for source in reversed(history[:-1]):
        if not isinstance(source, str):
            break
        assigned = _literal_assignments(source)
        if assigned is None:
            break
        names += [n for n in assigned if n not in names]
    return names


def _literal_assignments(source: str) -> list[str] | None:
    """Names assigned in ``source`` if it holds only ``name = literal`` statements, else None."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    names = []
    for stmt in tree.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value:
            targets, value = [stmt.target], stmt.value
        elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            targets, value = stmt.targets, stmt.value
        else:
            return None
        try:
            ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return None
        names += [t.id for t in targets]
    return names
