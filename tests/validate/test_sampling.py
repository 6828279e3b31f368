"""Tests for discourse.validate.sampling and ``discourse sample``."""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest

from discourse.cli import coding as cli_coding
from discourse.validate.sampling import allocate, sample_for_coding, write_coding_sheet


@pytest.fixture
def quotes() -> pd.DataFrame:
    camps = ["western"] * 60 + ["russian_official"] * 30 + ["opposition"] * 8 + ["other"] * 2
    return pd.DataFrame({
        "quote_id": [f"doc{i // 5}:{i}-{i + 10}" for i in range(len(camps))],
        "doc_id": [f"doc{i // 5}" for i in range(len(camps))],
        "camp": camps, "speaker": [f"S{i % 7}" for i in range(len(camps))],
        "text": [f"quote number {i}" for i in range(len(camps))],
        "sentiment": np.linspace(-1, 1, len(camps)),
    })


def test_allocation_by_hand():
    # Minima 5 + 5 + 3 = 13; the other 7 split 100:30 -> 5.38, 1.62 -> 5 + 1, remainder to b.
    got = allocate(pd.Series({"a": 100, "b": 30, "c": 3}), n=20, min_per_stratum=5)
    assert got.to_dict() == {"a": 10, "b": 7, "c": 3}
    # Proportional without a minimum; capped at the total; minima win when n is too small.
    assert allocate(pd.Series({"a": 75, "b": 25}), n=8, min_per_stratum=0).to_dict() == {"a": 6, "b": 2}
    assert allocate(pd.Series({"a": 3, "b": 2}), n=50).to_dict() == {"a": 3, "b": 2}
    assert allocate(pd.Series({"a": 50, "b": 50, "c": 50}), n=6, min_per_stratum=3).sum() == 9


def test_sample_is_stratified_deterministic_and_has_coder_columns(quotes):
    s = sample_for_coding(quotes, n=20, seed=7)
    assert list(s.columns) == ["quote_id", "doc_id", "camp", "speaker", "text", "label", "coder",
                               "notes"]
    assert len(s) == 20 and s["quote_id"].is_unique and s["quote_id"].is_monotonic_increasing
    counts = s["camp"].value_counts().to_dict()
    assert counts == s.attrs["allocation"] | {} and counts["other"] == 2 and counts["opposition"] == 5
    assert counts["western"] > counts["russian_official"]
    assert (s[["label", "coder", "notes"]] == "").all().all()
    assert set(s["quote_id"]) <= set(quotes["quote_id"])
    merged = s.merge(quotes, on="quote_id", suffixes=("", "_q"))
    assert (merged["text"] == merged["text_q"]).all() and (merged["camp"] == merged["camp_q"]).all()
    # Same seed, same sample, whatever the input order; another seed, another sample.
    shuffled = quotes.sample(frac=1.0, random_state=1)
    assert s.equals(sample_for_coding(shuffled, n=20, seed=7))
    assert not s.equals(sample_for_coding(quotes, n=20, seed=8))
    # A stratum's draw does not change when another stratum is removed.
    west = set(s.loc[s["camp"] == "western", "quote_id"])
    alone = sample_for_coding(quotes[quotes["camp"] == "western"], n=counts["western"], seed=7)
    assert set(alone["quote_id"]) == west


def test_simple_sample_missing_strata_and_errors(quotes):
    s = sample_for_coding(quotes, n=10, stratify=None, seed=0)
    assert len(s) == 10 and s.attrs["allocation"] == {"all": 10}
    q = quotes.assign(camp=[None] * 5 + list(quotes["camp"][5:]))
    assert "(missing)" in sample_for_coding(q, n=30).attrs["allocation"]
    with pytest.raises(ValueError, match="'n' parameter of sample_for_coding"):
        sample_for_coding(quotes, n=0)
    with pytest.raises(ValueError, match=r"column\(s\) \['outlet'\] not in quotes"):
        sample_for_coding(quotes, n=5, stratify="outlet")
    with pytest.raises(ValueError, match="quote_id must be unique"):
        sample_for_coding(pd.concat([quotes, quotes.head(1)]), n=5)


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="discourse")
    sub = parser.add_subparsers(dest="command", required=True)
    handlers = cli_coding.register(sub)
    args = parser.parse_args(argv)
    return handlers[args.command](args)


def test_sample_cli_from_quotes_csv(quotes, tmp_path, capsys):
    src = tmp_path / "quotes.csv"
    quotes.to_csv(src, index=False)
    out = tmp_path / "coding" / "sheet.csv"
    assert _run(["sample", "--quotes", str(src), "--n", "12", "--seed", "3", "--min-per-stratum",
                 "2", "--out", str(out)]) == 0
    assert "Wrote 12 of 100 quotes" in capsys.readouterr().out
    sheet = pd.read_csv(out, keep_default_na=False)
    assert sheet["quote_id"].tolist() == sample_for_coding(quotes, n=12, seed=3,
                                                           min_per_stratum=2)["quote_id"].tolist()
    # The minimum per stratum wins over --n, and the command says so.
    assert _run(["sample", "--quotes", str(src), "--n", "12", "--out", str(out)]) == 0
    assert "warning: 17 quotes sampled, more than --n 12" in capsys.readouterr().err
    assert _run(["sample", "--quotes", str(tmp_path / "nope.csv"), "--n", "3", "--out",
                 str(out)]) == 2
    assert "nope.csv: no such file" in capsys.readouterr().err
    assert _run(["sample", "--quotes", str(src), "--n", "3", "--stratify", "outlet", "--out",
                 str(out)]) == 2
    assert f"{src}: sample_for_coding: column(s) ['outlet']" in capsys.readouterr().err


def test_sample_cli_from_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("“We will never accept this,” Lukashenko said on Monday.\n\n"
                                  "“Sanctions do not work,” Peskov told reporters.\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    assert _run(["sample", "--corpus", str(corpus), "--n", "5", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, keep_default_na=False)
    assert len(sheet) == 2 and set(sheet["doc_id"]) == {"a"}
    assert {"label", "coder", "notes"} <= set(sheet.columns)


def test_write_coding_sheet_round_trip(quotes, tmp_path):
    s = sample_for_coding(quotes, n=5)
    path = write_coding_sheet(s, tmp_path / "x" / "s.csv")
    assert pd.read_csv(path, dtype=str, keep_default_na=False).equals(s.astype(str))
