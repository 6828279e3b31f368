"""Whole-process speed of ``discourse quotes`` against spaCy's blank English tokenizer, and
linearity in document length.

    .venv/bin/python bench/quotes_speed.py peer [--repeat 5] [--against /tmp/base]  # vs the tokenizer
    .venv/bin/python bench/quotes_speed.py linear              # one document of N repetitions
    .venv/bin/python bench/quotes_speed.py profile             # where ours spends its time
    .venv/bin/python bench/quotes_speed.py parts [--repeat 5] [--against /tmp/base]  # extraction's parts
    .venv/bin/python bench/quotes_speed.py stages [--repeat 5]  # the command's stages, in-process
    .venv/bin/python bench/quotes_speed.py ab --against /work/main [--repeat 5]  # two checkouts
    .venv/bin/python bench/quotes_speed.py docs [--repeat 5] [--against /tmp/base]  # per document
    .venv/bin/python bench/quotes_speed.py attribution [--repeat 5]  # attribution's parts
    .venv/bin/python bench/quotes_speed.py sample [--repeat 5]  # where the time goes, sampled
    .venv/bin/python bench/quotes_speed.py series [--repeat 3] [--against /tmp/base]  # one long document

``peer``: the same files for both sides, each run a fresh process, CPU seconds (user + system of
that child, from ``os.wait4``) and its peak memory (``ru_maxrss``); the two sides take turns, run
by run, so that a busy machine slows both alike; best and median of ``--repeat`` runs (default
three). Before them ours runs once with the registry's store empty (see ``STORE_ENV``), which
is recorded apart. Ours is the command a user runs, ``discourse quotes <folder> --format jsonl`` (start-up,
reading, extraction, attribution, writing); the peer is a script that reads the same files and
runs ``spacy.blank("en")``'s tokenizer over each text (start-up included). Corpora: the 295
English Wikinews texts of 2019-2020 (written from ``../shared``) and the distinct NewsMTSC
sentences, ten to a text file. With ``--against`` (another checkout, as
for ``ab``), its ``discourse quotes`` takes its turn as a third side ("other").

``linear``: one document of N repetitions of ``He said "yes, we will" and she said that they would
not.`` on one line, N = 20,000, 40,000 and 300,000 (17 MB); time (wall and CPU) and peak memory
(``ru_maxrss`` of the child) of ``discourse quotes`` on it.

``profile``: ``discourse quotes`` on each corpus of ``peer`` alone, run under cProfile in a
child process; the functions with the most time of their own (``tottime``) and that time summed
by area of the package (``extract/quotes``, ``text``, ``extract/speakers``, ...; the regex
engine's C calls and other built-ins count as ``builtins``, the standard library and installed
packages as ``library``). cProfile adds a cost per Python call, so the shares are of profiled
time, which is two to three times the CPU time of a plain run.

``parts``: in one child process, the CPU time (best of ``--repeat``) of extraction's parts on
each corpus of ``peer`` (texts read once, store warm, no attribution): the tokenizer
(``token_columns``), paragraphs, the document model (paragraphs, tokens, marks, cue scan:
``Doc``), and all passes (``_document_rows``); and the share of the text that lies in
paragraphs holding neither a pairable quotation mark nor a cue hit (what skipping such
paragraphs could at most spare the tokenizer and the cue scan). With ``--against`` (another
checkout, as for ``ab``): both checkouts' parts, taking turns, a child process per side and
round (three passes each), best of all; the rows that ``_document_rows`` gives on both sides
compared (``same_rows``).

``stages``: a child process per corpus of ``peer`` (store warm) times the command's start-up
(imports, registry and cues loaded) and its stages as ``discourse quotes`` runs them chunk by
chunk: reading (``iter_article_records``), extraction (``quote_rows``), attribution
(``attribute_rows``) and writing the JSON lines; CPU s, each the best of ``--repeat`` processes
(one pass each: a second pass in the same process would find its caches filled).

``ab``: ``discourse quotes`` of another checkout (``--against``: a repository with its own
``.venv``, e.g. main) and of this one, taking turns run by run, on one English sentence (the
start-up), one English and one Russian sentence, the Wikinews texts (as ``peer``) and NewsMTSC
as one JSONL file (each distinct sentence once, written from ``../shared``);
each side runs its own sources (``PYTHONPATH`` is its folder, so ``--against`` may be an export
of a commit, ``git archive``, whose ``.venv`` is a link to a checkout's), with its package's
bytecode written (``compileall`` in its folder: use an export, not a checkout shared with
others) and its own store, filled by one run per input before the measured ones (store warm).
The outputs of both sides are compared byte for byte.

``docs``: the cost of a document besides its characters, and of a quote. The same text cut into
more or fewer files: the NewsMTSC sentences of ``peer`` at 1, 10 and 100 to a file (8,274, 828
and 83 files), the Wikinews texts of ``peer`` as they are and joined 10 and 100 to a file (295,
30 and 3 files; joined with a blank line). ``discourse quotes`` on each, a fresh process per run
(store warm), CPU s best of ``--repeat``; the quotes it prints counted. Fitted by least squares
over the six: CPU = fixed + per file x files + per quote x quotes (the six hold the same
1.28-1.34 MB, so the characters' cost is in the fixed part), and, per corpus, CPU = fixed + per
file x files (the slope: what one more file of the same text costs). With ``--against`` (another
checkout, as for ``ab``), its runs take turns with ours and the outputs are compared.

``series``: linearity on real news with names. The Wikinews texts of ``peer``, in their order and
from the first again when they run out, joined with a blank line to ONE document of 0.5, 1, 2
and 4 MB (``--mb``), as a long transcript is one document; ``discourse quotes`` on each, a fresh
process per run (store warm), CPU s best of ``--repeat`` and CPU s per MB (flat when the cost is
linear; the start-up weighs on the smallest). With ``--against`` (another checkout, as for
``ab``), its runs take turns with ours and the outputs are compared.

``sample``: where the CPU time of ``discourse quotes`` goes without cProfile's cost per Python
call: in a child process per corpus of ``peer`` (store warm), a CPU timer (``ITIMER_PROF``, every
millisecond of CPU; the kernel's tick may make it coarser) records the running Python function at
each signal, ``--repeat`` runs summed. A C function (a regex search, ``str.lower``) counts for
the Python function that called it, so the shares are of all the CPU time, C included: by file
of the package (own time), by function (own) and by function with what it calls (inclusive).

``attribution``: where attribution's time goes, per call. In a child process per corpus of
``peer`` (store warm): the quotes extracted (untimed), then speaker attribution alone
(``attribute_rows``, the collector paused as the command has it) with a CPU timer around each of
``ATTRIBUTION_PARTS`` (the registry's questions, the antecedent scan, the mention repair, the
fallback rules, the full names): CPU s, calls and µs a call of each, the best of ``--repeat``
processes (the parts nest: the scan is inside ``Resolver.description`` and ``_fallback`` when
they ask for entities). The timers cost about 0.5 µs a call.

Before measuring, the package's bytecode is written (``byte_compile``; ``--no-compile`` skips
it), as an installation has it. This script imports no pandas: Linux starts a child's peak memory
at its parent's, so a large parent would hide the children's peaks.

Writes ``bench/out/quotes_speed_<mode>.json``; the numbers are in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BIN = Path(sys.executable).parent
# The folder of the actor registry's stored patterns, case forms and lemmas
# (``discourse.extract.actors.stored``): ``peer`` gives ours a fresh one per corpus, runs ours
# once with it empty (recorded as ``ours_cold_store_cpu_s``: an installation's first run), then
# measures the runs that read it, as every later run of an installation does.
STORE_ENV = "DISCOURSE_CACHE_DIR"
# profile, sample and attribution read Python frames, which compiled modules do not have (make
# install compiles the rules with mypyc): they run the same code from its sources
SOURCE_ONLY = {"DISCOURSE_PURE": "1"}
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


def _run(cmd: list[str], out: Path | None = None,
         env: dict[str, str] | None = None, cwd: Path = REPO) -> tuple[float, float, int]:
    """(wall s, CPU s, peak KiB) of one child process (its own usage, from ``os.wait4``)."""
    t0 = time.perf_counter()
    with open(out or "/dev/null", "wb") as sink:
        child = subprocess.Popen(cmd, stdout=sink, cwd=cwd, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _wikinews_texts() -> list[tuple[str, str]]:
    """``(file stem, text)`` of the 295 English Wikinews texts of 2019 and 2020, in file and row
    order (read with the csv module: no pandas in the bench process, whose memory a child's peak
    would start at)."""
    csv.field_size_limit(sys.maxsize)
    texts: list[tuple[str, str]] = []
    for year in (2019, 2020):
        with (SHARED / "corpora" / "wikinews_en" / f"wikinews_{year}.csv").open(
                newline="", encoding="utf-8") as f:
            texts += [(f"wikinews_{year}", row["text"]) for row in csv.DictReader(f)]
    return texts


def _newsmtsc_sentences(files: tuple[str, ...] = ("train", "rw-dev", "mt-dev")) -> list[str]:
    """Each distinct NewsMTSC sentence once, in the order of ``files`` (those present)."""
    sentences: list[str] = []
    for split in files:
        f = SHARED / "datasets" / "newsmtsc" / f"{split}.jsonl"
        if f.is_file():
            sentences += [json.loads(line)["sentence"] for line in f.open(encoding="utf-8")]
    return list(dict.fromkeys(sentences))


def _corpora(tmp: Path) -> dict[str, list[Path]]:
    wiki = tmp / "wikinews_en"
    wiki.mkdir()
    for i, (stem, text) in enumerate(_wikinews_texts()):
        (wiki / f"{stem}_{i:04d}.txt").write_text(text, encoding="utf-8")
    # NewsMTSC: each distinct sentence once, ten to a document (as the earlier peer benchmark
    # of this README), written as text files that both sides read
    news = tmp / "newsmtsc"
    news.mkdir()
    sentences = _newsmtsc_sentences()
    for k in range(0, len(sentences), 10):
        (news / f"n{k // 10:05d}.txt").write_text(" ".join(sentences[k:k + 10]), encoding="utf-8")
    return {"wikinews_en": [wiki], "newsmtsc": [news] if sentences else [],
            "both": [wiki, news] if sentences else []}


def byte_compile() -> None:
    """Write the bytecode of the package, as installing it does.

    ``pip install`` writes a ``.pyc`` for every module of a package (spaCy's among them), and
    an editable install gets them on its first run; with ``PYTHONDONTWRITEBYTECODE`` set (as on
    the project's machine) an editable install compiles some sixty modules from source at every
    start, 0.07-0.1 s of CPU that a user's installation does not spend.
    """
    subprocess.run([str(BIN / "python"), "-m", "compileall", "-q", str(REPO / "discourse")],
                   check=True, stdout=subprocess.DEVNULL)


def peer(repeat: int = 3, against: Path | None = None) -> dict:
    """CPU seconds and peak memory of ours and of the tokenizer on each corpus, ``repeat`` runs
    each, the two sides taking turns. With ``against`` (another checkout, as for ``ab``), its
    ``discourse quotes`` takes its turn too ("other": its own sources and warm store)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        store = Path(tmp) / "store"
        env = {**os.environ, STORE_ENV: str(store)}
        envs = {"ours": env, "spacy": env}
        if against is not None:
            envs["other"] = {**os.environ, STORE_ENV: str(Path(tmp) / "store_other"),
                             "PYTHONPATH": str(against.resolve())}
            # its bytecode written too, as ``ab`` does: without it, each run of the other side
            # compiled its modules from source (0.07 s more; see byte_compile)
            subprocess.run([str(against / ".venv" / "bin" / "python"), "-m", "compileall", "-q",
                            str(against.resolve() / "discourse")], check=True,
                           stdout=subprocess.DEVNULL, env=envs["other"])
        peer_py = Path(tmp) / "peer.py"
        peer_py.write_text(PEER, encoding="utf-8")
        for name, paths in corpora.items():
            if not paths:
                continue
            mb = sum(f.stat().st_size for p in paths
                     for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])) / 1e6
            sides = {"ours": [str(BIN / "discourse"), "quotes", *map(str, paths), "--format",
                              "jsonl"],
                     "spacy": [str(BIN / "python"), str(peer_py), *map(str, paths)]}
            if against is not None:
                sides["other"] = [str(against / ".venv" / "bin" / "discourse"), "quotes",
                                  *map(str, paths), "--format", "jsonl"]
                _run(sides["other"], env=envs["other"], cwd=against)  # its store filled
            runs: dict[str, list[tuple[float, float, int]]] = {side: [] for side in sides}
            # the first run of an installation: the registry's store empty (see STORE_ENV)
            shutil.rmtree(store, ignore_errors=True)
            cold = _run(sides["ours"], env=env)
            for _ in range(repeat):
                for side, cmd in sides.items():
                    runs[side].append(_run(cmd, env=envs[side],
                                           cwd=against if side == "other" else REPO))
            res: dict = {"MB": round(mb, 2), "ours_cold_store_cpu_s": round(cold[1], 3)}
            for side in sides:
                cpu = [round(r[1], 3) for r in runs[side]]
                res[f"{side}_cpu_s"] = cpu
                res[f"{side}_MB_per_cpu_s"] = round(mb / min(cpu), 2)
                res[f"{side}_peak_MiB"] = round(max(r[2] for r in runs[side]) / 1024)
            if against is not None:
                res["other_speed_ratio"] = round(
                    min(res["spacy_cpu_s"]) / min(res["other_cpu_s"]), 3)
            res["speed_ratio"] = round(min(res["spacy_cpu_s"]) / min(res["ours_cpu_s"]), 3)
            res["speed_ratio_of_medians"] = round(
                statistics.median(res["spacy_cpu_s"]) / statistics.median(res["ours_cpu_s"]), 3)
            results[name] = res
            print(name, res, flush=True)
    return results


