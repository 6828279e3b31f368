"""Scale benchmarks: throughput and peak memory per stage and for the whole report.

``make bench`` runs ``python bench/run.py``. For each size (default 1k, 10k, 100k articles) it

1. generates a corpus (``bench/generate.py``: recombined paragraphs of real texts, Parquet);
2. runs the pipeline (pandas engine, streaming) in a fresh process and records seconds and
   throughput (articles/s, MB/s) of each stage (read, quotes, speakers, scores, summary,
   comparisons) and the peak resident memory after each stage (``ru_maxrss``: cumulative);
3. runs the full report (``discourse report``: papermill, HTML, every table and figure) in a fresh
   process and records its time and the peak memory of the report and its kernel.

It also times spaCy's blank English tokenizer against our extraction + attribution + sentiment,
one process each, median of ``--repeat`` runs, and reports the ratio (ours / tokenizer: >= 1 means
we are faster than any spaCy-based extractor can be, since they must at least tokenize). Every run
starts cold on both sides (a new ``spacy.blank("en")``, a new actor registry), because a corpus is
read once. The garbage of earlier runs is collected before the clock starts, so that one run does
not pay for another (the collector stays on while timing; ``timeit`` switches it off). The
tokenizer's time on a second pass over the same texts (its cache of every string it has seen is
warm) is recorded beside it. The peer runs on three corpora: the 1k generated corpus
and, when ``../shared`` is present, two real ones: the UN General Debate speeches and the distinct
NewsMTSC sentences (political news, quote-dense) joined ten to a document.

Results go to ``bench/results.json`` and a table on stdout; ``bench/README.md`` records them.
Numbers are measurements on a shared, noisy machine, never assertions.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"
PY = sys.executable


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def corpus_for(n: int, seed: int = 0) -> Path:
    """The generated corpus of ``n`` articles, made once and kept in ``bench/out/corpora/``.

    Its name carries a fingerprint of the generator and of whether ``../shared`` (two of its
    paragraph pools) is present, so a corpus made by another version is never reused.
    """
    import hashlib

    shared = (REPO.parent / "shared").is_dir()
    source = (BENCH / "generate.py").read_bytes() + str(shared).encode()
    tag = hashlib.sha256(source).hexdigest()[:8]
    path = OUT / "corpora" / f"gen_{n}_s{seed}_{tag}.parquet"
    if not path.exists():
        # In a child process: Linux carries a process's peak memory across fork and exec, so
        # generating 100k articles here would show up as the peak of every later measurement.
        subprocess.run([PY, str(BENCH / "generate.py"), str(n), str(path), "--seed", str(seed)],
                       check=True, capture_output=True)
    return path


def text_size(path: Path) -> int:
    """Characters of text in a Parquet corpus, one row group at a time.

    Reading the whole text column at once would put the corpus in this process's peak memory
    (``ru_maxrss`` never goes down) and hide what the pipeline itself uses.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    return sum(int(pc.sum(pc.utf8_length(pf.read_row_group(i, columns=["text"])["text"])).as_py())
               for i in range(pf.num_row_groups))


# --- stage benchmark (run in a child process: python bench/run.py --stages PATH) -----------------


def stages(path: Path) -> dict:
    from discourse.compare import camps as compare
    from discourse.measure.keyness import keyness_from_counts
    from discourse.run.pipeline import stream_pipeline

    base = peak_rss_mib()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    summary, regs = stream_pipeline(path, units_csv=OUT / "stage_units.csv", chunk_size=1000,
                                    timings=timings)
    t_pipeline = time.perf_counter() - t0
    mem_pipeline = peak_rss_mib()
    t0 = time.perf_counter()
    scores = summary.scores
    camps = ["russian_official", "belarusian_official", "opposition", "western"]
    compare.compare_shares(scores, by=["camp"], words_col="n_tokens")
    compare.compare_camps(scores, measures=["sentiment"], camps=camps, n_boot=2000, seed=1, min_n=5)
    compare.compare_stance(scores, regs.targets, camps=camps, n_boot=2000, seed=1, min_n=5)
    compare.compare_frames(scores, regs.frames, camps=camps, n_boot=2000, seed=1, min_n=5)
    for camp in camps:
        if camp in summary.word_counts:
            keyness_from_counts(summary.word_counts, target=camp)
    timings["comparisons"] = time.perf_counter() - t0
    peak = peak_rss_mib()
    n_bytes = text_size(path)  # after the peak is taken: reading it fills Arrow's memory pool
    n_docs = len(summary.documents)
    out = {"articles": n_docs, "megabytes": n_bytes / 1e6, "quotes": len(scores),
           "pipeline_seconds": t_pipeline, "peak_mib_start": base,
           "peak_mib_after_pipeline": mem_pipeline, "peak_mib_after_comparisons": peak,
           "stages": {}}
    for stage, secs in timings.items():
        out["stages"][stage] = {"seconds": secs, "articles_per_s": n_docs / secs if secs else None,
                                "mb_per_s": n_bytes / 1e6 / secs if secs else None}
    (OUT / "stage_units.csv").unlink(missing_ok=True)
    return out


