"""What the actor registry derives from its data, kept on disk between runs.

Part of :mod:`discourse.extract.actors`. Some of what the registry derives from
``data/actors.yaml`` costs more than reading a small corpus, and is the same at every run:

- the alias pattern (35,000 characters built from every alias) and its compiled code: Python's
  regex parser reads a pattern character by character, 0.08 s of every run (CPU, 2026-12);
- with the first Cyrillic text, the case forms of the registry's Cyrillic aliases (pymorphy3:
  0.10 s) and the alias pattern with them (46,000 characters: 0.11 s), paid by any corpus with
  one Russian quotation;
- the lemmas of the registry's Russian words (country words, role titles), which loaded
  pymorphy3's dictionary in every run, English-only ones too (0.05 s);
- reading and validating ``data/actors.yaml`` itself (YAML, pydantic, cross-checks: 0.07 s).
- reading and validating the cue lexicons (:func:`discourse.extract.quotes.load_cues`), with the
  978 verb forms pymorphy3 makes for ``data/cues_ru.yaml`` (0.1 s in every run with Russian text),
  and pydantic's import for the validation (0.08 s at every start): the store keeps the lexicon
  validated (its key adds the source of ``cues.py``; the caller passes it).

:func:`stored` keeps such a result in a file named by the SHA-256 of everything it depends on:
its inputs (passed by the caller: the actors' names, genders, …), the source of the modules
that derive it (every module of this package and ``text/tokens.py``, :func:`source_digest`),
Python's version and, where the morphology is involved, pymorphy3's and its dictionary's
versions; where a file is parsed and validated (the registry, the cue lexicons), the versions
of PyYAML, pydantic and pydantic-core (:func:`validation_versions`) (an installation without
the modules' sources stores nothing). A changed input, module or version is another file: a
result made by other code or data is never read. The
first run makes the files (cold), later runs read them (warm); the results are equal either
way (tests compare them), so the outputs are the same bytes. The registry's file itself is
stored validated (:func:`discourse.extract.actors.load.load_actors`), and so are the country
patterns, the index of phrases by head noun, the normalised aliases, the words of the role
phrases and the stemmed tokens of every phrase (normalising them was 0.02 s of every run).
:func:`compiled` keeps a compiled regex the same way: the code that ``re.compile`` makes,
handed to the regex engine directly (CPython's ``_sre.compile``, as ``re`` itself does); the
pattern object is equal to ``re.compile``'s (``==`` compares the code). Within
:func:`compiled_as_before`, every regex the package's modules compile as a command starts is
made so from the code an earlier start kept.

Files are ``marshal`` data (plain values: reading runs no code, unlike pickle), written to a
temporary file and renamed, so parallel runs never see half a file; any file that cannot be
read is made again, and a folder that cannot be written is no error (the result is made at
every run, as before). The folder: ``$DISCOURSE_CACHE_DIR``, else
``$XDG_CACHE_HOME/discourse``, else ``~/.cache/discourse``; ``DISCOURSE_CACHE_DIR=off`` turns
the store off. The files are small (about 2 MB for one version of the package and the data;
the folder keeps the 64 newest) and can be deleted at any time.
"""

from __future__ import annotations

import array
import hashlib
import importlib.util
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["CACHE_ENV", "cache_dir", "compiled", "compiled_as_before", "morphology_version",
           "pydantic_versions", "source_digest", "stored", "validation_versions", "yaml_version"]

CACHE_ENV = "DISCOURSE_CACHE_DIR"
_T = TypeVar("_T")
# Bumped when the layout of the files changes.
_FORMAT = 1
# Files kept in the folder: a new file beyond these removes the oldest (another version of the
# package or of the data leaves files no run of this one reads; one version makes about fifteen).
_KEEP = 64


def cache_dir() -> Path | None:
    """The folder of the stored results, None when the store is off (see the module notes)."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "discourse"


@lru_cache(maxsize=1)
def source_digest() -> str:
    """SHA-256 of the source of the modules whose code derives the stored results: every
    module of :mod:`discourse.extract.actors` and :mod:`discourse.text.tokens` (trie patterns),
    and Python's version (its regex compiler and ``marshal``)."""
    here = Path(__file__).resolve().parent
    sources = [*sorted(here.glob("*.py")), here.parent.parent / "text" / "tokens.py"]
    if not all(path.is_file() for path in sources) or len(sources) < 3:
        return ""  # an installation without its sources: nothing to key the store by
    h = hashlib.sha256(f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}".encode())
    for path in sources:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _folder() -> Path | None:
    """:func:`cache_dir`, None too when the package's sources cannot be read."""
    return cache_dir() if source_digest() else None


