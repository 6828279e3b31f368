"""One chunk of articles through every stage: quotes → speakers → actors → scores.

The run layer's unit of work. :func:`process_chunk` is a plain function from a chunk of articles
to its scored units, so the notebook, the CLI, a streaming run over a large corpus and a Dask
partition all compute the same rows; both engines (:mod:`discourse.run.pipeline` and
:mod:`discourse.run.dask_engine`) call it through :func:`run_chunk`. :class:`Config` names the
registry files of a run, :class:`Registries` holds them loaded.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from discourse.extract import actors as actors_mod
from discourse.extract import quotes
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.statements import statements_as_units
from discourse.io.corpus import Corpus
from discourse.measure import frames, sentiment, stance
from discourse.measure.nesting import own_texts

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


def score_units(units: pd.DataFrame, regs: Registries) -> pd.DataFrame:
    """Add sentiment, stance toward each target and frame shares to the units table.

    Every measure reads a unit's own words (:func:`discourse.measure.nesting.own_texts`): a
    quote nested inside another is cut out of it and measured once, as its own unit.
    """
    scored = units.assign(_own_text=own_texts(units))
    scored = sentiment.score_sentiment(scored, text_col="_own_text")
    scored = stance.score_stance(scored, regs.targets, text_col="_own_text")
    scored = frames.score_frames(scored, regs.frames, text_col="_own_text")
    return scored.drop(columns="_own_text")


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
    clock = StageClock(timings)
    if mode == "statements":
        with clock("speakers"):
            units = statements_as_units(articles, regs.actors)
    else:
        units = extract_attributed_quotes(articles, actors=regs.actors, cues=regs.cues,
                                          timings=timings)
    with clock("scores"):
        units = _finish_units(units, articles, regs)
    return units


def run_chunk(chunk: Corpus, regs: Registries, *, date_from: str = "", date_to: str = "",
              timings: dict[str, float] | None = None) -> tuple[Corpus, pd.DataFrame, int]:
    """Date-filter one chunk as read and process it: ``(chunk kept, its units, n excluded)``.

    What each engine does with every chunk it reads: the returned chunk holds the articles
    within the date range (with the chunk's skipped files and warnings), the units are
    :func:`process_chunk`'s, and the count is of the articles outside the range.
    """
    kept = filter_dates(chunk.articles, date_from=date_from, date_to=date_to)
    excluded = len(chunk.articles) - len(kept)
    chunk = Corpus(articles=kept, skipped=chunk.skipped, mode=chunk.mode, warnings=chunk.warnings)
    return chunk, process_chunk(kept, regs, mode=chunk.mode, timings=timings), excluded


class StageClock:
    """Context manager factory adding elapsed seconds per stage into a dict (or doing nothing)."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    def __call__(self, stage: str):
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
