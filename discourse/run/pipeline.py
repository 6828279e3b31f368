"""Compose the stages: corpus → quotes → speakers → actors → scores → comparisons.

Everything runs chunk by chunk through :func:`process_chunk`, a plain function from a chunk of
articles to its scored units, so the notebook, the CLI, a streaming run over a large corpus and a
Dask partition all compute the same rows. Per chunk, a :class:`Summary` keeps only what the
comparisons need (the per-quote scores without text, per-camp word counts, per-article sizes):
memory grows with the number of quotes' numbers, not with the corpus text.

Two entry points:

- :func:`run_pipeline` returns every unit with its text in memory: convenient for a few thousand
  articles, in a notebook or a script.
- :func:`stream_pipeline` streams the units to a CSV file and returns the :class:`Summary`: what
  the report uses, for corpora of any size (``engine="dask"`` spreads the chunks over a cluster,
  see :mod:`discourse.run.dask_engine`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.core.runtime import release_free_memory
from discourse.core.schema import enforce_schema
from discourse.extract import actors as actors_mod
from discourse.extract import quotes, speakers
from discourse.io.corpus import Corpus, concat_chunks, iter_corpus
from discourse.measure import frames, sentiment, stance
from discourse.measure.keyness import count_features

ENGINES = ("pandas", "dask")
# Integer columns that may be missing for some rows (nullable, so a chunk without any value
# prints the same as a chunk with some: CSV output must not depend on chunk boundaries).
_NULLABLE_INT = ("_cue_start", "_cue_end", "_parent")
_INT = ("start", "end", "mention_start", "mention_end", "n_words")


@dataclass
class Config:
    """The registries a run uses; ``None`` means the shipped file in ``data/``."""

    actors_file: str | Path | None = None
    targets_file: str | Path | None = None
    frames_file: str | Path | None = None
    cues_file: str | Path | None = None

    def load(self) -> Registries:
        return Registries(
            actors=actors_mod.load_actors(self.actors_file),
            targets=stance.load_targets(self.targets_file),
            frames=frames.load_frames(self.frames_file),
            cues=quotes.load_cues(self.cues_file),
        )


@dataclass
class Registries:
    actors: actors_mod.ActorRegistry
    targets: list
    frames: list
    cues: object


# --- one chunk --------------------------------------------------------------------------------


def filter_dates(articles: pd.DataFrame, *, date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """Keep articles dated within ``[date_from, date_to]`` (ISO strings; empty = open).

    Articles without a date are kept only when no range is given: with a range, an undated
    article cannot be shown to fall inside it.
    """
    if not date_from and not date_to:
        return articles
    dates = articles["date"]
    keep = dates != ""
    if date_from:
        keep &= dates >= date_from
    if date_to:
        keep &= dates <= date_to
    return articles[keep].reset_index(drop=True)


def statements_as_units(articles: pd.DataFrame, registry: actors_mod.ActorRegistry) -> pd.DataFrame:
    """Turn a statements corpus (one row per speech, known speaker) into the units table.

    Each statement is one unit spanning its whole text, ``kind = "statement"``; the speaker column
    is resolved to canonical actors and camps by :func:`discourse.extract.actors.resolve_actors`.
    """
    resolved = actors_mod.resolve_actors(articles, registry, name_col="speaker", date_col="date")
    n = resolved["text"].str.len()
    units = pd.DataFrame({
        "quote_id": resolved["doc_id"] + ":0-" + n.astype(str),
        "doc_id": resolved["doc_id"],
        "start": 0,
        "end": n,
        "text": resolved["text"],
        "kind": "statement",
        "cue": "",
        "speaker_mention": resolved["speaker_raw"].fillna(""),
        "mention_start": -1,
        "mention_end": -1,
        "speaker": resolved["speaker"].fillna(""),
        "camp": resolved["camp"],
        "attribution": "statement_speaker",
        "confidence": 1.0,
    })
    return enforce_schema(units, "attributed")


def score_units(units: pd.DataFrame, regs: Registries) -> pd.DataFrame:
    """Add sentiment, stance toward each target and frame shares to the units table."""
    scored = sentiment.score_sentiment(units)
    scored = stance.score_stance(scored, regs.targets)
    scored = frames.score_frames(scored, regs.frames)
    return scored


def process_chunk(articles: pd.DataFrame, regs: Registries, *, mode: str,
                  timings: dict[str, float] | None = None) -> pd.DataFrame:
    """Every stage on one chunk of articles: the scored units, in corpus order.

    Before: an articles table (``doc_id, text, outlet, date, …``), already date-filtered.
    After: one row per quote (or statement): the attributed quotes table, ``outlet``, ``date``,
    ``n_words``, ``sentiment``, ``stance_<target>``, ``stance_<target>_score``, ``frame_<id>``,
    ``frame_top``; sorted by the articles' order, then ``start, end``.

    ``timings``, when given, accumulates the seconds spent in each stage (``quotes``,
    ``speakers``, ``scores``) for benchmarks.
    """
    clock = _Clock(timings)
    if mode == "statements":
        with clock("speakers"):
            units = statements_as_units(articles, regs.actors)
    else:
        with clock("quotes"):
            found = quotes.extract_quotes(articles, cues=regs.cues)
        with clock("speakers"):
            units = speakers.attribute_speakers(found, articles, regs.actors)
    with clock("scores"):
        units = _finish_units(units, articles, regs)
    return units


class _Clock:
    """Context manager factory adding elapsed seconds per stage into a dict (or doing nothing)."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    def __call__(self, stage: str):
        import contextlib
        import time

        if self.timings is None:
            return contextlib.nullcontext()

        @contextlib.contextmanager
        def timed():
            t0 = time.perf_counter()
            yield
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0

        return timed()