@lru_cache(maxsize=1)
def morphology_version() -> str:
    """The versions of pymorphy3 and of its Russian dictionary, read from their version files
    without importing them (the import costs 0.05 s, which a warm run avoids)."""
    out = []
    for name in ("pymorphy3", "pymorphy3_dicts_ru"):
        spec = importlib.util.find_spec(name)
        locations = spec.submodule_search_locations if spec is not None else None
        version = Path(next(iter(locations)), "version.py") if locations else None
        out.append(version.read_text(encoding="utf-8") if version and version.is_file()
                   else "missing")
    return "|".join(out)


@lru_cache(maxsize=1)
def yaml_version() -> str:
    """PyYAML's ``yaml.__version__``, read from its ``__init__.py`` without importing it: a warm
    run parses no YAML, and the import alone was 0.008 s of its CPU (it compiles the resolver's
    patterns)."""
    module = sys.modules.get("yaml")
    if module is None:
        spec = importlib.util.find_spec("yaml")
        origin = spec.origin if spec is not None else None
        if origin and origin.endswith("__init__.py") and Path(origin).is_file():
            m = re.search(r"""^__version__ = ['"]([^'"]+)['"]""",
                          Path(origin).read_text(encoding="utf-8"), re.M)
            if m is not None:
                return m.group(1)
        import yaml as module
    return module.__version__


@lru_cache(maxsize=1)
def pydantic_versions() -> str:
    """``"pydantic X|pydantic-core Y"``: the versions of the validator (its ``VERSION``) and of
    its compiled core, read from ``pydantic/version.py`` and the core's ``*.dist-info`` folder
    without importing either (the import is 0.08 s, which a warm run avoids). A version that
    cannot be read so is taken from the imported module."""
    return f"pydantic {_pydantic_version()}|pydantic-core {_pydantic_core_version()}"


def _package_folder(name: str) -> Path | None:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations))) if locations else None


def _pydantic_version() -> str:
    module = sys.modules.get("pydantic.version")
    if module is None:
        folder = _package_folder("pydantic")
        source = folder / "version.py" if folder is not None else None
        if source is not None and source.is_file():
            m = re.search(r"""^VERSION = ['"]([^'"]+)['"]""",
                          source.read_text(encoding="utf-8"), re.M)
            if m is not None:
                return m.group(1)
        import pydantic.version as module
    return module.VERSION