def linear(sizes=(20_000, 40_000, 300_000)) -> dict:
    """Time and peak memory of ``discourse quotes`` on one repeated document per size."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}  # filled by the first size
        for n in sizes:
            f = Path(tmp) / f"rep_{n}.txt"
            f.write_text(SENTENCE * n, encoding="utf-8")
            out = Path(tmp) / "out.jsonl"
            wall, cpu, peak = _run([str(BIN / "discourse"), "quotes", str(f), "--format",
                                    "jsonl"], out, env=env)
            rows = sum(1 for _ in out.open(encoding="utf-8"))
            results[n] = {"MB": round(f.stat().st_size / 1e6, 2), "wall_s": round(wall, 2),
                          "cpu_s": round(cpu, 2), "peak_MiB": round(peak / 1024), "quotes": rows}
            print(n, results[n], flush=True)
    return results


def _area(filename: str) -> str:
    """The area of the package a profiled function belongs to (see ``profile``)."""
    if filename == "~" or filename.startswith("<"):
        return "builtins"
    path = Path(filename)
    try:
        parts = path.relative_to(REPO / "discourse").parts
    except ValueError:
        return "library"
    if parts[0] == "extract" and len(parts) > 2:
        return "/".join(parts[:2])
    return parts[0] if len(parts) > 1 else path.stem


def profile(top: int = 25) -> dict:
    """cProfile of ``discourse quotes`` on each corpus: profiled seconds by area, and the
    ``top`` functions by their own time."""
    import pstats

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, **SOURCE_ONLY, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            if not corpora[name]:
                continue
            prof = Path(tmp) / f"{name}.prof"
            cmd = [str(BIN / "discourse"), "quotes", *map(str, corpora[name]), "--format", "jsonl"]
            _run(cmd, env=env)  # the registry's store filled, as after an installation's first run
            _run([str(BIN / "python"), "-m", "cProfile", "-o", str(prof), *cmd], env=env)
            stats = pstats.Stats(str(prof)).stats  # {(file, line, name): (cc, nc, tt, ct, _)}
            total = sum(v[2] for v in stats.values())
            areas: dict[str, float] = {}
            for (filename, _, _), v in stats.items():
                areas[_area(filename)] = areas.get(_area(filename), 0.0) + v[2]
            ranked = sorted(stats.items(), key=lambda kv: (-kv[1][2], kv[0]))[:top]
            results[name] = {
                "profiled_s": round(total, 3),
                "share_by_area": {k: round(v / total, 3)
                                  for k, v in sorted(areas.items(), key=lambda kv: -kv[1])},
                "top_tottime": [
                    {"function": f"{_area(f)}:{Path(f).name}:{line}({fn})", "calls": v[1],
                     "tottime_s": round(v[2], 3), "cumtime_s": round(v[3], 3)}
                    for (f, line, fn), v in ranked],
            }
            print(name, json.dumps(results[name], indent=1), flush=True)
    return results


# Run by ``parts`` in a child (``python -c``; argv: repeat, then one folder per corpus as
# ``name=path``): the package is imported there, not in this script (see the module's note).
PARTS = """
import hashlib, json, os, sys, time
from pathlib import Path
from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.document_rows import document_rows as _document_rows
from discourse.extract.quotes.extract import _lexicon_for
from discourse.extract.quotes.lang import LANGUAGES
from discourse.extract.quotes.tokens import token_columns
from discourse.text import paragraph_spans

