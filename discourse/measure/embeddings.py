"""Pretrained word vectors around a target mention, as dense features for the trained model.

A model trained on a few thousand mentions sees most evaluative words once or never; word vectors
learned on a large corpus put "осудил" (condemned) near "раскритиковал" (criticised), so what
the model learns from one word carries to its neighbours.

Vectors: Navec (Kukushkin 2020; MIT licence), ``navec_news_v1_1B_250K_300d_100q``: 250,000
Russian words and lemmas, 300 dimensions, trained on a billion words of Russian news. The table
ships inside the ``natasha`` wheel (``natasha/data/emb/``); it is read with ``navec`` alone,
located through the installed distribution's file list, so ``natasha`` and its ``pymorphy2`` are
installed with it but never imported, and nothing is downloaded.

:class:`WindowVectors` reads the text columns of
:class:`discourse.measure.target_model.TargetContextFeatures` (words as the language's lexicon keys,
``not_`` marks of negation dropped for the lookup) and returns, per row, the mean vector of the
``k`` words before the mention, of the ``k`` words after it and of the mention's words (3 x 300
numbers; the mean of the whole sentence added nothing on the tuning split), standardised on the
training rows and multiplied by ``weight`` so that they sit beside the TF-IDF features in one
logistic regression.

References
----------
Kukushkin, A. (2020). Navec: compact high quality word embeddings for Russian language.
https://github.com/natasha/navec (MIT).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

# What a name in ``TargetLanguage.model["vectors"]`` means: (distribution, file inside it).
VECTOR_TABLES: dict[str, tuple[str, str]] = {
    "navec_news": ("natasha", "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar"),
}
COLUMNS = ("left", "right", "entity")  # columns read, in output order


def vector_path(name: str) -> Path:
    """The file of the vector table ``name`` (:data:`VECTOR_TABLES`) inside its installed wheel.

    Raises
    ------
    ValueError
        For an unknown name.
    FileNotFoundError
        If the distribution that ships the table is not installed, or lacks the file.
    """
    import importlib.metadata as md

    if name not in VECTOR_TABLES:
        raise ValueError(f"unknown word vectors {name!r}; known: {sorted(VECTOR_TABLES)}.")
    dist, member = VECTOR_TABLES[name]
    try:
        path = Path(str(md.distribution(dist).locate_file(member)))
    except md.PackageNotFoundError as err:
        raise FileNotFoundError(f"word vectors {name!r} ship in the package {dist!r}, which is not "
                                f"installed (pip install {dist}).") from err
    if not path.is_file():
        raise FileNotFoundError(f"word vectors {name!r}: {path} is missing from the installed {dist}.")
    return path


@lru_cache(maxsize=2)
def load_vectors(name: str) -> Any:
    """The Navec table ``name``, loaded once per process (~0.6 s, ~50 MB of memory)."""
    from navec import Navec

    return Navec.load(str(vector_path(name)))


def mean_vector(words: list[str], table: Any, dim: int) -> np.ndarray:
    """Mean vector of the ``words`` found in ``table`` (zeros when none is)."""
    found = [v for v in map(table.get, words) if v is not None]
    return np.mean(found, axis=0) if found else np.zeros(dim, dtype=np.float32)


class WindowVectors(TransformerMixin, BaseEstimator):
    """Mean word vectors of the left window, the right window and the mention (module docstring).

    Parameters
    ----------
    vectors : str, default="navec_news"
        A name of :data:`VECTOR_TABLES`. The table is loaded when first needed and is not part
        of the fitted (saved) model.
    k : int, default=6
        Words taken on each side of the mention.
    weight : float, default=0.05
        Factor on the standardised numbers (their strength against the TF-IDF features).

    Notes
    -----
    Input: a DataFrame with the text columns :data:`COLUMNS` (space-separated words). Output: a
    float array, one row per input row, ``3 * dim`` columns (left, right, mention).
    ``fit`` stores the column means ``mean_`` and standard deviations ``scale_``.
    """

    def __init__(self, *, vectors: str = "navec_news", k: int = 6, weight: float = 0.05) -> None:
        self.vectors = vectors
        self.k = k
        self.weight = weight

    def _raw(self, X: pd.DataFrame) -> np.ndarray:
        missing = [c for c in COLUMNS if c not in X.columns]
        if missing:
            raise ValueError(f"WindowVectors: missing column(s) {missing}; columns are {list(X.columns)}.")
        table = load_vectors(self.vectors)
        dim = int(table.pq.dim)
        k = self.k

        def words(text: str) -> list[str]:  # "not_хвалить" is looked up as "хвалить"
            return [w[4:] if w.startswith("not_") else w for w in str(text).split()]

        rows = [np.concatenate([mean_vector(words(left)[-k:] if k > 0 else [], table, dim),
                                mean_vector(words(right)[:k] if k > 0 else [], table, dim),
                                mean_vector(words(ent), table, dim)])
                for left, right, ent in zip(*(X[c] for c in COLUMNS))]
        return np.vstack(rows).astype(np.float64) if rows else np.zeros((0, 3 * dim))

    def fit(self, X: pd.DataFrame, y: Any = None) -> WindowVectors:
        raw = self._raw(X)
        self.mean_ = raw.mean(axis=0)
        scale = raw.std(axis=0)
        self.scale_ = np.where(scale > 0, scale, 1.0)
        return self

    def transform(self, X: pd.DataFrame) -> np.ndarray:
        return (self._raw(X) - self.mean_) / self.scale_ * self.weight

    def fit_transform(self, X: pd.DataFrame, y: Any = None, **fit_params: Any) -> np.ndarray:
        raw = self._raw(X)  # one pass over the words, not two
        self.mean_ = raw.mean(axis=0)
        scale = raw.std(axis=0)
        self.scale_ = np.where(scale > 0, scale, 1.0)
        return (raw - self.mean_) / self.scale_ * self.weight
