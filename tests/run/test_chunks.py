"""Tests for discourse.run.chunks: every measure reads a unit's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.measure.frames import load_frames, score_frames
from discourse.measure.sentiment import sentiment_of
from discourse.measure.stance import load_targets, score_stance
from discourse.run.pipeline import run_pipeline
from discourse.text import tokenize

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_run():
    return run_pipeline(REPO / "data" / "corpus")


def test_a_nested_quotes_words_are_in_no_other_quotes_scores_or_tokens(seed_run):
    # Issue 15: Siluanov rebuts "Why do we give loans ...?"; those words sat in his quote's scores
    # and keyness tokens and again in a separate unit.
    units = seed_run.units
    nested = units[units["kind"] == "nested"]
    assert len(nested) >= 1
    inner = nested.iloc[0]
    parent = units[(units["doc_id"] == inner["doc_id"]) & (units["start"] <= inner["start"])
                   & (units["end"] >= inner["end"]) & (units["kind"] != "nested")].iloc[0]
    assert parent["speaker"] == "Anton Siluanov" and inner["camp"] == "unknown"
    own = parent["text"].replace(inner["text"], "…")
    # sentiment, stance and frames of the parent are those of its text without the nested words
    assert parent["sentiment"] == pytest.approx(sentiment_of(own))
    alone = score_frames(score_stance(
        units.loc[[parent.name], ["text"]].assign(text=own), load_targets()), load_frames())
    for col in alone.columns.drop("text"):
        assert alone.iloc[0][col] == parent[col] or (alone.iloc[0][col] != alone.iloc[0][col]
                                                     and parent[col] != parent[col]), col
    # "Russia" is named only inside the nested quote: the parent does not mention it
    assert parent["stance_russia_mentions"] == 0 and inner["stance_russia_mentions"] == 1
    # keyness tokens: the nested quote's words are counted for its camp, once
    counts = seed_run.summary.word_counts
    assert counts["unknown"]["loans"] == 1
    assert counts["russian_official"]["loans"] == sum(
        tokenize(t).count("loans") for t in units.loc[units["camp"] == "russian_official", "text"]
    ) - 1
    # quoted words: the parent's n_tokens leave the nested words out
    scores = seed_run.summary.scores.set_index("quote_id")
    assert scores.loc[parent["quote_id"], "n_tokens"] == len(tokenize(own))
    assert scores.loc[inner["quote_id"], "n_tokens"] == len(tokenize(inner["text"]))