lang = LANGUAGES["en"]
lex = _lexicon_for(lang, {})
repeat = int(sys.argv[1])
out = {}
for arg in sys.argv[2:]:
    name, folder = arg.split("=", 1)
    texts = [f.read_text(encoding="utf-8") for f in sorted(Path(folder).glob("*.txt"))]

    def best(f):
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            f()
            times.append(time.process_time() - t0)
        return round(min(times), 4)

    res = {"texts": len(texts), "mb": round(sum(len(t.encode()) for t in texts) / 1e6, 3),
           "token_columns_s": best(lambda: [token_columns(t) for t in texts]),
           "paragraph_spans_s": best(lambda: [paragraph_spans(t) for t in texts]),
           "doc_s": best(lambda: [Doc(t, lex, lang.find_cues) for t in texts]),
           "document_rows_s": best(lambda: [_document_rows(t, lex, lang) for t in texts])}
    total = bare = 0
    for t in texts:
        doc = Doc(t, lex, lang.find_cues)
        hit_starts = sorted(doc.toks.starts[h[0]] for h in doc.hits)
        marks = doc.marks  # increasing offsets
        for ps, pe in doc.paras:
            total += pe - ps
            if not any(ps <= m < pe for m in marks) and not any(ps <= s < pe for s in hit_starts):
                bare += pe - ps
    res["share_in_paragraphs_without_mark_or_cue"] = round(bare / max(total, 1), 3)
    res["rows_hash"] = hashlib.sha256(repr([_document_rows(t, lex, lang) for t in texts]).encode(
        "utf-8", "surrogatepass")).hexdigest()
    out[name] = res
