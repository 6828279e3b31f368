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
SECTIONS = ["The corpus", "Who is quoted", "The quotes", "Sentiment by camp",
            "Stance by camp and target", "Frames by camp", "Distinctive vocabulary by camp",
            "Method notes and limits"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean_with_one_parameters_cell(path):
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
    assert set(manifest["inputs_sha256"]["corpus"]) == {"metadata.csv", "seed_union_state.txt"}
    assert set(manifest["inputs_sha256"]["registries"]) == {"actors", "targets", "frames", "cues"}
    assert manifest["packages"]["pandas"] and manifest["started"] <= manifest["finished"]
    assert not list(out.parent.glob(".example.partial-*"))


def test_report_html_has_every_section_figures_and_no_code(example_report):
    html = (example_report / "report.html").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in html, f"section {section!r} missing from report.html"
    assert html.count("data:image/png;base64") >= 5
    for code_marker in ("run_pipeline(", "import matplotlib", "ReportWriter(", "hl-ipython3"):
        assert code_marker not in html
    assert "Traceback" not in html


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


def test_corpus_text_is_escaped_in_html(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        "Peskov spoke on Monday.\n\n“Our position is <b>firm</b> and <script>alert(1)</script> "
        "will not change,” Peskov said.\n", encoding="utf-8")
    out = run_report({"corpus": str(corpus), "n_boot": 100}, output=tmp_path / "r")
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;firm&lt;/b&gt;" in html
    assert "<b>firm</b>" not in html and "<script>alert(1)</script>" not in html


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


def test_unknown_parameter_fails_before_running(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "report", "-p", "n_bot", "100",
         "--output", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 2
    assert "Unknown parameter(s) ['n_bot']" in proc.stderr and "Valid parameters:" in proc.stderr
    assert not list(tmp_path.iterdir())


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


@pytest.mark.parametrize("cwd", [REPO, REPO / "notebooks"], ids=["repo-root", "notebooks-dir"])
def test_notebooks_run_with_plain_papermill_from_anywhere(cwd, tmp_path):
    import papermill

    for path in NOTEBOOKS:
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
