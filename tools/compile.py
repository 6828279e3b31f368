"""Compile the modules that ``discourse quotes`` runs with mypyc, in place.

    make install                          # pure Python, then this script's ``build``
    .venv/bin/python tools/compile.py build    # a .so beside each compiled .py, 12 group libraries
    .venv/bin/python tools/compile.py check    # mypy on the compiled modules (what mypyc needs)
    .venv/bin/python tools/compile.py stale    # lists the compiled modules edited since the build
    .venv/bin/python tools/compile.py clean    # removes every .so of the package: pure Python

mypyc (it comes with mypy) turns each module into a C extension that runs the same code about
1.5-2x faster: the quote rules are many small Python functions over strings, where the
interpreter's own overhead is most of the cost. The outputs are the same byte for byte; the
test suite and ``tests/test_compiled.py`` hold both builds to it.

Python imports ``name.cpython-311-*.so`` before ``name.py``. So that an edited .py is never
silently shadowed by an old .so, ``discourse/__init__.py`` checks at import whether any compiled
module's .py is newer than its .so and, if one is, loads the whole package from source with a
warning (``discourse.core.compiled``). ``make install`` (or ``build``) again recompiles.

mypyc compiles a module only when mypy finds no error in it, and checks the annotations at run
time (a function annotated ``-> str`` that returns None raises TypeError). ``EXCLUDED`` holds the
modules left out and why.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "discourse"
sys.path.insert(0, str(REPO))  # this checkout's package, whichever one the environment installed

# The layers that `discourse quotes` runs (reading, the quote and speaker rules, writing); the
# measures, comparisons and the report spend their time in pandas, numpy and scikit-learn.
LAYERS = ("cli", "core", "extract", "io", "text")

# Left out, with the reason (mypy 2.4.1's mypyc). mypyc keeps no docstring: the modules that
# define what users call (the verbs of `import discourse`) and the seams a new language fills stay
# Python, so that help() and the notebooks' `?` show their documentation.
PUBLIC = ("io/corpus", "extract/quotes/extract", "extract/speakers/attribute", "extract/attributed",
          "extract/quotes/language", "extract/speakers/language", "extract/actors/model",
          "extract/actors/registry")
EXCLUDED = {**{name: "public: its docstrings are read in help()" for name in PUBLIC},
    "cli/__main__": "run as a script (python -m discourse.cli), which a compiled module cannot",
    "core/compiled": "decides at import whether the compiled modules may run",
    "extract/actors/stored": "start-up, once a process (the registry's store); reads module internals",
    "extract/actors/load": "start-up, once a process (reading actors.yaml)",
    "cli/main": "may be run as a script (python -m discourse.cli.main); little time is spent in it",
    "extract/actors/schema": "pydantic models (mypyc compiles no subclass of pydantic's classes)",
    "extract/quotes/cues": "class defined inside _entry_model (the lexicon's pydantic model)",
    "extract/statements": "not run by `discourse quotes`",
    "io/examples": "not run by `discourse quotes`",
}


def modules() -> list[str]:
    """The modules to compile, as paths relative to the repository (``discourse/text/tokens.py``):
    every module of ``LAYERS`` but the package markers and ``EXCLUDED``, sorted."""
    found = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            name = path.relative_to(PACKAGE).with_suffix("").as_posix()
            if path.name != "__init__.py" and name not in EXCLUDED:
                found.append(path.relative_to(REPO).as_posix())
    return sorted(found)


MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"]
# mypyc compiles each group of modules into one shared library, and its runtime (some 7,000 lines
# of C) once per group: with a group per module (``separate=True``) gcc compiled the runtime 262
# times, most of a fresh build's time. A module's group is fixed by its name's hash, so adding or
# editing a module rebuilds only its own group.
GROUPS = 12


def groups(sources: list[str]) -> list[tuple[list[str], str]]:
    """The modules in ``GROUPS`` groups, each with its library's name (``discourse._rules_03``):
    every module always in the group its path's SHA-256 gives."""
    found: dict[int, list[str]] = {}
    for path in sources:
        found.setdefault(int(hashlib.sha256(path.encode()).hexdigest(), 16) % GROUPS, []).append(path)
    return [(paths, f"discourse._rules_{i:02d}") for i, paths in sorted(found.items())]
# gcc's -O: -O1 builds in 3.5 minutes on 2 cores against 5.5 for -O3, and runs as fast (within
# 3% on the linear benchmark, bench/README.md)
OPT_LEVEL = "1"


