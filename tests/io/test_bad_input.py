"""Bad corpus input, tried on purpose: every bad file is named with its reason, nothing is lost
silently, and the good files still give a full report."""

from __future__ import annotations

import json
import time

import numpy as np
import pandas as pd
import pytest

from discourse.io.corpus import CorpusError, iter_corpus, read_corpus
from discourse.run.report import run_report
from tests.conftest import SEED_TEXT

RU = ("Песков заявил журналистам: «Мы уважаем выбор белорусского народа и не вмешиваемся». "
      "Он добавил, что Москва поддерживает диалог. ") * 20


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    """The seed article beside every kind of bad file the issue lists."""
    d = tmp_path_factory.mktemp("bad") / "corpus"
    d.mkdir()
    (d / "seed_union_state.txt").write_bytes(SEED_TEXT.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    # invalid UTF-8 that is really cp1252 text, and random bytes that are no text at all
    (d / "invalid_utf8.txt").write_bytes(b"Caf\xe9 au lait \xe0 Paris, \x93quoted\x94 text.\n" * 20)
    (d / "random.txt").write_bytes(np.random.default_rng(0).integers(1, 256, 4000, dtype=np.uint8)
                                   .tobytes())
    (d / "cp1251.txt").write_bytes(RU.encode("cp1251"))
    (d / "utf16.txt").write_bytes(RU.encode("utf-16"))
    (d / "bom.txt").write_bytes(RU.encode("utf-8-sig"))
    (d / "crlf.txt").write_bytes(
        "Peskov spoke.\r\n“We agree with Minsk,” Peskov said.\r\nMore text.\r\n".encode())
    (d / "unbalanced.txt").write_text("He said “ it works and ” then „ stopped « again " * 2500,
                                      encoding="utf-8")
    (d / "metadata.csv").write_text(
        "file,date,outlet,extra_column\n"
        "seed_union_state.txt,2020-09-20,unknown,kept\n"
        "crlf.txt,20/20/2020,TASS,x\n"          # a bad date
        "cp1251.txt,2020-09-21,RIA,x\n"
        "cp1251.txt,2020-09-22,RIA,duplicate\n"  # a duplicate key
        "ghost.txt,2020-09-23,X,no such file\n",  # a row without a file
        encoding="utf-8")
    return d


def test_every_bad_file_is_named_and_the_rest_is_read(bad_folder):
    with pytest.warns(UserWarning) as caught:
        c = read_corpus(bad_folder)
    skipped = dict(zip(c.skipped["skipped_path"].map(lambda p: p.rsplit("/", 1)[-1]),
                       c.skipped["reason"]))
    assert set(skipped) == {"empty.txt", "binary.txt", "random.txt"}
    assert skipped["empty.txt"] == "empty file"
    assert "binary" in skipped["binary.txt"]
    assert skipped["random.txt"] in ("not decodable as text in any known encoding",) or \
        skipped["random.txt"].startswith("binary or not text")
    arts = c.articles.set_index("doc_id")
    assert set(arts.index) == {"seed_union_state", "cp1251", "utf16", "bom", "crlf", "unbalanced",
                               "invalid_utf8"}
    # not UTF-8: decoded with the detected legacy encoding, which is recorded
    assert "Café au lait" in arts.loc["invalid_utf8", "text"]  # cp1250 or cp1252: both fit
    assert arts.loc["invalid_utf8", "encoding"] not in ("utf-8", "")
    assert arts.loc["cp1251", "encoding"] == "cp1251" and arts.loc["cp1251", "text"] == RU
    assert arts.loc["utf16", "encoding"] == "utf-16" and arts.loc["bom", "text"] == RU
    assert "\r\n" in arts.loc["crlf", "text"]
    assert arts.loc["seed_union_state", "extra_column"] == "kept"
    messages = " | ".join(str(w.message) for w in caught)
    assert "crlf.txt (doc crlf): date '20/20/2020' is not a date (expected YYYY-MM-DD)" in messages
    assert "duplicate keys ['cp1251.txt']" in messages
    assert "1 row(s) match no file, e.g. ['ghost.txt']" in messages


def test_bad_folder_gives_a_full_report_for_the_seed(bad_folder, tmp_path):
    out = run_report({"corpus": str(bad_folder), "n_boot": 100}, output=tmp_path / "r")
    skipped = pd.read_csv(out / "tables" / "skipped_files.csv")
    names = sorted(p.rsplit("/", 1)[-1] for p in skipped["skipped_path"])
    assert names == ["binary.txt", "empty.txt", "random.txt"]
    assert skipped["reason"].str.len().min() > 5
    quotes = pd.read_csv(out / "tables" / "quotes.csv")
    seed = quotes[quotes["doc_id"] == "seed_union_state"]
    assert {"Dmitry Peskov", "Svetlana Tikhanovskaya"} <= set(seed["speaker"])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Skipped files: 3" in html and "random.txt" in html
    assert "is not a date" in html  # read warnings are shown in the report too


def _write_table(df: pd.DataFrame, path):
    """Write ``df`` as CSV, JSONL or Parquet according to the suffix of ``path``."""
    if path.suffix == ".csv":
        df.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in df.to_dict("records")))
    else:
        df.to_parquet(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_table_with_missing_text_column_names_file_and_columns(tmp_path, suffix):
    path = _write_table(pd.DataFrame({"id": ["a", "b"], "body": ["x", "y"]}), tmp_path / f"t{suffix}")
    msg = rf"t\{suffix}: no text column 'text'; columns are \['id', 'body'\]"
    with pytest.raises(CorpusError, match=msg):
        read_corpus(path)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_table_nulls_are_skipped_by_row(tmp_path, suffix):
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["One.", None, "   "]})
    path = _write_table(df, tmp_path / f"t{suffix}")
    c = read_corpus(path)
    assert c.articles["doc_id"].tolist() == ["a"]
    unit = "line" if suffix == ".jsonl" else "row"
    assert [p.rsplit(", ", 1)[-1] for p in c.skipped["skipped_path"]] == [f"{unit} 2", f"{unit} 3"]


def test_metadata_without_key_column_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("name,date\na.txt,2020-01-01\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="needs a 'file' or 'doc_id' column to match files; ignored"):
        c = read_corpus(tmp_path)
    assert c.articles.loc[0, "date"] == ""


def test_a_folder_of_many_tiny_files_streams(tmp_path):
    """10,000 tiny files (the 100,000-file case is in bench/): read in chunks, nothing lost."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"f{i:05d}.txt").write_text(f"Note {i}.", encoding="utf-8")
    t0 = time.perf_counter()
    sizes = [len(c.articles) for c in iter_corpus(folder, chunk_size=2500)]
    elapsed = time.perf_counter() - t0
    assert sizes == [2500, 2500, 2500, 2500]
    assert elapsed < 120  # generous: only guards against quadratic behaviour


def test_a_50_mb_file_is_read_and_split_linearly(tmp_path):
    """A 50 MB single article is decoded and sentence-split; extraction speed is in bench/."""
    from discourse.text import sentence_spans

    para = SEED_TEXT.read_text(encoding="utf-8")
    big = (para + "\n\n") * (50_000_000 // (len(para) + 2))
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    c = read_corpus(tmp_path)
    text = c.articles.loc[0, "text"]
    assert len(text) == len(big)
    spans = sentence_spans(text[:5_000_000])
    assert all(text[s:e].strip() == text[s:e] for s, e in spans[:1000])
