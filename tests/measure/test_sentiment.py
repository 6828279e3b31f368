"""Tests for discourse.measure.sentiment: offline VADER, scores equal to NLTK's, long-text averaging."""

from __future__ import annotations

import math

import nltk.data
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from discourse.measure import sentiment
from discourse.measure.sentiment import score_sentiment, sentiment_analyzer, sentiment_label
from discourse.text import sentence_spans


def test_vader_loads_offline_without_any_nltk_data(monkeypatch):
    # Only the vaderSentiment folder will be on the path: no nltk_data anywhere, no downloader.
    monkeypatch.setattr(nltk.data, "path", [])
    monkeypatch.setattr(nltk.data, "_resource_cache", {})
    sentiment_analyzer.cache_clear()
    try:
        analyzer = sentiment_analyzer()
        assert nltk.data.path == [sentiment._vader_folder()]
        assert not any("nltk_data" in p for p in nltk.data.path)
        assert len(analyzer.lexicon) > 7000
        assert analyzer.lexicon["good"] == pytest.approx(1.9)
        assert analyzer.polarity_scores("This is a terrible, awful day.")["compound"] < -0.5
    finally:
        sentiment_analyzer.cache_clear()


def test_analyzer_is_cached():
    assert sentiment_analyzer() is sentiment_analyzer()


def test_score_matches_polarity_scores_on_a_sentence():
    text = "We strongly condemn the brutal violence against peaceful protesters."
    expected = sentiment_analyzer().polarity_scores(text)["compound"]
    # An independently constructed analyzer on the same lexicon gives the same number.
    other = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    assert other.polarity_scores(text)["compound"] == expected
    out = score_sentiment(pd.DataFrame({"quote_id": ["q1"], "text": [text]}))
    assert out.loc[0, "sentiment"] == pytest.approx(expected)
    assert expected < -0.05 and out.loc[0, "sentiment_label"] == "negative"


def test_long_text_is_the_mean_of_its_evaluative_sentences():
    text = (
        "The talks were excellent. We are grateful to our friends. The meeting was on Monday. "
        "Nothing was decided. The outcome is a disaster."
    )
    spans = sentence_spans(text)
    assert len(spans) == 5
    analyzer = sentiment_analyzer()
    each = [analyzer.polarity_scores(text[s:e])["compound"] for s, e in spans]
    assert each[2] == 0.0  # no sentiment word: left out of the mean
    expected = np.mean([c for c in each if c != 0.0])
    out = score_sentiment(pd.DataFrame({"text": [text]}))
    assert out.loc[0, "sentiment"] == pytest.approx(expected)
    # One rule at every length: two sentences are not scored whole either.
    two = "The talks were excellent. The outcome is a disaster."
    assert sentiment.sentiment_of(two) == pytest.approx(np.mean(
        [analyzer.polarity_scores(t)["compound"] for t in two.split(". ")]))
    assert sentiment.sentiment_of("Nothing was decided. The meeting was on Monday.") == 0.0


_POSITIVE = ["We are grateful to our friends.", "The talks were excellent and very productive.",
             "This is a great day for our people."]
_NEGATIVE = ["The outcome is a disaster.", "We condemn this brutal and cowardly attack.",
             "Their lies are shameful."]
_NEUTRAL = ["The meeting was held on Monday.", "The delegation arrived in Minsk.",
            "Talks will continue next week.", "He spoke to reporters after the session.",
            "The document has twelve articles."]


@given(st.lists(st.sampled_from(_POSITIVE + _NEGATIVE), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 8), st.sampled_from(_NEUTRAL)), max_size=8))
@settings(max_examples=300, deadline=None)
def test_neutral_sentences_never_move_a_score(evaluative, inserts):
    # Issue 15: one positive sentence with two neutral ones scored 0.862, with three 0.215 (the
    # rule changed at four sentences). Adding neutral sentences anywhere, any number of them,
    # must not flip the sign or change the scale: the score stays the same.
    base = " ".join(evaluative)
    sentences = list(evaluative)
    for pos, neutral in inserts:
        sentences.insert(min(pos, len(sentences)), neutral)
    padded = " ".join(sentences)
    assert sentiment.sentiment_of(padded) == pytest.approx(sentiment.sentiment_of(base))


