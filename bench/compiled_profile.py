"""Where the CPU time of the *compiled* ``discourse quotes`` goes, sampled by Linux ``perf``.

    .venv/bin/python bench/compiled_profile.py [--corpus newsmtsc] [--top 40] [--freq 499]

cProfile and the Python-frame samplers of ``bench/quotes_speed.py`` (``profile``, ``sample``,
``attribution``) see no frame of a module that ``make install`` compiled with mypyc, so they run
the sources (``DISCOURSE_PURE=1``), whose shares differ from the compiled build's: mypyc speeds up
attribute access, calls and loops, not the regex engine or the dict and string methods it calls.
This script samples the compiled process itself. ``perf record`` (a CPU-clock sample ``--freq``
times a second, call stacks unwound from DWARF) runs ``discourse quotes`` over one corpus of
``quotes_speed.py peer`` (the same files, written from ``../shared``; store warm, one untimed run
first); ``perf script`` gives each sample's stack, in which a compiled function is a C symbol
``CPyDef_<module>___<function>`` (read back here as ``module.function``).

Per compiled function, of all samples of the process (start-up included):
- ``inclusive``: the share of samples with the function anywhere on the stack (once per sample);
- ``self``: the share whose innermost compiled frame is the function, so the C it calls (a regex
  search, a dict lookup, ``re.compile`` and other library Python run by the interpreter) counts
  for it, as ``sample`` counts C for its Python caller; samples with no compiled frame (imports,
  the interpreter's start, pure-Python modules such as the public verbs) are ``<no compiled
  frame>``;
- ``self`` summed by module.

Needs a compiled build (``discourse --version`` says "(compiled)") and ``perf`` on PATH (Debian:
``apt-get install linux-perf``; in a container, ``kernel.perf_event_paranoid`` <= 2 lets a user
sample their own processes). Unwinding through the interpreter's frames is not always complete:
the shares are estimates, good to a few points; compare them across runs of one build, not as
CPU seconds (for those: ``quotes_speed.py peer``, ``stages``). Writes
``bench/out/compiled_profile_<corpus>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_speed import BIN, REPO, STORE_ENV, _corpora  # noqa: E402 (the bench's own corpora)

PREFIX = "CPyDef_"


def readable(symbol: str) -> str:
    """``CPyDef_discourse___extract___quotes___document___Doc_____init__`` ->
    ``discourse.extract.quotes.document.Doc.__init__`` (mypyc joins names with three
    underscores; ``str.replace`` reads left to right, so ``_____init__`` gives ``.__init__``)."""
    return symbol[len(PREFIX):].replace("___", ".")


def stacks(perf_data: Path) -> list[list[str]]:
    """Each sample's stack from ``perf script``, innermost first: symbol names, offsets cut."""
    out = subprocess.run(["perf", "script", "-i", str(perf_data)], capture_output=True,
                         text=True, check=True).stdout
    samples: list[list[str]] = []
    stack: list[str] = []
    for line in out.splitlines():
        if not line.strip():
            if stack:
                samples.append(stack)
            stack = []
        elif line[0] in " \t":
            parts = line.split()
            if len(parts) >= 2:
                stack.append(parts[1].split("+")[0])
    if stack:
        samples.append(stack)
    return samples


def shares(samples: list[list[str]], top: int) -> dict:
    """Inclusive and self shares of the compiled functions, and self by module."""
    total = len(samples)
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for stack in samples:
        compiled = [readable(f) for f in stack if f.startswith(PREFIX)]
        inclusive.update(set(compiled))
        own[compiled[0] if compiled else "<no compiled frame>"] += 1
    by_module: Counter[str] = Counter()
    for name, n in own.items():
        # a function's module: the dotted name up to the first part that is a class (capitalised),
        # a generator (``_gen``), a closure or callable object of mypyc's (``_obj``) or private
        parts = name.split(".")
        keep = []
        for p in parts[:-1]:
            if p[:1].isupper() or p.endswith(("_gen", "_obj")) or p.startswith("_"):
                break
            keep.append(p)
        by_module[".".join(keep) or name] += n

    def pct(counter: Counter[str], k: int) -> dict[str, float]:
        return {name: round(100 * n / total, 1) for name, n in counter.most_common(k)}

    return {"samples": total, "inclusive_pct": pct(inclusive, top), "self_pct": pct(own, top),
            "self_by_module_pct": pct(by_module, top)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="newsmtsc", choices=("newsmtsc", "wikinews_en", "both"))
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--freq", type=int, default=499, help="samples per CPU second")
    args = ap.parse_args()
    if shutil.which("perf") is None:
        sys.exit("compiled_profile: `perf` is not on PATH (Debian: apt-get install linux-perf)")
    version = subprocess.run([str(BIN / "discourse"), "--version"], capture_output=True,
                             text=True, check=True).stdout.strip()
    if "(compiled)" not in version:
        sys.exit(f"compiled_profile: {version!r} is not a compiled build: run `make compiled` "
                 "(bench/quotes_speed.py profile or sample measure pure Python)")
    with tempfile.TemporaryDirectory() as tmp:
        paths = _corpora(Path(tmp))[args.corpus]
        if not paths:
            sys.exit(f"compiled_profile: no {args.corpus} corpus (is ../shared beside the clone?)")
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        cmd = [str(BIN / "discourse"), "quotes", *map(str, paths), "--format", "jsonl"]
        subprocess.run(cmd, env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL)  # store
        data = Path(tmp) / "perf.data"
        subprocess.run(["perf", "record", "-q", "-F", str(args.freq), "--call-graph",
                        "dwarf,16384", "-o", str(data), "--", *cmd], env=env, cwd=REPO,
                       check=True, stdout=subprocess.DEVNULL)
        res = {"corpus": args.corpus, "build": version, **shares(stacks(data), args.top)}
    for key in ("inclusive_pct", "self_pct", "self_by_module_pct"):
        print(f"{key} (of {res['samples']} samples):")
        for name, p in res[key].items():
            print(f"  {p:5.1f}%  {name}")
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"compiled_profile_{args.corpus}.json").write_text(
        json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
