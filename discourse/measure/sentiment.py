"""Sentiment of quotes with VADER, loaded offline.

VADER (Hutto & Gilbert 2014) is a lexicon-and-rules sentiment scorer built for short social-media
texts. NLTK's implementation reads its lexicon through ``nltk.data``; NLTK's downloader is not
available offline, but the same lexicon ships inside the ``vaderSentiment`` wheel, so we put that
package folder on ``nltk.data.path`` and load ``vader_lexicon.txt`` from there.

A quote's score is the mean of its sentences' compound scores, over the sentences that carry any
sentiment word (:func:`sentiment_of`: one rule at every length, so adding neutral sentences never
moves a score). Each sentence's score is NLTK's
``SentimentIntensityAnalyzer.polarity_scores(text)["compound"]``, bit for bit, but computed
faster (``_Analyzer.compound``): NLTK gives every word a sentiment, mostly 0, and
calls its rules for each; here the words are split without NLTK's per-text dictionary, only the
lexicon words are scored, and a lexicon word with no booster, negation, "least", "so/this" or
idiom nearby takes its lexicon valence directly; the others go through NLTK's own rules.
``tests/test_sentiment.py`` compares both on generated texts and on news sentences.

Other languages score their sentences by their own rule of the same shape, looked up in
:data:`SENTENCE_SCORERS` by the quote's ``lang`` (Russian: :func:`discourse.measure.russian
.sentence_score`, a lexicon by lemma with VADER's negation, booster, contrast and normaliser);
the mean over evaluative sentences is the same for every language.

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text. Proceedings of ICWSM-14.
"""

from __future__ import annotations

import math
import re
import string
from functools import cached_property, lru_cache
from itertools import compress
from pathlib import Path

import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from discourse.measure import russian
from discourse.text import sentence_spans
from discourse.text.lang import language_of

# VADER's documented thresholds for the compound score (Hutto & Gilbert 2014, README).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
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


# --- VADER's words ---------------------------------------------------------------------------

_CONSTANTS = VaderConstants()
_ASCII_PUNCT = string.punctuation
_PUNCT_CHARS = frozenset(_ASCII_PUNCT)
_MARKS = frozenset(_CONSTANTS.PUNC_LIST)
_HAS_PUNCT = re.compile(f"[{re.escape(_ASCII_PUNCT)}]").search


def _words_and_emoticons(text: str) -> list[str]:
    """NLTK's ``SentiText.words_and_emoticons`` of ``text``, without its dictionary.

    NLTK keeps the whitespace-separated tokens longer than one character, and replaces a token
    that is a mark of ``PUNC_LIST`` joined to a word of ``words_only`` (either side) by that
    word. It finds them by building, for every text, a dictionary of each word joined to each
    of its 17 marks on both sides; that was two thirds of the time of scoring a quote. Here each
    token is checked directly. ``words_only`` holds the words of the text with all ASCII
    punctuation deleted, minus single characters, so a word joined to a mark is in it exactly
    when it has two or more characters and no ASCII punctuation (the token with its
    punctuation deleted is then that word). Such a word is the token minus its whole leading
    (or trailing) run of punctuation. ``tests/test_sentiment.py`` checks this against NLTK.
    """
    words = [w for w in text.split() if len(w) > 1]
    for i, word in enumerate(words):
        if word.isalnum():
            continue  # letters and digits only: no mark to strip (most words)
        if word[0] in _PUNCT_CHARS:
            bare = word.lstrip(_ASCII_PUNCT)
            mark = word[: len(word) - len(bare)]
        elif word[-1] in _PUNCT_CHARS:
            bare = word.rstrip(_ASCII_PUNCT)
            mark = word[len(bare) :]
        else:
            continue
        if mark in _MARKS and len(bare) > 1 and not _HAS_PUNCT(bare):
            words[i] = bare
    return words


class _SentiText(SentiText):
    """NLTK's ``SentiText`` with the same words, found by :func:`_words_and_emoticons`."""

    def _words_and_emoticons(self) -> list[str]:
        return _words_and_emoticons(self.text)


class _Words:
    """The two attributes of a ``SentiText`` that NLTK's ``sentiment_valence`` reads."""

    def __init__(self, words: list[str]) -> None:
        self.words_and_emoticons = words

    @cached_property
    def is_cap_diff(self) -> bool:
        """True if some but not all words are ALL CAPS (NLTK's ``allcap_differential``)."""
        n_upper = sum(map(str.isupper, self.words_and_emoticons))
        return 0 < len(self.words_and_emoticons) - n_upper < len(self.words_and_emoticons)


