"""The embedded UN example (``data/un_speeches``, ``make report-un``) tests what it says it tests.

The news example is too small for a tested comparison between camps; this one exists to show
one, offline, on a fresh clone: four delegations with eleven speeches each, every speech a
statement by its speaker, so every pair of the four camps meets ``min_articles`` on sentiment.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd
import pytest

from discourse.run.report import run_report

from .conftest import REPO

UN = REPO / "data" / "un_speeches"
CAMPS = {"RUS": "russian_official", "BLR": "belarusian_official", "UKR": "ukrainian_official",
         "USA": "western"}


@pytest.fixture(scope="module")
def un_report(tmp_path_factory):
    return run_report({"corpus": str(UN), "n_boot": 500},
                      output=tmp_path_factory.mktemp("reports") / "un")


def test_the_folder_is_44_speeches_of_four_delegations_with_their_licence():
    meta = pd.read_csv(UN / "metadata.csv", keep_default_na=False)
    assert meta.groupby("iso3").size().to_dict() == dict.fromkeys(CAMPS, 11)
    assert sorted(meta["year"].unique()) == list(range(2014, 2025))
    assert all((UN / f).is_file() for f in meta["file"])
    assert {p.name for p in (UN / "texts").iterdir()} == {f.split("/")[-1] for f in meta["file"]}
    readme = (UN / "README.md").read_text(encoding="utf-8")
    assert "CC0 1.0" in readme and "Words to unite nations" in readme


def test_every_speech_is_one_statement_of_its_delegations_camp(un_report):
    quotes = pd.read_csv(un_report / "tables" / "quotes.csv", keep_default_na=False)
    assert len(quotes) == 44 and set(quotes["kind"]) == {"statement"}
    camp = quotes["doc_id"].str[:3].map(CAMPS)
    assert (quotes["camp"] == camp).all(), quotes.loc[quotes["camp"] != camp, ["doc_id", "speaker"]]


def test_every_pair_of_the_four_camps_is_tested_on_sentiment(un_report):
    pairs = pd.read_csv(un_report / "tables" / "pairwise_differences.csv")
    sentiment = pairs[pairs["measure"] == "sentiment"].set_index(["camp_a", "camp_b"])
    for a, b in combinations(CAMPS.values(), 2):
        row = sentiment.loc[(a, b)] if (a, b) in sentiment.index else sentiment.loc[(b, a)]
        assert row["note"] == "article bootstrap" and row["articles_a"] == row["articles_b"] == 11
        assert row["ci_low"] <= row["difference"] <= row["ci_high"]
        assert 0 <= row["p_value"] <= row["p_adjusted"] <= 1
