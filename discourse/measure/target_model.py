"""The trainable target-aware model: a scikit-learn pipeline for sentiment or stance toward a mention.

Before: a table with one row per (sentence, mention) -- columns ``text``, ``start``, ``end``
(character offsets of the mention), optionally ``entity_tag`` (the mention's kind, as RuSentNE
gives it: PERSON, ORGANIZATION, COUNTRY, PROFESSION, NATIONALITY) and, to fit, a label in -1/0/1.
After: :func:`make_target_pipeline` gives an unfitted ``Pipeline`` of
:class:`TargetContextFeatures` (the mention masked as ``TGT``; left and right windows and the
whole masked sentence as texts, words after a negator marked ``not_``; the numbers of the
untrained rules of :mod:`discourse.measure.targeted`; optionally where the mention stands,
:mod:`discourse.measure.target_roles`), TF-IDF word and character n-grams of those texts,
optionally word vectors (:mod:`discourse.measure.embeddings`) and indicators of the mention's
kind, and a class-balanced logistic regression (optionally blended with a second one on
Naive-Bayes-scaled features, :mod:`discourse.measure.nb_blend`). ``predict`` returns -1/0/1 per
row.

The rules themselves (and each language's words and constants, :data:`~discourse.measure.targeted.LANGUAGES`)
live in :mod:`discourse.measure.targeted`; this module only turns their output and the words
around the mention into features.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from discourse.measure.embeddings import COLUMNS as VECTOR_COLUMNS
from discourse.measure.embeddings import WindowVectors
from discourse.measure.nb_blend import NBBlendClassifier
from discourse.measure.target_roles import ROLE_FEATURES, role_features
from discourse.measure.targeted import (
    LANGUAGES,
    MASK,
    TargetLanguage,
    check_target_table,
    same_word,
    sentiment_toward,
    target_language,
)

NUMERIC_FEATURES = ("rule_score", "rule_pos", "rule_neg", "sent_pos", "sent_neg", "near_pos",
                    "near_neg", "n_eval", "is_speaker", "in_quote", "position")
TEXT_FEATURES = ("left", "right", "window", "sentence_masked", "entity")
TAG_FEATURE = "entity_tag"  # the mention's kind, when the input table has it
UNKNOWN_TAG = "unknown"  # ... and when it does not (quotes of a corpus carry no kind)
# the TF-IDF blocks of the features, which an NB blend scales (measure.nb_blend)
NGRAM_BLOCKS = ("window_words", "left_words", "right_words", "window_chars", "sentence_words",
                "entity_chars")


_MARK_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[.,;:!?()\[\]—–\"“”]")
_MARK_STOP = frozenset(".,;:!?()[]—–\"“”")
# Every language's negators: words of one language never occur in another's text.
_ALL_NEGATORS = frozenset().union(*(lang.negators for lang in LANGUAGES.values()))


def negation_marked(text: str) -> list[str]:
    """Lower-cased words of ``text``, each word after a negator prefixed ``not_`` up to the next
    punctuation mark (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002): "did not praise him"
    gives ``did not not_praise not_him``, so an n-gram model tells "praise" from "not praise".

    >>> negation_marked("He did not praise Smith, but thanked Jones.")
    ['he', 'did', 'not', 'not_praise', 'not_smith', 'but', 'thanked', 'jones']
    """
    out: list[str] = []
    negated = False
    for m in _MARK_TOKEN.finditer(text):
        w = m.group().lower().replace("’", "'")
        if w in _MARK_STOP:
            negated = False
        elif w in _ALL_NEGATORS or w.endswith("n't"):
            negated = True
            out.append(w)
        else:
            out.append("not_" + w if negated else w)
    return out


def _keys(words: list[str], lang: TargetLanguage) -> list[str]:
    """``words`` of :func:`negation_marked` as the language's lexicon keys, ``not_`` kept."""
    if lang.key is same_word:
        return words
    return ["not_" + lang.key(w[4:]) if w.startswith("not_") else lang.key(w) for w in words]