# --- the rules of VADER that look at a lexicon word's neighbours -----------------------------

# Words before a lexicon word that can change its valence in NLTK's ``sentiment_valence``:
# boosters and dampeners (``scalar_inc_dec``), negations (``_never_check``, which also looks
# for "n't" inside any word), "never so/this" and a bare "so/this" (``_never_check``), and
# "least" (``_least_check``). Multi-word keys such as "kind of" never equal a single word.
_MODIFIERS = (
    frozenset(_CONSTANTS.BOOSTER_DICT) | _CONSTANTS.NEGATE | {"least", "never", "so", "this"}
)
# The first two words of each idiom ("kiss of death") and two-word booster ("sort of"). NLTK's
# ``_idioms_check`` compares the phrases that start 3, 2, 1 or 0 words before a lexicon word
# with them, so a match needs one of these pairs there.
_IDIOM_STARTS = frozenset(
    tuple(phrase.split(" ")[:2])
    for phrase in [*_CONSTANTS.SPECIAL_CASE_IDIOMS, *_CONSTANTS.BOOSTER_DICT]
    if " " in phrase
)
_IDIOM_WORDS = frozenset(word for pair in _IDIOM_STARTS for word in pair)


def _context_is_plain(words: list[str], lowered: list[str], i: int, has_nt: bool) -> bool:
    """True if no rule of NLTK's ``sentiment_valence`` can change the valence of word ``i``.

    Those rules look at the three words before ``i`` (boosters, negations, "never so",
    "least": all in ``_MODIFIERS``, or a word with "n't"; ``has_nt`` says whether the text
    has one at all) and, from the fourth word on, at idioms (:func:`_may_start_idiom`). With
    none of them around, each rule adds ``0.0`` or does nothing, so the valence stays the
    lexicon's (never 0, so adding 0.0 changes no bit).
    """
    before = lowered[max(i - 3, 0) : i]
    if not _MODIFIERS.isdisjoint(before):
        return False
    if has_nt and any("n't" in word for word in before):
        return False
    return i < 3 or not _may_start_idiom(words[i - 3 : i + 2])


def _may_start_idiom(nearby: list[str]) -> bool:
    """True if two consecutive words of ``nearby`` (words ``i-3`` to ``i+1``) start an idiom.

    Words never contain spaces, so a phrase joined from words equals an idiom only if its
    first two words are the idiom's first two: a pair in ``_IDIOM_STARTS``.
    """
    if _IDIOM_WORDS.isdisjoint(nearby):  # the common case, decided in C
        return False
    return not _IDIOM_STARTS.isdisjoint(zip(nearby, nearby[1:]))


