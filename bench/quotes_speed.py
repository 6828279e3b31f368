"""Whole-process speed of ``discourse quotes`` against spaCy's blank English tokenizer, and
linearity in document length.

    .venv/bin/python bench/quotes_speed.py peer      # real news: ours vs the tokenizer
    .venv/bin/python bench/quotes_speed.py linear    # one document of N repetitions

``peer``: the same files for both sides, each side a fresh process, CPU seconds (user + system of
the child, ``resource.getrusage(RUSAGE_CHILDREN)``), best of three. Ours is the command a user
runs, ``discourse quotes <folder> --format jsonl`` (reading, extraction, attribution, writing);
the peer is a script that reads the same files and runs ``spacy.blank("en")`` over each text.
Corpora: the 295 English Wikinews texts of ``/work/baseline/inputs/wikinews_en`` (or written from
``../shared``) and the NewsMTSC sentences (one document per line of the JSONL).

``linear``: one document of N repetitions of ``He said "yes, we will" and she said that they would
not.`` on one line, N = 20,000, 40,000 and 300,000 (17 MB); time (wall and CPU) and peak memory
(``ru_maxrss`` of the child) of ``discourse quotes`` on it.

Writes ``bench/out/quotes_speed_<mode>.json``; the numbers are in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BIN = Path(sys.executable).parent
SENTENCE = 'He said "yes, we will" and she said that they would not. '

PEER = """
import sys, json
from pathlib import Path
import spacy
nlp = spacy.blank("en")
n = 0
for path in sys.argv[1:]:
    p = Path(path)
    files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
    for f in files:
        if f.suffix == ".jsonl":
            texts = [json.loads(line)["text"] for line in f.open(encoding="utf-8")]
        else:
            texts = [f.read_text(encoding="utf-8")]
        for t in texts:
            n += len(nlp.tokenizer(t))
print(n)
"""


def _run(cmd: list[str], out: Path | None = None) -> tuple[float, float, int]:
    """(wall s, CPU s, peak KiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(out or "/dev/null", "wb") as sink:
        subprocess.run(cmd, check=True, stdout=sink, cwd=REPO)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss


def _corpora(tmp: Path) -> dict[str, list[Path]]:
    wiki = Path("/work/baseline/inputs/wikinews_en")
    if not wiki.is_dir():
        wiki = tmp / "wikinews_en"
        wiki.mkdir()
        for year in (2019, 2020):
            df = pd.read_csv(SHARED / "corpora" / "wikinews_en" / f"wikinews_{year}.csv")
            for i, t in enumerate(df["text"]):
                (wiki / f"wikinews_{year}_{i:04d}.txt").write_text(str(t), encoding="utf-8")
    # NewsMTSC: each distinct sentence once, ten to a document (as the earlier peer benchmark
    # of this README), written as text files that both sides read
    news = tmp / "newsmtsc"
    news.mkdir()
    sentences: list[str] = []
    for split in ("train", "rw-dev", "mt-dev"):
        f = SHARED / "datasets" / "newsmtsc" / f"{split}.jsonl"
        if f.is_file():
            sentences += [json.loads(line)["sentence"] for line in f.open(encoding="utf-8")]
    sentences = list(dict.fromkeys(sentences))
    for k in range(0, len(sentences), 10):
        (news / f"n{k // 10:05d}.txt").write_text(" ".join(sentences[k:k + 10]), encoding="utf-8")
    return {"wikinews_en": [wiki], "newsmtsc": [news] if sentences else [],
            "both": [wiki, news] if sentences else []}


def peer(repeat: int = 3) -> dict:
    """CPU seconds of ours and of the tokenizer on each corpus, ``repeat`` runs each."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        peer_py = Path(tmp) / "peer.py"
        peer_py.write_text(PEER, encoding="utf-8")
        for name, paths in corpora.items():
            if not paths:
                continue
            mb = sum(f.stat().st_size for p in paths
                     for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])) / 1e6
            ours = [_run([str(BIN / "discourse"), "quotes", *map(str, paths), "--format",
                          "jsonl"])[1] for _ in range(repeat)]
            spacy_ = [_run([str(BIN / "python"), str(peer_py), *map(str, paths)])[1]
                      for _ in range(repeat)]
            results[name] = {"MB": round(mb, 2), "ours_cpu_s": ours, "spacy_cpu_s": spacy_,
                             "speed_ratio": round(min(spacy_) / min(ours), 3)}
            print(name, results[name], flush=True)
    return results


def linear(sizes=(20_000, 40_000, 300_000)) -> dict:
    """Time and peak memory of ``discourse quotes`` on one repeated document per size."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            f = Path(tmp) / f"rep_{n}.txt"
            f.write_text(SENTENCE * n, encoding="utf-8")
            out = Path(tmp) / "out.jsonl"
            wall, cpu, peak = _run([str(BIN / "discourse"), "quotes", str(f), "--format",
                                    "jsonl"], out)
            # ru_maxrss of the children is the largest child so far: sizes run in order
            rows = sum(1 for _ in out.open(encoding="utf-8"))
            results[n] = {"MB": round(f.stat().st_size / 1e6, 2), "wall_s": round(wall, 2),
                          "cpu_s": round(cpu, 2), "peak_MiB": round(peak / 1024), "quotes": rows}
            print(n, results[n], flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("peer", "linear"))
    ap.add_argument("--sizes", type=int, nargs="*", default=[20_000, 40_000, 300_000])
    args = ap.parse_args()
    res = peer() if args.mode == "peer" else linear(args.sizes)
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"quotes_speed_{args.mode}.json").write_text(json.dumps(res, indent=1) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":
    main()
