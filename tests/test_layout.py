"""The package layout stays true: layers import only downwards, no import cycle, small modules.

The layers are declared once, as an import-linter contract in ``pyproject.toml``
(``[tool.importlinter]``); ``docs/architecture.md`` explains them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parents[1]
MAX_LINES = 800


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` with the project's contracts, on the ``discourse`` package found in ``cwd``."""
    code = ("import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))")
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_layer_contracts_hold():
    proc = _lint_imports(REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_an_upward_import_breaks_the_contract(tmp_path):
    # The contract is not vacuous: a copy of the package whose bottom layer imports the top one fails.
    shutil.copytree(REPO / "discourse", tmp_path / "discourse",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    schema = tmp_path / "discourse" / "core" / "schema.py"
    schema.write_text(schema.read_text(encoding="utf-8") + "\nfrom discourse.run import pipeline  # noqa\n",
                      encoding="utf-8")
    proc = _lint_imports(tmp_path)
    assert proc.returncode != 0
    assert "discourse.core.schema -> discourse.run.pipeline" in proc.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.find_modules_directly_imported_by(v)):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle():
    # Imports inside functions count too: a cycle that only works because one side imports late
    # still ties the two modules together.
    graph = grimp.build_graph("discourse", cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for a, b in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")]:
        graph.add_import(importer=a, imported=b)
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


@pytest.mark.parametrize("path", sorted((REPO / "discourse").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_over_800_lines(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{path.relative_to(REPO)} has {n} lines; split it by job (max {MAX_LINES})."


ROOT_ENTRIES = {".ci", ".gitignore", "Makefile", "README.md", "bench", "conftest.py", "data",
                "discourse", "docs",
                "environment.yml", "notebooks", "pyproject.toml", "reports", "tests", "tools"}


def test_the_repository_root_holds_only_the_project_files():
    # A stray output (a `--details` dump, a scratch file) committed at the root is caught here,
    # not by a reader of the tree. New top-level entries are added to ROOT_ENTRIES on purpose.
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert {path.split("/", 1)[0] for path in listed} <= ROOT_ENTRIES
