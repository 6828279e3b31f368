"""Whether the package's compiled modules may run: never when a source changed since the build.

``make install`` compiles the modules that ``discourse quotes`` runs with mypyc
(``tools/compile.py``): beside ``tokens.py`` lies ``tokens.cpython-311-x86_64-linux-gnu.so``, which
Python imports first. A student who edits ``tokens.py`` afterwards would still run the old
compiled code, silently. :func:`guard`, called when ``discourse`` is imported, prevents that. The
build writes :data:`MANIFEST`: each compiled source with the modification time and size it had
when mypyc read it. If a source differs from it now (or a compiled file lies there without a
manifest, or ``DISCOURSE_PURE=1`` is set), a finder goes first on ``sys.meta_path`` that loads
every ``discourse`` module from its ``.py``, and the user is warned once. Never a mix: a compiled
caller calls a compiled callee's C directly, so one module loaded from source beside compiled
callers could still run old code.

May import: nothing of ``discourse`` (it runs before anything else of it is imported).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["MANIFEST", "PURE_ENV", "changed_sources", "guard", "read_manifest", "source_only"]

PURE_ENV = "DISCOURSE_PURE"  # "1": run the pure-Python modules even where compiled ones exist
MANIFEST = "compiled.txt"  # in the package folder: "<path> <mtime_ns> <size>" per compiled source


def read_manifest(package_dir: Path) -> dict[str, tuple[int, int]] | None:
    """The manifest's sources (paths relative to the package folder) with the modification
    time (ns) and size each had when compiled; None without a manifest."""
    try:
        lines = (package_dir / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    out = {}
    for line in lines:
        path, mtime, size = line.rsplit(" ", 2)
        out[path] = (int(mtime), int(size))
    return out


def source_stamp(path: Path) -> tuple[int, int]:
    """What the manifest records of a source: its modification time (ns) and size."""
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def changed_sources(package_dir: Path, manifest: dict[str, tuple[int, int]]) -> list[str]:
    """The manifest's sources that were edited or removed since the build, sorted."""
    changed = []
    for path, stamp in manifest.items():
        try:
            if source_stamp(package_dir / path) != stamp:
                changed.append(path)
        except FileNotFoundError:
            changed.append(path)
    return sorted(changed)


def _any_compiled(package_dir: Path) -> bool:
    """Does an extension module lie anywhere in the package folder?"""
    return any(name.endswith(".so") for _, _, files in os.walk(package_dir) for name in files)


class _SourceFinder:
    """Finds every module of one package in its ``.py`` files, never in a compiled file (the
    ``find_spec`` protocol of ``sys.meta_path``)."""

    def __init__(self, package: str) -> None:
        self.package = package

    def find_spec(self, fullname, path, target=None):  # noqa: ARG002 (the finder protocol)
        if not fullname.startswith(self.package + "."):
            return None
        import importlib.util

        tail = fullname.rpartition(".")[2]
        for folder in path or ():
            source = Path(folder) / f"{tail}.py"
            if source.is_file():
                return importlib.util.spec_from_file_location(fullname, source)
        return None  # a package (its __init__.py is never compiled) or no such module


def source_only(package: str = "discourse") -> None:
    """Load ``package``'s modules from source from now on (idempotent)."""
    if not any(isinstance(f, _SourceFinder) and f.package == package for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(package))


def guard(package_dir: Path, package: str = "discourse") -> str:
    """Decide, at import, which modules run: ``"compiled"`` (compiled, no source changed since),
    ``"pure"`` (nothing compiled, or ``DISCOURSE_PURE=1``) or ``"stale"`` (a source changed
    since it was compiled: everything from source, with a warning naming it)."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        source_only(package)
        return "pure"
    manifest = read_manifest(package_dir)
    if manifest is None:
        if not _any_compiled(package_dir):
            return "pure"
        changed = [f"the compiled files ({MANIFEST} is missing)"]
    else:
        changed = changed_sources(package_dir, manifest)
        if not changed:
            return "compiled"
    source_only(package)
    import warnings

    more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
    warnings.warn(f"{', '.join(changed[:3])}{more} changed after `make install` compiled the "
                  "package: running pure Python (the same results, slower); `make compiled` "
                  "compiles it again", stacklevel=3)
    return "stale"