def test_repeating_a_sentence_does_not_move_its_score():
    one = sentiment.sentiment_of(_POSITIVE[1])
    assert one == sentiment_analyzer().polarity_scores(_POSITIVE[1])["compound"]
    for k in (2, 3, 4, 6):
        assert sentiment.sentiment_of(" ".join([_POSITIVE[1]] * k)) == pytest.approx(one)


def test_labels_use_vader_thresholds():
    assert sentiment_label(0.05) == "positive"
    assert sentiment_label(0.0499) == "neutral"
    assert sentiment_label(-0.05) == "negative"
    assert sentiment_label(-0.0499) == "neutral"
    assert sentiment_label(float("nan")) is None


def test_rows_order_index_and_missing_text_are_kept():
    q = pd.DataFrame(
        {"quote_id": ["b", "a", "c"], "text": ["Great news!", None, ""], "camp": ["x", "y", "z"]},
        index=[10, 5, 7],
    )
    out = score_sentiment(q)
    assert list(out.index) == [10, 5, 7]
    assert list(out["quote_id"]) == ["b", "a", "c"]
    assert out.loc[10, "sentiment_label"] == "positive"
    assert math.isnan(out.loc[5, "sentiment"]) and out.loc[5, "sentiment_label"] is None
    assert out.loc[7, "sentiment"] == 0.0 and out.loc[7, "sentiment_label"] == "neutral"
    assert "sentiment" not in q.columns  # input not modified


def test_bad_parameters_are_named():
    with pytest.raises(ValueError, match="'text_col' parameter of score_sentiment"):
        score_sentiment(pd.DataFrame({"body": ["x"]}))


def test_each_distinct_text_is_scored_once_with_the_same_result(monkeypatch):
    long = " ".join(["We are friends.", "This is a terrible war."] * 3)  # scored by sentence
    texts = ["We are friends.", "This is a terrible war.", "We are friends.", None, long,
             "This is a terrible war.", "We are friends.", float("nan"), long]
    q = pd.DataFrame({"quote_id": [f"a:{i}-{i + 1}" for i in range(len(texts))], "text": texts})
    expected = [sentiment.sentiment_of(t) if isinstance(t, str) else np.nan for t in texts]
    real = sentiment_analyzer()
    calls: list[str] = []

    class Counting:
        def compound(self, text):
            calls.append(text)
            return real.compound(text)

    monkeypatch.setattr(sentiment, "sentiment_analyzer", Counting)
    got = score_sentiment(q)
    # the long text's sentences are the two short texts: VADER sees each sentence once
    assert sorted(calls) == ["This is a terrible war.", "We are friends."]
    np.testing.assert_array_equal(got["sentiment"].to_numpy(), np.array(expected, dtype=float))
    assert got["sentiment_label"].tolist()[3] is None and got["sentiment_label"][0] == "positive"


# --- our analyzer finds VADER's words faster; its scores must stay NLTK's, exactly -------------

_PUNCTUATION_CASES = [
    "Good!", "!Good", "good!!!", "??bad", "“Great,” he said.", "It's not 'bad', it's awful...",
    "(terrible) -- yes; :) :( :-D #fail @user", "GREAT!?!? but... meh?!?!", "'tis fine",
    "U.S.-led sanctions, a 'hostile' act!", "kind of good", "no,no,no!!", "- - -", "!", "",
    "ВЕЛИКИЙ день!", "good\u2014bad", "wow!!!!!!!", "\"Excellent\"", "“Excellent”",
]


def _nltk_analyzer() -> SentimentIntensityAnalyzer:
    sentiment_analyzer()  # puts the vaderSentiment folder on nltk.data.path
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def test_scores_equal_nltk_on_punctuation_cases():
    ours, nltk_vader = sentiment_analyzer(), _nltk_analyzer()
    for text in _PUNCTUATION_CASES:
        expected = nltk_vader.polarity_scores(text)
        assert ours.polarity_scores(text) == expected, text
        assert ours.compound(text) == expected["compound"], text
        assert sentiment._words_and_emoticons(text) == _nltk_words(text), text