print(json.dumps(out))
"""


def parts(repeat: int = 3, against: Path | None = None) -> dict:
    """Extraction's parts timed in one child process on each corpus of ``peer`` (``PARTS``).

    With ``against`` (another checkout, as for ``ab``): the parts of both, taking turns
    ``repeat`` times, a child process of three rounds each (best of all); the rows of both
    sides' ``_document_rows`` compared (a hash of their ``repr``)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        args = [f"{name}={paths[0]}" for name, paths in corpora.items()
                if name != "both" and paths]
        if against is None:
            env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
            done = subprocess.run([str(BIN / "python"), "-c", PARTS, str(repeat), *args],
                                  env=env, check=True, capture_output=True, text=True, cwd=REPO)
            results = json.loads(done.stdout)
            print(json.dumps(results, indent=1), flush=True)
            return results
        sides = {"other": against.resolve(), "this": REPO}
        runs: dict[str, list[dict]] = {side: [] for side in sides}
        for _ in range(repeat):
            for side, repo in sides.items():
                env = {**os.environ, STORE_ENV: str(Path(tmp) / f"store_{side}"),
                       "PYTHONPATH": str(repo)}
                done = subprocess.run([str(repo / ".venv" / "bin" / "python"), "-c", PARTS, "3",
                                       *args], env=env, check=True, capture_output=True,
                                      text=True, cwd=repo)
                runs[side].append(json.loads(done.stdout))
    results: dict = {"against": str(against)}
    for name in runs["this"][0]:
        res = {}
        for key, value in runs["this"][0][name].items():
            if key.endswith("_s"):
                for side in sides:
                    res[f"{side}_{key}"] = min(r[name][key] for r in runs[side])
            else:
                res[key] = value
        res["same_rows"] = all(r[name]["rows_hash"] == runs["other"][0][name]["rows_hash"]
                               for side in sides for r in runs[side])
        results[name] = res
    print(json.dumps(results, indent=1), flush=True)
    return results


