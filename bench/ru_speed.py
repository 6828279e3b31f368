"""Speed and memory of ``discourse quotes`` on the Russian Wikinews corpus, against spaCy.

    .venv/bin/python bench/ru_speed.py [--repeat 3] [--copies 4]

Each measurement is a whole process, started fresh, as a user runs it (interpreter start,
imports, loading the registries and the cue lexicons, reading the files, writing the output):

- **ours**: ``discourse quotes ../shared/corpora/wikinews_ru/texts --format jsonl`` (extraction
  and attribution of every quote of the 840 articles), output to /dev/null;
- **spaCy**: a process that imports spaCy, makes ``spacy.blank("ru")`` and tokenizes the same
  840 files read from disk (the least any spaCy-based extractor does);
- **memory**: the peak resident memory of ``discourse quotes`` on the corpus and on ``--copies``
  copies of it (a folder of links, read in chunks of 1,000 articles): flat memory means the peak
  does not grow with the corpus.

Throughput is the corpus's UTF-8 megabytes (and million characters) per second of wall time,
median of ``--repeat`` runs. Results go to ``bench/out/ru_speed.json`` and a table on stdout;
``bench/README.md`` records them. Numbers on a shared machine are noisy: never assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "corpora" / "wikinews_ru" / "texts"
OUT = REPO / "bench" / "out"
DISCOURSE = str(Path(sys.executable).with_name("discourse"))

_SPACY = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("ru")
n = 0
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    n += len(nlp.tokenizer(path.read_text(encoding="utf-8")))
print(n)
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one process (its own rusage, via wait4)."""
    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    if status != 0:
        raise RuntimeError(f"{cmd} failed: {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return secs, usage.ru_maxrss / 1024


def measure(cmd: list[str], repeat: int) -> dict:
    runs = [run(cmd) for _ in range(repeat)]
    return {"seconds": [r[0] for r in runs], "median_seconds": statistics.median(r[0] for r in runs),
            "peak_mib": max(r[1] for r in runs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()
    if not TEXTS.is_dir():
        sys.exit(f"{TEXTS} is not present.")
    files = sorted(TEXTS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    mchars = sum(len(t) for t in texts) / 1e6
    results: dict = {"articles": len(files), "megabytes_utf8": mb, "million_chars": mchars}
    ours = measure([DISCOURSE, "quotes", str(TEXTS), "--format", "jsonl"], args.repeat)
    spacy_r = measure([sys.executable, "-c", _SPACY, str(TEXTS)], args.repeat)
    for name, r in (("ours_discourse_quotes", ours), ("spacy_blank_ru_tokenizer", spacy_r)):
        r["mb_per_s"] = mb / r["median_seconds"]
        r["mchars_per_s"] = mchars / r["median_seconds"]
        results[name] = r
    results["ratio_ours_over_spacy"] = ours["mb_per_s"] / spacy_r["mb_per_s"]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.copies):
            for p in files:
                os.symlink(p, Path(tmp) / f"c{k}_{p.name}")
        many = measure([DISCOURSE, "quotes", tmp, "--format", "jsonl"], 1)
    results["memory"] = {"articles": len(files), "peak_mib": ours["peak_mib"],
                         "copies": args.copies, "articles_copies": len(files) * args.copies,
                         "peak_mib_copies": many["peak_mib"],
                         "growth": many["peak_mib"] / ours["peak_mib"],
                         "seconds_copies": many["median_seconds"]}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "ru_speed.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} articles, {mb:.2f} MB UTF-8 ({mchars:.2f} M characters)")
    print(f"{'process':28} {'median s':>9} {'MB/s':>6} {'Mchar/s':>8} {'peak MiB':>9}")
    for name in ("ours_discourse_quotes", "spacy_blank_ru_tokenizer"):
        r = results[name]
        print(f"{name:28} {r['median_seconds']:9.2f} {r['mb_per_s']:6.2f} "
              f"{r['mchars_per_s']:8.2f} {r['peak_mib']:9.0f}")
    print(f"ours / spaCy: {results['ratio_ours_over_spacy']:.2f}")
    m = results["memory"]
    print(f"memory: {m['peak_mib']:.0f} MiB on {m['articles']} articles, "
          f"{m['peak_mib_copies']:.0f} MiB on {m['articles_copies']} ({m['growth']:.2f}x)")


if __name__ == "__main__":
    main()
