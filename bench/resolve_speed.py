"""Where the speaker resolver (``speakers.mentions._resolve_one``) spends its time, per quote,
and attribution of two checkouts taking turns.

    .venv/bin/python bench/resolve_speed.py parts [--repeat 5]   # _resolve_one and its callees
    .venv/bin/python bench/resolve_speed.py scan [--repeat 5]    # the antecedent scan, replayed
    .venv/bin/python bench/resolve_speed.py regexes              # the speaker rules' patterns
    .venv/bin/python bench/resolve_speed.py turns --against /tmp/main [--repeat 5]

All modes read the corpora of ``quotes_speed.py peer`` (the 295 English Wikinews texts of
2019-2020 and the distinct NewsMTSC sentences, ten to a file), extract the quotes untimed and
then time attribution alone in a child process (``quotes_speed.ATTRIBUTION``), the store warm.

``parts``: attribution with a CPU timer around ``_resolve_one`` and each registry or resolver
call it makes (the timers nest: a part holds the parts it calls; the antecedent scan,
``Resolver.entities_before``, runs inside whichever rule first asks for the entities before a
position): CPU s (best of ``--repeat`` processes), calls, µs a call.

``scan``: the stretches the resolver scanned for registry mentions in one run of attribution,
recorded and scanned again: the whole scan (``MentionFinder.find_in``), and its steps alone
(folding, lower-casing, the alias regex, the long capitalised words' ``findall``), best of
``--repeat``.

``regexes``: every compiled pattern of ``discourse.extract.speakers`` replaced by a proxy that
times its calls (``perf_counter``, about 0.5 µs of overhead a call): seconds, calls and
characters a call, the 25 costliest.

``turns``: attribution of this checkout and of ``--against`` (another checkout with its own
``.venv``, or an export with the ``.venv`` linked: ``PYTHONPATH`` is its folder), one child
process each, taking turns ``--repeat`` times; CPU s best and median, and whether both gave the
same attribution rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_speed import ATTRIBUTION, BIN, CAPTURE, REPO, STORE_ENV, _corpora  # noqa: E402

# What ``parts`` times: (module under discourse.extract, class or "", function).
RESOLVE_PARTS = (
    ("speakers.mentions", "", "_resolve_one"),
    *(("speakers.resolver", "Resolver", f) for f in (
        "entities_before", "pronoun", "_person_before", "description", "name", "unknown_name")),
    ("speakers.names", "FullNames", "__init__"),
    ("speakers.mentions", "", "is_medium"),
    *(("actors.registry", "ActorRegistry", f) for f in (
        "lookup", "find_mentions", "resolve_description", "describes_any", "compatible")),
    ("actors.lookup", "AliasLookup", "fuzzy_tied"),
)

# Run by ``turns`` in a child: attribution alone (as ``ATTRIBUTION`` without timed parts),
# printing its CPU seconds and a digest of the rows.
TURN = ATTRIBUTION.replace(
    'print(json.dumps({"attribution_s"',
    'import hashlib\n'
    'rows = [r for a in calls for r in attribute_rows(*a[:-1], registry)]\n'
    'digest = hashlib.sha256(repr([tuple(getattr(r, k) for k in r.__slots__) if hasattr(r, '
    '"__slots__") else r for r in rows]).encode()).hexdigest()\n'
    'print(json.dumps({"digest": digest, "attribution_s"')

# Run by ``scan`` in a child (argv: the folder, the repeats).
SCAN = CAPTURE + """import discourse.extract.actors.mentions as M
from discourse.extract.actors.names import lower_same_length
spans = []
find_in = M.MentionFinder.find_in
M.MentionFinder.find_in = lambda self, *a: spans.append(a) or find_in(self, *a)
for a in calls:
    attribute_rows(*a[:-1], registry)
M.MentionFinder.find_in = find_in
mf = registry.mention_finder
rx = mf.regex()
stretches = []
for text, start, end, day in spans:
    lo, hi = M.scan_span(text, start, end)
    stretches.append(text[lo:hi])
folded = [M.fold_noting_astral(x)[0] for x in stretches]
lowered = [lower_same_length(f) for f in folded]
gc.disable()
out = {"stretches": len(spans), "characters": sum(map(len, stretches))}
def best(name, f):
    times = []
    for _ in range(int(sys.argv[2])):
        t = time.process_time()
        f()
        times.append(time.process_time() - t)
    out[name] = min(times)
best("scan (find_in)", lambda: [mf.find_in(*s) for s in spans])
best("folding", lambda: [M.fold_noting_astral(x) for x in stretches])
best("lower-casing", lambda: [lower_same_length(f) for f in folded])
best("alias regex", lambda: [list(M.alias_matches(rx, x)) for x in lowered])
best("long capitalised words", lambda: [M.LONG_CAP_WORD.findall(f) for f in folded])
print(json.dumps(out))
"""

# Run by ``regexes`` in a child (argv: the folder).
REGEXES = CAPTURE + """import collections, pkgutil, re
import discourse.extract.speakers as sp
T, N, C = collections.Counter(), collections.Counter(), collections.Counter()
READS = ("search", "match", "fullmatch", "finditer", "findall")
class Timed:
    def __init__(self, name, rx):
        self._name, self._rx = name, rx
    def __getattr__(self, attr):
        f = getattr(self._rx, attr)
        if not callable(f):
            return f
        def run(*args, **kw):
            t = time.perf_counter()
            try:
                got = f(*args, **kw)
                return list(got) if attr == "finditer" else got
            finally:
                T[self._name] += time.perf_counter() - t
                N[self._name] += 1
                if attr in READS and args and isinstance(args[0], str):
                    lo = args[1] if len(args) > 1 else 0
                    hi = min(args[2] if len(args) > 2 else len(args[0]), len(args[0]))
                    C[self._name] += max(0, hi - lo)
        return run