def _pydantic_core_version() -> str:
    folder = _package_folder("pydantic_core")
    if folder is not None:
        # the installer's record: one ``pydantic_core-<version>.dist-info`` beside the package
        found = sorted(folder.parent.glob("pydantic_core-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len("pydantic_core-"):-len(".dist-info")]
    import pydantic_core

    return pydantic_core.__version__


def validation_versions() -> str:
    """The versions of the libraries that parse and validate a data file: PyYAML's
    (:func:`yaml_version`), pydantic's and pydantic-core's (:func:`pydantic_versions`). Part of
    the key of a result validated from a file: another validator may accept, reject or convert
    other values."""
    return f"pyyaml {yaml_version()}|{pydantic_versions()}"


def _key(kind: str, inputs: Any) -> str:
    """The file name of a result: its kind and the digest of what it depends on."""
    h = hashlib.sha256(source_digest().encode())
    h.update(kind.encode() + b"\0" + repr(inputs).encode("utf-8", "surrogatepass"))
    return f"{kind}-{h.hexdigest()[:32]}.marshal"


def stored(kind: str, inputs: Any, build: Callable[[], _T]) -> _T:
    """``build()``, read from the store when a run made it before from the same ``inputs``.

    ``inputs`` is everything the result depends on besides the package's code and Python's
    version, as plain values whose ``repr`` is stable (tuples, strings, numbers, booleans,
    None); ``build`` must return what ``marshal`` writes (the same types, lists, dicts, sets,
    bytes) and must not depend on anything else.
    """
    folder = _folder()
    if folder is None:
        return build()
    path = folder / _key(kind, inputs)
    try:
        # One read, then ``marshal.loads``: ``marshal.load`` on a file calls its ``readinto``
        # for every value, five times slower (a warm English run read its files in 0.025 s
        # of CPU, 0.005 s now; a corpus with a Cyrillic text 0.02 s more, 0.004 s now).
        with open(path, "rb") as f:
            record = marshal.loads(f.read())
        if type(record) is tuple and len(record) == 2 and record[0] == path.name:
            return record[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not made yet, or unreadable: made again below
    value = build()
    _write(path, (path.name, value))
    return value


def _write(path: Path, record: Any) -> None:
    """Write ``record`` to ``path`` through a temporary file; a failure only costs the store."""
    import tempfile  # (only a cold run writes: 0.003 s of every start-up otherwise)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(record, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        files = sorted(path.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime_ns)
        for old in files[:-_KEEP]:
            old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def _compile_parts(pattern: str, flags: int = 0) -> tuple[int, bytes, int, dict[str, int], tuple]:
    """What ``re.compile(pattern, flags)`` hands the regex engine: flags, code, groups, group
    names (CPython 3.11-3.13's ``re._compiler.compile``)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array.array(_CODE_TYPE, [int(c) for c in code]).tobytes()
    return parsed.state.flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _code_type() -> str | None:
    """The ``array`` type of the engine's code words, None when this Python has no usable
    ``_sre.compile`` (then :func:`compiled` is ``re.compile``)."""
    try:
        import _sre
    except ImportError:
        return None
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    for typecode in ("I", "L", "H"):
        if array.array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    return None


_CODE_TYPE = _code_type()


def compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, its code read from the store when a run compiled it before.

    The pattern object is the one ``re.compile`` makes (``==`` holds: it compares the code),
    without Python's regex parser reading the pattern: 0.04-0.06 s for the registry's patterns.
    """
    if _CODE_TYPE is None or _folder() is None:
        return re.compile(pattern)
    import _sre

    flags, words, groups, groupindex, indexgroup = stored(
        f"regex{_sre.MAGIC}", pattern, lambda: _compile_parts(pattern))
    code = array.array(_CODE_TYPE, words).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


# What ``re`` calls to compile a pattern it has not cached (``re._compile`` looks the module
# attribute up at each call: CPython 3.11-3.13).
_RE_COMPILER = getattr(re, "_compiler", None)


@contextmanager
def compiled_as_before(name: str) -> Iterator[None]:
    """Within the block, a regex that ``re`` compiled in this block at an earlier run called
    ``name`` is not compiled again: its code comes from the store.

    The modules of the package compile their regexes when they are imported: 130 patterns at
    the start of ``discourse quotes`` (174 when a cold run imports PyYAML and pydantic), a
    third of its start-up's CPU (0.026 s of 0.079), the same at every run. Within the block,
    ``re``'s compiler (what ``re.compile`` and the module functions call for a pattern not in
    ``re``'s own cache) makes a pattern of the file kept for ``name`` from its stored code, as
    :func:`compiled` makes a pattern: the object it would have made (``==`` compares pattern,
    flags and code), so nothing a run finds changes. The others are compiled as always. On
    leaving, when the block compiled patterns the file did not hold or did not ask for some
    it held (a cold run, changed code), the file is written again with those it asked for.
    With the store off, or a Python whose engine :func:`compiled` cannot feed, the block
    changes nothing; it is meant for a start-up (imports), not for threads compiling at the
    same time.
    """
    compiler = _RE_COMPILER
    folder = _folder()
    if _CODE_TYPE is None or folder is None or compiler is None:
        yield
        return
    import _sre

    h = hashlib.sha256(source_digest().encode())
    h.update(f"{_sre.MAGIC}|{name}".encode("utf-8", "surrogatepass"))
    path = folder / f"regexes-{h.hexdigest()[:32]}.marshal"
    kept: dict = {}
    try:
        with open(path, "rb") as f:
            record = marshal.loads(f.read())
        if type(record) is tuple and len(record) == 2 and record[0] == path.name:
            kept = record[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not made yet, or unreadable: written below
    asked: dict = {}  # (pattern, flags) -> the parts of its code, for the file
    compile_code = compiler.compile
    debug = getattr(re, "DEBUG", 0)

    def from_store(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is not str or flags & debug:
            return compile_code(pattern, flags)  # (a parsed pattern; DEBUG prints as it parses)
        key = (pattern, flags)
        parts = kept.get(key)
        if parts is None:
            parts = _compile_parts(pattern, flags)
        asked[key] = parts
        final, words, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, final, array.array(_CODE_TYPE, words).tolist(), groups,
                            groupindex, indexgroup)

    compiler.compile = from_store
    try:
        yield
    finally:
        compiler.compile = compile_code
    if asked and asked.keys() != kept.keys():
        _write(path, (path.name, asked))
