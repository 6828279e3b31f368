"""The report's parameters, declared once and validated before any heavy work.

The notebook's ``parameters`` cell, ``discourse report -p NAME VALUE`` and ``-f params.yaml`` all
end in :func:`validate_parameters`, so a typo or an impossible value fails the same way everywhere,
with the field named and the list of valid parameters.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from discourse.core.paths import REPO_DIR, data_dir
from discourse.core.schema import CAMPS

DEFAULT_CAMPS = ["russian_official", "belarusian_official", "opposition", "western"]


class ParameterError(ValueError):
    """A report parameter is unknown, of the wrong type or impossible."""


class ReportParameters(BaseModel):
    """Parameters of ``notebooks/framing_report.ipynb`` (same names, same defaults)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

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

    @field_validator("camps")
    @classmethod
    def _known_camps(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in CAMPS]
        if bad:
            raise ValueError(f"unknown camp(s) {bad}; expected some of {list(CAMPS)}")
        if len(set(v)) != len(v):
            raise ValueError(f"camps listed twice: {v}")
        return v

    @field_validator("date_from", "date_to")
    @classmethod
    def _iso_date(cls, v: str) -> str:
        if v:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError(f"{v!r} is not a date in the form YYYY-MM-DD") from None
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
        return Path(self.corpus).expanduser().resolve() if self.corpus else data_dir() / "corpus"

    def output_path(self) -> Path:
        return (Path(self.output_dir).expanduser().resolve() if self.output_dir
                else REPO_DIR / "reports" / "interactive")

    def registry_paths(self) -> dict[str, Path]:
        """The registry files this run reads: actors, targets, frames and the cue lexicon."""
        return {
            "actors": _or_default(self.actors_file, "actors.yaml"),
            "targets": _or_default(self.targets_file, "targets.yaml"),
            "frames": _or_default(self.frames_file, "frames.yaml"),
            "cues": data_dir() / "cues.yaml",
        }


def _or_default(value: str, name: str) -> Path:
    return Path(value).expanduser().resolve() if value else data_dir() / name


PARAMETER_NAMES: tuple[str, ...] = tuple(ReportParameters.model_fields)


def validate_parameters(values: dict[str, Any], *, check_paths: bool = True) -> ReportParameters:
    """Validate report parameters; raise :class:`ParameterError` listing every problem.

    Parameters
    ----------
    values : dict
        Parameter names to values. Unknown names are errors (a typo must not be ignored).
    check_paths : bool, default=True
        Also check that the corpus and registry files exist.

    Examples
    --------
    >>> validate_parameters({"n_boot": -1})
    Traceback (most recent call last):
    ...
    discourse.run.params.ParameterError: Invalid report parameters:
      - n_boot: Input should be greater than or equal to 100 (got -1)
    Valid parameters: ...
    """
    try:
        params = ReportParameters(**values)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            name = ".".join(str(x) for x in err["loc"]) or "parameters"
            if err["type"] == "extra_forbidden":
                lines.append(f"  - {name}: unknown parameter")
            else:
                msg = err["msg"].removeprefix("Value error, ")
                lines.append(f"  - {name}: {msg} (got {err.get('input')!r})")
        raise ParameterError(
            "Invalid report parameters:\n" + "\n".join(lines)
            + f"\nValid parameters: {', '.join(PARAMETER_NAMES)}"
        ) from None
    if check_paths:
        missing = []
        if not params.corpus_path().exists():
            missing.append(f"  - corpus: {params.corpus_path()} does not exist")
        for key, path in params.registry_paths().items():
            if not path.exists():
                missing.append(f"  - {key}_file: {path} does not exist")
        if missing:
            raise ParameterError("Invalid report parameters:\n" + "\n".join(missing))
    return params


def parameters_from(namespace: dict[str, Any]) -> ReportParameters:
    """Collect and validate the report parameters from a notebook's namespace (``globals()``)."""
    return validate_parameters({k: namespace[k] for k in PARAMETER_NAMES if k in namespace})


def select_targets(targets: list, ids: list[str]) -> list:
    """The stance targets named by the ``targets`` parameter (all when ``ids`` is empty).

    Raises :class:`ParameterError` naming unknown ids and listing the valid ones.
    """
    known = [t.id for t in targets]
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ParameterError(f"targets: unknown target id(s) {unknown}; targets.yaml has {known}")
    return [t for t in targets if not ids or t.id in ids]