# Run by ``stages`` in a child (``python -c``; argv: repeat, then ``name=path`` per corpus): the
# command's own steps (``cli.main._print_quotes``: read a chunk, extract, attribute, write) with a
# CPU timer around each, the start-up (imports, registry, cues) timed before them.
STAGES = """
import time
_t0 = time.process_time()
import io, json, sys
from pathlib import Path
import discourse.cli.main as cm
import discourse.extract.attributed as attributed
import discourse.io.corpus  # (imported by the command's start-up too)
from discourse.extract.actors import load_actors
from discourse.extract.quotes import load_cues
from discourse.io.records import iter_article_records
registry, cues = load_actors(None), load_cues()
start = time.process_time() - _t0
T = {}
def timed(name, f):
    def run(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            T[name] = T.get(name, 0.0) + time.process_time() - t
    return run
attributed.quote_rows = timed("extract", attributed.quote_rows)
attributed.attribute_rows = timed("attribute", attributed.attribute_rows)
name, folder = sys.argv[1].split("=", 1)
t_all = time.process_time()
chunks = timed("read", lambda: list(iter_article_records(Path(folder), chunk_size=1000,
                                                         text_column="text")))()
sink = cm._Direct(io.StringIO())
for chunk in chunks:
    columns = attributed.attributed_columns(chunk.articles, actors=registry, cues=cues)
    timed("write", sink.add)([columns[c] for c in cm.QUOTE_COLUMNS], "jsonl")
    registry.clear_caches()
T["rest"] = time.process_time() - t_all - sum(T.values())
print(json.dumps({"startup": start, **T}))
"""


