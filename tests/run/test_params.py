"""Report parameters: one meaning for a value whichever way it comes in, and a bad name or value
stops the run before any work with one line naming the parameter."""

from __future__ import annotations

import datetime as dt

import pytest

from discourse.core.paths import REPO_DIR
from discourse.run.params import (
    PARAMETER_NAMES,
    ParameterError,
    load_parameters_file,
    names_set_before,
    parameters_from,
    validate_parameters,
)


def test_defaults_are_valid():
    p = validate_parameters({})
    assert p.corpus_path().name == "corpus" and p.corpus_path().exists()
    assert p.n_boot == 2000


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"n_boots": 10}, "unknown parameter 'n_boots' (did you mean 'n_boot'?); valid parameters: "),
        ({"n_boot": -5}, "n_boot: Input should be greater than or equal to 100 (got -5)"),
        ({"seed": "abc"}, "seed: Input should be a valid integer"),
        ({"camps": ["russian-official"]},
         "camps: unknown camp(s) ['russian-official'] (did you mean 'russian_official'?)"),
        ({"camps": ""}, "camps: List should have at least 1 item"),
        ({"date_from": "2020-13-01"}, "date_from: '2020-13-01' is not a date (month must be in 1..12)"),
        ({"date_to": "1.9.2020"}, "date_to: '1.9.2020' is not a date in the form YYYY-MM-DD"),
        ({"date_from": dt.datetime(2020, 9, 1, 12)}, "date_from: 2020-09-01 12:00:00 has a time of day"),
        ({"date_from": "2021-01-01", "date_to": "2020-01-01"},
         "date_to 2020-01-01 is before date_from 2021-01-01"),
        ({"min_quotes": 0}, "min_quotes: Input should be greater than or equal to 1"),
        ({"targets": "[russia"}, "targets: '[russia' is not a list"),
        ({"targets": ["russa"]}, "targets: unknown target id(s) ['russa'] (did you mean 'russia'?)"),
    ],
)
def test_bad_values_name_the_parameter_on_one_line(values, message):
    with pytest.raises(ParameterError) as err:
        validate_parameters(values)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_parameter_lists_valid_ones():
    with pytest.raises(ParameterError) as err:
        validate_parameters({"corpos": "x"})
    assert "(did you mean 'corpus'?)" in str(err.value)
    assert str(err.value).endswith("valid parameters: " + ", ".join(PARAMETER_NAMES))


@pytest.mark.parametrize("value", [dt.date(2020, 9, 1), "2020-09-01", " 2020-09-01 "])
def test_a_date_is_a_date_or_its_text(value):
    p = validate_parameters({"date_from": value, "date_to": value}, check_paths=False)
    assert (p.date_from, p.date_to) == ("2020-09-01", "2020-09-01")


@pytest.mark.parametrize(
    "value",
    [["russian_official", "western"], ("russian_official", "western"),
     '["russian_official", "western"]', "[russian_official, western]",
     "russian_official,western", " russian_official , western "],
    ids=["list", "tuple", "json", "yaml", "commas", "commas-spaces"],
)
def test_a_list_is_a_list_json_yaml_or_commas(value):
    assert validate_parameters({"camps": value}, check_paths=False).camps == [
        "russian_official", "western"]


@pytest.mark.parametrize("value", [None, "", "[]", []])
def test_no_targets_means_all(value):
    assert validate_parameters({"targets": value}).targets == []


def test_shell_text_for_numbers_and_papermill_none_for_paths():
    # `discourse report -p n_boot 500` passes the text; papermill's `-p corpus None` passes None
    p = validate_parameters({"n_boot": "500", "corpus": None}, check_paths=False)
    assert p.n_boot == 500 and p.corpus == "" and p.corpus_path().name == "corpus"


