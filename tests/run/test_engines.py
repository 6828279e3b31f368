"""The pandas engine (streaming, any chunk size) and the Dask engine give identical tables."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest

from discourse.compare import camps as compare
from discourse.compare import overview
from discourse.measure.keyness import keyness_from_counts
from discourse.run.pipeline import run_pipeline, stream_pipeline
from discourse.run.units import format_units_csv
from tests.conftest import SEED_TEXT


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Eight articles recombined from the seed article's paragraphs, one bad file, metadata."""
    root = tmp_path_factory.mktemp("engines")
    folder = root / "articles"
    folder.mkdir()
    paragraphs = [p for p in SEED_TEXT.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rows = ["file,outlet,date"]
    for k in range(8):
        picked = [paragraphs[(k * 5 + j * 3) % len(paragraphs)] for j in range(12)]
        (folder / f"a{k:02d}.txt").write_text("\n\n".join(picked), encoding="utf-8")
        rows.append(f"a{k:02d}.txt,outlet{k % 3},2020-09-{10 + k:02d}")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = pd.DataFrame({
        "doc_id": [f"t{k}" for k in range(8)],
        "text": [(folder / f"a{k:02d}.txt").read_text(encoding="utf-8") for k in range(8)],
        "outlet": ["x", "y"] * 4,
    })
    table.to_parquet(root / "articles.parquet", row_group_size=3)
    return folder, root / "articles.parquet"


def _tables(summary, regs):
    scores = summary.scores
    camps = sorted(scores["camp"].unique())
    out = {
        "who": compare.compare_shares(scores, by=["camp"], words_col="n_tokens"),
        "sentiment": compare.compare_camps(scores, measures=["sentiment"], camps=camps,
                                           n_boot=200, seed=3, min_n=2),
        "stance": compare.compare_stance(scores, regs.targets, camps=camps, n_boot=200, seed=3,
                                         min_n=2),
        "frames": compare.compare_frames(scores, regs.frames, camps=camps, n_boot=200,
                                               seed=3, min_n=2),
    }
    for camp in camps:
        if 0 < (scores["camp"] == camp).sum() < len(scores):
            out[f"keyness_{camp}"] = keyness_from_counts(summary.word_counts, target=camp)
    return out


def test_streaming_does_not_depend_on_chunk_size(corpus, tmp_path):
    folder, _ = corpus
    whole = run_pipeline(folder, chunk_size=1000)
    s, regs = stream_pipeline(folder, units_csv=tmp_path / "u.csv", chunk_size=3)
    assert (tmp_path / "u.csv").read_text(encoding="utf-8") == format_units_csv(whole.units)
    pd.testing.assert_frame_equal(s.scores, whole.summary.scores)
    assert s.word_counts == whole.summary.word_counts
    pd.testing.assert_frame_equal(s.unknown_speakers, overview.describe_unknown_speakers(whole.units))
    assert list(s.skipped["skipped_path"].map(lambda p: p.rsplit("/", 1)[-1])) == ["broken.txt"]
    a, b = _tables(s, regs), _tables(whole.summary, whole.registries)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as c:
        yield c.scheduler_address


@pytest.mark.parametrize("which", ["folder", "parquet"])
def test_dask_cluster_gives_identical_tables(corpus, tmp_path, which, request):
    """Folder: a LocalCluster the engine starts; Parquet: an existing cluster by address."""
    path = corpus[0] if which == "folder" else corpus[1]
    where = ({"workers": 2} if which == "folder"
             else {"scheduler": request.getfixturevalue("cluster")})
    s1, regs = stream_pipeline(path, units_csv=tmp_path / "pandas.csv", chunk_size=3)
    s2, _ = stream_pipeline(path, units_csv=tmp_path / "dask.csv", chunk_size=3, engine="dask",
                            **where)
    assert filecmp.cmp(tmp_path / "pandas.csv", tmp_path / "dask.csv", shallow=False)
    pd.testing.assert_frame_equal(s1.scores, s2.scores)
    pd.testing.assert_frame_equal(s1.documents, s2.documents)
    pd.testing.assert_frame_equal(s1.skipped, s2.skipped)
    assert s1.word_counts == s2.word_counts
    pd.testing.assert_frame_equal(s1.unknown_speakers, s2.unknown_speakers)
    a, b = _tables(s1, regs), _tables(s2, regs)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    assert not list(tmp_path.glob(".*.parts"))


def test_unknown_engine_is_refused(corpus, tmp_path):
    with pytest.raises(ValueError, match=r"'engine' parameter of stream_pipeline must be one of"):
        stream_pipeline(corpus[0], units_csv=tmp_path / "u.csv", engine="spark")
