"""Sentiment of quotes with VADER, loaded offline.

VADER (Hutto & Gilbert 2014) is a lexicon-and-rules sentiment scorer built for short social-media
texts. NLTK's implementation reads its lexicon through ``nltk.data``; NLTK's downloader is not
available offline, but the same lexicon ships inside the ``vaderSentiment`` wheel, so we put that
package folder on ``nltk.data.path`` and load ``vader_lexicon.txt`` from there.

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text. Proceedings of ICWSM-14.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

from discourse.text import sentence_spans

# VADER's documented thresholds for the compound score (Hutto & Gilbert 2014, README).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
# VADER was designed and validated on texts of a few sentences; on a whole speech its compound
# score saturates at +-1 because valences are summed before normalising. Longer texts are scored
# sentence by sentence and averaged.
MAX_WHOLE_SENTENCES = 3
LEXICON_FILE = "vader_lexicon.txt"


def _vader_folder() -> str:
    """Folder of the installed ``vaderSentiment`` package, which contains ``vader_lexicon.txt``."""
    import vaderSentiment

    folder = Path(vaderSentiment.__file__).resolve().parent
    if not (folder / LEXICON_FILE).is_file():
        raise FileNotFoundError(
            f"{folder / LEXICON_FILE}: VADER lexicon not found in the vaderSentiment package; "
            "reinstall vaderSentiment (it ships the lexicon)."
        )
    return str(folder)


_ASCII_PUNCT = string.punctuation


class _SentiText(SentiText):
    """NLTK's ``SentiText`` with the same words, found without a dictionary of every pairing.

    NLTK strips leading or trailing punctuation from a word by building, for every text, a
    dictionary of each word joined to each of its 20 punctuation marks on both sides; that
    dictionary was two thirds of the time of scoring a quote. Here each word is looked up
    directly. The words, and so every score, are the same: the words NLTK can strip to are free
    of ASCII punctuation, so the only candidate is the word minus its whole leading (or
    trailing) run of punctuation, and it must be one of NLTK's marks (checked by
    ``tests/test_sentiment.py`` against NLTK's own class).
    """

    def _words_and_emoticons(self) -> list[str]:
        wes = [we for we in self.text.split() if len(we) > 1]
        words_only = {w for w in self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split()
                      if len(w) > 1}
        marks = self.PUNC_LIST  # a frozenset here (see _Analyzer): only membership is asked
        for i, we in enumerate(wes):
            if we[0] in _ASCII_PUNCT:
                rest = we.lstrip(_ASCII_PUNCT)
                if rest in words_only and we[: len(we) - len(rest)] in marks:
                    wes[i] = rest
            elif we[-1] in _ASCII_PUNCT:
                rest = we.rstrip(_ASCII_PUNCT)
                if rest in words_only and we[len(rest):] in marks:
                    wes[i] = rest
        return wes



class _Analyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyzer using :class:`_SentiText`; its scores are NLTK's."""

    def __init__(self, lexicon_file: str) -> None:
        super().__init__(lexicon_file=lexicon_file)
        self._marks = frozenset(self.constants.PUNC_LIST)

    def polarity_scores(self, text: str) -> dict[str, float]:
        # NLTK's ``polarity_scores`` with its ``SentiText`` swapped for ours; the rest is its code.
        sentitext = _SentiText(text, self._marks, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index: dict[str, int] = {}
        for idx, token in enumerate(words_and_emoticons):
            first_index.setdefault(token, idx)
        boosters = self.constants.BOOSTER_DICT
        for item in words_and_emoticons:
            i = first_index[item]
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ) or item.lower() in boosters:
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


@lru_cache(maxsize=1)
def sentiment_analyzer() -> SentimentIntensityAnalyzer:
    """Return NLTK's VADER analyzer with the lexicon loaded offline (cached).

    The ``vaderSentiment`` package folder is inserted at the front of ``nltk.data.path`` (once) and
    the lexicon is loaded by its relative name: NLTK refuses absolute paths, and its downloader is
    never used, so this works on a machine without any ``nltk_data``.

    Returns
    -------
    nltk.sentiment.vader.SentimentIntensityAnalyzer
        The same object on every call.

    Examples
    --------
    >>> sentiment_analyzer().polarity_scores("We are friends.")["compound"] > 0
    True
    """
    import nltk.data

    folder = _vader_folder()
    if folder not in nltk.data.path:
        nltk.data.path.insert(0, folder)
    return _Analyzer(lexicon_file=LEXICON_FILE)