def test_relative_paths_are_taken_from_where_the_run_starts(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    p = validate_parameters({"corpus": "articles", "output_dir": "out"})
    assert p.corpus == str(tmp_path / "articles")
    assert p.output_path() == tmp_path / "out"


def test_in_the_notebooks_folder_relative_paths_are_taken_from_the_repository_root(monkeypatch):
    # JupyterLab starts the notebook's kernel in notebooks/: data/corpus must still mean the
    # repository's example corpus, as it does from the repository root
    monkeypatch.chdir(REPO_DIR / "notebooks")
    assert validate_parameters({"corpus": "data/corpus"}).corpus_path() == REPO_DIR / "data" / "corpus"
    monkeypatch.chdir(REPO_DIR)
    assert validate_parameters({"corpus": "data/corpus"}).corpus_path() == REPO_DIR / "data" / "corpus"


def test_missing_corpus_path(tmp_path):
    with pytest.raises(ParameterError, match="corpus: .*nope does not exist"):
        validate_parameters({"corpus": str(tmp_path / "nope")})


def test_parameters_file_keeps_dates_as_text_for_the_check(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("date_from: 2020-09-01\ncamps: [western]\nn_boot: 500\n", encoding="utf-8")
    assert load_parameters_file(good) == {"date_from": "2020-09-01", "camps": ["western"],
                                          "n_boot": 500}
    bad = tmp_path / "bad.yaml"
    bad.write_text("date_from: 2020-13-01\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"date_from: '2020-13-01' is not a date"):
        validate_parameters(load_parameters_file(bad))


@pytest.mark.parametrize(
    ("text", "message"),
    [("camps: [a\n", "broken.yaml, line 2: not valid YAML"),
     ("- a\n- b\n", "must be a YAML mapping of parameter names to values")],
)
def test_broken_parameters_file_is_named(tmp_path, text, message):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParameterError, match=message):
        load_parameters_file(path)


# The notebook: IPython's input history `In` holds the cells run so far, the running one last.
PARAMETERS_CELL = 'corpus: str = ""  # help\nn_boot: int = 2000  # help\n'


@pytest.mark.parametrize(
    ("history", "names"),
    [
        (["", PARAMETERS_CELL, "# Parameters\nn_boots = 100\n", "check"], ["n_boots", "corpus", "n_boot"]),
        (["", PARAMETERS_CELL.replace("n_boot:", "n_boots:"), "check"], ["corpus", "n_boots"]),
        (["", "x = load()", "", PARAMETERS_CELL, "check"], ["corpus", "n_boot"]),
        (["", PARAMETERS_CELL, "check", "check"], []),  # the check run again on its own
        (["", "out = []\nshow(out)", "check"], []),
        (None, []),
    ],
    ids=["papermill", "typo-in-cell", "after-other-cells", "rerun", "other-cell", "no-ipython"],
)
def test_names_set_by_the_parameter_cells_just_run(history, names):
    assert names_set_before(history) == names


def test_a_name_typed_into_the_parameters_cell_stops_the_notebook():
    namespace = {"corpus": "", "n_boots": 100,
                 "In": ["", PARAMETERS_CELL.replace("n_boot:", "n_boots:"), "params = ..."]}
    with pytest.raises(ParameterError, match=r"unknown parameter 'n_boots' \(did you mean 'n_boot'\?\)"):
        parameters_from(namespace)
    # names the report's own cells set later are not parameters
    namespace = {"corpus": "", "n_boot": 500, "quote_cols": ["a"], "In": ["", "quote_cols = ['a']\nx()", "p"]}
    assert parameters_from(namespace).n_boot == 500


def test_notebook_declares_exactly_the_validated_parameters():
    import papermill

    from discourse.run.report import NOTEBOOK

    declared = papermill.inspect_notebook(str(NOTEBOOK))
    assert sorted(declared) == sorted(PARAMETER_NAMES)
    for name, info in declared.items():
        assert info["help"], f"parameter {name} has no help comment"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_missing_text_column_of_a_table_corpus_is_caught_before_the_run(tmp_path, suffix):
    import pandas as pd

    table = pd.DataFrame({"doc_id": ["a"], "body": ["“We are open,” she said."]})
    path = tmp_path / f"news{suffix}"
    {".csv": lambda: table.to_csv(path, index=False),
     ".jsonl": lambda: table.to_json(path, orient="records", lines=True),
     ".parquet": lambda: table.to_parquet(path)}[suffix]()
    with pytest.raises(ParameterError, match=(
            rf"text_column: news\{suffix} has no column 'text'; its columns are \['doc_id', 'body'\]")):
        validate_parameters({"corpus": str(path)})
    with pytest.raises(ParameterError, match=r"speaker_column: .* has no column 'speakr'"):
        validate_parameters({"corpus": str(path), "text_column": "body", "speaker_column": "speakr"})
    assert validate_parameters({"corpus": str(path), "text_column": "body"}).text_column == "body"