class TargetContextFeatures(TransformerMixin, BaseEstimator):
    """Turn (sentence, mention offsets) rows into texts and numbers around the masked mention.

    Parameters
    ----------
    text_col, start_col, end_col : str, default="text", "start", "end"
        Columns of the input table.
    window : int, default=8
        Words taken on each side of the mention for ``left``/``right``/``window``.
    tag_col : str, default="entity_tag"
        Column of the input table with the mention's kind (RuSentNE's ``entity_tag``). Optional:
        a table without it (the quotes of a corpus) gets ``"unknown"`` in every row.
    roles : bool, default=False
        Also the numbers of :func:`discourse.measure.target_roles.role_features` (where the
        mention stands in its clause, the nearest evaluative word on each side, the contrast
        words and other names around it), in the columns :data:`ROLE_FEATURES`.

    Notes
    -----
    ``transform`` returns a DataFrame, one row per input row, with text columns ``left`` (the
    ``window`` words before the mention, nearest last), ``right`` (after it), ``window`` (both with
    ``TGT`` between them) and ``sentence_masked`` (the sentence with the mention replaced by
    ``TGT``) and ``entity`` (the mention itself, lower case; read only by a pipeline made with
    ``entity_chars=True``), numeric columns :data:`NUMERIC_FEATURES` from :func:`sentiment_toward`
    (``position`` is the mention's relative position in the sentence), then, with ``roles=True``,
    the columns :data:`ROLE_FEATURES`, and last ``entity_tag``
    (the input's ``tag_col`` as a string, ``"unknown"`` where the column is absent or the value
    missing or empty; read only by a pipeline made with ``entity_tag=True``). Stateless: ``fit``
    only checks the columns.
    """

    def __init__(self, *, text_col: str = "text", start_col: str = "start", end_col: str = "end",
                 window: int = 8, tag_col: str = TAG_FEATURE, roles: bool = False) -> None:
        self.text_col = text_col
        self.start_col = start_col
        self.end_col = end_col
        self.window = window
        self.tag_col = tag_col
        self.roles = roles

    def fit(self, X: pd.DataFrame, y: Any = None) -> TargetContextFeatures:
        check_target_table(X, text_col=self.text_col, start_col=self.start_col, end_col=self.end_col)
        self.n_features_in_ = X.shape[1]
        return self

    def _row(self, text: str, a: int, b: int, roles: bool) -> dict[str, Any]:
        lang = target_language(text)
        # Russian words by lemma (обвинил, обвинила, обвинению: one feature); English as written
        before, after = _keys(negation_marked(text[:a]), lang), _keys(negation_marked(text[b:]), lang)
        left_words, right_words = before[-self.window:], after[:self.window]
        an = sentiment_toward(text, a, b, language=lang)
        return {
            "left": " ".join(left_words),
            "right": " ".join(right_words),
            "window": " ".join([*left_words, MASK, *right_words]),
            "sentence_masked": " ".join([*before, MASK, *after]),
            "entity": text[a:b].lower(),
            "rule_score": an.score, "rule_pos": an.pos, "rule_neg": an.neg,
            "sent_pos": an.sent_pos, "sent_neg": an.sent_neg,
            "near_pos": an.near_pos, "near_neg": an.near_neg,
            "n_eval": float(an.n_eval), "is_speaker": float(an.is_speaker),
            "in_quote": float(an.in_quote), "position": a / max(len(text), 1),
            **(role_features(text, a, b, lang) if roles else {}),
        }

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        check_target_table(X, text_col=self.text_col, start_col=self.start_col, end_col=self.end_col)
        roles = getattr(self, "roles", False)  # a model saved before the option read no roles
        rows = [self._row(t, int(a), int(b), roles)
                for t, a, b in zip(X[self.text_col], X[self.start_col], X[self.end_col])]
        out = pd.DataFrame(rows, columns=[*TEXT_FEATURES, *NUMERIC_FEATURES,
                                          *(ROLE_FEATURES if roles else ())])
        # a model saved before tag_col existed loads without the attribute: it read no kinds
        tag_col = getattr(self, "tag_col", None)
        out[TAG_FEATURE] = (_tags(X[tag_col]) if tag_col in X.columns
                            else [UNKNOWN_TAG] * len(out))
        return out


def _tags(values: pd.Series) -> list[str]:
    """The kinds as stripped strings, ``UNKNOWN_TAG`` for a missing or empty one."""
    return [str(v).strip() if isinstance(v, str) and v.strip() else UNKNOWN_TAG for v in values]


