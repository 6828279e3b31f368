"""A logistic regression blended with a second one on Naive-Bayes-scaled n-grams (NB-LR).

Wang & Manning (2012, "Baselines and bigrams") scale each count feature by its Naive-Bayes
log-count ratio before a linear classifier, so that n-grams that tell the classes apart are
penalised less by the regularisation, and interpolate with the plain model. Here the scaled
model is a second multinomial logistic regression on the same features, and the two models'
probabilities are averaged with weights ``1 - nb_weight`` and ``nb_weight``.

Before: the rows a ``features`` transformer reads (for the target model, the table of
:class:`discourse.measure.target_model.TargetContextFeatures`) and their labels.
After: a fitted classifier that turns the rows into features (its fitted copy of ``features``,
a ``ColumnTransformer``) and whose ``predict_proba`` is the blend and ``predict`` its argmax.

Which columns are scaled: those of the ``ColumnTransformer`` blocks named in ``scaled`` (the
TF-IDF n-gram blocks); the other blocks (kinds, word vectors, standardised numbers) keep scale 1.
A column's ratio is the largest, over the classes ``c``, of ``|log((p_c / |p_c|) / (q_c /
|q_c|))|``, with ``p_c`` the number of training rows of class ``c`` in which the column is above
0, plus 1, and ``q_c`` the same over the other classes (``|p_c|``: the sum over all columns).
Within each scaled block the ratios are divided by their mean, so that a block keeps about its
size beside the others and the regularisation favours the block's telling n-grams only.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression


def count_ratios(X: Any, y: np.ndarray, *, alpha: float = 1.0) -> np.ndarray:
    """Per column of ``X``, the largest one-class-against-the-rest |log-count ratio| of its
    presence (module docstring), not yet divided by any mean."""
    present = (sp.csr_matrix(X) > 0).astype(np.float64)
    y = np.asarray(y)
    ratios = []
    for c in np.unique(y):
        p = np.asarray(present[y == c].sum(axis=0)).ravel() + alpha
        q = np.asarray(present[y != c].sum(axis=0)).ravel() + alpha
        ratios.append(np.abs(np.log((p / p.sum()) / (q / q.sum()))))
    return np.max(ratios, axis=0)


class NBBlendClassifier(ClassifierMixin, BaseEstimator):
    """Features, then a plain and an NB-scaled logistic regression, probabilities averaged.

    Parameters
    ----------
    features : ColumnTransformer
        Unfitted; turns the input rows into the feature matrix (cloned and fitted in ``fit``).
    scaled : tuple of str
        Names of the blocks of ``features`` the second model reads scaled by their ratios.
    C : float, default=0.25
        Inverse regularisation strength of both logistic regressions.
    class_weight : str, dict or None, default="balanced"
        Class weights of both.
    nb_weight : float, default=0.3
        Weight of the NB-scaled model's probabilities (0: the plain model alone).
    max_iter, random_state : int, default=2000, 0
        As in ``LogisticRegression`` (lbfgs: deterministic).
    """

    def __init__(self, features: Any, scaled: tuple[str, ...], *, C: float = 0.25,
                 class_weight: Any = "balanced", nb_weight: float = 0.3, max_iter: int = 2000,
                 random_state: int = 0) -> None:
        self.features = features
        self.scaled = scaled
        self.C = C
        self.class_weight = class_weight
        self.nb_weight = nb_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def _lr(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter,
                                  random_state=self.random_state)

    def fit(self, X: Any, y: Any) -> NBBlendClassifier:
        y = np.asarray(y)
        self.features_ = clone(self.features)
        Xt = sp.csr_matrix(self.features_.fit_transform(X, y))
        unknown = sorted(set(self.scaled) - set(self.features_.output_indices_))
        if unknown:
            raise ValueError(f"NBBlendClassifier: scaled names blocks {unknown} that the features "
                             f"do not have (they have {sorted(self.features_.output_indices_)}).")
        ratios = count_ratios(Xt, y)
        self.scale_ = np.ones(Xt.shape[1])
        for name in self.scaled:
            block = self.features_.output_indices_[name]
            r = ratios[block]
            if r.size and r.mean() > 0:
                self.scale_[block] = r / r.mean()
        self.plain_ = self._lr().fit(Xt, y)
        self.scaled_ = self._lr().fit(Xt @ sp.diags(self.scale_), y)
        self.classes_ = self.plain_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        Xt = sp.csr_matrix(self.features_.transform(X))
        w = self.nb_weight
        return ((1 - w) * self.plain_.predict_proba(Xt)
                + w * self.scaled_.predict_proba(Xt @ sp.diags(self.scale_)))

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
