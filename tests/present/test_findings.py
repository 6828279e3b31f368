"""Tests for discourse.present.findings: the opening summary is computed from the tables."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.present.findings import (
    PAIRWISE_COLUMNS,
    corpus_counts,
    findings_markdown,
    md_escape,
    significant_differences,
    top_distinctive,
)

CAMPS = ["russian_official", "opposition", "western"]


@pytest.fixture()
def quotes() -> pd.DataFrame:
    rows = ([("a1", "russian_official", "Dmitry Peskov", "en")] * 3
            + [("a2", "russian_official", "Sergey Lavrov", "ru")] * 2
            + [("a2", "western", "Josep Borrell", "en")]
            + [("a3", "unknown", "он", "ru")] * 4 + [("a3", "unknown", "", "en")])
    return pd.DataFrame(rows, columns=["doc_id", "camp", "speaker", "lang"])


def _pair(measure, label, a, b, est_a, est_b, lo, hi, p_adj, sig, **kw) -> dict:
    row = dict(measure=measure, measure_label=label, camp_a=a, camp_b=b, n_a=40, n_b=30,
               articles_a=12, articles_b=9, estimate_a=est_a, estimate_b=est_b,
               difference=est_a - est_b, ci_low=lo, ci_high=hi, p_value=p_adj / 2,
               p_adjusted=p_adj, significant=sig)
    row.update(kw)
    return row


@pytest.fixture()
def pairwise() -> pd.DataFrame:
    rows = [
        _pair("frame_security", "Security and defense", "russian_official", "western", 0.32, 0.10,
              0.08, 0.35, 0.01, True),
        _pair("frame_economic", "Economic", "russian_official", "western", 0.20, 0.15, -0.1, 0.2,
              0.6, False),
        _pair("sentiment", "Sentiment", "opposition", "western", 0.25, -0.05, 0.11, 0.5, 0.03, True,
              n_a=9, articles_a=1),
        _pair("stance_west_against", "The West: against", "russian_official", "western", 0.6, 0.1,
              0.3, 0.7, 0.002, True),
    ]
    df = pd.DataFrame(rows)
    assert tuple(df.columns) == PAIRWISE_COLUMNS
    return df


def test_counts_per_camp_and_language(quotes):
    counts = corpus_counts(quotes, camps=CAMPS).set_index("camp")
    assert list(counts.index) == ["russian_official", "opposition", "western", "unknown", "(all)"]
    assert counts.loc["russian_official", ["articles", "quotes", "speakers", "quotes_en",
                                           "quotes_ru"]].tolist() == [2, 5, 2, 3, 2]
    assert counts.loc["opposition", "quotes"] == 0  # a compared camp without quotes is shown
    assert counts.loc["(all)", ["articles", "quotes", "quotes_en", "quotes_ru"]].tolist() == [3, 11, 5, 6]


def test_only_significant_differences_are_reported_with_n_and_interval(quotes, pairwise):
    sig = significant_differences(pairwise)
    assert sorted(sig["measure"]) == ["frame_security", "sentiment", "stance_west_against"]
    text = findings_markdown(quotes, camps=CAMPS, min_quotes=5, pairwise=pairwise)
    assert "Economic" not in text  # not significant: never spoken of
    assert ("**Security and defense**: Russian officials 32%, Western officials 10%; difference "
            "+22 percentage points (95% CI +8 to +35 percentage points); n = 40 and 30 quotes "
            "from 12 and 9 articles; adjusted p = 0.010.") in text
    assert "Opposition +0.25, Western officials -0.05; difference +0.30 (95% CI +0.11 to +0.50)" in text
    assert "n = 9 and 30 quotes from 1 and 9 articles" in text
    assert "(4 tested;" in text


def test_the_clearest_differences_come_first_and_are_capped(pairwise):
    many = pd.concat([pairwise.iloc[[0]].assign(p_adjusted=p, difference=d, measure=f"frame_{i}")
                      for i, (p, d) in enumerate([(0.04, 0.1), (0.001, 0.05), (0.001, 0.3),
                                                  (0.02, 0.2)])])
    sig = significant_differences(many, per_kind=3)
    assert list(sig["measure"]) == ["frame_2", "frame_1", "frame_3"]


def test_a_stratum_is_named_and_extra_columns_are_allowed(quotes, pairwise):
    strata = pairwise.assign(stratum=["direct", "direct", "indirect", ""], note="")
    text = findings_markdown(quotes, camps=CAMPS, min_quotes=5, pairwise=strata)
    assert "**Security and defense** (direct): Russian officials 32%" in text
    assert "**Sentiment** (indirect): Opposition" in text and "**The West: against**: " in text


def test_no_significant_difference_says_so(quotes, pairwise):
    none = pairwise.assign(significant=False)
    text = findings_markdown(quotes, camps=CAMPS, min_quotes=5, pairwise=none)
    assert "None: no difference between two camps is significant" in text
    without = findings_markdown(quotes, camps=CAMPS, min_quotes=5)
    assert "Differences between camps" not in without


def test_pairwise_table_without_its_columns_is_refused(quotes, pairwise):
    with pytest.raises(ValueError, match=r"pairwise table is missing column\(s\) \['p_adjusted'\]"):
        findings_markdown(quotes, camps=CAMPS, min_quotes=5,
                          pairwise=pairwise.drop(columns="p_adjusted"))


def test_distinctive_words_pass_the_threshold_with_an_interval():
    key = pd.DataFrame({"feature": ["sanctions", "ally", "the"], "log_odds": [2.0, 1.0, -0.5],
                        "z": [4.0, 1.5, -2.5], "n_target": [7, 3, 40]})
    words = top_distinctive(key)
    assert words["feature"].tolist() == ["sanctions"]
    assert words.loc[0, "ci_low"] == pytest.approx(2.0 - 1.959964 * 0.5)
    assert words.loc[0, "ci_high"] == pytest.approx(2.0 + 1.959964 * 0.5)


def test_warnings_name_unknown_share_small_camps_decoded_and_skipped(quotes):
    decoded = pd.DataFrame({"doc_id": ["old_news"], "encoding": ["cp1251"], "note": [""]})
    skipped = pd.DataFrame({"skipped_path": ["scan.pdf"], "reason": ["not a text file"]})
    text = findings_markdown(quotes, camps=CAMPS, min_quotes=5, decoded=decoded,
                             skipped=skipped, articles=4)
    assert text.startswith("## Findings\n\n4 articles read, 3 of them with quotes: 11 quotes (6 in "
                           "Russian, 5 in English), by 3 speakers resolved")
    assert ("5 of 11 quotes (45%) are by speakers not resolved to an actor of the registry "
            "(camp *unknown*), by language: English 1 of 5 (20%); Russian 4 of 6 (67%)") in text
    assert "**Small camps**: Opposition (0 quotes), Western officials (1 quote): fewer than 5" in text
    assert "Russian officials (5" not in text.split("Small camps")[1]
    assert ("1 file decoded from another encoding than UTF-8 or with invalid bytes replaced: "
            "old\\_news (cp1251)") in text
    assert "1 file was not read and is not in the analysis: scan\\.pdf (not a text file)" in text
    clean = findings_markdown(quotes[quotes["camp"] != "unknown"], camps=["russian_official"],
                              min_quotes=5)
    assert "**Warnings**" not in clean


def test_corpus_text_is_escaped_so_it_cannot_become_markup(quotes):
    key = {"western": pd.DataFrame({"feature": ["<script>alert(1)</script>", "**bold**"],
                                    "log_odds": [3.0, 2.5], "z": [3.0, 2.5], "n_target": [2, 2]})}
    text = findings_markdown(quotes, camps=CAMPS, min_quotes=1, keyness=key)
    assert "<script>" not in text and "**bold**" not in text
    assert "&lt;script&gt;" in text and "\\*\\*bold\\*\\*" in text
    assert md_escape("a_b [c](d)") == "a\\_b \\[c\\]\\(d\\)"
