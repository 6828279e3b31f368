"""Run the framing report: papermill execution, HTML export, tables, figures and manifest.

A run writes into a hidden temporary folder beside the output folder and only renames it into
place when every step succeeded, so a scheduled run either leaves a complete report or none: a
failed run's partial notebook is kept in ``<output>.FAILED-<time>/`` and the command exits non-zero.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from discourse.core.paths import REPO_DIR
from discourse.io.corpus import list_input_files
from discourse.present.export import export_html
from discourse.run.params import (
    PARAMETER_NAMES,
    ParameterError,
    ReportParameters,
    resolve_path,
    unknown_names_message,
    validate_parameters,
)

NOTEBOOK = REPO_DIR / "notebooks" / "framing_report.ipynb"
PACKAGES = ("discourse", "pandas", "numpy", "nltk", "vadersentiment", "scikit-learn", "scipy",
            "matplotlib", "pyyaml", "pydantic", "rapidfuzz", "charset-normalizer", "pyarrow",
            "papermill", "nbconvert", "nbformat", "ipykernel")


class ReportError(RuntimeError):
    """The report could not be produced; the message says why and where the partial output is."""


# --- writing tables and figures (used by the notebook) --------------------------------------------


class ReportWriter:
    """Write a report's tables (CSV) and figures (PNG) into ``<out>/tables`` and ``<out>/figures``.

    CSV is written with fixed float formatting and ``\\n`` line ends so that two runs on the same
    inputs give byte-identical files.
    """

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        (self.out_dir / "tables").mkdir(parents=True, exist_ok=True)
        (self.out_dir / "figures").mkdir(parents=True, exist_ok=True)

    def table(self, df: pd.DataFrame, name: str) -> Path:
        path = self.out_dir / "tables" / f"{name}.csv"
        df.to_csv(path, index=False, lineterminator="\n", float_format="%.6f")
        return path

    def figure(self, fig, name: str, *, table: str) -> Path:
        """Save ``fig`` as PNG; ``table`` names the CSV that holds the figure's numbers."""
        if not (self.out_dir / "tables" / f"{table}.csv").exists():
            raise ValueError(f"figure {name!r}: its table {table!r} has not been written")
        path = self.out_dir / "figures" / f"{name}.png"
        fig.savefig(path, dpi=110, bbox_inches="tight", metadata={"Software": None})
        return path


# --- manifest ---------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def package_versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def git_commit() -> dict[str, Any]:
    """The repository's commit and whether the work tree had changes (None outside git)."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_DIR, capture_output=True,
                                text=True, check=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO_DIR, capture_output=True, text=True, check=True,
                               timeout=10).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit, "dirty": dirty}


def input_hashes(params: ReportParameters) -> dict[str, dict[str, str]]:
    """sha256 of every input file, grouped: ``corpus`` files and the registries."""
    corpus = params.corpus_path()
    root = corpus if corpus.is_dir() else corpus.parent
    hashes = {"corpus": {p.relative_to(root).as_posix(): sha256_file(p)
                         for p in list_input_files(corpus)}}
    hashes["registries"] = {k: sha256_file(p) for k, p in params.registry_paths().items()}
    return hashes


def build_manifest(params: ReportParameters, *, started: str, finished: str,
                   output: Path) -> dict[str, Any]:
    values = params.model_dump()
    values["output_dir"] = str(output)
    return {
        "parameters": values,
        "resolved": {"corpus": str(params.corpus_path()),
                     **{f"{k}_file": str(p) for k, p in params.registry_paths().items()}},
        "seed": params.seed,
        "inputs_sha256": input_hashes(params),
        "packages": package_versions(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "git": git_commit(),
        "started": started,
        "finished": finished,
        "notebook": NOTEBOOK.name,
    }


# --- running ----------------------------------------------------------------------------------------


def notebook_parameter_names(notebook: Path = NOTEBOOK) -> list[str]:
    """Names declared in the notebook's ``parameters`` cell."""
    import papermill

    return list(papermill.inspect_notebook(str(notebook)).keys())


