"""The pipeline counts a reprinted article once: three outlets, same comparisons as one copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from discourse.compare.camps import compare_camps, compare_stance
from discourse.compare.pairwise import pairwise_differences, report_measures
from discourse.run.pipeline import run_pipeline, stream_pipeline

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "data" / "corpus" / "seed_union_state.txt"


def _corpus(folder: Path, outlets: list[str]) -> Path:
    folder.mkdir()
    rows = ["file,title,outlet,date,url,lang,note"]
    for i, outlet in enumerate(outlets):
        shutil.copy(SEED, folder / f"copy{i}.txt")
        rows.append(f"copy{i}.txt,Peskov,{outlet},2020-09-2{i},,en,")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("reprints")
    one = stream_pipeline(_corpus(base / "one", ["X"]), units_csv=base / "one.csv")[0]
    three = stream_pipeline(_corpus(base / "three", ["X", "Y", "Z"]),
                            units_csv=base / "three.csv", chunk_size=1)[0]
    return one, three


def _comparisons(summary) -> list[pd.DataFrame]:
    s = summary.scores
    camps = ["russian_official", "opposition", "western"]
    table, measures, labels = report_measures(s, ["russia", "lukashenko"])
    return [
        compare_camps(s, measures=["sentiment"], camps=camps, cluster_col="doc_id", n_boot=200),
        compare_stance(s, ["russia", "lukashenko"], camps=camps, cluster_col="doc_id", n_boot=200),
        pairwise_differences(table, measures, camps=camps, labels=labels, n_boot=200),
        s.groupby("camp", observed=True).size().reset_index(name="n"),
    ]


def test_three_reprints_give_the_same_comparisons_as_one_copy(runs):
    one, three = runs
    assert one.n_reprints == 0 and len(one.scores) > 10
    assert three.n_reprints == 2 * len(one.scores)
    assert set(three.reprints["outlet"]) == {"Y", "Z"}  # the first copy (X) is kept
    assert three.reprints["first_doc_id"].eq("copy0").all()
    for a, b in zip(_comparisons(one), _comparisons(three)):
        pd.testing.assert_frame_equal(a, b)


def test_dedupe_can_be_turned_off_and_the_units_keep_every_quote(tmp_path):
    corpus = _corpus(tmp_path / "c", ["X", "Y"])
    res = run_pipeline(corpus, dedupe_reprints=False)
    assert res.summary.n_reprints == 0 and len(res.summary.scores) == len(res.units)
    kept = run_pipeline(corpus)
    assert len(kept.units) == len(res.units)  # the quotes table is not touched
    assert len(kept.summary.scores) == len(res.units) // 2 == kept.summary.n_reprints


def test_comparison_tables_are_byte_identical_across_runs_and_chunk_sizes(tmp_path, runs):
    from discourse.compare.distinctive import distinctive_words
    from discourse.run.report import ReportWriter

    corpus = _corpus(tmp_path / "c", ["X", "Y", "Z"])
    written = []
    for i, chunk_size in enumerate((1, 1000)):
        units = tmp_path / f"q{i}.csv"
        summary = stream_pipeline(corpus, units_csv=units, chunk_size=chunk_size)[0]
        out = ReportWriter(tmp_path / f"out{i}")
        for j, table in enumerate(_comparisons(summary)):
            out.table(table, f"t{j}")
        key = distinctive_words(units, camps=["russian_official", "opposition", "western"],
                                exclude_quote_ids=set(summary.reprints["quote_id"]),
                                min_articles=1, min_quotes=1, min_count=1, chunksize=5)
        out.table(key.words, "words")
        out.table(key.status, "status")
        out.table(summary.reprints, "reprints")
        written.append({p.name: p.read_bytes() for p in sorted((out.out_dir / "tables").iterdir())})
    assert written[0] == written[1] and len(written[0]) == 7
