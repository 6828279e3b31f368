"""Sufficient statistics of a run: what the comparisons need, accumulated chunk by chunk.

Per chunk, a :class:`Summary` keeps only what the comparisons need (the per-quote scores without
text, per-camp word counts, per-article sizes): memory grows with the number of quotes' numbers,
not with the corpus text. :class:`SummaryBuilder` folds chunk summaries as they arrive (in any
order, as the Dask engine delivers them). Both engines build their result here; the report
(:mod:`discourse.run.report`, the framing notebook) reads it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from discourse.core.runtime import release_free_memory
from discourse.io.corpus import Corpus
from discourse.measure.keyness import count_features
from discourse.measure.nesting import own_texts

# Columns of the units table the comparisons need (besides the measures): the summary keeps only
# these, with repeated strings as categoricals, so it costs ~200 bytes a quote.
SCORE_KEYS = ("quote_id", "doc_id", "lang", "kind", "speaker", "camp", "outlet")
_MEASURE_PREFIXES = ("stance_", "frame_")


def _score_columns(units: pd.DataFrame) -> list[str]:
    measures = [c for c in units.columns
                if c in ("sentiment", "sentiment_label") or c.startswith(_MEASURE_PREFIXES)]
    return [c for c in SCORE_KEYS if c in units.columns] + measures


def compact_scores(units: pd.DataFrame) -> pd.DataFrame:
    """The units table without text or provenance columns, strings as categoricals.

    Before: scored units (:func:`discourse.run.chunks.process_chunk`). After: ``quote_id,
    doc_id`` (the article: the unit of resampling), ``lang, kind, speaker, camp, outlet,
    n_tokens`` (words of the unit's own text, nested quotes cut out),
    ``sentiment``, ``sentiment_label``, every ``stance_*`` and ``frame_*`` column; one row per
    unit, same order; strings as categoricals, frame shares, stance scores and stance mention
    counts sparse. Everything else stays in the units CSV.
    """
    from discourse.text import tokenize

    cols = _score_columns(units)
    scores = units[cols].copy()
    # words as measured: a nested quote's words count for the nested unit only
    scores.insert(len([c for c in SCORE_KEYS if c in cols]), "n_tokens",
                  own_texts(units).map(lambda t: len(tokenize(t))).astype("int64"))
    for col in scores.columns:
        if col != "quote_id" and not pd.api.types.is_numeric_dtype(scores[col]):
            scores[col] = scores[col].astype("category")
        elif col.startswith("frame_") or (col.startswith("stance_") and col.endswith("_score")):
            # Most quotes carry no frame word (share 0.0) and mention no stance target (NaN):
            # sparse columns store only the other values, a fifth of the memory on a large
            # corpus; values and arithmetic are those of the dense column.
            fill = 0.0 if col.startswith("frame_") else np.nan
            scores[col] = pd.arrays.SparseArray(scores[col].to_numpy(), fill_value=fill)
        elif col.startswith("stance_") and col.endswith(("_mentions", "_favour", "_against")):
            scores[col] = pd.arrays.SparseArray(scores[col].to_numpy(), fill_value=0)
    return scores


@dataclass
class Summary:
    """What the comparisons need from a corpus, accumulated chunk by chunk.

    Attributes
    ----------
    mode : {'articles', 'statements'}
    scores : DataFrame
        One row per unit without its text (:func:`compact_scores`): ``quote_id``, kind, speaker,
        camp, outlet, ``n_tokens`` (words as :func:`discourse.text.tokenize` counts them) and
        every score. Repeated strings are categoricals; ``frame_*`` shares and
        ``stance_*_score`` columns are sparse (``pd.SparseDtype``, fill 0.0 and NaN), which
        pandas computes with as with dense columns (``.sparse.to_dense()`` gives a plain one).
    documents : DataFrame
        One row per article kept: ``doc_id, outlet, date, n_characters, encoding`` (no text;
        ``encoding`` as read, a categorical).
    word_counts : dict of str to Counter
        Per camp, the keyness token counts (:func:`discourse.measure.keyness.count_features`).
    unknown_speakers : DataFrame
        :func:`discourse.compare.overview.describe_unknown_speakers` of the units, aggregated over chunks.
    skipped : DataFrame
        ``skipped_path, reason`` for every file or row not read.
    warnings : list of str
    excluded_by_date : int
        Articles read but outside the date range.
    reprint_keys : ndarray of uint64
        :func:`discourse.compare.reprints.reprint_keys` of the units, aligned with ``scores``.
    reprints : DataFrame
        The units dropped as reprints by :meth:`drop_reprints` (``quote_id, doc_id, outlet,
        first_quote_id, first_doc_id``); empty until then. ``word_counts`` still count them:
        the report's keyness reads the quotes file and leaves them out
        (:func:`discourse.compare.distinctive.distinctive_words`).
    """

    mode: str = "articles"
    scores: pd.DataFrame = field(default_factory=pd.DataFrame)
    documents: pd.DataFrame = field(default_factory=pd.DataFrame)
    word_counts: dict[str, Counter] = field(default_factory=dict)
    unknown_speakers: pd.DataFrame = field(default_factory=pd.DataFrame)
    skipped: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["skipped_path", "reason"]).astype(str))
    warnings: list[str] = field(default_factory=list)
    excluded_by_date: int = 0
    reprint_keys: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    reprints: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def n_reprints(self) -> int:
        """Units dropped as reprints (0 before :meth:`drop_reprints`)."""
        return len(self.reprints)

    def drop_reprints(self) -> Summary:
        """This summary with every reprint (same normalised text and speaker as an earlier unit,
        :mod:`discourse.compare.reprints`) left out of ``scores`` and listed in ``reprints``."""
        from dataclasses import replace

        from discourse.compare.reprints import find_reprints

        drop, reprints = find_reprints(self.reprint_keys, self.scores)
        if not drop.any():
            return replace(self, reprints=reprints)
        keep = ~drop
        return replace(self, scores=self.scores.loc[keep].reset_index(drop=True),
                       reprint_keys=self.reprint_keys[keep], reprints=reprints)

    @classmethod
    def of_chunk(cls, chunk: Corpus, units: pd.DataFrame, *, excluded_by_date: int) -> Summary:
        """The summary of one processed chunk (its articles after the date filter)."""
        from discourse.compare.overview import describe_unknown_speakers
        from discourse.compare.reprints import reprint_keys

        arts = chunk.articles
        docs = pd.DataFrame({"doc_id": arts["doc_id"], "outlet": arts["outlet"],
                             "date": arts["date"], "n_characters": arts["text"].str.len(),
                             "encoding": arts["encoding"].astype("category")})
        own = units.assign(text=own_texts(units))  # nested quotes counted once, for their speaker
        counts = {str(camp): count_features(g["text"])
                  for camp, g in own.groupby("camp", sort=True, observed=True)}
        return cls(mode=chunk.mode, scores=compact_scores(units), documents=docs,
                   word_counts=counts, unknown_speakers=describe_unknown_speakers(units),
                   skipped=chunk.skipped, warnings=list(chunk.warnings),
                   excluded_by_date=excluded_by_date,
                   reprint_keys=reprint_keys(units))

    @classmethod
    def merge(cls, parts: Iterable[Summary]) -> Summary:
        """Combine chunk summaries, in the given (corpus) order."""
        builder = SummaryBuilder()
        for i, part in enumerate(parts):
            builder.add(i, part)
        return builder.build()


class SummaryBuilder:
    """Fold chunk summaries as they arrive (in any order), keeping memory small.

    Word counts are added up at once (a chunk's counters are dropped after). A chunk's score
    and document tables are kept as bare column arrays (:class:`_Columns`), without a DataFrame
    around each, and :meth:`build` joins them one column at a time, dropping each column's
    pieces once joined: building never holds a second copy of the whole table, so peak memory
    stays that of the scores themselves on corpora of any size.
    """

    def __init__(self) -> None:
        self.parts: dict[int, Summary] = {}
        self.counts: dict[str, Counter] = {}
        self.scores = _Columns()
        self.documents = _Columns()
        self.keys: dict[int, np.ndarray] = {}

    def add(self, index: int, part: Summary) -> None:
        for camp, c in part.word_counts.items():
            self.counts.setdefault(camp, Counter()).update(c)
        self.scores.add(index, part.scores)
        self.documents.add(index, part.documents)
        self.keys[index] = part.reprint_keys
        # keep the small tables only: the big ones live in the column stores
        self.parts[index] = Summary(mode=part.mode, unknown_speakers=part.unknown_speakers,
                                    skipped=part.skipped, warnings=part.warnings,
                                    excluded_by_date=part.excluded_by_date)

    def build(self) -> Summary:
        from discourse.compare.overview import merge_unknown_speakers

        if not self.parts:
            raise ValueError("SummaryBuilder.build needs at least one part.")
        parts = [self.parts[i] for i in sorted(self.parts)]
        return Summary(
            mode=parts[0].mode,
            scores=self.scores.build(),
            documents=self.documents.build(),
            word_counts=dict(sorted(self.counts.items())),
            unknown_speakers=merge_unknown_speakers([p.unknown_speakers for p in parts]),
            skipped=pd.concat([p.skipped for p in parts], ignore_index=True).astype(str),
            warnings=[w for p in parts for w in p.warnings],
            excluded_by_date=sum(p.excluded_by_date for p in parts),
            reprint_keys=np.concatenate([self.keys[i] for i in sorted(self.keys)]
                                        or [np.zeros(0, dtype=np.uint64)]).astype(np.uint64),
        )


class _Columns:
    """Tables added part by part (any order), joined in part order as one table.

    The result equals ``pd.concat`` of the non-empty parts (all parts if every one is empty),
    except that categorical columns are joined with sorted categories, so the table does not
    depend on which chunk saw a value first. Every ``GROUP`` consecutive parts are joined as soon
    as all of them have arrived: a few large arrays instead of thousands of small ones that stay
    alive between each chunk's temporaries and keep the heap from shrinking.
    """

    GROUP = 16

    def __init__(self) -> None:
        self.names: list[str] | None = None
        self.pieces: dict[int, dict[str, object]] = {}  # first part index -> column arrays
        self.empty: pd.DataFrame | None = None
        self.arrived: set[int] = set()
        self.next_group = 0

    def add(self, index: int, frame: pd.DataFrame) -> None:
        if self.empty is None:
            self.empty = frame.iloc[:0]
        self.arrived.add(index)
        if len(frame):
            if self.names is None:
                self.names = list(frame.columns)
            elif list(frame.columns) != self.names:
                raise ValueError(f"Chunk {index} has columns {list(frame.columns)}; earlier "
                                 f"chunks had {self.names}.")
            self.pieces[index] = {c: frame[c].array for c in frame.columns}
        while all(i in self.arrived for i in range(self.next_group, self.next_group + self.GROUP)):
            group = [i for i in range(self.next_group, self.next_group + self.GROUP)
                     if i in self.pieces]
            if len(group) > 1:
                self.pieces[group[0]] = self._join([self.pieces.pop(i) for i in group])
            self.next_group += self.GROUP

    def _join(self, pieces: list[dict[str, object]]) -> dict[str, object]:
        """Join the pieces column by column, dropping each column's pieces once joined."""
        from pandas.api.types import union_categoricals

        joined: dict[str, object] = {}
        for col in self.names or []:
            arrays = [piece.pop(col) for piece in pieces]
            if all(isinstance(a, pd.Categorical) for a in arrays):
                joined[col] = union_categoricals(arrays, sort_categories=True,
                                                 ignore_order=True)
            else:
                joined[col] = pd.concat([pd.Series(a, copy=False) for a in arrays],
                                        ignore_index=True).array
            del arrays  # this column's pieces can go now ...
            release_free_memory()  # ... and their pages go back before the next column
        return joined

    def build(self) -> pd.DataFrame:
        if not self.pieces or self.names is None:
            return self.empty if self.empty is not None else pd.DataFrame()
        joined = self._join([self.pieces[i] for i in sorted(self.pieces)])
        self.pieces.clear()
        return pd.DataFrame(joined, copy=False)
