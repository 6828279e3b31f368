"""Extract the quotes of a table of articles and attribute each to its speaker, in one call.

The extract layer's composed verb: :func:`discourse.extract.quotes.extract_quotes` (find the
spans and the speaker mentions the syntax gives) followed by
:func:`discourse.extract.speakers.attribute_speakers` (resolve mentions to actors and camps, fill
in the quotes without one). Everything above the extract layer that needs attributed quotes calls
one of the two functions here, so the two stages are chained in one place:
:func:`extract_attributed_quotes` on tables (the run layer's
:func:`discourse.run.chunks.process_chunk`, :func:`discourse.validate.evaluate.predict_for_gold`),
:func:`attributed_columns` on plain records (the ``discourse quotes`` command, which imports no
pandas). Both run the same loops (``quote_rows`` and ``attribute_rows``; the table versions wrap
them), and a test checks that they give the same values.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from discourse.core import schema
from discourse.core.runtime import collector_paused
from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.quotes.extract import HELPER_COLUMNS, QUOTE_ROW_FIELDS, quote_rows
from discourse.extract.speakers import attribute_speakers
from discourse.extract.speakers.attribute import article_date, attribute_rows
from discourse.text.lang import language_of

if TYPE_CHECKING:
    import pandas as pd

    from discourse.extract.actors import ActorRegistry
    from discourse.extract.quotes import CueLexicon

__all__ = ["attributed_columns", "extract_attributed_quotes"]


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
    >>> import pandas as pd
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


# Where each column of the quotes table is in a row of ``quote_rows``.
_AT = {name: k for k, name in enumerate(QUOTE_ROW_FIELDS)}


@collector_paused
def attributed_columns(
    articles: Sequence[Mapping[str, Any]],
    *,
    actors: ActorRegistry | None = None,
    cues: CueLexicon | None = None,
) -> dict[str, list]:
    """:func:`extract_attributed_quotes` without tables: the same quotes, as columns of plain
    values.

    Before: one mapping per article with ``doc_id`` and ``text`` and, when known, ``date`` and
    ``lang`` (what :func:`discourse.io.corpus.iter_article_records` yields). After: a dict of
    the attributed quotes table's columns in its order (``schema.TABLES["attributed"]``, then
    ``lang`` and the helper columns), each a list holding what that column's ``tolist()`` gives
    for the same articles: one entry per quote, sorted by ``doc_id, start, end``.

    The ``discourse quotes`` command runs on this: building the tables costs little, but
    importing pandas, NumPy and Arrow costs 0.3 s of CPU, a sixth of the command on a thousand
    articles. ``tests/extract/test_attributed.py`` checks that both give the same values.
    """
    registry = actors if actors is not None else load_actors()
    doc_ids = [a["doc_id"] for a in articles]
    texts = [a["text"] for a in articles]
    # as extract_quotes reads the lang column (language_codes) and attribute_speakers the date
    codes = [language_of(text, a.get("lang", "")) for a, text in zip(articles, texts, strict=True)]
    rows, row_ids = quote_rows(doc_ids, texts, codes, cues=cues)
    by_id = {str(d): t for d, t in zip(doc_ids, texts, strict=True)}
    dates = {str(a["doc_id"]): article_date(a.get("date")) for a in articles}
    if articles and all("lang" in a for a in articles):
        langs = {str(a["doc_id"]): a["lang"] for a in articles}
    else:  # the extractor detected each article's language and wrote it on its quotes
        langs = {d: row[_AT["lang"]] for d, row in zip(row_ids, rows, strict=True)}
    read = [(d, row[_AT["start"]], row[_AT["end"]], row[_AT["kind"]],
             row[_AT["speaker_mention"]], row[_AT["mention_start"]], row[_AT["mention_end"]],
             row[_AT["_rule"]]) for d, row in zip(row_ids, rows, strict=True)]
    records = attribute_rows(read, by_id, dates, langs, registry)
    del read
    out: dict[str, list] = {}
    for name in dict.fromkeys((*schema.TABLES["attributed"]["fields"], "lang", *HELPER_COLUMNS)):
        if name == "quote_id":
            out[name] = [f"{d}:{row[0]}-{row[1]}" for d, row in zip(row_ids, rows, strict=True)]
        elif name == "doc_id":
            out[name] = row_ids
        elif name == "speaker":  # unresolved is the empty string, as in the table
            out[name] = ["" if r.speaker is None else str(r.speaker) for r in records]
        elif name == "confidence":
            out[name] = [float(r.confidence) for r in records]
        elif name in ("speaker_mention", "mention_start", "mention_end", "camp", "attribution"):
            out[name] = [getattr(r, name) for r in records]
        else:
            k = _AT[name]
            out[name] = [row[k] for row in rows]
    return out
