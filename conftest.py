"""pytest at the repository root: the doctests of compiled modules.

``make install`` compiles the quote rules with mypyc (``tools/compile.py``); a compiled module
keeps no docstring, and pytest cannot collect the doctests of a ``.py`` whose module was imported
from its ``.so``. So while the package runs compiled, their doctests are left to
``tests/test_compiled.py``, which runs them (and the tests marked ``pure_python``) in a pure-Python
process. Everything else is in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import discourse
from discourse.core.compiled import read_manifest

PACKAGE = Path(discourse.__file__).resolve().parent
COMPILED = (set(read_manifest(PACKAGE) or ()) if discourse.BUILD == "compiled" else set())


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    """Skip collecting a compiled module's doctests (they run in test_compiled.py)."""
    try:
        rel = collection_path.resolve().relative_to(PACKAGE).as_posix()
    except ValueError:
        return None
    return True if rel in COMPILED else None
