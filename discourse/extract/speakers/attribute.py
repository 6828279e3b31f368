"""Link each quote to its speaker: mention → canonical actor → camp.

:func:`discourse.extract.quotes.extract_quotes` records the speaker mention that the syntax of the
sentence gives (``…,” said Peskov``, ``According to her, …``). This stage resolves those mentions
(:func:`~discourse.extract.speakers.mentions.resolve_mention`) and fills in the quotes that have
none: a quote without a syntactic speaker continues the previous quote's speaker in the same or
the preceding paragraph (“A,” she said. “B.”), or takes the speaker introduced by a line ending in
a colon, or named in the previous or next sentence.

Each row records the rule that attributed it (``attribution``) and a ``confidence`` in [0, 1].
The loop over an article's quotes is :func:`.attribute_doc.attribute_doc` (compiled), the rules for
a quote without a mention are in :mod:`.fallback`, the rows in :mod:`.quote_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from discourse.core import schema
from discourse.core.runtime import collector_paused
from discourse.extract.speakers.attribute_doc import RULE_CONFIDENCE, attribute_doc
from discourse.extract.speakers.lang import speaker_language
from discourse.extract.speakers.quote_rows import _Quote

if TYPE_CHECKING:  # the tables; ``attribute_rows`` reads and returns plain rows (no pandas)
    import pandas as pd

__all__ = ["ATTRIBUTION_READ", "ATTRIBUTION_WRITTEN", "RULE_CONFIDENCE", "article_date",
           "attribute_rows", "attribute_speakers"]


def _date_of(articles: pd.DataFrame) -> dict[str, str | None]:
    # .tolist() gives the same Python values as iterating the column, much faster for
    # Arrow-backed string columns
    if "date" not in articles.columns:
        return {str(d): None for d in articles["doc_id"].tolist()}
    return {str(d): article_date(v) for d, v in zip(articles["doc_id"].tolist(),
                                                     articles["date"].tolist(), strict=True)}


# An ISO date, compiled once: asked for every article
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_date(value: Any) -> str | None:
    """An article's date as the rules read it: ``YYYY-MM-DD`` (the first ten characters of the
    value), else None (empty, missing or no date)."""
    v = "" if value is None or (isinstance(value, float) and value != value) else str(value)[:10]
    return v if _ISO_DATE.fullmatch(v) else None


# The columns the rules read, and those they write.
ATTRIBUTION_READ = _READ = ("doc_id", "start", "end", "kind", "speaker_mention", "mention_start",
                            "mention_end", "_rule")
ATTRIBUTION_WRITTEN = _WRITTEN = ("speaker_mention", "mention_start", "mention_end", "speaker",
                                  "camp", "attribution", "confidence")


@collector_paused
def attribute_speakers(
    quotes: pd.DataFrame, articles: pd.DataFrame, registry: Any
) -> pd.DataFrame:
    """Resolve each quote's speaker to a canonical actor and camp.

    Parameters
    ----------
    quotes : DataFrame
        The quotes table from :func:`discourse.extract.quotes.extract_quotes` (helper column ``_rule``
        is used when present).
    articles : DataFrame
        Articles table; uses ``doc_id``, ``text`` and, when present, ``date`` (ISO) to pick the
        role an actor held on that day.
    registry : discourse.extract.actors.ActorRegistry

    Returns
    -------
    attributed : DataFrame
        The quotes rows (same order: ``doc_id, start``) with ``speaker_mention``/``mention_start``/
        ``mention_end`` filled where a rule found one, plus ``speaker`` (canonical actor name; for
        people not in the registry the most complete form of their name in the article; ``""``
        when unresolved), ``camp`` (``registry.camp_of`` at the article date; ``"unknown"`` when
        not resolved to an actor), ``attribution`` (the rule: ``cue_after``, ``cue_before``,
        ``according_to``, ``pronoun``, ``role_description``, ``previous_sentence``,
        ``embedded_signature``, ``post_inline``, ``signature_line``, ``interview_label``,
        ``transcript_label``, ``continuation``, ``colon_line``, ``next_sentence``,
        ``unresolved``, ``medium``, ``none``) and ``confidence`` in [0, 1].
    """
    for col in ("doc_id", "text"):
        if col not in articles.columns:
            raise ValueError(f"attribute_speakers: the articles table has no {col!r} column.")
    texts = {str(d): t for d, t in zip(articles["doc_id"].tolist(), articles["text"].tolist(),
                                        strict=True)}
    dates = _date_of(articles)
    langs = ({str(d): v for d, v in zip(articles["doc_id"].tolist(), articles["lang"].tolist(),
                                         strict=True)}
             if "lang" in articles.columns else {})
    if not langs and "lang" in quotes.columns:
        # the extractor detected each article's language and wrote it on its quotes
        langs = {str(d): v for d, v in zip(quotes["doc_id"].tolist(), quotes["lang"].tolist(),
                                           strict=True)}
    if "_rule" not in quotes.columns:
        quotes = quotes.assign(_rule=["cue_before" if s >= 0 else "none"
                                      for s in quotes["mention_start"]])
    # Plain Python rows for the whole chunk, holding only what the rules read and write (a
    # document of 600,000 quotes must fit in memory): per-article DataFrame slicing and to_dict
    # cost more than the attribution itself. The columns are set on the table at the end.
    values = [quotes[c].tolist() for c in _READ]
    records = attribute_rows(zip(*values, strict=True), texts, dates, langs, registry)
    del values
    cols = list(schema.TABLES["attributed"]["fields"])
    extra = [c for c in quotes.columns if c not in cols]
    df = quotes.reset_index(drop=True)
    new = {c: [getattr(rec, c) for rec in records] for c in _WRITTEN}
    del records
    df = df.assign(**new)[cols + extra]
    if len(df):
        df = df.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)
    # unresolved is the empty string (schema: "empty when unresolved"), never None/NaN
    df["speaker"] = df["speaker"].astype(object).where(df["speaker"].notna(), "").astype(str)
    for c in ("start", "end", "mention_start", "mention_end"):
        df[c] = df[c].astype("int64")
    df["confidence"] = df["confidence"].astype(float)
    return schema.enforce_schema(df, "attributed")


def attribute_rows(
    rows: Iterable[tuple], texts: Mapping[str, str], dates: Mapping[str, str | None],
    langs: Mapping[str, Any], registry: Any,
) -> list[_Quote]:
    """The attribution of :func:`attribute_speakers` on plain rows, without a table.

    Before: one tuple per quote of the values of ``ATTRIBUTION_READ`` (``_rule``: the syntactic
    rule of the extractor, or ``"none"``), and per ``doc_id`` (as a string) its text, its date
    (:func:`article_date`) and its language code. After: one row per quote in the same order,
    whose attributes ``ATTRIBUTION_WRITTEN`` hold what :func:`attribute_speakers` writes in
    those columns (``speaker`` None when unresolved: the table has ``""``).
    """
    records = [_Quote(i, *vals) for i, vals in enumerate(rows)]
    by_doc: dict[Any, list[_Quote]] = {}
    for rec in records:
        by_doc.setdefault(rec.doc_id, []).append(rec)
    for doc_id in sorted(by_doc):
        text = texts.get(str(doc_id))
        if text is None:
            raise ValueError(f"attribute_speakers: quotes refer to doc_id {doc_id!r}, which is "
                             "not in the articles table.")
        group = sorted(by_doc[doc_id], key=lambda r: (r.start, r.end))
        attribute_doc(group, text, registry, dates.get(str(doc_id)),
                       speaker_language(langs.get(str(doc_id))))
    return records