def sentiment_label(compound: float) -> str | None:
    """Label a compound score: ``positive`` (>= 0.05), ``negative`` (<= -0.05), else ``neutral``.

    Missing scores (NaN) have no label (``None``).
    """
    if compound is None or (isinstance(compound, float) and math.isnan(compound)):
        return None
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def compound_score(text: str, *, max_whole_sentences: int = MAX_WHOLE_SENTENCES) -> float:
    """VADER compound score of one text; long texts are averaged over their sentences.

    Parameters
    ----------
    text : str
        Any text. An empty text scores 0.0 (neutral), as in VADER.
    max_whole_sentences : int, default=3
        Texts with at most this many sentences (``discourse.text.sentence_spans``) are scored as a
        whole, exactly as ``SentimentIntensityAnalyzer.polarity_scores``. Longer texts get the
        unweighted mean of their sentences' compound scores.

    Returns
    -------
    float
        In [-1, 1].
    """
    return _compound(text, max_whole_sentences=max_whole_sentences, memo={})


def _compound(text: str, *, max_whole_sentences: int, memo: dict[str, float]) -> float:
    """:func:`compound_score`, looking each text it passes to VADER up in ``memo`` first.

    VADER is deterministic, so a sentence shared by several quotes of one table (a quote and
    the report around it, a speech quoted twice) is scored once.
    """
    spans = sentence_spans(text)
    if len(spans) <= max_whole_sentences:
        return float(_vader(text, memo))
    scores = [_vader(text[s:e], memo) for s, e in spans]
    return float(np.mean(scores))


def _vader(text: str, memo: dict[str, float]) -> float:
    score = memo.get(text)
    if score is None:
        score = memo[text] = sentiment_analyzer().polarity_scores(text)["compound"]
    return score


def score_sentiment(
    quotes: pd.DataFrame,
    *,
    text_col: str = "text",
    max_whole_sentences: int = MAX_WHOLE_SENTENCES,
) -> pd.DataFrame:
    """Add VADER sentiment to each quote (or statement).

    The score is VADER's *compound* score: the sum of the valences of the words (after VADER's
    rules for negation, intensifiers, "but", capitals and punctuation) normalised to [-1, 1] by
    ``x / sqrt(x**2 + 15)``. Quotes of up to ``max_whole_sentences`` sentences are scored as one
    text, exactly as ``polarity_scores``; longer texts (whole speeches in statements mode) are
    split with :func:`discourse.text.sentence_spans`, each sentence is scored, and the unweighted
    mean of the sentence scores is reported, because VADER's summed valence saturates at +-1 on
    long texts.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``text_col``, keeps every other column.
    text_col : str, default="text"
        Column with the text to score.
    max_whole_sentences : int, default=3
        Longest text, in sentences, that is scored as a whole.

    Returns
    -------
    DataFrame
        A copy of ``quotes`` (same rows, order and index) with two more columns:
        ``sentiment`` (float in [-1, 1]; NaN when the text is missing) and ``sentiment_label``
        (``positive`` if >= 0.05, ``negative`` if <= -0.05, else ``neutral``; None when NaN).

    Raises
    ------
    ValueError
        If ``text_col`` is not a column of ``quotes`` or ``max_whole_sentences`` < 1.

    References
    ----------
    Hutto & Gilbert (2014), see the module docstring.

    Examples
    --------
    >>> q = pd.DataFrame({"quote_id": ["a:0-9"], "text": ["We are the closest allies and friends."]})
    >>> score_sentiment(q)[["sentiment", "sentiment_label"]]
       sentiment sentiment_label
    0     0.4767        positive
    """
    if text_col not in quotes.columns:
        raise ValueError(
            f"The 'text_col' parameter of score_sentiment must name a column of quotes; "
            f"got {text_col!r}, columns are {list(quotes.columns)}."
        )
    if not isinstance(max_whole_sentences, int) or max_whole_sentences < 1:
        raise ValueError(
            "The 'max_whole_sentences' parameter of score_sentiment must be an int >= 1; "
            f"got {max_whole_sentences!r} instead."
        )
    out = quotes.copy()
    scores = _scores_once(quotes[text_col].tolist(), max_whole_sentences=max_whole_sentences)
    out["sentiment"] = pd.Series(scores, index=quotes.index, dtype="float64")
    out["sentiment_label"] = pd.Series(
        [sentiment_label(s) for s in scores], index=quotes.index, dtype="object"
    )
    return out


def _scores_once(texts: list, *, max_whole_sentences: int) -> list[float]:
    """Compound score of each text, scoring each distinct text once.

    VADER is deterministic, so a text repeated in one table (a wire story reprinted by several
    outlets, a quote cited twice) gets the score of its first occurrence without a second pass
    through the analyzer. Non-strings (missing texts) score NaN.
    """
    seen: dict[str, float] = {}
    memo: dict[str, float] = {}  # VADER's score of each text or sentence scored so far
    scores: list[float] = []
    for t in texts:
        if not isinstance(t, str):
            scores.append(np.nan)
            continue
        score = seen.get(t)
        if score is None:
            score = seen[t] = _compound(t, max_whole_sentences=max_whole_sentences, memo=memo)
        scores.append(score)
    return scores
