"""Pretrained word vectors around a target mention, as dense features for the trained model.

A model trained on a few thousand mentions sees most evaluative words once or never; word vectors
learned on a large corpus put "осудил" (condemned) near "раскритиковал" (criticised), so what
the model learns from one word carries to its neighbours.

Two tables, named in ``TargetLanguage.model["vectors"]``:

- ``navec_news`` (Russian): Navec (Kukushkin 2020; MIT licence),
  ``navec_news_v1_1B_250K_300d_100q``: 250,000 Russian words and lemmas, 300 dimensions, trained
  on a billion words of Russian news. The table ships inside the ``natasha`` wheel
  (``natasha/data/emb/``); it is read with ``navec`` alone, located through the installed
  distribution's file list, so ``natasha`` and its ``pymorphy2`` are installed with it but never
  imported, and nothing is downloaded.
- ``ppmi_en`` (English): no wheel ships English static vectors, so the project learns a small
  table itself and ships it in the data folder (``data/vectors_en/``: ``words.txt`` and
  ``vectors.npy``, 10,373 words x 100 dimensions, float16, about 2 MB): positive PMI of word
  co-occurrences reduced by truncated SVD over the UN General Debate speeches and English
  Wikinews (``data/vectors_en/build.py`` and its README say how and credit the sources). Read by
  :class:`StaticVectors`.

:class:`WindowVectors` reads the text columns of
:class:`discourse.measure.target_model.TargetContextFeatures` (words as the language's lexicon keys,
``not_`` marks of negation dropped for the lookup) and returns, per row, the mean vector of the
``k`` words before the mention, of the ``k`` words after it and of the mention's words (3 x 300
numbers with Navec, 3 x 100 with ``ppmi_en``; the mean of the whole sentence added nothing on the
Russian tuning split), standardised on the
training rows and multiplied by ``weight`` so that they sit beside the TF-IDF features in one
logistic regression.

References
----------
Kukushkin, A. (2020). Navec: compact high quality word embeddings for Russian language.
https://github.com/natasha/navec (MIT).
Levy, O., Goldberg, Y. & Dagan, I. (2015). Improving distributional similarity with lessons learned
from word embeddings. TACL 3, 211-225.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from discourse.core import paths

# What a name in ``TargetLanguage.model["vectors"]`` means: (distribution, file inside it) for a
# table shipped in a wheel, read with navec ...
VECTOR_TABLES: dict[str, tuple[str, str]] = {
    "navec_news": ("natasha", "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar"),
}
# ... or a folder of the data folder with ``words.txt`` and ``vectors.npy``, read by StaticVectors.
DATA_TABLES: dict[str, str] = {"ppmi_en": "vectors_en"}
COLUMNS = ("left", "right", "entity")  # columns read, in output order


def vector_path(name: str) -> Path:
    """The file of the vector table ``name`` (:data:`VECTOR_TABLES`) inside its installed wheel,
    or its folder in the data folder (:data:`DATA_TABLES`).

    Raises
    ------
    ValueError
        For an unknown name.
    FileNotFoundError
        If the distribution that ships the table is not installed, or lacks the file, or the
        data folder lacks the table's folder.
    """
    import importlib.metadata as md

    if name in DATA_TABLES:
        return paths.data_file(DATA_TABLES[name])
    if name not in VECTOR_TABLES:
        raise ValueError(f"unknown word vectors {name!r}; known: {sorted([*VECTOR_TABLES, *DATA_TABLES])}.")
    dist, member = VECTOR_TABLES[name]
    try:
        path = Path(str(md.distribution(dist).locate_file(member)))
    except md.PackageNotFoundError as err:
        raise FileNotFoundError(f"word vectors {name!r} ship in the package {dist!r}, which is not "
                                f"installed (pip install {dist}).") from err
    if not path.is_file():
        raise FileNotFoundError(f"word vectors {name!r}: {path} is missing from the installed {dist}.")
    return path


class StaticVectors:
    """A word-vector table of the data folder: ``words.txt`` (one word a line) and ``vectors.npy``
    (one row per word, same order; float16 on disk, float32 in memory).

    ``get(word)`` gives the word's vector or ``None``, as a Navec table does; ``dim`` the number
    of dimensions.

    Raises
    ------
    ValueError
        If the two files disagree in length, the array is not 2-D or a word is repeated (naming
        the file).
    """

    def __init__(self, folder: str | Path) -> None:
        folder = Path(folder)
        words_file, vectors_file = folder / "words.txt", folder / "vectors.npy"
        words = words_file.read_text(encoding="utf-8").splitlines()
        vectors = np.load(vectors_file, allow_pickle=False)
        if vectors.ndim != 2 or vectors.shape[0] != len(words):
            raise ValueError(f"{vectors_file}: expected one row per word of {words_file} "
                             f"({len(words)} x dim), got shape {vectors.shape}.")
        self.index = {w: i for i, w in enumerate(words)}
        if len(self.index) != len(words):
            raise ValueError(f"{words_file}: a word is listed twice (each line must be a new word).")
        self.vectors = vectors.astype(np.float32)
        self.dim = int(vectors.shape[1])

    def get(self, word: str) -> np.ndarray | None:
        i = self.index.get(word)
        return None if i is None else self.vectors[i]


@lru_cache(maxsize=2)
def load_vectors(name: str) -> Any:
    """The table ``name``, loaded once per process (Navec: ~0.6 s, ~50 MB of memory; ``ppmi_en``:
    ~0.1 s, ~4 MB)."""
    if name in DATA_TABLES:
        return StaticVectors(vector_path(name))
    from navec import Navec

    return Navec.load(str(vector_path(name)))


def vector_dim(table: Any) -> int:
    """Dimensions of a table: ``dim`` of :class:`StaticVectors`, ``pq.dim`` of a Navec table."""
    return int(table.dim) if hasattr(table, "dim") else int(table.pq.dim)


def mean_vector(words: list[str], table: Any, dim: int) -> np.ndarray:
    """Mean vector of the ``words`` found in ``table`` (zeros when none is)."""
    found = [v for v in map(table.get, words) if v is not None]
    return np.mean(found, axis=0) if found else np.zeros(dim, dtype=np.float32)


class WindowVectors(TransformerMixin, BaseEstimator):
    """Mean word vectors of the left window, the right window and the mention (module docstring).

    Parameters
    ----------
    vectors : str, default="navec_news"
        A name of :data:`VECTOR_TABLES` or :data:`DATA_TABLES`. The table is loaded when first
        needed and is not part of the fitted (saved) model.
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
        dim = vector_dim(table)
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
