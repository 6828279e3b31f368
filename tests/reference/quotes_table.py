"""The quotes table of :func:`discourse.extract.quotes.extract_quotes` as it was built: from a
dict per row, sorted and deduplicated with pandas (now column by column, sorted in Python). The
``lang`` column, added with Russian, is each article's detected language."""

from __future__ import annotations

import pandas as pd

from discourse.core import schema
from discourse.extract.quotes import HELPER_COLUMNS, CueLexicon, extract_document
from discourse.text import detect_language


def reference_quotes_table(articles: pd.DataFrame, lex: CueLexicon) -> pd.DataFrame:
    """``extract_quotes`` as it was: the table built from a dict per row."""
    rows: list[dict] = []
    for doc_id, text in zip(articles["doc_id"], articles["text"], strict=True):
        if not isinstance(text, str) or not text:
            continue
        for row in extract_document(text, lex):
            row["doc_id"] = str(doc_id)
            row["lang"] = detect_language(text)
            rows.append(row)
    cols = list(schema.TABLES["quotes"]["fields"]) + list(HELPER_COLUMNS)
    df = pd.DataFrame(rows, columns=[c for c in cols if c != "quote_id"])
    df["quote_id"] = [f"{d}:{s}-{e}" for d, s, e in zip(df["doc_id"], df["start"], df["end"],
                                                       strict=True)]
    df = df.sort_values(["doc_id", "start", "end"], kind="mergesort")
    df = df.drop_duplicates("quote_id").reset_index(drop=True)
    for c in ("start", "end", "mention_start", "mention_end", "_cue_start", "_cue_end", "_parent"):
        df[c] = df[c].astype("int64")
    return schema.enforce_schema(df[cols], "quotes")