# --- peer: spaCy's blank tokenizer (child process: --peer SOURCE WHICH) ---------------------------


def peer_texts(source: str) -> list[str]:
    """Texts of a peer corpus: a generated Parquet file, ``un`` or ``newsmtsc`` (../shared)."""
    if source == "un":
        folder = REPO.parent / "shared" / "corpora" / "ungdc_2014_2024" / "texts"
        return [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    if source == "newsmtsc":
        # each distinct sentence once (the dataset repeats a sentence for each of its targets)
        sys.path.insert(0, str(BENCH))
        from generate import newsmtsc_sentences

        sentences = newsmtsc_sentences()
        return ["\n\n".join(sentences[i:i + 10]) for i in range(0, len(sentences), 10)]
    import pandas as pd

    return pd.read_parquet(source, columns=["text"])["text"].tolist()


def peer(source: str, which: str, repeat: int) -> dict:
    import pandas as pd

    texts = peer_texts(source)
    n_bytes = sum(len(t) for t in texts)
    runs, warm = [], []
    if which == "spacy":
        import spacy

        for _ in range(repeat):
            nlp = spacy.blank("en")  # a new tokenizer: its string cache starts empty
            gc.collect()  # earlier runs' garbage is not collected on this run's clock
            t0 = time.perf_counter()
            for _doc in nlp.tokenizer.pipe(texts, batch_size=1000):
                pass
            runs.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for _doc in nlp.tokenizer.pipe(texts, batch_size=1000):
                pass
            warm.append(time.perf_counter() - t0)
    else:
        from discourse.extract.actors import load_actors
        from discourse.extract.quotes import extract_quotes, load_cues
        from discourse.extract.speakers import attribute_speakers
        from discourse.measure.sentiment import score_sentiment

        cues = load_cues()
        articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
        for _ in range(repeat):
            registry = load_actors()  # a new registry: its caches start empty
            gc.collect()
            t0 = time.perf_counter()
            for start in range(0, len(articles), 1000):
                chunk = articles.iloc[start:start + 1000]
                found = attribute_speakers(extract_quotes(chunk, cues=cues), chunk, registry)
                score_sentiment(found)
            runs.append(time.perf_counter() - t0)
    med = statistics.median(runs)
    out = {"which": which, "corpus": source if source in ("un", "newsmtsc") else Path(source).name,
           "documents": len(texts), "megabytes": n_bytes / 1e6, "runs_seconds": runs,
           "median_seconds": med, "mb_per_s": n_bytes / 1e6 / med,
           "articles_per_s": len(texts) / med}
    if warm:
        out["warm_second_pass_mb_per_s"] = n_bytes / 1e6 / statistics.median(warm)
    return out


# --- whole report (child process) -------------------------------------------------------------------


def report(path: Path, n: int) -> dict:
    out_dir = OUT / f"report_{n}"
    cmd = [str(Path(PY).with_name("discourse")), "report", "--corpus", str(path),
           "--output", str(out_dir), "-p", "camps",
           "[russian_official, belarusian_official, opposition, western]"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"ok": proc.returncode == 0, "seconds": secs, "peak_mib_report_and_kernel": peak_children,
            "stderr_tail": proc.stderr[-800:] if proc.returncode else ""}


def many_files(n: int) -> dict:
    """A folder of ``n`` tiny files: time to list and read it, and to run the pipeline on it."""
    from discourse.io.corpus import iter_corpus
    from discourse.run.pipeline import stream_pipeline

    folder = OUT / f"tiny_{n}"
    if not (folder / f"f{n - 1:06d}.txt").exists():
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            (folder / f"f{i:06d}.txt").write_text(f"“Note {i} is short,” the clerk said.",
                                                  encoding="utf-8")
    t0 = time.perf_counter()
    docs = sum(len(c.articles) for c in iter_corpus(folder, chunk_size=1000))
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    summary, _ = stream_pipeline(folder, units_csv=OUT / "tiny_units.csv", chunk_size=1000)
    t_all = time.perf_counter() - t0
    (OUT / "tiny_units.csv").unlink(missing_ok=True)
    return {"files": n, "documents_read": docs, "read_seconds": t_read,
            "pipeline_seconds": t_all, "quotes": len(summary.scores), "peak_mib": peak_rss_mib()}


def child(args: list[str]) -> dict:
    """Run this script in a fresh process for one measurement; return its JSON result."""
    proc = subprocess.run([PY, __file__, *args], capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark step {args} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    ap.add_argument("--repeat", type=int, default=3, help="runs for the tokenizer comparison")
    ap.add_argument("--no-report", action="store_true", help="skip the full-report runs")
    ap.add_argument("--stages", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--peer", nargs=2, metavar=("SOURCE", "WHICH"), help=argparse.SUPPRESS)
    ap.add_argument("--report", nargs=2, metavar=("PATH", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--many-files", type=int, default=100_000,
                    help="size of the tiny-files folder benchmark (0 to skip)")
    ap.add_argument("--tiny", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages:
        print(json.dumps(stages(args.stages)))
        return
    if args.peer:
        print(json.dumps(peer(args.peer[0], args.peer[1], args.repeat)))
        return
    if args.report:
        print(json.dumps(report(Path(args.report[0]), int(args.report[1]))))
        return
    if args.tiny:
        print(json.dumps(many_files(args.tiny)))
        return

    OUT.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    results = {"machine": {"platform": platform.platform(), "python": platform.python_version(),
                           "cpus": os.cpu_count()},
               "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "sizes": {}}
    t_all = time.perf_counter()
    for n in sizes:
        path = corpus_for(n)
        print(f"[{n} articles] stages …", flush=True)
        entry = {"stages": child(["--stages", str(path)])}
        if not args.no_report:
            print(f"[{n} articles] full report …", flush=True)
            entry["report"] = child(["--report", str(path), str(n)])
        results["sizes"][str(n)] = entry
    peers = {"generated": str(corpus_for(min(sizes)))}
    if (REPO.parent / "shared").is_dir():
        peers.update(un="un", newsmtsc="newsmtsc")
    results["peer"] = {}
    for name, source in peers.items():
        print(f"[peer] spaCy blank tokenizer vs ours on {name} …", flush=True)
        spacy_r = child(["--peer", source, "spacy", "--repeat", str(args.repeat)])
        ours_r = child(["--peer", source, "ours", "--repeat", str(args.repeat)])
        results["peer"][name] = {
            "spacy_blank_tokenizer": spacy_r, "ours_extract_attribute_sentiment": ours_r,
            "ratio_ours_over_tokenizer": ours_r["mb_per_s"] / spacy_r["mb_per_s"]}
    sz = [str(s) for s in sizes]
    if len(sz) >= 2:
        lo, hi = results["sizes"][sz[-2]], results["sizes"][sz[-1]]
        results["memory_growth"] = {
            "from": sz[-2], "to": sz[-1],
            "pipeline": hi["stages"]["peak_mib_after_comparisons"]
            / lo["stages"]["peak_mib_after_comparisons"],
            "report": (hi["report"]["peak_mib_report_and_kernel"]
                       / lo["report"]["peak_mib_report_and_kernel"]) if "report" in hi else None,
        }
    if args.many_files:
        print(f"[{args.many_files} tiny files] read and pipeline …", flush=True)
        results["many_files"] = child(["--tiny", str(args.many_files)])
    results["total_seconds"] = time.perf_counter() - t_all
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


def print_table(results: dict) -> None:
    print("\nsize     stage         seconds   articles/s     MB/s   peak MiB")
    for n, entry in results["sizes"].items():
        st = entry["stages"]
        for stage, v in st["stages"].items():
            print(f"{n:>7}  {stage:<12} {v['seconds']:>8.2f} {v['articles_per_s'] or 0:>12.0f} "
                  f"{v['mb_per_s'] or 0:>8.2f}")
        print(f"{n:>7}  {'pipeline':<12} {st['pipeline_seconds']:>8.2f} "
              f"{st['articles'] / st['pipeline_seconds']:>12.0f} "
              f"{st['megabytes'] / st['pipeline_seconds']:>8.2f} {st['peak_mib_after_comparisons']:>9.0f}")
        if "report" in entry:
            r = entry["report"]
            print(f"{n:>7}  {'report':<12} {r['seconds']:>8.2f} {st['articles'] / r['seconds']:>12.0f} "
                  f"{st['megabytes'] / r['seconds']:>8.2f} {r['peak_mib_report_and_kernel']:>9.0f}"
                  + ("" if r["ok"] else "  FAILED"))
    print("\npeer     MB    spaCy cold MB/s  (warm)   ours MB/s   ratio ours/spaCy cold")
    for name, p in results["peer"].items():
        sp, us = p["spacy_blank_tokenizer"], p["ours_extract_attribute_sentiment"]
        print(f"{name:<9} {sp['megabytes']:>4.1f} {sp['mb_per_s']:>12.2f} "
              f"{sp['warm_second_pass_mb_per_s']:>9.2f} {us['mb_per_s']:>10.2f} "
              f"{p['ratio_ours_over_tokenizer']:>10.2f}")
    if "memory_growth" in results:
        g = results["memory_growth"]
        print(f"memory growth {g['from']} -> {g['to']}: pipeline x{g['pipeline']:.2f}"
              + (f", report x{g['report']:.2f}" if g["report"] else ""))
    if "many_files" in results:
        m = results["many_files"]
        print(f"{m['files']} tiny files: read {m['read_seconds']:.1f} s, pipeline "
              f"{m['pipeline_seconds']:.1f} s, {m['quotes']} quotes, peak {m['peak_mib']:.0f} MiB")
    print(f"total {results['total_seconds']:.0f} s; written to bench/results.json")


if __name__ == "__main__":
    main()