def check() -> int:
    """mypy on the modules to compile, with mypyc's flags; its exit status (0: none has an
    error, so mypyc can build them)."""
    return subprocess.run([sys.executable, "-m", "mypy", *MYPY_FLAGS, *modules()],
                          cwd=REPO).returncode


def _python_lower() -> None:
    """Have mypyc call CPython's ``str.lower`` instead of its own: on Python < 3.13 mypyc
    lower-cases letter by letter and misses CPython's one rule of context, the Greek final
    sigma ("AΣ".lower() is "aς" in Python, "aσ" compiled), which changes keys of names. The
    primitive is taken out of mypyc's table of str methods for this build only."""
    from mypyc.primitives.registry import method_call_ops

    ops = method_call_ops.get("lower", [])
    kept = [op for op in ops if op.c_function_name != "CPyStr_Lower"]
    if len(kept) == len(ops):
        raise RuntimeError("mypyc's str.lower primitive (CPyStr_Lower) not found: check that "
                           "compiled str.lower() still keeps the final sigma before building")
    ops[:] = kept


def build(jobs: int = 2) -> None:
    """Compile the modules in place (setuptools' build_ext --inplace; C sources in build/), then
    write the manifest with each source as mypyc read it. A failed build leaves pure Python."""
    from mypyc.build import mypycify  # here: mypy is a build tool, not a dependency
    from setuptools import setup

    from discourse.core.compiled import MANIFEST, source_stamp

    os.chdir(REPO)
    _python_lower()
    clean()
    sources = modules()
    stamps = {path: source_stamp(REPO / path) for path in sources}  # before mypyc reads them
    # mypyc regenerates only the modules whose source changed since its cache was written; the
    # cache is this script's and this mypy's own, so that a change to either rebuilds everything
    import mypy.version

    key = hashlib.sha256(Path(__file__).read_bytes() + mypy.version.__version__.encode())
    cache = REPO / "build" / f"mypy-cache-{key.hexdigest()[:12]}"

    def compile_all() -> None:
        extensions = mypycify([*MYPY_FLAGS, "--cache-dir", str(cache), *sources],
                              opt_level=OPT_LEVEL, separate=groups(sources), multi_file=True)
        for extension in extensions:
            # mypyc writes a dotted group's headers under build/discourse/ but its modules'
            # C files under build/, which include them by bare name
            extension.include_dirs.append(str(Path("build") / "discourse"))
            # ... and defines each group's export tables in a header that every C file of the
            # group includes: tentative definitions, which gcc >= 10 no longer merges by default
            extension.extra_compile_args.append("-fcommon")
        setup(name="discourse-compiled",
              script_args=["--quiet", "build_ext", "--inplace", "--parallel", str(jobs)],
              ext_modules=extensions)

    try:
        try:
            compile_all()
        except Exception:
            if not cache.is_dir():
                raise
            # mypyc's incremental mode has crashed on a cache from before a module was split
            # ("ValueError: value is not in list" in its attribute bitmaps); from scratch it built
            print("compiling again without mypyc's cache", file=sys.stderr)
            shutil.rmtree(cache)
            compile_all()
    except BaseException:
        clean()
        raise
    lines = [f"{Path(p).relative_to('discourse').as_posix()} {m} {s}"
             for p, (m, s) in sorted(stamps.items())]
    (PACKAGE / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")


def clean() -> int:
    """Remove the package's compiled modules and the manifest (back to pure Python); how many
    files."""
    from discourse.core.compiled import MANIFEST

    files = sorted(PACKAGE.rglob("*.so"))
    for so in files:
        so.unlink()
    (PACKAGE / MANIFEST).unlink(missing_ok=True)
    return len(files)


def main() -> None:
    """The command line (see the module's docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("build", "check", "stale", "clean"))
    ap.add_argument("--jobs", type=int, default=2, help="C compilers run at once")
    args = ap.parse_args()
    if args.action == "build":
        build(args.jobs)
    elif args.action == "check":
        sys.exit(check())
    elif args.action == "stale":
        from discourse.core.compiled import changed_sources, read_manifest

        manifest = read_manifest(PACKAGE)
        if manifest is None:
            print("not compiled (no manifest)")
            sys.exit(1)
        old = changed_sources(PACKAGE, manifest)
        print("\n".join(old) or "none stale")
        sys.exit(1 if old else 0)
    else:
        print(f"removed {clean()} files")


if __name__ == "__main__":
    main()
