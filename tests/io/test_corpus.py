"""Reading corpora: folders, front matter, metadata.csv, tables, encodings, and what gets skipped."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

from discourse.io.corpus import (
    CorpusError,
    concat_chunks,
    iter_corpus,
    list_input_files,
    read_corpus,
)
from discourse.io.records import iter_article_records
from tests.conftest import REPO


def test_embedded_corpus_reads_with_metadata():
    c = read_corpus(REPO / "data" / "corpus")
    assert c.mode == "articles"
    row = c.articles.set_index("doc_id", drop=False).loc["seed_union_state"]
    assert row["doc_id"] == "seed_union_state"
    assert row["date"] == "2020-09-20"
    assert row["outlet"] == "unknown"
    assert row["encoding"] == "utf-8"
    assert c.skipped.empty


def test_folder_front_matter_metadata_and_skips(tmp_path):
    (tmp_path / "a.txt").write_text("“We agree,” she said.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\noutlet: TASS\ndate: 2021-03-04\n---\nBody of b.\n",
                                   encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 50)
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,date\na.txt,Reuters,2020-09-20\nb.md,RIA,2020-01-01\nmissing.txt,X,2020-01-01\n",
        encoding="utf-8")
    with pytest.warns(UserWarning, match="missing.txt"):
        c = read_corpus(tmp_path)
    arts = c.articles.set_index("doc_id")
    assert list(arts.index) == ["a", "b"]
    assert arts.loc["a", "outlet"] == "Reuters"
    # front matter in the file wins over metadata.csv
    assert arts.loc["b", "outlet"] == "TASS" and arts.loc["b", "date"] == "2021-03-04"
    assert arts.loc["b", "text"] == "Body of b.\n"
    reasons = dict(zip(c.skipped["skipped_path"].map(lambda p: p.rsplit("/", 1)[-1]),
                       c.skipped["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
def test_russian_encodings_are_detected_and_recorded(tmp_path, encoding):
    text = ("Песков заявил, что Россия и Белоруссия — самые близкие союзники. "
            "«Мы уважаем выбор белорусского народа», — сказал он журналистам в Москве.\n") * 3
    (tmp_path / "ru.txt").write_bytes(text.encode(encoding))
    c = read_corpus(tmp_path)
    assert c.articles.loc[0, "text"] == text
    expected = {"cp1251": "cp1251", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}[encoding]
    assert c.articles.loc[0, "encoding"] == expected


def test_windows_line_ends_are_kept_as_read(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"First.\r\n\r\n\"Second,\" he said.\r\n")
    c = read_corpus(tmp_path)
    assert c.articles.loc[0, "text"] == "First.\r\n\r\n\"Second,\" he said.\r\n"


def test_bad_date_warns_and_is_left_empty(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\na.txt,31/31/2020\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"date '31/31/2020' is not a date"):
        c = read_corpus(tmp_path)
    assert c.articles.loc[0, "date"] == ""


def test_csv_jsonl_parquet_round_trip(tmp_path):
    df = pd.DataFrame({"id": ["x1", "x2", "x3"], "body": ["One “two,” he said.", "", "Three."],
                       "outlet": ["A", "B", "C"], "date": ["2020-01-01", "2020-01-02", "2020-01-03"]})
    df.to_csv(tmp_path / "c.csv", index=False)
    with open(tmp_path / "c.jsonl", "w", encoding="utf-8") as fh:
        for rec in df.to_dict("records"):
            fh.write(json.dumps(rec) + "\n")
        fh.write("{not json\n")
    df.assign(body=["One “two,” he said.", None, "Three."]).to_parquet(tmp_path / "c.parquet")
    for name in ("c.csv", "c.jsonl", "c.parquet"):
        c = read_corpus(tmp_path / name, text_column="body")
        assert list(c.articles["doc_id"]) == ["x1", "x3"], name
        assert c.articles.loc[0, "text"] == "One “two,” he said."
        assert c.articles.loc[1, "outlet"] == "C"
        assert "empty or missing 'body'" in " ".join(c.skipped["reason"])
    skipped = read_corpus(tmp_path / "c.jsonl", text_column="body").skipped
    assert any(p.endswith("c.jsonl, line 4") and r.startswith("invalid JSON")
               for p, r in zip(skipped["skipped_path"], skipped["reason"]))
    assert any(p.endswith("c.csv, row 2") for p in
               read_corpus(tmp_path / "c.csv", text_column="body").skipped["skipped_path"])


def test_missing_text_column_names_file_and_columns(tmp_path):
    pd.DataFrame({"id": ["a"], "content": ["x"]}).to_csv(tmp_path / "t.csv", index=False)
    with pytest.raises(CorpusError, match=r"t\.csv: no text column 'text'; columns are \['id', 'content'\]"):
        read_corpus(tmp_path / "t.csv")


def test_named_text_column_wins_over_a_text_column_with_a_warning(tmp_path):
    # a table with both "body" and "text": text_column="body" reads body, and says text is ignored
    df = pd.DataFrame({"doc_id": ["a", "b"], "body": ["Body one.", "Body two."],
                       "text": ["headline a", "headline b"]})
    df.to_csv(tmp_path / "b.csv", index=False)
    with open(tmp_path / "b.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in df.to_dict("records"))
    for name in ("b.csv", "b.jsonl"):
        with pytest.warns(UserWarning, match="column 'text' ignored: text_column='body'"):
            c = read_corpus(tmp_path / name, text_column="body")
        assert list(c.articles["text"]) == ["Body one.", "Body two."], name
        chunks = list(iter_corpus(tmp_path / name, chunk_size=1, text_column="body"))
        assert [t for ch in chunks for t in ch.articles["text"]] == ["Body one.", "Body two."]
        # said once per file, not once per chunk
        assert sum("column 'text' ignored" in w for ch in chunks for w in ch.warnings) == 1


def test_duplicate_ids_in_table_are_reported(tmp_path):
    pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}).to_csv(tmp_path / "d.csv", index=False)
    c = read_corpus(tmp_path / "d.csv")
    assert list(c.articles["text"]) == ["x"]
    assert "duplicate id 'a'" in c.skipped.loc[0, "reason"]


def test_missing_path_and_empty_corpus_fail_clearly(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus(tmp_path / "nope")
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match=r"No usable document.*e\.txt: empty file"):
        read_corpus(tmp_path)


def test_a_folder_of_tables_says_to_pass_the_tables(tmp_path):
    # A folder corpus reads .txt/.md files; tables in it are not read, and the error says so
    # (the records reader of ``discourse quotes`` gives the same error as read_corpus).
    for name in ("b.csv", "a.jsonl"):
        (tmp_path / name).write_text("text\nx\n", encoding="utf-8")
    hint = r"No usable document.*holds 2 table file\(s\) \(.*a\.jsonl, \.\.\.\): pass each table"
    with pytest.raises(CorpusError, match=hint):
        read_corpus(tmp_path)
    with pytest.raises(CorpusError, match=hint):
        list(iter_article_records(tmp_path))
    (tmp_path / "b.csv").unlink()
    (tmp_path / "a.jsonl").unlink()
    with pytest.raises(CorpusError) as empty:
        read_corpus(tmp_path)
    assert str(empty.value) == f"No usable document in {tmp_path}."


def test_statements_mode_from_speaker_column(tmp_path):
    (tmp_path / "s1.txt").write_text("We defend sovereignty.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,speaker,date\ns1.txt,Sergey Lavrov,2019-09-28\n",
                                           encoding="utf-8")
    c = read_corpus(tmp_path)
    assert c.mode == "statements"
    assert c.articles.loc[0, "speaker"] == "Sergey Lavrov"


def test_list_input_files_includes_metadata():
    files = [p.name for p in list_input_files(REPO / "data" / "corpus")]
    assert "metadata.csv" in files and "seed_union_state.txt" in files
    # the corpus's README.md (its attribution) and its make_corpus.py are not articles
    assert all(name.endswith(".txt") for name in files if name != "metadata.csv")


def test_ungdc_reads_as_statements(shared_dir):
    c = read_corpus(shared_dir / "corpora" / "ungdc_2014_2024")
    assert c.mode == "statements" and len(c.articles) == 143 and c.skipped.empty
    assert c.articles["doc_id"].is_unique


def test_damaged_utf8_is_decoded_with_replacements_and_says_so(tmp_path):
    good = ("Лукашенко сказал: «Мы не отдадим страну». " * 40).encode("utf-8")
    (tmp_path / "d.txt").write_bytes(good[:500] + b"\xff" + good[500:])
    c = read_corpus(tmp_path)
    enc = c.articles.loc[0, "encoding"]
    assert enc.startswith("utf-8 (1 invalid byte sequence(s) replaced by U+FFFD, first at byte 500")
    assert c.articles.loc[0, "text"].count("\ufffd") == 1


def test_every_bad_file_is_listed_and_the_good_one_still_read(tmp_path):
    (tmp_path / "good.txt").write_text("“We agree,” Peskov said.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n ", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 20)
    c = read_corpus(tmp_path)
    assert list(c.articles["doc_id"]) == ["good"]
    names = sorted(p.rsplit("/", 1)[-1] for p in c.skipped["skipped_path"])
    assert names == ["blank.txt", "empty.txt", "image.txt"]


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 100])
def test_chunked_reading_gives_the_same_corpus_whatever_the_chunk_size(tmp_path, chunk_size):
    folder = tmp_path / "f"
    (folder / "sub").mkdir(parents=True)
    for name in ("c", "a", "e", "b"):
        (folder / f"{name}.txt").write_text(f"Text {name}. “Quote {name},” he said.", encoding="utf-8")
    (folder / "sub" / "d.md").write_text("---\noutlet: X\n---\nText d.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "metadata.csv").write_text("file,date\na.txt,2020-01-01\n", encoding="utf-8")
    table = pd.DataFrame({"doc_id": ["z", "y", "z", "x", "w"], "text": ["1", "2", "dup", "", "5"]})
    table.to_csv(tmp_path / "t.csv", index=False)
    table.to_parquet(tmp_path / "t.parquet")
    with open(tmp_path / "t.jsonl", "w", encoding="utf-8") as fh:
        for rec in table.to_dict("records"):
            fh.write(json.dumps(rec) + "\n")
    for path in (folder, tmp_path / "t.csv", tmp_path / "t.parquet", tmp_path / "t.jsonl"):
        whole = read_corpus(path)
        chunks = list(iter_corpus(path, chunk_size=chunk_size))
        assert all(len(c.articles) <= chunk_size for c in chunks)
        joined = concat_chunks(chunks)
        pd.testing.assert_frame_equal(joined.articles, whole.articles)
        pd.testing.assert_frame_equal(joined.skipped, whole.skipped)
    assert list(read_corpus(folder).articles["doc_id"]) == ["a", "b", "c", "d", "e"]
    table_ids = read_corpus(tmp_path / "t.csv").articles["doc_id"].tolist()
    assert table_ids == ["z", "y", "w"]  # row order; the duplicate z and the empty x are skipped
    reasons = read_corpus(tmp_path / "t.jsonl").skipped["reason"].tolist()
    assert reasons == ["duplicate id 'z'; the first one is kept", "empty or missing 'text'"]


def test_jsonl_lines_keep_the_encoding_they_were_decoded_from(tmp_path):
    # a JSONL file is decoded line by line: a cp1251 line or a damaged UTF-8 line must say so, so
    # that the report can list the texts to check
    ru = {"doc_id": "ru", "text": "Песков заявил журналистам, что Москва и Минск продолжат "
          "консультации по союзному государству и по поставкам газа в следующем году."}
    damaged = json.dumps({"doc_id": "en", "text": "“Minsk is our closest ally,” Peskov said on "
                          "Monday, “and we respect the choice of the people.”"},
                         ensure_ascii=False).encode()
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps(ru, ensure_ascii=False).encode("cp1251") + b"\n"
                     + damaged[:30] + b"\xff" + damaged[30:] + b"\n"
                     + json.dumps({"doc_id": "plain", "text": "Hello."}).encode() + b"\n")
    arts = read_corpus(path).articles.set_index("doc_id")
    assert arts.loc["ru", "encoding"] == "cp1251" and arts.loc["ru", "text"] == ru["text"]
    assert arts.loc["en", "encoding"].startswith("utf-8 (1 invalid byte sequence(s) replaced")
    assert arts.loc["plain", "encoding"] == "utf-8"
    assert "_encoding" not in arts.columns


def test_language_is_detected_per_article_and_metadata_overrides_it(tmp_path):
    (tmp_path / "a.txt").write_text("“We are open,” she said on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("«Мы открыты», — сказала она в пятницу.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("“We are open,” she said on Friday.", encoding="utf-8")
    (tmp_path / "d.txt").write_text("---\nlang: Russian\n---\nOK.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\nc.txt,ru-RU\n", encoding="utf-8")
    arts = read_corpus(tmp_path).articles.set_index("doc_id")
    assert arts["lang"].to_dict() == {"a": "en", "b": "ru", "c": "ru", "d": "ru"}


def test_a_table_with_a_lang_column_keeps_it_and_fills_the_gaps(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"id": ["1", "2", "3"], "text": ["Hello there, he said.", "Привет, сказал он.",
                                                  "Привет, сказал он."],
                  "lang": ["en", "", "EN"]}).to_csv(path, index=False)
    assert read_corpus(path).articles["lang"].tolist() == ["en", "ru", "en"]


# --- iter_article_records: the same documents as iter_corpus, read without pandas -------------


def _as_records(chunk) -> list[dict]:
    fields = ["doc_id", "text", "date", "lang"]
    return [dict(zip(fields, values)) for values in
            zip(*[chunk.articles[c].tolist() for c in fields])] if len(chunk.articles) else []


def _same_chunks(path, chunk_size=2) -> int:
    """Assert that iter_article_records gives what iter_corpus gives; return the documents."""
    want = list(iter_corpus(path, chunk_size=chunk_size))
    got = list(iter_article_records(path, chunk_size=chunk_size))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g.articles == _as_records(w)
        assert g.skipped == list(zip(w.skipped["skipped_path"], w.skipped["reason"]))
        assert g.warnings == w.warnings
    return sum(len(g.articles) for g in got)


def test_article_records_equal_the_articles_table(tmp_path):
    (tmp_path / "a.txt").write_text("“We agree,” she said.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\noutlet: TASS\ndate: 2021-03-04\nlang: RU\n---\nBody.\n",
                                   encoding="utf-8")
    (tmp_path / "c.txt").write_text("---\ndate: 4 March 2021\nlanguage: en\n---\nB.\n",
                                    encoding="utf-8")  # not ISO: read by pandas
    (tmp_path / "d.txt").write_text("---\ndate: \"2021-02-30\"\n---\nC.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("---\ndate: 1650-01-01\n---\nD.\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Песков заявил, что «всё хорошо».", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Same name, another folder.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _same_chunks(tmp_path) == 7
    assert _same_chunks(tmp_path / "b.md") == 1
    (tmp_path / "metadata.csv").write_text("file,date\nru.txt,2020-09-20\n", encoding="utf-8")
    assert _same_chunks(tmp_path, chunk_size=3) == 7  # with metadata.csv: through pandas


def test_article_records_of_tables_and_of_nothing(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "x", "text": "A.", "date": "2020-01-02"}\n{"id": "y"}\n',
                     encoding="utf-8")
    assert _same_chunks(table) == 1
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="No usable document.*empty file"):
        list(iter_article_records(tmp_path / "none"))
    with pytest.raises(CorpusError, match="does not exist"):
        list(iter_article_records(tmp_path / "missing"))
    (tmp_path / "twice").mkdir()
    (tmp_path / "twice" / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "twice" / "a.md").write_text("Two.", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        list(iter_corpus(tmp_path / "twice"))
    with pytest.raises(ValueError, match="duplicate"):
        list(iter_article_records(tmp_path / "twice"))


def test_implausible_characters_are_counted_as_the_reference_counts_them():
    from discourse.io.corpus import _implausible_chars
    from tests.reference.io_corpus import ref_implausible_chars

    rng = random.Random(0)
    ascii_chars = [chr(c) for c in range(128)]
    texts = ["", "plain text\n", "".join(ascii_chars), "\x00\x7f\x1f\t\x0b\x0c\x0e"]
    # non-ASCII: C1 controls, private use (BMP and plane 15), unassigned, lone surrogates,
    # astral letters, Cyrillic and typography
    others = ["é", "\x80", "\x85", "\x9f", "\xa0", "\ue000", "\U000f0000", "\u0378", "\ud800",
              "\udfff", "\U0001d400", "😀", "Я", "«", "”", "\ufffd", "\u07ff", "\u0800"]
    for _ in range(2000):
        text = "".join(rng.choice(ascii_chars) for _ in range(rng.randint(0, 40)))
        mixed = "".join(rng.choice(ascii_chars + others) for _ in range(rng.randint(0, 40)))
        texts += [text, text + "é\x85\ue000", "«" + text, mixed]
    for text in texts:
        assert _implausible_chars(text) == ref_implausible_chars(text), repr(text)
    assert _implausible_chars("a\x00b\x08\x7f" * 3) == 9


def test_an_impossible_date_in_front_matter_is_reported_not_raised(tmp_path):
    (tmp_path / "a.txt").write_text("---\ndate: 2021-02-30\n---\n“Yes,” she said.\n",
                                    encoding="utf-8")
    with pytest.warns(UserWarning, match=r"a\.txt: front matter has an impossible date"):
        c = read_corpus(tmp_path)
    assert c.articles.loc[0, "text"].startswith("---\ndate: 2021-02-30")
    records = list(iter_article_records(tmp_path))
    assert records[0].warnings == c.warnings and len(records[0].articles) == 1


def test_table_rows_kept_and_skipped_as_read_row_by_row(tmp_path):
    # the rows of a table are checked from its columns as lists (speed pass six); what is kept
    # and every skipped row with its line and reason are those the cell-by-cell reading gave
    # (main at 3637946 on these files, with each chunk size)
    lines = ['{"id": "a", "text": "One."}', '{"id": "b", "text": ""}', "nonsense",
             '{"id": "a", "text": "x"}', '{"id": "", "text": "x"}', '{"id": 7, "text": "   "}',
             '{"id": 8, "text": 9}', "[1]", '{"id": 9.5, "text": "Nine"}']
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "t.csv").write_text("id,text\na,One.\nb,\na,dup\n,noid\n7,   \n9.5,Nine\n",
                                    encoding="utf-8")

    def read(name, chunk_size):
        out = []
        for c in iter_corpus(tmp_path / name, chunk_size=chunk_size):
            out.append((c.articles["doc_id"].tolist(),
                        [(p.split(", ")[-1], r) for p, r in c.skipped.values.tolist()]))
        return out

    empty, dup = "empty or missing 'text'", "duplicate id 'a'; the first one is kept"
    assert read("t.jsonl", None) == [(["a", "9.5"], [
        ("line 3", "invalid JSON: Expecting value"), ("line 8", "not a JSON object"),
        ("line 2", empty), ("line 4", dup), ("line 5", "empty id in 'id'"), ("line 6", empty),
        ("line 7", empty)])]
    assert read("t.jsonl", 2) == [
        (["a"], [("line 2", empty)]),
        ([], [("line 3", "invalid JSON: Expecting value"), ("line 4", dup),
              ("line 5", "empty id in 'id'")]),
        ([], [("line 6", empty), ("line 7", empty)]),
        (["9.5"], [("line 8", "not a JSON object")])]
    assert read("t.csv", None) == [(["a", "9.5"], [
        ("row 2", empty), ("row 3", dup), ("row 4", "empty id in 'id'"), ("row 5", empty)])]
    assert read("t.csv", 2) == [(["a"], [("row 2", empty)]),
                                ([], [("row 3", dup), ("row 4", "empty id in 'id'")]),
                                (["9.5"], [("row 5", empty)])]


def _tree(root, rng: random.Random) -> None:
    """A folder of text files with the names that make ids and order tricky: sub-folders, one
    name in several folders (ids become paths), dots, capitals, non-ASCII, hidden files, a
    README, other suffixes."""
    names = ["a.txt", "b.md", "B.TXT", "a.md", "x.y.txt", "é.txt", "z z.txt", ".hidden.txt",
             "README.md", "readme.MD", "notes.csv", "a.", "..txt", "-1.txt", "10.txt", "9.txt",
             "a-b.txt", "a_b.md"]
    folders = ["", "sub", "sub/deeper", "a-b", "a b", "Ä", ".git"]
    for folder in folders:
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name in rng.sample(names, rng.randint(1, len(names))):
            (root / folder / name).write_text("One.", encoding="utf-8")


@pytest.mark.parametrize("seed", range(6))
def test_the_folder_plan_equals_the_reference(tmp_path, seed):
    """plan_folder lists without sorting paths and makes relative paths and ids from strings:
    the same parts, files, relative paths and ids as the former plan, for a folder given as an
    absolute or a relative path, for one file, and for each chunk size."""
    from discourse.io.corpus import TEXT_SUFFIXES, plan_folder
    from tests.reference.io_corpus import ref_plan

    rng = random.Random(seed)
    _tree(tmp_path, rng)
    for folder in (tmp_path, tmp_path / "sub"):
        for chunk_size in (None, 1, 3, 1000):
            got = [(p.files, p.rel, p.ids) for p in plan_folder(folder, chunk_size)]
            assert got == ref_plan(folder, chunk_size, TEXT_SUFFIXES)
    one = next(iter(sorted(tmp_path.rglob("*.txt"))))
    got = [(p.files, p.rel, p.ids) for p in plan_folder(one.parent, None, only=[one])]
    assert got == ref_plan(one.parent, None, TEXT_SUFFIXES, only=[one])


def test_the_folder_plan_of_a_relative_folder_equals_the_reference(tmp_path, monkeypatch):
    from pathlib import Path

    from discourse.io.corpus import TEXT_SUFFIXES, plan_folder
    from tests.reference.io_corpus import ref_plan

    _tree(tmp_path, random.Random(7))
    monkeypatch.chdir(tmp_path)
    for folder in (Path("."), Path("sub"), Path("sub/../sub")):
        got = [(p.files, p.rel, p.ids) for p in plan_folder(folder, 2)]
        assert got == ref_plan(folder, 2, TEXT_SUFFIXES)
    got = [(p.files, p.rel, p.ids) for p in plan_folder(Path("."), None, only=[Path("a.txt")])]
    assert got == ref_plan(Path("."), None, TEXT_SUFFIXES, only=[Path("a.txt")])
