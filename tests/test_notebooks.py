"""Notebooks as templates: committed clean, one parameters cell, and they run end to end.

The framing report runs through ``discourse report``'s code path (papermill + HTML export +
manifest) on the embedded corpus and on a corpus made to test escaping; two runs must give
byte-identical tables.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from discourse.run.report import run_report

from .conftest import REPO
from .conftest import SEED_TEXT as SEED

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
SECTIONS = ["Findings", "Figures", "Who is quoted", "Sentiment by camp",
            "Stance by camp and target", "Frames by camp", "Distinctive vocabulary by camp",
            "Tables", "The corpus", "The quotes", "Method notes and limits"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean_with_one_parameters_cell(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    # nbformat 4.5 cells carry an id (a missing one is a warning now, an error in later nbformat)
    no_id = [i for i, c in enumerate(raw["cells"]) if "id" not in c]
    assert not no_id, f"{path.name}: cells {no_id} have no id"
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    dirty = [i for i, c in enumerate(code) if c.outputs or c.execution_count]
    assert not dirty, f"{path.name}: code cells {dirty} carry outputs; clear them before committing"
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: expected one cell tagged 'parameters'"
    for line in tagged[0].source.splitlines():
        if line.strip() and not line.startswith("#"):
            assert re.match(r"^\w+: \w+ = .+  # \S", line), f"not 'name: type = value  # help': {line}"


@pytest.fixture(scope="module")
def example_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "example"
    return run_report({"n_boot": 500}, output=out)


def test_report_folder_is_complete(example_report):
    out = example_report
    assert (out / "report.html").is_file()
    assert (out / "framing_report.ipynb").is_file()
    tables = {p.stem for p in (out / "tables").glob("*.csv")}
    assert {"quotes", "who_by_camp", "sentiment_by_camp", "stance_by_camp", "frames_by_camp",
            "skipped_files"} <= tables
    figures = {p.stem for p in (out / "figures").glob("*.png")}
    assert figures and figures <= tables, f"figures without a table: {figures - tables}"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["seed"] == 12345 and manifest["parameters"]["n_boot"] == 500
    assert set(manifest["inputs_sha256"]["corpus"]) == {
        "metadata.csv", *(p.name for p in (REPO / "data" / "corpus").glob("*.txt"))}
    assert set(manifest["inputs_sha256"]["registries"]) == {"actors", "targets", "frames", "cues"}
    assert manifest["packages"]["pandas"] and manifest["started"] <= manifest["finished"]
    assert not list(out.parent.glob(".example.partial-*"))


def test_report_html_has_every_section_figures_and_no_code(example_report):
    html = (example_report / "report.html").read_text(encoding="utf-8")
    at = [html.find(f">{section}<") for section in SECTIONS]
    assert -1 not in at, f"sections missing from report.html: {[s for s, i in zip(SECTIONS, at) if i < 0]}"
    assert at == sorted(at), "sections out of order: findings, figures, tables, notes"
    # the summary comes before any figure or table, and speaks in labels, not ids
    findings = html[at[0]:at[1]]
    assert at[0] < html.find("<img ") and "<table" in findings
    assert "Russian officials" in findings and "russian_official" not in findings
    assert html.count("data:image/png;base64") >= 5
    for code_marker in ("run_pipeline(", "import matplotlib", "ReportWriter(", "hl-ipython3"):
        assert code_marker not in html
    assert "Traceback" not in html


def test_example_corpus_is_real_news_in_two_languages_with_camps_to_compare(example_report):
    import pandas as pd

    quotes = pd.read_csv(example_report / "tables" / "quotes.csv", keep_default_na=False)
    docs = quotes["doc_id"].unique()
    assert sum(d.startswith("wn20") for d in docs) >= 8  # English Wikinews
    assert sum(d.startswith(("train-", "dev-")) for d in docs) >= 30  # Russian Wikinews
    assert set(quotes["lang"]) == {"en", "ru"}
    per_camp = quotes["camp"].value_counts()
    # Real comparisons, not "small n" everywhere: three camps with 15 quotes or more
    assert (per_camp.drop("unknown", errors="ignore") >= 15).sum() >= 3, per_camp.to_dict()
    # the same actors quoted in both languages, under one actor and one camp
    known = quotes[quotes["camp"] != "unknown"]
    both = known.groupby("speaker")["lang"].nunique()
    assert {"Vladimir Putin", "Dmitry Peskov"} <= set(both[both == 2].index)
    for name in ("Vladimir Putin", "Dmitry Peskov"):
        assert set(known.loc[known["speaker"] == name, "camp"]) == {"russian_official"}
    meta = pd.read_csv(REPO / "data" / "corpus" / "metadata.csv", keep_default_na=False)
    wiki = meta[meta["outlet"].str.endswith("Wikinews")]
    assert (wiki["licence"] == "CC BY 2.5").all() and len(wiki) == len(meta) - 1
    attribution = (REPO / "data" / "corpus" / "README.md").read_text(encoding="utf-8")
    assert "Wikinews contributors" in attribution and "creativecommons.org/licenses/by/2.5" in attribution
    assert all(f"`{name}`" in attribution for name in wiki["file"])
    # nothing the methods are evaluated on
    gold = {row.split(",", 1)[0] for lang in ("en", "ru") for row in
            (REPO / "tests" / "gold" / f"wikinews_{lang}" / "index.csv").read_text().splitlines()[1:]}
    assert gold and not gold & {Path(name).stem for name in meta["file"]}


def test_quotes_table_has_the_seed_speakers(example_report):
    import pandas as pd

    quotes = pd.read_csv(example_report / "tables" / "quotes.csv")
    assert {"Dmitry Peskov", "Svetlana Tikhanovskaya", "Linas Linkevičius"} <= set(quotes["speaker"])
    assert (quotes["text"].str.len() > 0).all()


def test_two_runs_give_byte_identical_tables(example_report, tmp_path):
    again = run_report({"n_boot": 500}, output=tmp_path / "again")
    first = sorted(p.name for p in (example_report / "tables").glob("*.csv"))
    assert first == sorted(p.name for p in (again / "tables").glob("*.csv"))
    for name in first:
        a = (example_report / "tables" / name).read_bytes()
        b = (again / "tables" / name).read_bytes()
        assert a == b, f"tables/{name} differs between two runs"


@pytest.fixture(scope="module")
def odd_corpus_report(tmp_path_factory):
    """A report on a corpus of awkward files: markup in a quote, a cp1251 file, damaged UTF-8."""
    root = tmp_path_factory.mktemp("odd")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        "Peskov spoke on Monday.\n\n“Our position is <b>firm</b> and <script>alert(1)</script> "
        "will not change,” Peskov said.\n", encoding="utf-8")
    (corpus / "ru_cp1251.txt").write_bytes(
        "Песков заявил журналистам, что Москва и Минск продолжат консультации. «Мы уважаем выбор "
        "белорусского народа и не вмешиваемся во внутренние дела соседей», — сказал пресс-секретарь "
        "президента России Дмитрий Песков в понедельник.\n".encode("cp1251"))
    damaged = ("“We respect the choice of the Belarusian people,” Peskov said on Monday. “Minsk is "
               "our closest ally,” he added.\n").encode()
    (corpus / "damaged.txt").write_bytes(damaged[:40] + b"\xff" + damaged[40:])
    return run_report({"corpus": str(corpus), "n_boot": 100}, output=root / "r")


def test_corpus_text_is_escaped_in_html(odd_corpus_report):
    html = (odd_corpus_report / "report.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;firm&lt;/b&gt;" in html
    assert "<b>firm</b>" not in html and "<script>alert(1)</script>" not in html


def test_texts_decoded_from_another_encoding_or_with_replacements_are_listed(odd_corpus_report):
    import pandas as pd

    decoded = pd.read_csv(odd_corpus_report / "tables" / "decoded_files.csv")
    assert decoded.to_dict("records") == [
        {"doc_id": "damaged", "encoding": "utf-8 (1 invalid byte sequence(s) replaced by U+FFFD, "
         "first at byte 40)", "note": "replacement characters"},
        {"doc_id": "ru_cp1251", "encoding": "cp1251", "note": "not UTF-8"},
    ]
    html = (odd_corpus_report / "report.html").read_text(encoding="utf-8")
    assert "Texts to check: 2 file(s)" in html
    for doc_id, encoding in [("damaged", "replaced by U+FFFD"), ("ru_cp1251", "cp1251")]:
        assert re.search(f"<td>{doc_id}</td>\\s*<td>[^<]*{re.escape(encoding)}", html), doc_id
    assert "<td>x</td>" not in html  # the plain UTF-8 file is not listed


def test_failing_run_exits_non_zero_and_keeps_partial_notebook(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("doc_id,text\na,\n", encoding="utf-8")  # no usable document: the run must fail
    proc = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "report", "--corpus", str(bad),
         "--output", str(tmp_path / "out"), "-p", "n_boot", "100"],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert proc.returncode == 1, proc.stderr
    assert "The report failed" in proc.stderr and "No usable document" in proc.stderr
    assert not (tmp_path / "out").exists()
    failed = list(tmp_path.glob("out.FAILED-*"))
    assert len(failed) == 1 and (failed[0] / "framing_report.ipynb").exists()
    assert not (failed[0] / "report.html").exists()


def _cli(*args, cwd=REPO, timeout=600):
    return subprocess.run([sys.executable, "-m", "discourse.cli", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=timeout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "n_boots", "100"],
         "error: unknown parameter 'n_boots' (did you mean 'n_boot'?); valid parameters: corpus, "),
        (["-p", "date_from", "2020-13-01"],
         "error: date_from: '2020-13-01' is not a date (month must be in 1..12)"),
        (["-p", "targets", "eu"], "error: targets: unknown target id(s) ['eu']; targets.yaml has "),
        (["-p", "camps", "russian_official,westren"], "(did you mean 'western'?)"),
        (["-f", "params.yaml"], "error: date_from: '2020-13-01' is not a date"),
        (["--corpus", "no/such/folder"], "error: corpus: "),
    ],
    ids=["typo", "bad-date", "unknown-target", "unknown-camp", "yaml-bad-date", "missing-corpus"],
)
def test_a_bad_parameter_stops_the_cli_with_one_line_and_status_2(tmp_path, args, message):
    (tmp_path / "params.yaml").write_text("date_from: 2020-13-01\n", encoding="utf-8")
    proc = _cli("report", *args, "--output", "reports/out", cwd=tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert proc.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["params.yaml"]  # no output folder


def test_cli_reads_dates_and_lists_as_papermill_does_and_runs_quietly(tmp_path):
    # a YAML date in -f, a date, a JSON list and comma-separated ids in -p
    (tmp_path / "params.yaml").write_text("date_to: 2020-12-31\nn_boot: 200\n", encoding="utf-8")
    proc = _cli("report", "-f", "params.yaml", "-p", "date_from", "2020-09-01",
                "-p", "targets", '["russia"]', "-p", "camps", "russian_official,western",
                "--output", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # what a cron log gets: where the report is, and nothing else (no kernel transport warning)
    assert proc.stderr == "" and proc.stdout.splitlines() == [
        f"Report written to {tmp_path / 'out'}", f"  open {tmp_path / 'out' / 'report.html'}"]
    params = json.loads((tmp_path / "out" / "manifest.json").read_text())["parameters"]
    assert (params["date_from"], params["date_to"]) == ("2020-09-01", "2020-12-31")
    assert params["targets"] == ["russia"] and params["camps"] == ["russian_official", "western"]
    import pandas as pd

    stance = pd.read_csv(tmp_path / "out" / "tables" / "stance_by_camp.csv")
    assert set(stance["target"]) == {"russia"}
    assert set(stance["camp"]) == {"russian_official", "western"}


def _papermill(*args, cwd):
    return subprocess.run([str(Path(sys.executable).parent / "papermill"), *args],
                          capture_output=True, text=True, cwd=cwd, timeout=600)


def test_papermill_stops_on_a_misspelt_parameter_naming_the_closest(tmp_path):
    proc = _papermill(str(REPO / "notebooks" / "framing_report.ipynb"), str(tmp_path / "o.ipynb"),
                      "-p", "n_boots", "100", "-p", "output_dir", str(tmp_path / "out"), cwd=REPO)
    assert proc.returncode != 0
    assert "unknown parameter 'n_boots' (did you mean 'n_boot'?)" in proc.stderr + proc.stdout
    assert not (tmp_path / "out").exists()


def test_papermill_reads_lists_dates_and_relative_paths_as_the_cli_does(tmp_path):
    # run from notebooks/, as JupyterLab runs it: data/corpus is the repository's example corpus
    proc = _papermill("framing_report.ipynb", str(tmp_path / "o.ipynb"),
                      "-p", "corpus", "data/corpus", "-p", "targets", '["russia"]',
                      "-p", "camps", "russian_official,western", "-p", "date_from", "2020-09-01",
                      "-p", "n_boot", "200", "-p", "output_dir", str(tmp_path / "out"),
                      cwd=REPO / "notebooks")
    assert proc.returncode == 0, proc.stderr[-3000:]
    import pandas as pd

    stance = pd.read_csv(tmp_path / "out" / "tables" / "stance_by_camp.csv")
    assert set(stance["target"]) == {"russia"}
    assert set(stance["camp"]) == {"russian_official", "western"}
    executed = nbformat.read(tmp_path / "o.ipynb", as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    # nothing in red in the saved notebook (tqdm's "IProgress not found" warning was): the
    # progress bar is plain text on stdout
    assert [o for o in outputs if o.get("name") == "stderr"] == []
    assert any(o.get("name") == "stdout" and "corpus:" in o["text"] for o in outputs)


def test_a_name_misspelt_in_the_parameters_cell_stops_run_all(tmp_path):
    # JupyterLab's Run All: no papermill, the typo typed into the parameters cell itself
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(REPO / "notebooks" / "framing_report.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert "n_boot: int = 2000" in cell.source
    cell.source = cell.source.replace("n_boot: int = 2000", "n_boots: int = 200")
    cell.source += f"\noutput_dir: str = {str(tmp_path / 'out')!r}  # here"
    with pytest.raises(CellExecutionError, match=r"unknown parameter 'n_boots' \(did you mean 'n_boot'\?\)"):
        NotebookClient(nb, kernel_name="python3", timeout=120,
                       resources={"metadata": {"path": str(REPO / "notebooks")}}).execute()
    assert not (tmp_path / "out").exists()


def test_report_html_loads_nothing_and_shows_every_figure_in_chromium(example_report):
    from .browser import external_references, visit

    html = (example_report / "report.html").read_text(encoding="utf-8")
    assert external_references(html) == []
    seen = visit(example_report / "report.html")  # skips where Chromium is not installed
    assert seen.remote_requests() == []
    assert seen.console_errors == []
    figures = list((example_report / "figures").glob("*.png"))
    # who, sentiment, stance, frames; the pairwise and keyness figures only where a test ran
    assert len(seen.images) == len(figures) >= 4 and seen.hidden_images() == []
    assert seen.cell_alignments == ["left"]


def _quick_parameters(path: Path, cwd: Path, tmp_path: Path) -> dict:
    """Parameters that keep each notebook run short; the repo-root run keeps the defaults."""
    if path.stem == "framing_report":
        return {"output_dir": str(tmp_path / "out"), "n_boot": 200}
    if path.stem == "validation":
        params = {"n_boot": 200}
        train = REPO.parent / "shared" / "datasets" / "newsmtsc" / "train.jsonl"
        if cwd != REPO and train.exists():  # a 1,500-line training subset is enough here
            subset = tmp_path / "train_subset.jsonl"
            with open(train, encoding="utf-8") as fh:
                subset.write_text("".join(line for _, line in zip(range(1500), fh)), encoding="utf-8")
            params["train"] = str(subset)
        return params
    return {}


# one case per notebook and folder, so that pytest-xdist spreads the longest runs over its workers
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
@pytest.mark.parametrize("cwd", [REPO, REPO / "notebooks"], ids=["repo-root", "notebooks-dir"])
def test_notebooks_run_with_plain_papermill_from_anywhere(cwd, path, tmp_path):
    import papermill

    papermill.execute_notebook(str(path), str(tmp_path / path.name),
                               parameters=_quick_parameters(path, cwd, tmp_path),
                               cwd=str(cwd), kernel_name="python3", progress_bar=False)


def test_statements_corpus_renders(shared_dir, tmp_path):
    out = run_report({"corpus": str(shared_dir / "corpora" / "ungdc_2014_2024"), "n_boot": 200,
                      "camps": ["russian_official", "belarusian_official", "western",
                                "ukrainian_official"]}, output=tmp_path / "un")
    import pandas as pd

    quotes = pd.read_csv(out / "tables" / "quotes.csv")
    assert len(quotes) == 143 and (quotes["kind"] == "statement").all()
    # every named speaker resolves to a camp; a speech whose speaker the corpus does not record
    # (the EU's in 2014) stays "unknown" and is listed, not guessed
    named = quotes["speaker_mention"].notna()
    assert (quotes.loc[named, "camp"] != "unknown").all(), quotes.loc[named & (quotes["camp"] == "unknown")]
    unknown = pd.read_csv(out / "tables" / "unknown_speakers.csv")
    assert unknown["n_quotes"].sum() == (~named).sum()


def test_cli_help_documents_every_option():
    for args in (["--help"], ["report", "--help"], ["quotes", "--help"]):
        proc = subprocess.run([sys.executable, "-m", "discourse.cli", *args], capture_output=True,
                              text=True, cwd=REPO, timeout=60)
        assert proc.returncode == 0
    report_help = subprocess.run([sys.executable, "-m", "discourse.cli", "report", "--help"],
                                 capture_output=True, text=True, cwd=REPO).stdout
    for opt in ("--corpus", "--parameter", "--parameters-file", "--output", "--timeout"):
        assert opt in report_help


def test_quotes_command_prints_the_documented_fields(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "quotes", str(SEED)],
        capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) >= 20
    assert list(records[0]) == ["doc_id", "quote_id", "start", "end", "text", "kind", "cue",
                                "speaker_mention", "mention_start", "mention_end", "speaker", "camp",
                                "lang"]
    assert {r["lang"] for r in records} == {"en"}
    text = Path(REPO / "data" / "corpus" / "seed_union_state.txt").read_text(encoding="utf-8")
    for r in records:
        assert r["doc_id"] == "seed_union_state"
        assert text[r["start"]:r["end"]] == r["text"]
        if r["mention_start"] >= 0:
            assert text[r["mention_start"]:r["mention_end"]] == r["speaker_mention"]


def test_reproduce_confirms_and_detects_a_one_byte_change(tmp_path):
    import shutil

    from discourse.run.report import reproduce

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "data" / "corpus", corpus)
    out = run_report({"corpus": str(corpus), "n_boot": 100}, output=tmp_path / "run")
    ok, messages = reproduce(out / "manifest.json")
    assert ok, messages
    assert "byte-identical" in messages[-1]
    text = (corpus / "seed_union_state.txt").read_bytes()
    (corpus / "seed_union_state.txt").write_bytes(text[:100] + b"X" + text[101:])
    ok, messages = reproduce(out / "manifest.json")
    assert not ok
    assert any("corpus/seed_union_state.txt: changed" in m for m in messages)
