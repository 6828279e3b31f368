"""The ``discourse quotes`` command streams its input in chunks: the output does not depend on the
chunk size (folders, and tables whose rows are not in doc_id order), the CSV header is printed
once, skipped files are reported on stderr, and a closed pipe ends the command quietly."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from discourse.cli.main import QUOTE_COLUMNS, main
from discourse.extract.attributed import extract_attributed_quotes
from discourse.io.corpus import read_corpus
from tests.conftest import REPO, SEED_TEXT


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A folder of six articles (and one unreadable file), and the same articles as a CSV and a
    JSONL table whose rows are not in doc_id order."""
    root = tmp_path_factory.mktemp("quotes_cli")
    paragraphs = [p for p in SEED_TEXT.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts = {f"a{k:02d}": "\n\n".join(paragraphs[(k * 5 + j * 3) % len(paragraphs)]
                                     for j in range(8)) for k in range(6)}
    folder = root / "articles"
    folder.mkdir()
    for doc_id, text in texts.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    order = ["a03", "a00", "a05", "a01", "a04", "a02"]
    table = pd.DataFrame({"doc_id": order, "text": [texts[d] for d in order]})
    table.to_csv(root / "shuffled.csv", index=False)
    table.to_json(root / "shuffled.jsonl", orient="records", lines=True, force_ascii=False)
    return folder, root / "shuffled.csv", root / "shuffled.jsonl"


def _quotes(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["quotes", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _read(out: str, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(io.StringIO(out), keep_default_na=False, dtype=str)
    return pd.DataFrame([json.loads(line) for line in out.splitlines()]).astype(str)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_output_does_not_depend_on_the_chunk_size(inputs, capsys, fmt):
    paths = [str(p) for p in inputs]
    status, whole, err = _quotes(capsys, *paths, "--format", fmt, "--chunk-size", "1000")
    assert status == 0
    assert err.count("warning: skipped") == 1 and "broken.txt" in err
    for size in ("1", "2", "4"):
        assert _quotes(capsys, *paths, "--format", fmt, "--chunk-size", size)[1] == whole
    if fmt == "csv":
        assert whole.count(",".join(QUOTE_COLUMNS) + "\n") == 1
    table = _read(whole, fmt)
    assert list(table.columns) == QUOTE_COLUMNS
    # Three PATHs with the same articles: three equal parts, each in doc_id order.
    n = len(table) // 3
    assert n > 0 and len(table) == 3 * n
    parts = [table[i * n:(i + 1) * n].reset_index(drop=True) for i in range(3)]
    assert parts[0]["doc_id"].tolist() == sorted(parts[0]["doc_id"])
    pd.testing.assert_frame_equal(parts[1], parts[0])
    pd.testing.assert_frame_equal(parts[2], parts[0])


def test_a_table_prints_the_quotes_of_reading_it_whole(inputs, capsys):
    """The records of one PATH are those of extracting and attributing the whole table at once."""
    _, csv_table, _ = inputs
    expected = extract_attributed_quotes(read_corpus(csv_table).articles)[QUOTE_COLUMNS]
    out = _quotes(capsys, str(csv_table), "--chunk-size", "2")[1]
    got = [json.loads(line) for line in out.splitlines()]
    assert got == json.loads(expected.to_json(orient="records", force_ascii=False))


def test_unreadable_path_is_reported_and_the_others_printed(inputs, capsys, tmp_path):
    folder, _, jsonl = inputs
    status, out, err = _quotes(capsys, str(tmp_path / "missing"), str(jsonl), "--format", "csv")
    assert status == 1
    assert "error: Corpus path" in err and "does not exist" in err
    assert out.startswith(",".join(QUOTE_COLUMNS) + "\n")
    assert out == _quotes(capsys, str(jsonl), "--format", "csv")[1]


def test_doc_ids_two_paths_share_are_named(tmp_path, capsys):
    # Two tables without an id column both number their rows: row1 of each is another article.
    for name, who in (("a.csv", "He"), ("b.csv", "She")):
        pd.DataFrame({"text": [f'{who} said: "We will win this year."', "No quote here."]}).to_csv(
            tmp_path / name, index=False)
    status, out, err = _quotes(capsys, str(tmp_path / "a.csv"), str(tmp_path / "b.csv"))
    assert status == 0
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["row1", "row1"]
    assert err.count("warning:") == 1
    assert f"2 doc_id(s) of {tmp_path / 'b.csv'} were printed for {tmp_path / 'a.csv'} too" in err
    assert "'row1'" in err


def test_paths_with_their_own_doc_ids_warn_of_nothing(inputs, capsys):
    folder, csv_table, _ = inputs
    sub = folder.parent / "other"
    sub.mkdir(exist_ok=True)
    (sub / "b01.txt").write_text('She said: "We will win."', encoding="utf-8")
    status, _, err = _quotes(capsys, str(csv_table), str(sub))
    assert status == 0 and "doc_id(s)" not in err


def test_chunk_size_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["quotes", "x", "--chunk-size", "0"])
    assert "--chunk-size: must be a positive integer; got '0'" in capsys.readouterr().err


def test_closed_pipe_ends_quietly(tmp_path):
    """``discourse quotes … | head -1``: no traceback when the reader stops reading."""
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED_TEXT.read_text(encoding="utf-8")
    for k in range(40):  # ~400 kB of records: more than a pipe holds
        (folder / f"s{k:02d}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "discourse.cli", "quotes", str(folder),
                             "--chunk-size", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.stderr.close()
    assert proc.wait(timeout=120) == 1
    assert json.loads(first)["doc_id"] == "s00"
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_version_is_the_installed_package_version_and_build(capsys):
    from importlib import metadata

    import discourse

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    build = "compiled" if discourse.BUILD == "compiled" else "pure Python"
    assert capsys.readouterr().out == f"discourse {metadata.version('discourse')} ({build})\n"


def _all_parsers(parser):
    """The parser and every subcommand's parser, depth first."""
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def test_every_help_text_is_clean():
    from discourse.cli.main import build_parser

    parsers = list(_all_parsers(build_parser()))
    assert len(parsers) >= 10  # report, quotes, evaluate quotes/stance/sentiment, train, ...
    for parser in parsers:
        text = parser.format_help()
        assert "%%" not in text and "%(" not in text, parser.prog


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_records_are_those_of_the_table_as_pandas_writes_it(tmp_path, capsys, fmt):
    """The command prints without pandas what printing the attributed table gave: the same
    quoting of commas, quotation marks and line breaks in CSV, the same JSON."""
    texts = {"x": "“One, two,\n\nthree \"four\",” said Lukashenko. He said that “it is fine”.",
             "y": SEED_TEXT.read_text(encoding="utf-8"),
             "z": "Песков заявил: «Мы, \"как всегда\", готовы»."}
    for doc_id, text in texts.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    table = extract_attributed_quotes(read_corpus(tmp_path).articles)[QUOTE_COLUMNS]
    assert table["text"].str.contains("\n").any() and table["text"].str.contains('"').any()
    if fmt == "csv":
        expected = table.to_csv(index=False, lineterminator="\n")
    else:
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                           for r in json.loads(table.to_json(orient="records", force_ascii=False)))
    assert _quotes(capsys, str(tmp_path), "--format", fmt)[1] == expected


def _random_column(rng, kind: str, n: int) -> list:
    """Values of one kind as the quote columns may hold them (NaN and infinities included)."""
    text = ["", "a", 'say "no"', "line\nbreak\ttab", "\\ back\\slash", "ünïcödé “marks”",
            "Песков", "\x00\x1f\x7f control", "\ud800 lone surrogate", "emoji 😀", "%s %d %%"]
    floats = [0.0, -0.0, 0.5, 1 / 3, 1e-7, 1e22, 123456789.125, float("inf"), float("-inf"),
              float("nan")]
    ints = [0, -1, 7, 2**63, -(2**70)]
    pools = {"str": text, "int": ints, "float": floats,
             "mixed": [*text[:3], *ints[:3], *floats, None, True, False]}
    return [rng.choice(pools[kind]) for _ in range(n)]


def test_json_records_are_those_of_a_dict_per_record():
    """Column-by-column JSON gives the bytes of one ``JSONEncoder.encode`` of each record's
    dict (the reference), for every type a quote column may hold; other types still encode
    (or fail) as before. CSV rows from one writer are those of a writer per row."""
    import random

    from discourse.cli.main import _cells, _records
    from tests.reference.cli_records import reference_csv_records, reference_json_records

    rng = random.Random(8)
    for n in (0, 1, 5, 200):
        for kinds in (["str"] * 13, ["int"] * 13, ["float"] * 13, ["mixed"] * 13,
                      [rng.choice(["str", "int", "float", "mixed"]) for _ in range(13)]):
            # the offsets are whole numbers (``_cells`` makes them int)
            columns = [_random_column(rng, "int" if name in ("start", "end", "mention_start",
                                                             "mention_end") else kind, n)
                       for name, kind in zip(QUOTE_COLUMNS, kinds, strict=True)]
            assert _records(columns, "jsonl") == reference_json_records(_cells(columns))
            assert _records(columns, "csv") == reference_csv_records(_cells(columns))
    odd = [[{"a": 1}], [[1, 2]], [1], [2], ["t"], ["k"], ["c"], ["m"], [-1], [-1], [""], ["u"],
           ["en"]]  # a dict and a list: encoded record by record, as before
    assert _records(odd, "jsonl") == reference_json_records(_cells(odd))
    with pytest.raises(TypeError):
        _records([[object()], *odd[1:]], "jsonl")


def test_printed_values_are_those_of_the_reference(tmp_path):
    """``_cells`` reads a column value by value only where it holds floats (NaN is printed as
    null) or, for an offset, another type than int: the values and their types are those of
    the reference, which read every value, for every type a column may hold (numpy's floats
    and ints, bools and whole floats as offsets) and for the columns of a real run."""
    import random

    import numpy as np

    from discourse.cli.main import _cells
    from discourse.extract.attributed import attributed_columns
    from discourse.io.records import iter_article_records
    from tests.reference.cli_records import reference_cells

    def typed(cells):
        return [[(type(v), v) for v in column] for column in cells]

    rng = random.Random(12)
    pools = {"str": ["", "a", "Песков"], "int": [0, -1, 7, 2**63, np.int64(5), True, False],
             "float": [0.5, float("nan"), float("inf"), 3.0, np.float64(2.0),
                       np.float64("nan")],
             "none": [None]}
    for n in (0, 1, 7, 50):
        for _ in range(20):
            # each column drawn from one to four kinds of value
            mixes = [sum((pools[k] for k in rng.sample(sorted(pools), rng.randint(1, 4))), [])
                     for _ in QUOTE_COLUMNS]
            columns = [[rng.choice(mix) for _ in range(n)] for mix in mixes]
            try:
                want = typed(reference_cells(columns))
            except (TypeError, ValueError, OverflowError) as exc:  # int(None), int(inf)
                with pytest.raises(type(exc)):
                    _cells(columns)
                continue
            assert typed(_cells(columns)) == want
    for chunk in iter_article_records(REPO / "data" / "corpus", chunk_size=1000):
        columns = attributed_columns(chunk.articles)
        got = [columns[c] for c in QUOTE_COLUMNS]
        assert typed(_cells(got)) == typed(reference_cells(got))


def test_quotes_jsonl_is_the_reference_encoding_of_the_corpus(tmp_path, capsys):
    """On a real corpus (the seed articles), the printed lines are the reference encoding of
    the attributed quotes' columns."""
    from discourse.cli.main import _cells
    from discourse.extract.attributed import attributed_columns
    from discourse.io.records import iter_article_records
    from tests.reference.cli_records import reference_json_records

    assert main(["quotes", str(REPO / "data" / "corpus"), "--format", "jsonl"]) == 0
    printed = capsys.readouterr().out
    want = []
    for chunk in iter_article_records(REPO / "data" / "corpus", chunk_size=1000):
        columns = attributed_columns(chunk.articles)
        want += reference_json_records(_cells([columns[c] for c in QUOTE_COLUMNS]))
    assert printed == "".join(want) and len(want) > 20


def test_the_command_sets_its_objects_aside_before_the_process_ends(monkeypatch, capsys):
    """``main()`` reading the process's arguments (the ``discourse`` command) ends with every
    object frozen (the exit's collections do not traverse them); ``main(argv)``, called by a
    program that goes on, leaves the collector as it was."""
    import gc

    assert gc.get_freeze_count() == 0
    try:
        assert main(["quotes", str(SEED_TEXT), "--format", "jsonl"]) == 0
        assert gc.get_freeze_count() == 0
        monkeypatch.setattr(sys, "argv", ["discourse", "quotes", str(SEED_TEXT), "--format",
                                          "jsonl"])
        assert main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    out = capsys.readouterr().out.splitlines()
    assert out and len(out) % 2 == 0 and out[: len(out) // 2] == out[len(out) // 2:]