class _Analyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyzer with a fast :meth:`compound`; its scores are NLTK's, bit for bit."""

    def __init__(self, lexicon_file: str) -> None:
        super().__init__(lexicon_file=lexicon_file)
        self._marks = frozenset(self.constants.PUNC_LIST)
        # Lexicon words that score their own valence: NLTK gives boosters 0 ("kind" before
        # "of" too, handled in ``_valence``) even when the lexicon lists them.
        self._valenced = {
            w: v for w, v in self.lexicon.items() if w not in self.constants.BOOSTER_DICT
        }

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

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]``, computed only where a word has a valence.

        NLTK appends one sentiment per word, 0 for every word outside the lexicon, then sums
        them. Zeros change no floating-point sum, so only the lexicon words (``hits``) are
        scored and summed, in text order. A lexicon word with nothing special around it
        (:func:`_context_is_plain`) gets its lexicon valence directly; any other goes through
        NLTK's own ``sentiment_valence``.
        """
        if not isinstance(text, str):
            text = str(text.encode("utf-8"))  # as NLTK's SentiText does
        words = _words_and_emoticons(text)
        lowered = list(map(str.lower, words))
        hits = list(compress(range(len(words)), map(self._valenced.__contains__, lowered)))
        if not hits:
            return 0.0  # NLTK: sum 0.0 (or no words), normalised and rounded: 0.0
        sentiments = self._hit_sentiments(words, lowered, hits)
        return self._compound_of(sentiments, text)

    def _hit_sentiments(self, words: list[str], lowered: list[str], hits: list[int]) -> list:
        """The sentiments NLTK gives the words at ``hits`` (after its "but" rule), in order."""
        has_nt = "n't" in " ".join(lowered)  # "n't" cannot straddle the joining space
        valence_of: dict[str, float] = {}
        # NLTK's "but" rule: sentiments before the first "but" halve, those after grow by half.
        but = lowered.index("but") if "but" in lowered else None
        sentiments = []
        for p in hits:
            token = words[p]
            valence = valence_of.get(token)
            if valence is None:
                # Hits come in text order, so p is the token's first position, the index
                # NLTK scores every repeat of it at (its ``words_and_emoticons.index`` quirk).
                valence = valence_of[token] = self._valence(words, lowered, p, has_nt)
            if but is not None and p != but:
                valence = valence * 0.5 if p < but else valence * 1.5
            sentiments.append(valence)
        return sentiments

    def _valence(self, words: list[str], lowered: list[str], i: int, has_nt: bool) -> float:
        """NLTK's sentiment of the lexicon word at ``i`` before its "but" rule."""
        if lowered[i] == "kind" and i < len(words) - 1 and lowered[i + 1] == "of":
            return 0  # NLTK skips "kind of" like a booster
        if not words[i].isupper() and _context_is_plain(words, lowered, i, has_nt):
            return self._valenced[lowered[i]]  # no ALL CAPS emphasis, no rule applies
        return self.sentiment_valence(0, _Words(words), words[i], i, [])[0]

    def _compound_of(self, sentiments: list, text: str) -> float:
        """NLTK's ``score_valence(sentiments, text)["compound"]``, same operations in order."""
        sum_s = float(sum(sentiments))
        # Without "!" or "?" the emphasis is 0 * 0.292 + 0 = 0.0, which changes no bit of a
        # nonzero sum; most texts skip NLTK's three calls that count them.
        if sum_s != 0 and ("!" in text or "?" in text):
            emphasis = self._punctuation_emphasis(sum_s, text)
            sum_s = sum_s + emphasis if sum_s > 0 else sum_s - emphasis
        return round(self.constants.normalize(sum_s), 4)


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


def sentiment_of(text: str, language: str | None = None) -> float:
    """Sentiment of one text: the mean VADER compound score of its evaluative sentences.

    One rule at every length. The text is split into sentences
    (:func:`discourse.text.sentence_spans`) and each is scored with VADER's compound score
    (:meth:`SentimentIntensityAnalyzer.polarity_scores`, bit for bit). The score of the text is
    the mean over the sentences whose compound score is not 0 -- the sentences that carry any
    sentiment word -- and 0.0 when none does. A one-sentence text scores exactly as VADER.

    Why: VADER sums word valences before normalising, so scoring a long text whole saturates
    (the same positive sentence repeated four times scores 0.98), and averaging over all
    sentences dilutes a statement with every neutral sentence around it. Quote length differs by
    camp, so either would move camp means with length. Here adding neutral sentences (or
    repeating a sentence) never changes a score: what is measured is the tone of what the
    speaker evaluates.

    Parameters
    ----------
    text : str
        Any text. An empty text scores 0.0 (neutral), as in VADER.
    language : str, default=None
        Language code whose sentence rule scores the text (:data:`SENTENCE_SCORERS`; ``ru``
        scores Russian sentences by :func:`discourse.measure.russian.sentence_score`); ``None``
        detects it (:func:`discourse.text.lang.detect_language`). Codes without a rule of their
        own are scored by VADER.

    Returns
    -------
    float
        In [-1, 1].

    Examples
    --------
    >>> a = sentiment_of("We are grateful to our friends.")
    >>> sentiment_of("We are grateful to our friends. The talks began on Monday.") == a
    True
    >>> sentiment_of("We are grateful to our friends. We are grateful to our friends.") == a
    True
    """
    return _compound(text, memo={}, score=_scorer(text, language))


def _compound(text: str, *, memo: dict[str, float], score=None) -> float:
    """:func:`sentiment_of`, looking each text it passes to VADER up in ``memo`` first.

    VADER is deterministic, so a sentence shared by several quotes of one table (a quote and
    the report around it, a speech quoted twice) is scored once.
    """
    score = score or _vader_compound
    if _surely_at_most(text, 1):
        return float(_memo(text, memo, score))  # skips the sentence splitter for one-line fragments
    spans = sentence_spans(text)
    if len(spans) <= 1:
        return float(_memo(text, memo, score))
    scores = [s for s in (_memo(text[a:b], memo, score) for a, b in spans) if s != 0.0]
    return float(np.mean(scores)) if scores else 0.0