for info in pkgutil.walk_packages(sp.__path__, "discourse.extract.speakers."):
    mod = importlib.import_module(info.name)
    for key, value in list(vars(mod).items()):
        if isinstance(value, re.Pattern):
            setattr(mod, key, Timed(info.name.rsplit(".", 1)[-1] + "." + key, value))
registry.clear_caches()
gc.disable()
t = time.process_time()
for a in calls:
    attribute_rows(*a[:-1], registry)
total = time.process_time() - t
print(json.dumps({"attribution_s": total, "patterns_s": sum(T.values()), "top": {
    k: {"s": round(v, 4), "calls": N[k], "chars_a_call": round(C[k] / N[k])}
    for k, v in T.most_common(25)}}))
"""


def _child(code: str, *args: str, env: dict[str, str] | None = None,
           python: Path = BIN / "python", cwd: Path = REPO) -> dict:
    # the children patch functions and regexes, which compiled callers would not see: they run
    # the sources (DISCOURSE_PURE=1; make install compiles the rules with mypyc)
    env = {**(os.environ if env is None else env), "DISCOURSE_PURE": "1"}
    return json.loads(subprocess.run([str(python), "-c", code, *args], env=env, check=True,
                                     capture_output=True, text=True, cwd=cwd).stdout)


def parts(repeat: int) -> dict:
    """``_resolve_one`` and the calls it makes, timed (see the module notes)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            folder = str(corpora[name][0])
            args = (folder, json.dumps(RESOLVE_PARTS))
            _child(ATTRIBUTION, *args, env=env)  # the store
            runs = [_child(ATTRIBUTION, *args, env=env) for _ in range(repeat)]
            res = {"attribution_s": round(min(r["attribution_s"] for r in runs), 4),
                   "quotes": runs[0]["quotes"], "parts": {}}
            for part, first in sorted(runs[0]["parts"].items(), key=lambda kv: -kv[1]["s"]):
                s = min(r["parts"][part]["s"] for r in runs)
                res["parts"][part] = {"s": round(s, 4), "calls": first["calls"],
                                      "us_a_call": round(s / first["calls"] * 1e6, 1)}
            results[name] = res
            print(name, json.dumps(res, indent=1), flush=True)
    return results


def scan(repeat: int) -> dict:
    """The antecedent scan's stretches replayed (see the module notes)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            res = _child(SCAN, str(corpora[name][0]), str(repeat), env=env)
            results[name] = {k: round(v, 4) if isinstance(v, float) else v
                             for k, v in res.items()}
            print(name, json.dumps(results[name], indent=1), flush=True)
    return results


def regexes() -> dict:
    """The speaker rules' patterns, timed (see the module notes)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            results[name] = _child(REGEXES, str(corpora[name][0]), env=env)
            print(name, json.dumps(results[name], indent=1), flush=True)
    return results


def turns(against: Path, repeat: int) -> dict:
    """Attribution of this checkout and of ``against``, taking turns (see the module notes)."""
    results: dict = {"against": str(against)}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        sides = {"this": (BIN / "python", REPO), "other": (against / ".venv" / "bin" / "python",
                                                          against.resolve())}
        envs = {side: {**os.environ, STORE_ENV: str(Path(tmp) / f"store_{side}"),
                       "PYTHONPATH": str(root)} for side, (_, root) in sides.items()}
        for name in ("wikinews_en", "newsmtsc"):
            args = (str(corpora[name][0]), "[]")
            for side, (python, root) in sides.items():  # the stores
                _child(TURN, *args, env=envs[side], python=python, cwd=root)
            times: dict[str, list[float]] = {side: [] for side in sides}
            digests = set()
            for _ in range(repeat):
                for side, (python, root) in sides.items():
                    run = _child(TURN, *args, env=envs[side], python=python, cwd=root)
                    times[side].append(run["attribution_s"])
                    digests.add(run["digest"])
            res = {f"{side}_s": {"best": round(min(t), 4),
                                 "median": round(statistics.median(t), 4)}
                   for side, t in times.items()}
            res["same_rows"] = len(digests) == 1
            results[name] = res
            print(name, res, flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("parts", "scan", "regexes", "turns"))
    ap.add_argument("--against", type=Path, help="the other checkout of turns")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.mode == "turns" and args.against is None:
        ap.error("turns needs --against REPO (another checkout with its own .venv)")
    res = (parts(args.repeat) if args.mode == "parts" else scan(args.repeat)
           if args.mode == "scan" else regexes() if args.mode == "regexes"
           else turns(args.against, args.repeat))
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"resolve_speed_{args.mode}.json").write_text(json.dumps(res, indent=1) + "\n",
                                                          encoding="utf-8")


if __name__ == "__main__":
    main()