def default_output(params: ReportParameters, now: dt.datetime) -> Path:
    name = params.corpus_path().stem or "corpus"
    return REPO_DIR / "reports" / f"{name}-{now.strftime('%Y%m%dT%H%M%SZ')}"


def run_report(values: dict[str, Any], *, output: str | Path | None = None,
               notebook: Path = NOTEBOOK, timeout: int | None = 1800,
               kernel_name: str = "python3") -> Path:
    """Run the framing report notebook and return the finished output folder.

    Parameters
    ----------
    values : dict
        Report parameters (see :class:`discourse.run.params.ReportParameters`); ``output_dir`` is
        set by this function.
    output : path, default=None
        Output folder; default ``reports/<corpus name>-<UTC time>``. An existing folder is replaced
        only once the new report is complete.
    timeout : int, default=1800
        Seconds a single cell may run before the run fails.

    Raises
    ------
    ParameterError
        Before anything runs or any folder is created, for an unknown, mistyped or impossible
        parameter, a missing input file, a broken registry or an unknown target.
    ReportError
        A cell failed, timed out or the kernel died; the message names the partial notebook.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    values = {k: v for k, v in values.items() if k != "output_dir"}
    declared = notebook_parameter_names(notebook)
    unknown = [k for k in values if k not in declared]
    if unknown:
        raise ParameterError(unknown_names_message(
            unknown, [n for n in PARAMETER_NAMES if n in declared]))
    params = validate_parameters(values)
    now = dt.datetime.now(dt.timezone.utc)
    started = now.isoformat(timespec="seconds")
    final = resolve_path(output) if output else default_output(params, now)
    final.parent.mkdir(parents=True, exist_ok=True)
    work = final.parent / f".{final.name}.partial-{os.getpid()}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    executed = work / notebook.name
    run_values = {**params.model_dump(), "corpus": str(params.corpus_path()),
                  "output_dir": str(work)}
    with kernel_manager_class() as manager_class:
        try:
            papermill.execute_notebook(
                str(notebook), str(executed), parameters=run_values, kernel_name=kernel_name,
                cwd=str(notebook.parent), progress_bar=False, execution_timeout=timeout,
                report_mode=False, kernel_manager_class=manager_class,
            )
        except (PapermillExecutionError, Exception) as exc:  # noqa: BLE001 - every failure is reported
            failed = final.parent / f"{final.name}.FAILED-{now.strftime('%Y%m%dT%H%M%SZ')}"
            work.rename(failed)
            reason = _failure_reason(exc)
            log = kernel_log_tail(manager_class.log_path)
            raise ReportError(
                f"The report failed: {reason}\nPartial notebook: {failed / notebook.name}\n"
                f"No report was written to {final}."
                + (f"\nThe kernel's last words:\n{log}" if log else "")
            ) from exc
    export_html(executed, work / "report.html", title="Framing report")
    finished = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    manifest = build_manifest(params, started=started, finished=finished, output=final)
    (work / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                        encoding="utf-8")
    _swap_into_place(work, final)
    return final


@contextlib.contextmanager
def kernel_manager_class():
    """The kernel manager class for a run: a kernel that keeps its own messages to itself.

    - Over TCP (Jupyter's default) the kernel warns in every run and cron log that its messages
      travel unencrypted over a local port any user of the machine can reach. Here it talks over
      Unix sockets in a folder only this user can enter (``mkdtemp``: mode 0700), which needs no
      encryption. Windows has no IPC transport: there, TCP stays.
    - The kernel process's own output (its log: warnings, "KeyboardInterrupt caught in kernel"
      when Jupyter's shutdown interrupts it mid-message) goes to ``log_path`` in that folder, not
      to the terminal or cron log; a failed run quotes it (:func:`kernel_log_tail`). What the
      notebook's cells print goes into the notebook, as before.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    folder = tempfile.mkdtemp(prefix="discourse-kernel-")
    log_path = os.path.join(folder, "kernel.log")
    log = open(log_path, "ab")  # noqa: SIM115 - kept open for the kernel process, closed below

    class QuietKernelManager(AsyncKernelManager):
        if os.name != "nt":
            @default("transport")
            def _transport_default(self) -> str:
                return "ipc"

            @default("ip")
            def _ip_default(self) -> str:
                # a short path: a Unix socket path may not exceed ~100 characters
                return os.path.join(folder, "kernel")

        async def start_kernel(self, **kw):
            kw.setdefault("stdout", log)
            kw.setdefault("stderr", log)
            return await super().start_kernel(**kw)

    QuietKernelManager.log_path = log_path
    try:
        yield QuietKernelManager
    finally:
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def kernel_log_tail(path: str, *, lines: int = 15) -> str:
    """The last lines the kernel process wrote, for a failure message ('' when none)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _failure_reason(exc: BaseException) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        return f"cell {exc.exec_count} raised {exc.ename}: {exc.evalue}"
    name = type(exc).__name__
    if "Timeout" in name or "timed out" in str(exc).lower():
        return f"a cell timed out ({exc})"
    if "DeadKernel" in name or "dead" in str(exc).lower():
        return f"the kernel died ({exc})"
    return f"{name}: {exc}"


def _swap_into_place(work: Path, final: Path) -> None:
    """Replace ``final`` by ``work`` so that readers never see a mix of two runs."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.old-{os.getpid()}"
        final.rename(old)
    work.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- reproducing a report from its manifest --------------------------------------------------------


def changed_inputs(manifest: dict[str, Any]) -> list[str]:
    """Inputs whose sha256 differs from the manifest's, or that are missing or new.

    Each entry reads like ``"corpus/seed_union_state.txt: changed (sha256 ab12… → cd34…)"``.
    """
    values = {k: v for k, v in manifest["parameters"].items() if k != "output_dir"}
    params = validate_parameters(values, check_paths=False)
    recorded = manifest["inputs_sha256"]
    problems: list[str] = []
    corpus = params.corpus_path()
    if not corpus.exists():
        return [f"corpus: {corpus} no longer exists"]
    now = input_hashes(params) if all(p.exists() for p in params.registry_paths().values()) else None
    if now is None:
        missing = [k for k, p in params.registry_paths().items() if not p.exists()]
        return [f"registries/{k}: {params.registry_paths()[k]} no longer exists" for k in missing]
    for group in ("corpus", "registries"):
        old, new = recorded.get(group, {}), now.get(group, {})
        for name in sorted(set(old) | set(new)):
            if name not in new:
                problems.append(f"{group}/{name}: missing now")
            elif name not in old:
                problems.append(f"{group}/{name}: new file, not in the manifest")
            elif old[name] != new[name]:
                problems.append(f"{group}/{name}: changed (sha256 {old[name][:12]}… → {new[name][:12]}…)")
    return problems


def reproduce(manifest_path: str | Path, *, output: str | Path | None = None) -> tuple[bool, list[str]]:
    """Re-run a report from its ``manifest.json`` and compare the tables byte for byte.

    Returns
    -------
    ok : bool
        True when every input has the recorded hash and every ``tables/*.csv`` is identical.
    messages : list of str
        What was checked, and each changed input or differing table.
    """
    manifest_path = Path(manifest_path)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    original = manifest_path.parent
    changed = changed_inputs(manifest)
    if changed:
        return False, ["Inputs differ from the manifest, so the report cannot be reproduced:",
                       *[f"  - {c}" for c in changed]]
    values = {k: v for k, v in manifest["parameters"].items() if k != "output_dir"}
    target = Path(output) if output else original.parent / f".{original.name}.reproduce-{os.getpid()}"
    rerun = run_report(values, output=target)
    messages = [f"Re-ran {manifest_path} into {rerun}."]
    old_tables = {p.name for p in (original / "tables").glob("*.csv")}
    new_tables = {p.name for p in (rerun / "tables").glob("*.csv")}
    diffs = sorted(old_tables ^ new_tables)
    diffs += sorted(n for n in old_tables & new_tables
                    if (original / "tables" / n).read_bytes() != (rerun / "tables" / n).read_bytes())
    if output is None:
        shutil.rmtree(rerun, ignore_errors=True)
    if diffs:
        return False, messages + [f"  - tables/{n} differs" for n in diffs]
    return True, messages + [f"All {len(old_tables)} tables are byte-identical; inputs unchanged."]