def _finish_units(units: pd.DataFrame, articles: pd.DataFrame, regs: Registries) -> pd.DataFrame:
    """Join article metadata, order the units, count words and add every score."""
    order = pd.Series(range(len(articles)), index=articles["doc_id"].to_numpy())
    units = units.merge(articles[["doc_id", "outlet", "date"]], on="doc_id", how="left",
                        validate="many_to_one")
    units["_order"] = units["doc_id"].map(order)
    units = (units.sort_values(["_order", "start", "end"], kind="stable")
                  .drop(columns="_order").reset_index(drop=True))
    units["n_words"] = units["text"].map(lambda t: len(t.split()))
    units = score_units(units, regs)
    for col in _INT:
        if col in units:
            units[col] = units[col].astype("int64")
    for col in _NULLABLE_INT:
        if col in units:
            units[col] = units[col].astype("Int64")
    return units


# --- sufficient statistics -------------------------------------------------------------------


# Columns of the units table the comparisons need (besides the measures): the summary keeps only
# these, with repeated strings as categoricals, so it costs ~200 bytes a quote.
SCORE_KEYS = ("quote_id", "kind", "speaker", "camp", "outlet")
_MEASURE_PREFIXES = ("stance_", "frame_")


def _score_columns(units: pd.DataFrame) -> list[str]:
    measures = [c for c in units.columns
                if c in ("sentiment", "sentiment_label") or c.startswith(_MEASURE_PREFIXES)]
    return [c for c in SCORE_KEYS if c in units.columns] + measures


