"""What attribution asks again within an article, and how far the antecedent scan reads.

    .venv/bin/python bench/attribution_repeats.py repeats [--against /tmp/main]
    .venv/bin/python bench/attribution_repeats.py blocks [--repeat 3] [--sizes 8192 2048 0]

Both modes read the corpora of ``quotes_speed.py peer`` (the 295 English Wikinews texts of
2019-2020 and the distinct NewsMTSC sentences, ten to a file), extract the quotes untimed and run
attribution alone in a child process (``quotes_speed.CAPTURE``), the store warm (one run first).

``repeats``: each resolver and registry call that ``_resolve_one`` makes, timed (CPU, timers
nesting as in ``resolve_speed.py parts``) and split into the first time an article asks it with
that argument (the mention, the description, the pronoun's class) and the times the same article
asks it again: what a memo per article could at most spare. Also the antecedent scan's reach:
the characters scanned (``Resolver._scanned_to``, summed over the articles scanned) against the
furthest offset a rule asked for. With ``--against`` (another checkout or an export whose
``.venv`` is linked; ``PYTHONPATH`` is its folder) the same for that side.

``blocks``: attribution with ``resolver.SCAN_BLOCK`` (the characters the scan reads ahead) set
to each of ``--sizes``, taking turns ``--repeat`` times: CPU s of attribution and of
``Resolver._scan`` (best), the scans made, and a digest of the rows (equal digests: the same
records).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_speed import BIN, CAPTURE, REPO, STORE_ENV, _corpora  # noqa: E402

# Run by ``repeats`` in a child (argv: the folder).
REPEATS = CAPTURE + """import collections
import discourse.extract.speakers.resolver as R
import discourse.extract.speakers.mentions as M
registry.clear_caches()
ART = [0]
T = collections.defaultdict(lambda: [0.0, 0, 0.0, 0])  # first: s, calls; again: s, calls
seen = set()
def wrap(owner, fn, name, key):
    f = getattr(owner, fn)
    def run(*a, **k):
        kk = (ART[0], name, key(a))
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            d = time.process_time() - t
            rec = T[name]
            if kk in seen:
                rec[2] += d; rec[3] += 1
            else:
                rec[0] += d; rec[1] += 1; seen.add(kk)
    setattr(owner, fn, run)
wrap(M, "_resolve_one", "_resolve_one (mention)", lambda a: a[1])
for fn in ("name", "unknown_name", "description", "pronoun"):
    wrap(R.Resolver, fn, "Resolver." + fn, lambda a: a[1])
for fn in ("find_mentions", "lookup", "resolve_description", "describes_any"):
    wrap(type(registry), fn, "ActorRegistry." + fn, lambda a: a[1])
wrap(M, "is_medium", "is_medium", lambda a: a[1])
entities_before = R.Resolver.entities_before
def asking(self, end):
    self.asked_to = max(getattr(self, "asked_to", 0), end)
    return entities_before(self, end)
R.Resolver.entities_before = asking
init = R.Resolver.__init__
made = []
def counting(self, *a, **k):
    init(self, *a, **k)
    made.append(self)
    ART[0] = len(made)  # the article this resolver reads
R.Resolver.__init__ = counting
gc.disable()
t = time.process_time()
for a in calls:
    attribute_rows(*a[:-1], registry)
total = time.process_time() - t
scanned = [r for r in made if r._scanned_to]
print(json.dumps({"attribution_s": total, "articles": len(made),
                  "characters": sum(len(r.text) for r in made),
                  "articles_scanned": len(scanned),
                  "characters_scanned": sum(r._scanned_to for r in scanned),
                  "characters_asked": sum(getattr(r, "asked_to", 0) for r in scanned),
                  "calls": {k: {"first_s": round(v[0], 4), "first": v[1],
                                "again_s": round(v[2], 4), "again": v[3]}
                            for k, v in sorted(T.items(), key=lambda kv: -kv[1][0])}}))
"""

# Run by ``blocks`` in a child (argv: the folder; SCAN_BLOCK from the environment).
BLOCKS = CAPTURE + """import hashlib, os
import discourse.extract.speakers.resolver as R
R.SCAN_BLOCK = int(os.environ["SCAN_BLOCK"])
registry.clear_caches()
S = [0.0, 0]
scan = R.Resolver._scan
def timed(self, *a):
    t = time.process_time()
    try:
        return scan(self, *a)
    finally:
        S[0] += time.process_time() - t
        S[1] += 1
R.Resolver._scan = timed
gc.disable()
t = time.process_time()
rows = [r for a in calls for r in attribute_rows(*a[:-1], registry)]
total = time.process_time() - t
digest = hashlib.sha256(repr([tuple(getattr(r, k) for k in r.__slots__) if hasattr(
    r, "__slots__") else r for r in rows]).encode()).hexdigest()
print(json.dumps({"attribution_s": total, "scan_s": S[0], "scans": S[1], "digest": digest}))
"""


def _child(code: str, folder: str, env: dict[str, str], cwd: Path = REPO) -> dict:
    # the child wraps functions, which compiled callers would not see: it runs the sources
    env = {**env, "DISCOURSE_PURE": "1"}
    out = subprocess.run([str(BIN / "python"), "-c", code, folder], env=env, check=True,
                         capture_output=True, text=True, cwd=cwd)
    return json.loads(out.stdout)


def repeats(against: Path | None) -> dict:
    """First and repeated calls per article, and the scan's reach (see the module notes)."""
    sides = {"this": (REPO, {})}
    if against is not None:
        sides["against"] = (against, {"PYTHONPATH": str(against)})
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        for side, (cwd, extra) in sides.items():
            env = {**os.environ, STORE_ENV: str(Path(tmp) / f"store_{side}"), **extra}
            for name in ("wikinews_en", "newsmtsc"):
                folder = str(corpora[name][0])
                _child(REPEATS, folder, env, cwd)  # the store
                got = _child(REPEATS, folder, env, cwd)
                results.setdefault(side, {})[name] = got
                print(side, name, json.dumps(got, indent=1), flush=True)
    return results


def blocks(sizes: list[int], repeat: int) -> dict:
    """Attribution with each read-ahead of the scan, taking turns (see the module notes)."""
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            folder = str(corpora[name][0])
            _child(BLOCKS, folder, {**env, "SCAN_BLOCK": str(sizes[0])})  # the store
            runs: dict[int, list[dict]] = {}
            for _ in range(repeat):
                for size in sizes:
                    runs.setdefault(size, []).append(
                        _child(BLOCKS, folder, {**env, "SCAN_BLOCK": str(size)}))
            results[name] = {str(size): {
                "attribution_s": round(min(r["attribution_s"] for r in rs), 4),
                "scan_s": round(min(r["scan_s"] for r in rs), 4),
                "scans": rs[0]["scans"], "digest": rs[0]["digest"][:12],
                "same_digest_every_run": len({r["digest"] for r in rs}) == 1,
            } for size, rs in runs.items()}
            print(name, json.dumps(results[name], indent=1), flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("repeats", "blocks"))
    ap.add_argument("--against", type=Path, help="another checkout for repeats")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", type=int, nargs="+", default=[8192, 4096, 2048, 512, 0])
    args = ap.parse_args()
    if args.mode == "repeats":
        repeats(args.against)
    else:
        blocks(args.sizes, args.repeat)


if __name__ == "__main__":
    main()