def make_target_pipeline(
    *, text_col: str = "text", start_col: str = "start", end_col: str = "end",
    window: int = 8, C: float = 0.25, seed: int = 0, entity_chars: bool = False,
    neutral_weight: float = 1.0, labels: Any = None, vectors: str | None = None,
    vector_window: int = 6, vector_weight: float = 0.05, entity_tag: bool = False,
    roles: bool = False, nb_weight: float = 0.0,
) -> Pipeline:
    """An unfitted scikit-learn Pipeline for target-aware sentiment or stance.

    Steps: ``context`` (:class:`TargetContextFeatures`) → ``features`` (a ``ColumnTransformer``:
    TF-IDF word 1–2-grams of ``window``, ``left`` and ``right``; TF-IDF character 2–5-grams
    (``char_wb``) of ``window``; TF-IDF word 1–2-grams of the masked sentence; standardised
    rule numbers) → ``clf`` (``LogisticRegression(class_weight="balanced")``).

    Parameters
    ----------
    text_col, start_col, end_col : str, default="text", "start", "end"
    window : int, default=8
        Words on each side of the mention.
    C : float, default=0.25
        Inverse regularisation strength of the logistic regression (chosen on NewsMTSC mt-dev:
        0.25 against 0.5 and 1).
    seed : int, default=0
        ``random_state`` of the classifier (the lbfgs solver is deterministic anyway).
    entity_chars : bool, default=False
        Also TF-IDF character 2-4-grams of the mention itself (who is spoken of: in RuSentNE a
        sportsman, a country and a terrorist group are spoken of differently). The Russian and
        the English models use them (:data:`TargetLanguage.model`; NewsMTSC train, 5-fold
        cross-validation by sentence: macro-F1 +0.016, mt-dev +0.019). They carry what the
        training data says of a name ("Trump", "Sen.") to new sentences about it: a prior by
        who is spoken of, not by what is said.
    neutral_weight : float, default=1.0
        Factor on the balanced class weight of the neutral class (0); below 1 the model says
        positive or negative more readily, which F1_PN rewards. Needs ``labels``.
    labels : array-like, default=None
        The training labels, for the balanced class weights when ``neutral_weight != 1``.
    vectors, vector_window, vector_weight : str or None, int, float, default=None, 6, 0.05
        Also the mean pretrained word vectors of the ``vector_window`` words on each side, the
        mention and the sentence (:class:`discourse.measure.embeddings.WindowVectors`; ``vectors``
        names the table). The Russian model uses Navec; the English one the table learned here
        (``ppmi_en``, ``data/vectors_en``; NewsMTSC train cross-validation +0.005, mt-dev +0.000).
    entity_tag : bool, default=False
        Also one indicator per kind of mention seen in training (the ``entity_tag`` column of
        :class:`TargetContextFeatures`): a profession is mostly spoken of neutrally in RuSentNE,
        a person far less so. A kind not seen in training, and ``"unknown"`` (a table without
        the column, when training had kinds), set no indicator: such rows are scored from their
        words alone. The
        Russian model uses them; the English one does not (NewsMTSC has no kinds).
    roles : bool, default=False
        Also the numbers of where the mention stands in its sentence
        (:func:`discourse.measure.target_roles.role_features`), standardised. The English model
        uses them (NewsMTSC train, 5-fold cross-validation by sentence: macro-F1 0.682 -> 0.686;
        mt-dev 0.695 -> 0.719); the Russian one does too.
    nb_weight : float, default=0.0
        Above 0, the last step is :class:`discourse.measure.nb_blend.NBBlendClassifier` (and
        there is no separate ``features`` step: the blend fits the features itself, as
        ``clf.features_``): the logistic regression's probabilities averaged with those of a
        second one on the features whose n-gram blocks (:data:`NGRAM_BLOCKS`) are scaled by
        their Naive-Bayes log-count ratios (Wang & Manning 2012), at this weight. The Russian
        model uses 0.3 (RuSentNE, six inner splits of dev: F1_PN up on all six, mean +0.009);
        the English one does not.

    Returns
    -------
    Pipeline
        ``predict`` gives the labels it was fitted on; ``predict_proba`` their probabilities.
    """
    def words(ngrams: tuple[int, int], min_df: int = 2) -> TfidfVectorizer:
        return TfidfVectorizer(ngram_range=ngrams, min_df=min_df, sublinear_tf=True,
                               token_pattern=r"(?u)\b\w+\b", lowercase=True)

    features = ColumnTransformer(
        [
            ("window_words", words((1, 2)), "window"),
            ("left_words", words((1, 2)), "left"),
            ("right_words", words((1, 2)), "right"),
            ("window_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                                             sublinear_tf=True, max_features=60000), "window"),
            ("sentence_words", words((1, 2)), "sentence_masked"),
            *([("entity_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2,
                                                sublinear_tf=True), "entity")]
              if entity_chars else []),
            *([("entity_tag", OneHotEncoder(handle_unknown="ignore"), [TAG_FEATURE])]
              if entity_tag else []),
            *([("vectors", WindowVectors(vectors=vectors, k=vector_window, weight=vector_weight),
                list(VECTOR_COLUMNS))] if vectors else []),
            ("rules", StandardScaler(), list(NUMERIC_FEATURES)),
            *([("roles", StandardScaler(), list(ROLE_FEATURES))] if roles else []),
        ],
        sparse_threshold=1.0,
    )
    context = TargetContextFeatures(text_col=text_col, start_col=start_col, end_col=end_col,
                                    window=window, roles=roles)
    class_weight = _class_weight(labels, neutral_weight)
    if nb_weight > 0:
        # the blend fits the features itself: it scales the n-gram blocks by name
        ngrams = tuple(name for name, *_ in features.transformers if name in NGRAM_BLOCKS)
        return Pipeline([("context", context),
                         ("clf", NBBlendClassifier(features, ngrams, C=C, class_weight=class_weight,
                                                   nb_weight=nb_weight, random_state=seed))])
    return Pipeline([
        ("context", context),
        ("features", features),
        ("clf", LogisticRegression(C=C, class_weight=class_weight, max_iter=2000,
                                   random_state=seed)),
    ])


def _class_weight(labels: Any, neutral_weight: float) -> str | dict:
    """``"balanced"``, or its weights with the neutral class's multiplied by ``neutral_weight``."""
    if neutral_weight == 1.0:
        return "balanced"
    if labels is None:
        raise ValueError("make_target_pipeline: neutral_weight != 1 needs the training labels.")
    y = np.asarray(labels)
    classes, counts = np.unique(y, return_counts=True)
    weights = {int(c): len(y) / (len(classes) * n) for c, n in zip(classes, counts, strict=True)}
    if 0 in weights:
        weights[0] *= neutral_weight
    return weights