def stages(repeat: int = 3) -> dict:
    """The command's stages timed in a child process per corpus of ``peer`` and run
    (``STAGES``), store warm: CPU s of the start-up, reading, extraction, attribution, writing
    the JSON lines and the glue between them ("rest"), each the best of ``repeat`` processes."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, STORE_ENV: str(Path(tmp) / "store")}
        for name, paths in corpora.items():
            if name == "both" or not paths:
                continue
            cmd = [str(BIN / "python"), "-c", STAGES, f"{name}={paths[0]}"]
            subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=REPO)  # the store
            runs = [json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True,
                                              text=True, cwd=REPO).stdout)
                    for _ in range(repeat)]
            results[name] = {f"{k}_s": round(min(r[k] for r in runs), 4) for k in runs[0]}
            print(name, results[name], flush=True)
    return results


def _ab_inputs(tmp: Path) -> dict[str, list[Path]]:
    """The inputs of ``ab``: the start-up, one Russian sentence more, and real news."""
    en = tmp / "sentence_en"
    en.mkdir()
    (en / "en.txt").write_text(SENTENCE, encoding="utf-8")
    enru = tmp / "sentences_en_ru"
    enru.mkdir()
    (enru / "en.txt").write_text(SENTENCE, encoding="utf-8")
    (enru / "ru.txt").write_text("Песков заявил журналистам, что Москва и Минск продолжат "
                                 "консультации.", encoding="utf-8")
    # each distinct sentence once, stripped, as one table (the files in name order)
    jsonl = tmp / "newsmtsc.jsonl"
    sentences = dict.fromkeys(s.strip() for s in _newsmtsc_sentences(("mt-dev", "rw-dev", "train")))
    with jsonl.open("w", encoding="utf-8") as out:
        for k, text in enumerate(sentences):
            out.write(json.dumps({"doc_id": f"n{k:05d}", "text": text}, ensure_ascii=False) + "\n")
    return {"sentence_en": [en], "sentences_en_ru": [enru],
            "wikinews_en": _corpora(tmp)["wikinews_en"], "newsmtsc_jsonl": [jsonl]}


def ab(against: Path, repeat: int = 5) -> dict:
    """CPU seconds of ``discourse quotes`` of ``against`` and of this checkout, taking turns,
    store warm, best and median of ``repeat`` runs each; the outputs compared."""
    results: dict = {"against": str(against)}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _ab_inputs(Path(tmp))
        sides = {"other": against.resolve(), "this": REPO}
        envs = {}
        for side, repo in sides.items():
            envs[side] = {**os.environ, STORE_ENV: str(Path(tmp) / f"store_{side}"),
                          "PYTHONPATH": str(repo)}
            subprocess.run([str(repo / ".venv" / "bin" / "python"), "-m", "compileall", "-q",
                            str(repo / "discourse")], check=True, stdout=subprocess.DEVNULL,
                           env=envs[side])
        for name, paths in inputs.items():
            cmds = {side: [str(repo / ".venv" / "bin" / "discourse"), "quotes", *map(str, paths),
                           "--format", "jsonl"] for side, repo in sides.items()}
            outs = {side: Path(tmp) / f"{name}_{side}.jsonl" for side in sides}
            for side in sides:  # fills the side's store (the first run of an installation)
                _run(cmds[side], outs[side], env=envs[side], cwd=sides[side])
            same = outs["other"].read_bytes() == outs["this"].read_bytes()
            cpu: dict[str, list[float]] = {side: [] for side in sides}
            for _ in range(repeat):
                for side in sides:
                    cpu[side].append(round(_run(cmds[side], env=envs[side],
                                                cwd=sides[side])[1], 3))
            res = {"same_output": same,
                   **{f"{side}_cpu_s": cpu[side] for side in sides},
                   **{f"{side}_best_median": [min(cpu[side]), statistics.median(cpu[side])]
                      for side in sides},
                   "difference_best": round(min(cpu["this"]) - min(cpu["other"]), 3)}
            results[name] = res
            print(name, res, flush=True)
    return results


def _docs_corpora(tmp: Path) -> dict[str, Path]:
    """The inputs of ``docs``: the same text in 1, 10 or 100 documents a file (see the module's
    note)."""
    sentences, wiki = _newsmtsc_sentences(), [text for _, text in _wikinews_texts()]
    out = {}
    for name, units, sep in (("newsmtsc", sentences, " "), ("wikinews_en", wiki, "\n\n")):
        for per in (1, 10, 100):
            folder = tmp / f"{name}_{per}"
            folder.mkdir()
            for k in range(0, len(units), per):
                (folder / f"d{k // per:05d}.txt").write_text(sep.join(units[k:k + per]),
                                                            encoding="utf-8")
            out[f"{name}_{per}"] = folder
    return out


def _series_inputs(tmp: Path, sizes: tuple[float, ...]) -> dict[str, Path]:
    """The inputs of ``series``: a folder per size holding one document of the Wikinews texts
    joined (see the module's note)."""
    texts = [text for _, text in _wikinews_texts()]
    out = {}
    for mb in sizes:
        parts: list[str] = []
        size = 0
        while size < mb * 1e6:
            parts.append(texts[len(parts) % len(texts)])
            size += len(parts[-1].encode("utf-8")) + 2
        folder = tmp / f"series_{mb:g}MB"
        folder.mkdir()
        (folder / "doc.txt").write_text("\n\n".join(parts), encoding="utf-8")
        out[folder.name] = folder
    return out


def series(repeat: int = 3, against: Path | None = None,
           sizes: tuple[float, ...] = (0.5, 1, 2, 4)) -> dict:
    """CPU seconds of ``discourse quotes`` on one document of Wikinews texts joined to each
    size, and per MB (see the module's note)."""
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _series_inputs(Path(tmp), sizes)
        turns = _Turns(Path(tmp), against)
        sides = turns.sides
        for name, folder in inputs.items():
            cpu, outs = turns.run(name, folder, repeat)
            mb = (folder / "doc.txt").stat().st_size / 1e6
            res = {"MB": round(mb, 3),
                   "quotes": sum(1 for _ in outs["this"].open(encoding="utf-8")),
                   "load": round(os.getloadavg()[0], 2),
                   **{f"{side}_cpu_s": cpu[side] for side in sides},
                   **{f"{side}_s_per_MB": round(min(cpu[side]) / mb, 3) for side in sides}}
            if against is not None:
                res["same_output"] = outs["other"].read_bytes() == outs["this"].read_bytes()
            results[name] = res
            print(name, res, flush=True)
    return results


class _Turns:
    """``discourse quotes`` of this checkout and, with ``against``, of another (its own sources
    through ``PYTHONPATH``, its bytecode written as ``ab`` does, see byte_compile), each with its
    own store in ``tmp``, taking turns on a folder (``docs`` and ``series``)."""

    def __init__(self, tmp: Path, against: Path | None) -> None:
        self.tmp = tmp
        self.sides = ({"this": REPO} if against is None
                      else {"other": against.resolve(), "this": REPO})
        self.envs = {side: {**os.environ, STORE_ENV: str(tmp / f"store_{side}"),
                            **({"PYTHONPATH": str(repo)} if side == "other" else {})}
                     for side, repo in self.sides.items()}
        if against is not None:
            subprocess.run([str(against / ".venv" / "bin" / "python"), "-m", "compileall", "-q",
                            str(against.resolve() / "discourse")], check=True,
                           stdout=subprocess.DEVNULL, env=self.envs["other"])

    def run(self, name: str, folder: Path, repeat: int
            ) -> tuple[dict[str, list[float]], dict[str, Path]]:
        """CPU s of ``repeat`` runs per side, taking turns, after one untimed run per side that
        fills its store and keeps its output (``<tmp>/<name>_<side>.jsonl``)."""
        cmds = {side: [str(repo / ".venv" / "bin" / "discourse"), "quotes", str(folder),
                       "--format", "jsonl"] for side, repo in self.sides.items()}
        outs = {side: self.tmp / f"{name}_{side}.jsonl" for side in self.sides}
        for side in self.sides:  # the store filled; the output kept
            _run(cmds[side], outs[side], env=self.envs[side], cwd=self.sides[side])
        cpu: dict[str, list[float]] = {side: [] for side in self.sides}
        for _ in range(repeat):
            for side in self.sides:
                cpu[side].append(round(_run(cmds[side], env=self.envs[side],
                                            cwd=self.sides[side])[1], 3))
        return cpu, outs


def _least_squares(xs: list[list[float]], ys: list[float]) -> list[float]:
    """Coefficients ``c`` minimising ``sum((y - c . x)^2)`` (normal equations, Gauss-Jordan;
    no NumPy in this script, see the module's note)."""
    k = len(xs[0])
    a = [[sum(x[i] * x[j] for x in xs) for j in range(k)]
         + [sum(x[i] * y for x, y in zip(xs, ys, strict=True))] for i in range(k)]
    for i in range(k):
        pivot = max(range(i, k), key=lambda r: abs(a[r][i]))
        a[i], a[pivot] = a[pivot], a[i]
        for r in range(k):
            if r != i:
                f = a[r][i] / a[i][i]
                a[r] = [v - f * w for v, w in zip(a[r], a[i], strict=True)]
    return [a[i][k] / a[i][i] for i in range(k)]


def docs(repeat: int = 3, against: Path | None = None) -> dict:
    """CPU seconds of ``discourse quotes`` on the same text in more or fewer files, and the
    costs per file and per quote fitted to them (see the module's note)."""
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _docs_corpora(Path(tmp))
        turns = _Turns(Path(tmp), against)
        sides = turns.sides
        for name, folder in inputs.items():
            cpu, outs = turns.run(name, folder, repeat)
            files = sorted(folder.glob("*.txt"))
            res = {"files": len(files),
                   "MB": round(sum(f.stat().st_size for f in files) / 1e6, 3),
                   "quotes": sum(1 for _ in outs["this"].open(encoding="utf-8")),
                   **{f"{side}_cpu_s": cpu[side] for side in sides}}
            if against is not None:
                res["same_output"] = outs["other"].read_bytes() == outs["this"].read_bytes()
            results[name] = res
            print(name, res, flush=True)
    runs = dict(results)  # the inputs' entries (the fits are added below)
    for side in sides:
        best = {name: min(res[f"{side}_cpu_s"]) for name, res in runs.items()}
        fixed, per_file, per_quote = _least_squares(
            [[1.0, res["files"], res["quotes"]] for res in runs.values()], list(best.values()))
        fit = {"fixed_s": round(fixed, 3), "per_file_ms": round(per_file * 1e3, 4),
               "per_quote_ms": round(per_quote * 1e3, 4)}
        for corpus in ("newsmtsc", "wikinews_en"):
            names = [n for n in runs if n.startswith(corpus)]
            c0, c1 = _least_squares([[1.0, runs[n]["files"]] for n in names],
                                    [best[n] for n in names])
            fit[f"{corpus}_per_file_ms"] = round(c1 * 1e3, 4)
            fit[f"{corpus}_fixed_s"] = round(c0, 3)
        results[f"fit_{side}"] = fit
        print(side, fit, flush=True)
    return results


# Run by ``sample`` in a child (``python -c``; argv: the folder): ``discourse quotes`` in-process
# with a CPU-time signal recording the running Python frame (own) and every frame of its stack
# (inclusive), each as "file relative to the package:function".
SAMPLE = """
import collections, io, json, os, signal, sys
own = collections.Counter(); incl = collections.Counter(); n = [0]
def where(code):
    f = code.co_filename
    return f.split("/discourse/", 1)[-1] + ":" + code.co_name if "/discourse/" in f else (
        "python:" + code.co_name)
def tick(sig, frame):
    n[0] += 1
    own[where(frame.f_code)] += 1
    seen = set()
    while frame is not None:
        k = where(frame.f_code)
        if k not in seen:
            seen.add(k)
            incl[k] += 1
        frame = frame.f_back
signal.signal(signal.SIGPROF, tick)
signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
from discourse.cli.main import main
stdout, sys.stdout = sys.stdout, io.StringIO()
main(["quotes", sys.argv[1], "--format", "jsonl"])
signal.setitimer(signal.ITIMER_PROF, 0, 0)
sys.stdout = stdout
print(json.dumps({"samples": n[0], "own": own, "inclusive": incl}))
"""


def _shares(counts: dict[str, int], total: int, top: int) -> dict[str, float]:
    """The ``top`` keys by count, each with its share of ``total``."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {k: round(v / max(total, 1), 4) for k, v in ranked}


def sample(repeat: int = 3, top: int = 30) -> dict:
    """Sampled CPU time of ``discourse quotes`` on each corpus of ``peer`` (``SAMPLE``), store
    warm, ``repeat`` runs summed: shares of the samples by file (own) and by function (own and
    inclusive)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, **SOURCE_ONLY, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            if not corpora[name]:
                continue
            cmd = [str(BIN / "python"), "-c", SAMPLE, str(corpora[name][0])]
            subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=REPO)  # the store
            total = 0
            own: dict[str, int] = {}
            incl: dict[str, int] = {}
            for _ in range(repeat):
                run = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True,
                                                text=True, cwd=REPO).stdout)
                total += run["samples"]
                for into, key in ((own, "own"), (incl, "inclusive")):
                    for k, v in run[key].items():
                        into[k] = into.get(k, 0) + v
            by_file: dict[str, int] = {}
            for k, v in own.items():
                by_file[k.rsplit(":", 1)[0]] = by_file.get(k.rsplit(":", 1)[0], 0) + v
            results[name] = {"samples": total,
                             **{key: _shares(counts, total, top) for key, counts in (
                                 ("own_by_file", by_file), ("own_by_function", own),
                                 ("inclusive", incl))}}
            print(name, json.dumps(results[name], indent=1, ensure_ascii=False), flush=True)
    return results


