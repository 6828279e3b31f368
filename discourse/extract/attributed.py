"""Extract the quotes of a table of articles and attribute each to its speaker, in one call.

The extract layer's composed verb: :func:`discourse.extract.quotes.extract_quotes` (find the
spans and the speaker mentions the syntax gives) followed by
:func:`discourse.extract.speakers.attribute_speakers` (resolve mentions to actors and camps, fill
in the quotes without one). Everything above the extract layer that needs attributed quotes (the
run layer's :func:`discourse.run.chunks.process_chunk`, the ``discourse quotes`` command,
:func:`discourse.validate.evaluate.predict_for_gold`) calls this function, so the two stages are
chained in one place.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.speakers import attribute_speakers

if TYPE_CHECKING:
    from discourse.extract.actors import ActorRegistry
    from discourse.extract.quotes import CueLexicon

__all__ = ["extract_attributed_quotes"]


def extract_attributed_quotes(
    articles: pd.DataFrame,
    *,
    actors: ActorRegistry | None = None,
    cues: CueLexicon | None = None,
    timings: dict[str, float] | None = None,
) -> pd.DataFrame:
    """Find every quote in a table of articles and attribute it to a speaker and camp.

    Before: an articles table, one row per article: ``doc_id`` and ``text`` are used, and
    ``date`` (ISO ``YYYY-MM-DD``, or empty) when present, to pick the role and camp an actor held
    that day; other columns are ignored. After: the attributed quotes table, one row per quote or
    reported statement, sorted by ``doc_id, start, end``: ``quote_id, doc_id, start, end, text,
    kind, cue, speaker_mention, mention_start, mention_end, speaker, camp, attribution,
    confidence`` (``schema.TABLES["attributed"]``; ``speaker`` is ``""`` and ``camp``
    ``"unknown"`` when unresolved, ``mention_start/end`` -1 without a mention), then the helper
    columns of :func:`discourse.extract.quotes.extract_quotes` (``_rule, _cue_start, _cue_end,
    _parent``).

    Each article is read on its own: the rows of an article do not depend on the other rows of
    the table, so a corpus can be processed in chunks of any size.

    Parameters
    ----------
    articles : DataFrame
        The articles table (see above).
    actors : ActorRegistry, default=None
        The actor registry; ``None`` loads the shipped ``data/actors.yaml``
        (:func:`discourse.extract.actors.load_actors`).
    cues : CueLexicon, default=None
        The reporting cues; ``None`` loads the shipped ``data/cues.yaml``
        (:func:`discourse.extract.quotes.load_cues`).
    timings : dict of str to float, default=None
        When given, the seconds spent finding quotes and attributing them are added to its
        ``"quotes"`` and ``"speakers"`` entries (for benchmarks).

    Returns
    -------
    DataFrame
        The attributed quotes table (see above).

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a1"], "date": ["2019-09-27"],
    ...                      "text": ["“We are open,” Sergey Lavrov said."]})
    >>> extract_attributed_quotes(arts)[["quote_id", "kind", "speaker_mention", "speaker", "camp"]]
      quote_id    kind speaker_mention         speaker              camp
    0  a1:1-13  direct   Sergey Lavrov  Sergey Lavrov  russian_official
    """
    registry = actors if actors is not None else load_actors()
    lexicon = cues if cues is not None else load_cues()
    t0 = time.perf_counter()
    found = extract_quotes(articles, cues=lexicon)
    t1 = time.perf_counter()
    attributed = attribute_speakers(found, articles, registry)
    if timings is not None:
        timings["quotes"] = timings.get("quotes", 0.0) + t1 - t0
        timings["speakers"] = timings.get("speakers", 0.0) + time.perf_counter() - t1
    return attributed
