"""The compiled build (``make install`` compiles the quote rules with mypyc) runs only when no
source changed since, gives the pure-Python results byte for byte, and keeps compiling."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import discourse
from discourse.core import compiled

REPO = Path(__file__).resolve().parents[1]


def _fake_package(tmp_path: Path, name: str) -> Path:
    """A package ``name`` whose module ``mod`` has a source and a broken "compiled" file
    beside it: importing the compiled file fails, so an import that works read the source."""
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "mod.py").write_text("VALUE = 'source'\n", encoding="utf-8")
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]  # the one Python tries first
    (pkg / f"mod{suffix}").write_bytes(b"not a shared object")
    return pkg


def _import_fresh(tmp_path: Path, name: str):
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(f"{name}.mod")
    finally:
        sys.path.remove(str(tmp_path))


def _forget(name: str) -> None:
    for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
        del sys.modules[key]
    sys.meta_path[:] = [f for f in sys.meta_path if getattr(f, "package", None) != name]


def test_a_source_edited_after_the_build_runs_from_source_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    pkg = _fake_package(tmp_path, "pkg_edited")
    stamp = compiled.source_stamp(pkg / "mod.py")
    (pkg / compiled.MANIFEST).write_text(f"mod.py {stamp[0] - 1} {stamp[1]}\n", encoding="utf-8")
    try:
        with pytest.warns(UserWarning, match=r"mod\.py changed after `make install` compiled"):
            assert compiled.guard(pkg, "pkg_edited") == "stale"
        assert _import_fresh(tmp_path, "pkg_edited").VALUE == "source"
    finally:
        _forget("pkg_edited")


def test_without_the_guard_the_compiled_file_shadows_the_source(tmp_path):
    # what the guard prevents: Python imports the extension module before the .py
    _fake_package(tmp_path, "pkg_plain")
    try:
        with pytest.raises(ImportError):
            _import_fresh(tmp_path, "pkg_plain")
    finally:
        _forget("pkg_plain")


def test_compiled_files_without_a_manifest_are_not_trusted(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    pkg = _fake_package(tmp_path, "pkg_nomanifest")
    try:
        with pytest.warns(UserWarning, match="compiled.txt is missing"):
            assert compiled.guard(pkg, "pkg_nomanifest") == "stale"
        assert _import_fresh(tmp_path, "pkg_nomanifest").VALUE == "source"
    finally:
        _forget("pkg_nomanifest")


def test_an_unchanged_build_runs_compiled_and_a_pure_package_pure(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    pkg = _fake_package(tmp_path, "pkg_same")
    stamp = compiled.source_stamp(pkg / "mod.py")
    (pkg / compiled.MANIFEST).write_text(f"mod.py {stamp[0]} {stamp[1]}\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.guard(pkg, "pkg_same") == "compiled"
        (pkg / "mod.py").write_text("VALUE = 'edited'\n", encoding="utf-8")  # size differs
    assert compiled.changed_sources(pkg, compiled.read_manifest(pkg)) == ["mod.py"]
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "mod.py").write_text("", encoding="utf-8")
    assert compiled.guard(plain, "plain") == "pure"


def test_pure_env_runs_the_sources_even_of_a_sound_build(tmp_path, monkeypatch):
    pkg = _fake_package(tmp_path, "pkg_pure")
    stamp = compiled.source_stamp(pkg / "mod.py")
    (pkg / compiled.MANIFEST).write_text(f"mod.py {stamp[0]} {stamp[1]}\n", encoding="utf-8")
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    try:
        assert compiled.guard(pkg, "pkg_pure") == "pure"
        assert _import_fresh(tmp_path, "pkg_pure").VALUE == "source"
    finally:
        _forget("pkg_pure")


@pytest.mark.skipif(shutil.which("gcc") is None or importlib.util.find_spec("mypy") is None,
                    reason="mypy (make install's `compile` extra) or gcc not installed")
def test_every_module_to_compile_passes_mypy():
    # mypyc compiles nothing while one module has a type error: a new rule with one would
    # silently leave every installation pure Python
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "compile.py"), "check"],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.skipif(discourse.BUILD != "compiled", reason="the package is not compiled (PURE=1)")
@pytest.mark.parametrize("corpus", ["data/corpus", "data/un_speeches"])
def test_compiled_and_pure_python_write_the_same_quotes(tmp_path, corpus):
    outputs = []
    for pure in ("0", "1"):
        env = {**os.environ, compiled.PURE_ENV: pure}
        proc = subprocess.run([sys.executable, "-m", "discourse.cli", "quotes", str(REPO / corpus),
                               "--format", "jsonl"], capture_output=True, env=env, check=True)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 100


def _pure_pytest(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, compiled.PURE_ENV: "1"}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                           "no:xdist", *args], capture_output=True, text=True, cwd=REPO, env=env)


@pytest.mark.skipif(discourse.BUILD != "compiled", reason="the package is not compiled (PURE=1)")
def test_doctests_and_call_counts_pass_on_pure_python():
    # what a compiled run cannot collect (its modules keep no docstring; compiled callers do
    # not see a monkeypatch) runs here on the same sources in a pure-Python process
    marked = sorted(str(p.relative_to(REPO)) for p in (REPO / "tests").rglob("test_*.py")
                    if "@pytest.mark.pure_python" in p.read_text(encoding="utf-8"))
    assert marked, "no test is marked pure_python"
    counted = _pure_pytest("-m", "pure_python", *marked)
    assert counted.returncode == 0, counted.stdout[-4000:]
    package = Path(discourse.__file__).resolve().parent
    modules = [str(package / path) for path in sorted(compiled.read_manifest(package))]
    doctests = _pure_pytest(*modules)
    assert doctests.returncode == 0, doctests.stdout[-4000:]
    assert " passed" in doctests.stdout and " failed" not in doctests.stdout