# What ``attribution`` times: (module under discourse.extract, class or "", function).
ATTRIBUTION_PARTS = (
    ("actors.registry", "ActorRegistry", "find_mentions_in"),  # the antecedent scan
    ("actors.registry", "ActorRegistry", "find_mentions"),  # of a mention or a description
    *(("actors.registry", "ActorRegistry", f) for f in ("lookup", "resolve_description",
                                                         "describes_any")),
    ("actors.lookup", "AliasLookup", "fuzzy_tied"),
    ("speakers.resolver", "Resolver", "description"),
    ("speakers.names", "FullNames", "__init__"),
    *(("speakers.attribute_doc", "", f) for f in ("_repair_mention", "_fallback", "_fragment_owner",
                                                  "sentence_start")),
    ("speakers.fallback", "", "sentence_start"),  # the fallback rules' own calls
)

# Every child timing attribution (also resolve_speed.py) starts so: argv[1] extracted, ``calls`` kept.
CAPTURE = """
import gc, importlib, json, sys, time
from pathlib import Path
import discourse.extract.attributed as attributed
from discourse.extract.actors import load_actors
from discourse.extract.quotes import load_cues
from discourse.io.records import iter_article_records
registry, cues = load_actors(None), load_cues()
calls = []
attribute_rows = attributed.attribute_rows
attributed.attribute_rows = lambda *a: calls.append(a) or []
for chunk in iter_article_records(Path(sys.argv[1]), chunk_size=1000, text_column="text"):
    attributed.attributed_columns(chunk.articles, actors=registry, cues=cues)
"""  # ``ATTRIBUTION`` is run by ``attribution`` (``python -c``; argv: the folder, the parts as JSON)
ATTRIBUTION = CAPTURE + """registry.clear_caches()
T, N = {}, {}
def timed(name, f):
    def run(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            T[name] = T.get(name, 0.0) + time.process_time() - t
            N[name] = N.get(name, 0) + 1
    return run
for mod, cls, fn in json.loads(sys.argv[2]):
    owner = importlib.import_module("discourse.extract." + mod)
    owner = getattr(owner, cls) if cls else owner
    setattr(owner, fn, timed(f"{cls or mod}.{fn}", getattr(owner, fn)))
gc.disable()  # as the command runs attribution (collector_paused)
t = time.process_time()
n = sum(len(attribute_rows(*a[:-1], registry)) for a in calls)
total = time.process_time() - t
print(json.dumps({"attribution_s": total, "quotes": n, "parts": {
    k: {"s": T[k], "calls": N[k]} for k in T}}))
"""