def compact_scores(units: pd.DataFrame) -> pd.DataFrame:
    """The units table without text or provenance columns, strings as categoricals.

    Before: scored units (:func:`process_chunk`). After: ``quote_id, kind, speaker, camp,
    outlet, n_tokens``, ``sentiment``, ``sentiment_label``, every ``stance_*`` and ``frame_*``
    column; one row per unit, same order; strings as categoricals, frame shares and stance
    scores sparse. Everything else stays in the units CSV.
    """
    from discourse.text import tokenize

    cols = _score_columns(units)
    scores = units[cols].copy()
    scores.insert(len([c for c in SCORE_KEYS if c in cols]), "n_tokens",
                  units["text"].map(lambda t: len(tokenize(t))).astype("int64"))
    for col in scores.columns:
        if col != "quote_id" and not pd.api.types.is_numeric_dtype(scores[col]):
            scores[col] = scores[col].astype("category")
        elif col.startswith("frame_") or (col.startswith("stance_") and col.endswith("_score")):
            # Most quotes carry no frame word (share 0.0) and mention no stance target (NaN):
            # sparse columns store only the other values, a fifth of the memory on a large
            # corpus; values and arithmetic are those of the dense column.
            fill = 0.0 if col.startswith("frame_") else np.nan
            scores[col] = pd.arrays.SparseArray(scores[col].to_numpy(), fill_value=fill)
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
        One row per article kept: ``doc_id, outlet, date, n_characters`` (no text).
    word_counts : dict of str to Counter
        Per camp, the keyness token counts (:func:`discourse.measure.keyness.count_features`).
    unknown_speakers : DataFrame
        :func:`discourse.compare.overview.unknown_speakers` of the units, aggregated over chunks.
    skipped : DataFrame
        ``skipped_path, reason`` for every file or row not read.
    warnings : list of str
    excluded_by_date : int
        Articles read but outside the date range.
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

    @classmethod
    def of_chunk(cls, chunk: Corpus, units: pd.DataFrame, *, excluded_by_date: int) -> Summary:
        """The summary of one processed chunk (its articles after the date filter)."""
        from discourse.compare.overview import unknown_speakers

        arts = chunk.articles
        docs = pd.DataFrame({"doc_id": arts["doc_id"], "outlet": arts["outlet"],
                             "date": arts["date"], "n_characters": arts["text"].str.len()})
        counts = {str(camp): count_features(g["text"])
                  for camp, g in units.groupby("camp", sort=True, observed=True)}
        return cls(mode=chunk.mode, scores=compact_scores(units), documents=docs,
                   word_counts=counts, unknown_speakers=unknown_speakers(units),
                   skipped=chunk.skipped, warnings=list(chunk.warnings),
                   excluded_by_date=excluded_by_date)

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

    def add(self, index: int, part: Summary) -> None:
        for camp, c in part.word_counts.items():
            self.counts.setdefault(camp, Counter()).update(c)
        self.scores.add(index, part.scores)
        self.documents.add(index, part.documents)
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


# --- writing the units table as it is produced -----------------------------------------------


