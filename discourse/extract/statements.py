"""Turn a statements corpus (speeches with a known speaker) into the attributed units table.

The extract layer's counterpart of :mod:`discourse.extract.attributed` for corpora whose rows
are already statements (a ``speaker`` column; see :mod:`discourse.io.corpus`): nothing is
searched in the text, each row is one unit, and its speaker is resolved to a canonical actor and
camp by :func:`discourse.extract.actors.resolve_actors`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from discourse.core.schema import enforce_schema
from discourse.extract.actors import resolve_actors
from discourse.extract.quotes.extract import language_codes

if TYPE_CHECKING:
    from discourse.extract.actors import ActorRegistry

__all__ = ["statements_as_units"]


def statements_as_units(articles: pd.DataFrame, registry: ActorRegistry) -> pd.DataFrame:
    """Turn a statements corpus (one row per speech, known speaker) into the units table.

    Each statement is one unit spanning its whole text, ``kind = "statement"``; the speaker column
    is resolved to canonical actors and camps by :func:`discourse.extract.actors.resolve_actors`.
    """
    resolved = resolve_actors(articles, registry, name_col="speaker", date_col="date")
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
        "lang": language_codes(resolved),
    })
    return enforce_schema(units, "attributed")