# Every sentence of ``discourse.text.sentence_spans`` but the last ends at one of these
# characters (a run of . ! ? … or a line break; see its ``_END``), so a text with k of them
# has at most k + 1 sentences.
_SENTENCE_ENDS = ".!?…\n\r"  # "\r" only to be safe


def _surely_at_most(text: str, n_sentences: int) -> bool:
    """True if ``text`` has fewer than ``n_sentences`` sentence-ending characters.

    Then it has at most ``n_sentences`` sentences, without running the sentence splitter.
    """
    return sum(map(text.count, _SENTENCE_ENDS)) < n_sentences


def _memo(text: str, memo: dict[str, float], score) -> float:
    value = memo.get(text)
    if value is None:
        value = memo[text] = score(text)
    return value


def _vader_compound(text: str) -> float:
    return sentiment_analyzer().compound(text)


# The sentence rule of each language (one entry per language; shared code never branches on it).
# A language without an entry is scored by VADER, as every text was before languages were told
# apart.
SENTENCE_SCORERS = {"en": _vader_compound, "ru": russian.sentence_score}


def _scorer(text: str, language: object):
    """The sentence rule for ``language`` (a code; missing or empty: detected from ``text``)."""
    return SENTENCE_SCORERS.get(language_of(text, language), _vader_compound)


def score_sentiment(quotes: pd.DataFrame, *, text_col: str = "text",
                    lang_col: str = "lang") -> pd.DataFrame:
    """Add VADER sentiment to each quote (or statement), by one rule at every length.

    A quote's score is the mean VADER *compound* score of its sentences that carry sentiment
    (:func:`sentiment_of`): each sentence's compound score is the sum of its words' valences
    (after VADER's rules for negation, intensifiers, "but", capitals and punctuation) normalised
    to [-1, 1] by ``x / sqrt(x**2 + 15)``; sentences scoring 0 (no sentiment word) are left out;
    a quote without any sentiment word scores 0. One-sentence quotes score exactly as
    ``polarity_scores``. Adding neutral sentences to a quote never changes its score.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``text_col``, keeps every other column.
    text_col : str, default="text"
        Column with the text to score.
    lang_col : str, default="lang"
        Column with each quote's language code, which picks its sentence rule
        (:data:`SENTENCE_SCORERS`: VADER for ``en``, the Russian lexicon rule for ``ru``). When
        the column is absent, or a value is empty, the language is detected from the text.

    Returns
    -------
    DataFrame
        A copy of ``quotes`` (same rows, order and index) with two more columns:
        ``sentiment`` (float in [-1, 1]; NaN when the text is missing) and ``sentiment_label``
        (``positive`` if >= 0.05, ``negative`` if <= -0.05, else ``neutral``; None when NaN).

    Raises
    ------
    ValueError
        If ``text_col`` is not a column of ``quotes``.

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
    out = quotes.copy()
    langs = quotes[lang_col].tolist() if lang_col in quotes.columns else [None] * len(quotes)
    scores = _scores_once(quotes[text_col].tolist(), langs)
    out["sentiment"] = pd.Series(scores, index=quotes.index, dtype="float64")
    out["sentiment_label"] = pd.Series(
        [sentiment_label(s) for s in scores], index=quotes.index, dtype="object"
    )
    return out


def _scores_once(texts: list, langs: list) -> list[float]:
    """Compound score of each text, scoring each distinct text once.

    VADER is deterministic, so a text repeated in one table (a wire story reprinted by several
    outlets, a quote cited twice) gets the score of its first occurrence without a second pass
    through the analyzer. Non-strings (missing texts) score NaN.
    """
    seen: dict[tuple, float] = {}
    memos: dict[object, dict[str, float]] = {}  # per rule: each text or sentence scored so far
    scores: list[float] = []
    for t, lang in zip(texts, langs, strict=True):
        if not isinstance(t, str):
            scores.append(np.nan)
            continue
        rule = _scorer(t, lang)
        score = seen.get((rule, t))
        if score is None:
            score = seen[(rule, t)] = _compound(t, memo=memos.setdefault(rule, {}), score=rule)
        scores.append(score)
    return scores