def attribution(repeat: int = 3) -> dict:
    """Attribution's parts timed in a child process per corpus of ``peer`` (``ATTRIBUTION``), store
    warm: the total and each part's CPU s (best of ``repeat`` processes), calls and µs a call."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(Path(tmp))
        env = {**os.environ, **SOURCE_ONLY, STORE_ENV: str(Path(tmp) / "store")}
        for name in ("wikinews_en", "newsmtsc"):
            if not corpora[name]:
                continue
            cmd = [str(BIN / "python"), "-c", ATTRIBUTION, str(corpora[name][0]),
                   json.dumps(ATTRIBUTION_PARTS)]
            subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=REPO)  # the store
            runs = [json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True,
                                              text=True, cwd=REPO).stdout)
                    for _ in range(repeat)]
            parts = {part: {"s": round(s, 4), "calls": n, "us_a_call": round(s / n * 1e6, 1)}
                     for part in runs[0]["parts"]
                     for s, n in [(min(r["parts"][part]["s"] for r in runs),
                                   runs[0]["parts"][part]["calls"])]}
            results[name] = {"attribution_s": round(min(r["attribution_s"] for r in runs), 4),
                             "quotes": runs[0]["quotes"],
                             "parts": dict(sorted(parts.items(), key=lambda kv: -kv[1]["s"]))}
            print(name, json.dumps(results[name], indent=1), flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("peer", "linear", "profile", "ab", "parts", "stages",
                                     "docs", "sample", "attribution", "series"))
    ap.add_argument("--against", type=Path,
                    help="the other checkout of ab (a repository with its own .venv)")
    ap.add_argument("--sizes", type=int, nargs="*", default=[20_000, 40_000, 300_000])
    ap.add_argument("--repeat", type=int, default=3, help="runs per side and corpus (peer)")
    ap.add_argument("--mb", type=float, nargs="*", default=[0.5, 1, 2, 4],
                    help="the sizes of series's document")
    ap.add_argument("--no-compile", action="store_true",
                    help="measure without writing the package's bytecode first (see byte_compile)")
    args = ap.parse_args()
    if args.mode == "ab" and args.against is None:
        ap.error("ab needs --against REPO (another checkout with its own .venv)")
    if not args.no_compile:
        byte_compile()
    res = (peer(args.repeat, args.against) if args.mode == "peer" else linear(args.sizes)
           if args.mode == "linear" else ab(args.against, args.repeat) if args.mode == "ab"
           else parts(args.repeat, args.against) if args.mode == "parts"
           else stages(args.repeat) if args.mode == "stages"
           else docs(args.repeat, args.against) if args.mode == "docs"
           else series(args.repeat, args.against, tuple(args.mb)) if args.mode == "series"
           else sample(args.repeat) if args.mode == "sample"
           else attribution(args.repeat) if args.mode == "attribution" else profile())
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"quotes_speed_{args.mode}.json").write_text(json.dumps(res, indent=1) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":
    main()
