"""Compose the stages: corpus → quotes → speakers → actors → scores → comparisons.

The notebook, the CLI and (later) a Dask partition call these same functions, so a result never
depends on how it was run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import actors as actors_mod
from . import compare, frames, quotes, sentiment, speakers, stance
from .corpus import Corpus, read_corpus
from .schema import enforce_schema


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


@dataclass
class Result:
    """Everything a report shows.

    Attributes
    ----------
    corpus : Corpus
        The articles as read (after the date filter), the skipped files and the read warnings.
    units : DataFrame
        One row per quote (articles mode) or per statement (statements mode): the attributed
        quotes table plus ``outlet``, ``date``, ``sentiment``, ``stance_<target>``,
        ``stance_<target>_score``, ``frame_<id>``, ``frame_top`` and ``n_words``.
    registries : Registries
        The actors, targets, frames and cues used.
    """

    corpus: Corpus
    units: pd.DataFrame
    registries: Registries
    excluded_by_date: int = 0
    notes: list[str] = field(default_factory=list)


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
    is resolved to canonical actors and camps by :func:`discourse.actors.resolve_actors`.
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
        "speaker_mention": resolved["speaker_raw"],
        "mention_start": -1,
        "mention_end": -1,
        "speaker": resolved["speaker"],
        "camp": resolved["camp"],
        "attribution": "statement_speaker",
        "confidence": 1.0,
    })
    return enforce_schema(units, "attributed")


def extract_units(articles: pd.DataFrame, regs: Registries, *, mode: str) -> pd.DataFrame:
    """Quotes with speakers and camps (articles mode) or statements as units (statements mode)."""
    if mode == "statements":
        return statements_as_units(articles, regs.actors)
    found = quotes.extract_quotes(articles, cues=regs.cues)
    return speakers.attribute_speakers(found, articles, regs.actors)


def score_units(units: pd.DataFrame, regs: Registries) -> pd.DataFrame:
    """Add sentiment, stance toward each target and frame shares to the units table."""
    scored = sentiment.score_sentiment(units)
    scored = stance.score_stance(scored, regs.targets)
    scored = frames.score_frames(scored, regs.frames)
    return scored


def run_pipeline(
    corpus: str | Path | Corpus,
    *,
    config: Config | None = None,
    date_from: str = "",
    date_to: str = "",
    text_column: str = "text",
    speaker_column: str | None = None,
) -> Result:
    """Run every stage on a corpus and return the scored units.

    Parameters
    ----------
    corpus : path or Corpus
        A corpus path for :func:`discourse.corpus.read_corpus`, or a corpus already read.
    config : Config, default=None
        Registry files; ``None`` uses the shipped ``data/*.yaml``.
    date_from, date_to : str, default=""
        Inclusive ISO date range; empty strings leave the range open.

    Returns
    -------
    Result
        ``units`` sorted by ``doc_id, start, end``, with ``outlet`` and ``date`` of the article
        joined in, plus all scores.
    """
    if not isinstance(corpus, Corpus):
        corpus = read_corpus(corpus, text_column=text_column, speaker_column=speaker_column)
    regs = (config or Config()).load()
    articles = filter_dates(corpus.articles, date_from=date_from, date_to=date_to)
    excluded = len(corpus.articles) - len(articles)
    kept = Corpus(articles=articles, skipped=corpus.skipped, mode=corpus.mode,
                  warnings=corpus.warnings)
    units = extract_units(articles, regs, mode=corpus.mode)
    meta = articles[["doc_id", "outlet", "date"]]
    units = units.merge(meta, on="doc_id", how="left", validate="many_to_one")
    units = units.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)
    units["n_words"] = units["text"].map(lambda t: len(t.split()))
    units = score_units(units, regs)
    return Result(corpus=kept, units=units, registries=regs, excluded_by_date=excluded)


def summarise(result: Result, *, camps: list[str], n_boot: int, seed: int,
              min_n: int) -> dict[str, pd.DataFrame]:
    """The comparison tables the report shows, keyed by table name.

    ``camps`` orders and restricts the comparisons; quotes of other camps stay in the quotes
    table and in the "who is quoted" counts (nothing dropped silently).
    """
    units = result.units
    regs = result.registries
    tables = {
        "who_by_camp": compare.share_by_group(units, by=["camp"]),
        "who_by_outlet_camp": compare.share_by_group(units, by=["outlet", "camp"]),
        "sentiment_by_camp": compare.compare_camps(
            units, measures=["sentiment"], camps=camps, n_boot=n_boot, seed=seed, min_n=min_n),
        "stance_by_camp": compare.stance_by_camp(
            units, regs.targets, camps=camps, n_boot=n_boot, seed=seed, min_n=min_n),
        "frames_by_camp": compare.frame_shares_by_camp(
            units, regs.frames, camps=camps, n_boot=n_boot, seed=seed, min_n=min_n),
    }
    return tables
