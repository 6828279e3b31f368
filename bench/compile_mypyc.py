"""Compile the modules that ``discourse quotes`` runs with mypyc, in place (speed pass nineteen).

    .venv/bin/pip install mypy 'setuptools>=77'      # mypyc comes with mypy; gcc must be present
    .venv/bin/python bench/compile_mypyc.py build    # writes a .so beside each .py of MODULES
    .venv/bin/python bench/compile_mypyc.py stale    # lists the .so older than their .py
    .venv/bin/python bench/compile_mypyc.py clean    # removes every .so of the package

A measurement tool, not the installation: Python imports ``name.cpython-311-*.so`` before
``name.py``, so while the .so files are there an edited .py is NOT what runs (``stale`` lists
them; ``clean`` goes back to pure Python). The build is separate per module (mypyc's
``separate=True``): a rebuild after an edit recompiles the changed modules' C only.

mypyc compiles a module only when mypy finds no error in it, and it checks the annotations at
run time (a function annotated ``-> str`` that returns None raises TypeError). ``EXCLUDED``
holds the modules left out and why.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The modules that `discourse quotes` imports (English and Russian), those that compile and run
# with their outputs byte-identical (run_outputs.sh), package markers (__init__) left out.
MODULES = """
cli/coding cli/main cli/models core/paths core/runtime core/schema core/yamlio
extract/attributed
extract/actors/cache extract/actors/forms extract/actors/media extract/actors/mentions
extract/actors/model extract/actors/names extract/actors/registry extract/actors/roles
extract/quotes/document extract/quotes/embedded extract/quotes/extract extract/quotes/interview
extract/quotes/language extract/quotes/marks extract/quotes/reported extract/quotes/spans
extract/quotes/tokens extract/quotes/transcript
extract/quotes/lang/en/asides extract/quotes/lang/en/checks extract/quotes/lang/en/content
extract/quotes/lang/en/cues extract/quotes/lang/en/fragments extract/quotes/lang/en/headlines
extract/quotes/lang/en/interrupted extract/quotes/lang/en/mentions extract/quotes/lang/en/naming
extract/quotes/lang/en/nested extract/quotes/lang/en/nouns extract/quotes/lang/en/objects
extract/quotes/lang/en/passive extract/quotes/lang/en/phrases extract/quotes/lang/en/quoted
extract/quotes/lang/en/sentence extract/quotes/lang/en/shape extract/quotes/lang/en/signatures
extract/quotes/lang/en/transcript extract/quotes/lang/en/words
extract/speakers/attribute extract/speakers/language extract/speakers/mentions
extract/speakers/named_after extract/speakers/names extract/speakers/turns
extract/speakers/lang/en extract/speakers/lang/en_after extract/speakers/lang/en_appositive
extract/speakers/lang/en_asides extract/speakers/lang/en_clause extract/speakers/lang/en_colon
extract/speakers/lang/en_headings extract/speakers/lang/en_inner extract/speakers/lang/en_inverted
extract/speakers/lang/en_opening extract/speakers/lang/ru extract/speakers/lang/ru_confidence
extract/speakers/lang/ru_names extract/speakers/lang/ru_subject extract/speakers/lang/ru_words
io/corpus io/records text/lang text/segment text/tokens
extract/actors/countries extract/actors/descriptions extract/actors/lookup
extract/quotes/classify extract/quotes/segments
extract/quotes/lang/en/clauses extract/quotes/lang/en/reported extract/quotes/lang/en/tail
extract/quotes/lang/en/according_to extract/quotes/lang/en/report_cuts extract/quotes/lang/en/clause_like
extract/speakers/resolver extract/speakers/lang/en_nested
extract/speakers/fallback extract/speakers/quote_rows
""".split()

# Left out, with the reason (mypy 2.4.1's mypyc): start-up and Russian-only modules whose mypy
# errors (below) were not fixed in pass nineteen; mypyc refuses a module while mypy finds one.
EXCLUDED = {
    "extract/actors/stored": "module variable redefined; Optional module attributes",
    "extract/actors/load": "dict[str, list[str]] passed for dict[str, Sequence[str]]",
    "extract/speakers/lang/ru_organisations": "Optional morph analyser not narrowed",
    # mypyc compiles no class defined inside a function (the lexicon's pydantic model, made
    # only when cues.yaml is validated)
    "extract/quotes/cues": "class defined inside _entry_model",
}


def _paths() -> list[str]:
    """The .py files of MODULES, relative to the repository (as mypycify wants them)."""
    return [f"discourse/{m}.py" for m in MODULES]


def build(jobs: int = 2) -> None:
    """Compile MODULES in place (setuptools' build_ext --inplace, build files in build/)."""
    from mypyc.build import mypycify  # here: mypy is not a dependency of the package
    from setuptools import setup

    os.chdir(REPO)
    setup(name="discourse-mypyc", script_args=["build_ext", "--inplace", "--parallel", str(jobs)],
          ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent",
                                *_paths()], opt_level="3", separate=True))


def _compiled() -> list[Path]:
    """Every extension module file inside the package (the shims and mypyc's own libraries)."""
    return sorted((REPO / "discourse").rglob("*.so"))


def stale() -> list[Path]:
    """The compiled modules whose .py is newer than their .so: the .so still runs, not the
    edit."""
    built: dict[Path, float] = {}  # a module's .py -> the newest of its shim and its library
    for so in _compiled():
        py = so.with_name(so.name.split(".")[0].removesuffix("__mypyc") + ".py")
        built[py] = max(built.get(py, 0.0), so.stat().st_mtime)
    return sorted(py for py, t in built.items() if py.is_file() and py.stat().st_mtime > t)


def clean() -> int:
    """Remove the package's .so files (back to pure Python); how many were removed."""
    files = _compiled()
    for so in files:
        so.unlink()
    return len(files)


def main() -> None:
    """The command line (see the module's docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("build", "stale", "clean"))
    ap.add_argument("--jobs", type=int, default=2, help="C compilers run at once")
    args = ap.parse_args()
    if args.action == "build":
        build(args.jobs)
    elif args.action == "stale":
        old = stale()
        print("\n".join(str(p.relative_to(REPO)) for p in old) or "none stale")
        sys.exit(1 if old else 0)
    else:
        print(f"removed {clean()} files")


if __name__ == "__main__":
    main()
