"""Report parameters: typos, wrong types and impossible values fail before any work, by name."""

from __future__ import annotations

import pytest

from discourse.run.params import PARAMETER_NAMES, ParameterError, validate_parameters


def test_defaults_are_valid():
    p = validate_parameters({})
    assert p.corpus_path().name == "corpus" and p.corpus_path().exists()
    assert p.n_boot == 2000


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"n_bot": 10}, "n_bot: unknown parameter"),
        ({"n_boot": -5}, "n_boot: Input should be greater than or equal to 100 (got -5)"),
        ({"seed": "abc"}, "seed: Input should be a valid integer"),
        ({"camps": ["russian-official"]}, "unknown camp(s) ['russian-official']"),
        ({"date_from": "2020-13-01"}, "'2020-13-01' is not a date in the form YYYY-MM-DD"),
        ({"date_from": "2021-01-01", "date_to": "2020-01-01"},
         "date_to 2020-01-01 is before date_from 2021-01-01"),
        ({"min_quotes": 0}, "min_quotes: Input should be greater than or equal to 1"),
    ],
)
def test_bad_values_name_the_parameter(values, message):
    with pytest.raises(ParameterError) as err:
        validate_parameters(values)
    assert message in str(err.value)


def test_unknown_parameter_lists_valid_ones():
    with pytest.raises(ParameterError) as err:
        validate_parameters({"corpos": "x"})
    assert "Valid parameters: " + ", ".join(PARAMETER_NAMES) in str(err.value)


def test_missing_corpus_path(tmp_path):
    with pytest.raises(ParameterError, match="corpus: .*nope does not exist"):
        validate_parameters({"corpus": str(tmp_path / "nope")})


def test_notebook_declares_exactly_the_validated_parameters():
    import papermill

    from discourse.run.report import NOTEBOOK

    declared = papermill.inspect_notebook(str(NOTEBOOK))
    assert sorted(declared) == sorted(PARAMETER_NAMES)
    for name, info in declared.items():
        assert info["help"], f"parameter {name} has no help comment"
