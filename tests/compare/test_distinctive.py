"""Distinctive words: within each language, only words a camp used, tested over articles, calibrated
under a clustered null."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import mannwhitneyu

from discourse.compare.distinctive import (
    distinctive_words,
    iter_articles,
    mann_whitney,
    side_by_side,
)

CAMPS = ["russian_official", "western", "opposition"]


def _clustered_null(seed: int, n_articles: int = 60) -> pd.DataFrame:
    """Articles with a topic; every camp draws its words from the same distribution (a null)."""
    rng = np.random.default_rng(seed)
    general = [f"w{i}" for i in range(300)]
    p_general = 1.0 / np.arange(1, 301)
    p_general /= p_general.sum()
    topics = [[f"t{k}x{i}" for i in range(25)] for k in range(8)]
    rows = []
    for d in range(n_articles):
        topic = topics[rng.integers(len(topics))]
        camps = rng.choice(CAMPS, size=rng.integers(1, 3), replace=False)  # 1 or 2 camps quoted
        for camp in camps:
            for q in range(rng.integers(1, 5)):
                words = list(rng.choice(general, 15, p=p_general)) + list(rng.choice(topic[:8], 10))
                rows.append({"quote_id": f"d{d}:{camp}:{q}", "doc_id": f"d{d}", "camp": camp,
                             "lang": "en", "text": " ".join(words)})
    return pd.DataFrame(rows)


def test_under_a_clustered_null_at_most_5_percent_of_words_are_distinctive():
    tested = flagged = 0
    for seed in range(6):
        res = distinctive_words(_clustered_null(seed), camps=CAMPS, background=None)
        tested += int(res.status["n_words_tested"].sum())
        flagged += int(res.words["distinctive"].sum())
    assert tested > 500
    assert flagged / tested <= 0.05 + 2 * np.sqrt(0.05 * 0.95 / tested)


def test_a_real_difference_is_found():
    q = _clustered_null(1)
    west = q["camp"] == "western"
    q.loc[west, "text"] = q.loc[west, "text"] + " democracy democracy freedom"
    res = distinctive_words(q, camps=CAMPS, background=None)
    top = res.words[(res.words["camp"] == "western") & res.words["distinctive"]]["feature"]
    assert {"democracy", "freedom"} <= set(top)


def _two_languages() -> pd.DataFrame:
    rows = []
    for d in range(6):
        rows += [
            {"quote_id": f"e{d}:1", "doc_id": f"e{d}", "camp": "western", "lang": "en",
             "text": "Sanctions are the answer to the regime and the sanctions will stay"},
            {"quote_id": f"e{d}:2", "doc_id": f"e{d}", "camp": "russian_official", "lang": "en",
             "text": "The sovereignty of the union state is not negotiable"},
            {"quote_id": f"r{d}:1", "doc_id": f"r{d}", "camp": "western", "lang": "ru",
             "text": "Санкции это ответ режиму, и санкции останутся"},
            {"quote_id": f"r{d}:2", "doc_id": f"r{d}", "camp": "russian_official", "lang": "ru",
             "text": "Суверенитет союзного государства не обсуждается"},
        ]
    rows.append({"quote_id": "x:1", "doc_id": "x", "camp": "opposition", "lang": "en",
                 "text": "Freedom freedom freedom freedom freedom for Belarus"})
    return pd.DataFrame(rows)


def test_languages_are_kept_apart_and_only_used_words_are_listed():
    q = _two_languages()
    res = distinctive_words(q, camps=CAMPS, min_count=2, min_articles=3, min_quotes=3)
    assert set(res.words["lang"]) == {"en", "ru"}
    ru = res.words[res.words["lang"] == "ru"]
    assert not ru["feature"].str.contains("[a-z]").any()  # no English word in a Russian list
    assert "и" not in set(ru["feature"]) and "это" not in set(ru["feature"])  # Russian stopwords
    assert (res.words["n_target"] >= 2).all()  # no list has a word its camp never used
    for (lang, camp), g in res.words.groupby(["lang", "camp"]):
        own = " ".join(q[(q["lang"] == lang) & (q["camp"] == camp)]["text"]).lower()
        assert all(w in own for w in g["feature"]), (lang, camp)
    wide = side_by_side(res.words, top=3, camps=CAMPS)
    assert list(wide.columns) == ["rank", "russian_official (en)", "russian_official (ru)",
                                  "western (en)", "western (ru)"]
    assert wide.loc[0, "western (ru)"].startswith("санкции")


def test_a_one_quote_camp_gets_no_test():
    res = distinctive_words(_two_languages(), camps=CAMPS, min_count=2, min_articles=3)
    opp = res.status[res.status["camp"] == "opposition"].iloc[0]
    assert not opp["tested"] and opp["note"].startswith("not tested: 1 quote(s)")
    assert "opposition" not in set(res.words["camp"])  # "freedom" x5 is no finding


def test_sparse_mann_whitney_equals_scipy():
    rng = np.random.default_rng(0)
    for _ in range(20):
        x = np.where(rng.random(9) < 0.5, 0.0, rng.integers(1, 4, 9) / 10)
        y = np.where(rng.random(30) < 0.7, 0.0, rng.integers(1, 4, 30) / 10)
        if not (x > 0).any() and not (y > 0).any():
            continue
        want = mannwhitneyu(x, y, alternative="two-sided", method="asymptotic")
        got, direction = mann_whitney(x[x > 0], len(x), y[y > 0], len(y))
        assert got == pytest.approx(want.pvalue, rel=1e-9)
        assert direction == np.sign(want.statistic - len(x) * len(y) / 2)


def test_reading_a_file_in_chunks_equals_the_table_and_reprints_can_be_left_out(tmp_path):
    q = _clustered_null(3, n_articles=30)
    path = tmp_path / "quotes.csv"
    q.to_csv(path, index=False)
    chunks = list(iter_articles(path, chunksize=7))
    assert sum(len(c) for c in chunks) == len(q)
    assert all(not set(a["doc_id"]) & set(b["doc_id"]) for a, b in zip(chunks, chunks[1:]))
    a = distinctive_words(q, camps=CAMPS, background=None)
    b = distinctive_words(path, camps=CAMPS, background=None, chunksize=7)
    pd.testing.assert_frame_equal(a.words, b.words)
    doubled = pd.concat([q, q.assign(quote_id=q["quote_id"] + "#r", doc_id=q["doc_id"] + "r")])
    c = distinctive_words(doubled, camps=CAMPS, background=None,
                          exclude_quote_ids=set(q["quote_id"] + "#r"))
    pd.testing.assert_frame_equal(a.words, c.words)
    pd.testing.assert_frame_equal(a.status, c.status)
