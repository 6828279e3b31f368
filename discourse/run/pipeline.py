"""Compose the stages: corpus → quotes → speakers → actors → scores → comparisons.

The pandas engine and the two entry points of a run. Everything runs chunk by chunk through
:func:`discourse.run.chunks.process_chunk`, a plain function from a chunk of articles to its
scored units, so the notebook, the CLI, a streaming run over a large corpus and a Dask partition
all compute the same rows. Per chunk, a :class:`discourse.run.summary.Summary` keeps only what the
comparisons need (the per-quote scores without text, per-camp word counts, per-article sizes):
memory grows with the number of quotes' numbers, not with the corpus text.

Two entry points:

- :func:`run_pipeline` returns every unit with its text in memory: convenient for a few thousand
  articles, in a notebook or a script.
- :func:`stream_pipeline` streams the units to a CSV file (:mod:`discourse.run.units`) and
  returns the :class:`~discourse.run.summary.Summary`: what the report uses, for corpora of any
  size (``engine="dask"`` spreads the chunks over a cluster, see :mod:`discourse.run.dask_engine`,
  which shares the lower modules of this layer and is imported only when asked for).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from discourse.core.runtime import release_free_memory
from discourse.io.corpus import Corpus, concat_chunks, iter_corpus
from discourse.run.chunks import Config, Registries, StageClock, run_chunk
from discourse.run.summary import Summary, SummaryBuilder
from discourse.run.units import UnitsWriter

__all__ = ["ENGINES", "Config", "Registries", "Result", "Summary", "run_pipeline",
           "stream_pipeline"]

ENGINES = ("pandas", "dask")


@dataclass
class Result:
    """What :func:`run_pipeline` returns: the whole corpus in memory.

    Attributes
    ----------
    corpus : Corpus
        The articles as read (after the date filter), the skipped files and the read warnings.
    units : DataFrame
        One row per quote (articles mode) or statement (statements mode), as
        :func:`discourse.run.chunks.process_chunk` returns them, for the whole corpus.
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
    dedupe_reprints: bool = True,
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
    dedupe_reprints : bool, default=True
        Count a reprinted quote once in ``summary`` (see :meth:`Summary.drop_reprints`);
        ``units`` keeps every unit as found.

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
    summary = Summary.merge(summaries)
    return Result(corpus=concat_chunks(chunks), units=units,
                  summary=summary.drop_reprints() if dedupe_reprints else summary,
                  registries=regs)


def _processed(corpus, *, regs, chunk_size, date_from, date_to, text_column, speaker_column,
               progress: bool = False, timings: dict[str, float] | None = None,
               ) -> Iterator[tuple[Corpus, pd.DataFrame, int]]:
    chunks = iter_corpus(corpus, chunk_size=chunk_size, text_column=text_column,
                         speaker_column=speaker_column)
    if progress:
        from discourse.present.display import progress_bar

        chunks = progress_bar(chunks, desc="corpus", unit=" chunk")
    clock = StageClock(timings)
    it = iter(chunks)
    while True:
        with clock("read"):
            chunk = next(it, None)
        if chunk is None:
            return
        yield run_chunk(chunk, regs, date_from=date_from, date_to=date_to, timings=timings)


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
    dedupe_reprints: bool = True,
) -> tuple[Summary, Registries]:
    """Run every stage chunk by chunk, write all units to ``units_csv``, return the summary.

    Memory holds one chunk of texts plus the :class:`Summary` (scores without text), so the
    corpus can be far larger than memory. ``engine="dask"`` processes the chunks on a Dask
    cluster (``scheduler`` address, or a new ``LocalCluster`` with ``workers`` workers); the
    units file and the summary are identical to the pandas engine's. ``timings`` (pandas engine)
    accumulates seconds per stage: ``read``, ``quotes``, ``speakers``, ``scores``, ``summary``.
    With ``dedupe_reprints`` (the default) a quote found again with the same normalised text and
    speaker in a later article counts once in the summary (:meth:`Summary.drop_reprints`:
    ``summary.reprints`` lists the dropped ones); the units file keeps every unit.
    """
    if engine not in ENGINES:
        raise ValueError(f"The 'engine' parameter of stream_pipeline must be one of {ENGINES}; "
                         f"got {engine!r}.")
    config = config or Config()
    if engine == "dask":
        from discourse.run.dask_engine import stream_pipeline_dask

        summary, regs = stream_pipeline_dask(
            corpus, units_csv=units_csv, config=config, date_from=date_from, date_to=date_to,
            text_column=text_column, speaker_column=speaker_column, chunk_size=chunk_size,
            scheduler=scheduler, workers=workers, progress=progress)
        return (summary.drop_reprints() if dedupe_reprints else summary), regs
    regs = config.load()
    writer = UnitsWriter(units_csv)
    builder = SummaryBuilder()
    clock = StageClock(timings)
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
        if dedupe_reprints:
            merged = merged.drop_reprints()
    return merged, regs