class UnitsWriter:
    """Append scored units to one CSV file, chunk after chunk, with fixed formatting.

    The header is written with the first chunk; every later chunk must have the same columns.
    Output is byte-identical to writing the concatenated table at once.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.columns: list[str] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")

    def write(self, units: pd.DataFrame) -> None:
        if self.columns is None:
            self.columns = list(units.columns)
            units.head(0).to_csv(self.path, index=False, lineterminator="\n")
        elif list(units.columns) != self.columns:
            raise ValueError(f"{self.path}: chunk columns {list(units.columns)} differ from the "
                             f"first chunk's {self.columns}")
        if len(units):
            units.to_csv(self.path, mode="a", header=False, index=False, lineterminator="\n",
                         float_format="%.6f")


def format_units_csv(units: pd.DataFrame) -> str:
    """The CSV text :class:`UnitsWriter` writes for ``units`` (header included)."""
    return units.to_csv(index=False, lineterminator="\n", float_format="%.6f")


# --- running -----------------------------------------------------------------------------------


@dataclass
class Result:
    """What :func:`run_pipeline` returns: the whole corpus in memory.

    Attributes
    ----------
    corpus : Corpus
        The articles as read (after the date filter), the skipped files and the read warnings.
    units : DataFrame
        One row per quote (articles mode) or statement (statements mode), as
        :func:`process_chunk` returns them, for the whole corpus.
    summary : Summary
        The same corpus as sufficient statistics (what the report compares).
    registries : Registries
    """

    corpus: Corpus
    units: pd.DataFrame
    summary: Summary
    registries: Registries

    @property
    def excluded_by_date(self) -> int:
        return self.summary.excluded_by_date


def run_pipeline(
    corpus: str | Path,
    *,
    config: Config | None = None,
    date_from: str = "",
    date_to: str = "",
    text_column: str = "text",
    speaker_column: str | None = None,
    chunk_size: int = 1000,
) -> Result:
    """Run every stage on a corpus and keep every unit in memory.

    Parameters
    ----------
    corpus : path
        A corpus path for :func:`discourse.io.corpus.read_corpus`.
    config : Config, default=None
        Registry files; ``None`` uses the shipped ``data/*.yaml``.
    date_from, date_to : str, default=""
        Inclusive ISO date range; empty strings leave the range open.

    Returns
    -------
    Result
        ``units`` in corpus order with all scores; ``summary`` for the comparisons.
    """
    regs = (config or Config()).load()
    chunks, unit_parts, summaries = [], [], []
    for chunk, units, excluded in _processed(corpus, regs=regs, chunk_size=chunk_size,
                                             date_from=date_from, date_to=date_to,
                                             text_column=text_column,
                                             speaker_column=speaker_column):
        chunks.append(chunk)
        unit_parts.append(units)
        summaries.append(Summary.of_chunk(chunk, units, excluded_by_date=excluded))
    units = pd.concat([u for u in unit_parts if len(u)] or unit_parts[:1], ignore_index=True)
    return Result(corpus=concat_chunks(chunks), units=units, summary=Summary.merge(summaries),
                  registries=regs)


def _processed(corpus, *, regs, chunk_size, date_from, date_to, text_column, speaker_column,
               progress: bool = False, timings: dict[str, float] | None = None,
               ) -> Iterator[tuple[Corpus, pd.DataFrame, int]]:
    chunks = iter_corpus(corpus, chunk_size=chunk_size, text_column=text_column,
                         speaker_column=speaker_column)
    if progress:
        from tqdm.auto import tqdm

        chunks = tqdm(chunks, desc="corpus", unit=" chunk")
    clock = _Clock(timings)
    it = iter(chunks)
    while True:
        with clock("read"):
            chunk = next(it, None)
        if chunk is None:
            return
        kept = filter_dates(chunk.articles, date_from=date_from, date_to=date_to)
        excluded = len(chunk.articles) - len(kept)
        chunk = Corpus(articles=kept, skipped=chunk.skipped, mode=chunk.mode,
                       warnings=chunk.warnings)
        yield chunk, process_chunk(kept, regs, mode=chunk.mode, timings=timings), excluded


def stream_pipeline(
    corpus: str | Path,
    *,
    units_csv: str | Path,
    config: Config | None = None,
    date_from: str = "",
    date_to: str = "",
    text_column: str = "text",
    speaker_column: str | None = None,
    chunk_size: int = 1000,
    engine: str = "pandas",
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool = False,
    timings: dict[str, float] | None = None,
) -> tuple[Summary, Registries]:
    """Run every stage chunk by chunk, write all units to ``units_csv``, return the summary.

    Memory holds one chunk of texts plus the :class:`Summary` (scores without text), so the
    corpus can be far larger than memory. ``engine="dask"`` processes the chunks on a Dask
    cluster (``scheduler`` address, or a new ``LocalCluster`` with ``workers`` workers); the
    units file and the summary are identical to the pandas engine's. ``timings`` (pandas engine)
    accumulates seconds per stage: ``read``, ``quotes``, ``speakers``, ``scores``, ``summary``.
    """
    if engine not in ENGINES:
        raise ValueError(f"The 'engine' parameter of stream_pipeline must be one of {ENGINES}; "
                         f"got {engine!r}.")
    config = config or Config()
    if engine == "dask":
        from discourse.run.dask_engine import stream_pipeline_dask

        return stream_pipeline_dask(
            corpus, units_csv=units_csv, config=config, date_from=date_from, date_to=date_to,
            text_column=text_column, speaker_column=speaker_column, chunk_size=chunk_size,
            scheduler=scheduler, workers=workers, progress=progress)
    regs = config.load()
    writer = UnitsWriter(units_csv)
    builder = SummaryBuilder()
    clock = _Clock(timings)
    for i, (chunk, units, excluded) in enumerate(_processed(
            corpus, regs=regs, chunk_size=chunk_size, date_from=date_from, date_to=date_to,
            text_column=text_column, speaker_column=speaker_column, progress=progress,
            timings=timings)):
        with clock("summary"):
            writer.write(units)
            builder.add(i, Summary.of_chunk(chunk, units, excluded_by_date=excluded))
            del chunk, units
            regs.actors.clear_caches()  # one chunk's names at most: memory stays flat
            release_free_memory()
    with clock("summary"):
        merged = builder.build()
    return merged, regs