_PIECES = list("ab !?.,;:-'\"#()GOD\u00a0\x1c") + ["good", "bad ", "not ", "very ", "GREAT", "but "]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_scores_equal_nltk_on_generated_texts(text):
    expected = _NLTK.polarity_scores(text)
    assert sentiment_analyzer().polarity_scores(text) == expected
    assert sentiment_analyzer().compound(text) == expected["compound"]
    assert sentiment._words_and_emoticons(text) == _nltk_words(text)


# --- the fast compound score: every rule of VADER, and its quirks, against NLTK ---------------

# Lexicon words (some also in idioms: "shit", "bomb", "bad", "ass", "kiss", "death", "hand",
# "cut", "yeah", "kind", "no"), boosters and dampeners, negations, the words of "never so/this",
# "at least" and idioms, "but", ALL CAPS, punctuation runs and emoticons.
_RULE_WORDS = (
    "good bad great terrible love hate war peace friends kind no shit bomb ass kiss death hand cut "
    "yeah right mustard mouth the of to sort just enough very so this more most extremely "
    "little barely kinda kind-of sort-of not never none nothing without despite don't isn't "
    "wouldn't've cannot least at but BUT But GOOD BAD VERY NOT Good Never Least The "
    "good! bad, (great) \"love\" 'hate' !!! ?? ? ! ?!?! . , :) :( :-D <3 #fail U.S. x"
).split()


@given(st.lists(st.sampled_from(_RULE_WORDS), max_size=30), st.sampled_from([" ", "  ", "\n"]))
@settings(max_examples=3000, deadline=None)
def test_compound_equals_nltk_on_texts_of_rule_words(words, sep):
    text = sep.join(words)
    assert sentiment_analyzer().compound(text) == _NLTK.polarity_scores(text)["compound"], text


@pytest.mark.parametrize(
    "text",
    [
        "good not good",  # a repeated word is scored at its first position (NLTK's quirk)
        "not good good", "GOOD good GOOD", "good but bad but good", "good BUT bad",
        "kind of good", "good kind of", "kind of kind", "Kind of bad", "the shit is the bomb",
        "he is a bad ass", "yeah right", "the food was so cut the mustard", "a kiss of death",
        "living hand to mouth", "it is sort of good", "it is just enough good", "at least good",
        "very least good", "least good", "the least bad", "never so good", "never this bad",
        "we were this good", "so good", "I don't think this is good", "VERY good friends",
        "very GOOD friends", "ALL CAPS GOOD", "good!!!!", "bad??", "bad????", "great?!",
        "no good", "no no no", "",
    ],
)
def test_compound_equals_nltk_on_rule_examples(text):
    assert sentiment_analyzer().compound(text) == _NLTK.polarity_scores(text)["compound"]


def test_no_lexicon_word_has_valence_zero():
    # _context_is_plain relies on it: adding NLTK's 0.0 boosts then changes no bit.
    assert 0 not in sentiment_analyzer().lexicon.values()


@given(st.lists(st.sampled_from(list("ab .!?…\n\r\"”)") + ["Mr. ", "U.S. ", "\n\n"]), max_size=30))
@settings(max_examples=500, deadline=None)
def test_few_sentence_ends_mean_few_sentences(pieces):
    text = "".join(pieces)
    for n in (1, 2, 3, 4):
        if sentiment._surely_at_most(text, n):
            assert len(sentence_spans(text)) <= n, text


def _nltk_words(text: str) -> list[str]:
    """NLTK's own ``words_and_emoticons`` of ``text``."""
    constants = VaderConstants()
    sentitext = SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
    return sentitext.words_and_emoticons


def test_scores_equal_nltk_on_newsmtsc(shared_dir):
    import json

    ours, nltk_vader = sentiment_analyzer(), _nltk_analyzer()
    n = 0
    for path in sorted((shared_dir / "datasets" / "newsmtsc").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:1500]:
            text = json.loads(line)["sentence"]
            expected = nltk_vader.polarity_scores(text)
            assert ours.polarity_scores(text) == expected, text
            assert ours.compound(text) == expected["compound"], text
            n += 1
    assert n > 1000


_NLTK = _nltk_analyzer()
