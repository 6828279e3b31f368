"""Descriptive tables for the report: what the corpus holds, which texts may be mis-decoded and who
could not be resolved."""

from __future__ import annotations

import pandas as pd


def describe_corpus(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: documents, characters and date range.

    Before: the articles table (``doc_id, text, outlet, date, …``), or the pipeline summary's
    documents table (``n_characters`` instead of ``text``).
    After: ``outlet, n_documents, n_characters, first_date, last_date, n_undated``, sorted by
    outlet, with a final ``(all)`` row.

    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["xx", "yyy"],
    ...                      "outlet": ["X", "X"], "date": ["2020-01-02", ""]})
    >>> describe_corpus(arts).to_dict("records")[0]
    {'outlet': 'X', 'n_documents': 2, 'n_characters': 5, 'first_date': '2020-01-02', \
'last_date': '2020-01-02', 'n_undated': 1}
    """
    def summarise(g: pd.DataFrame) -> dict:
        dated = g.loc[g["date"] != "", "date"]
        return {
            "n_documents": len(g),
            "n_characters": int(g["n_characters"].sum() if "n_characters" in g
                                else g["text"].str.len().sum()),
            "first_date": dated.min() if len(dated) else "",
            "last_date": dated.max() if len(dated) else "",
            "n_undated": int((g["date"] == "").sum()),
        }

    rows = [{"outlet": outlet, **summarise(g)}
            for outlet, g in articles.groupby("outlet", sort=True)]
    if len(rows) != 1:
        rows.append({"outlet": "(all)", **summarise(articles)})
    cols = ["outlet", "n_documents", "n_characters", "first_date", "last_date", "n_undated"]
    return pd.DataFrame(rows, columns=cols)


# Encodings that need no second look: UTF-8 as it is, with a byte order mark, or plain ASCII.
PLAIN_ENCODINGS = ("", "ascii", "utf-8", "utf-8-sig")


def describe_decoding(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents not read as plain UTF-8, with the encoding used: the texts a reader should check.

    A legacy encoding (cp1251, koi8-r, …) is detected from the bytes and can be guessed wrong;
    UTF-16 is read from its byte order mark; damaged UTF-8 is read with the invalid bytes
    replaced by U+FFFD (``encoding`` then says how many and where).

    Before: the articles table, or the pipeline summary's documents table (``doc_id, encoding,
    …``). After: ``doc_id, encoding, note`` for those documents, sorted by ``doc_id``; ``note`` is
    ``replacement characters`` or ``not UTF-8``.

    >>> docs = pd.DataFrame({"doc_id": ["b", "a", "c"], "encoding": ["cp1251", "utf-8",
    ...     "utf-8 (1 invalid byte sequence(s) replaced by U+FFFD, first at byte 7)"]})
    >>> describe_decoding(docs)[["doc_id", "note"]].to_dict("records")
    [{'doc_id': 'b', 'note': 'not UTF-8'}, {'doc_id': 'c', 'note': 'replacement characters'}]
    """
    cols = ["doc_id", "encoding", "note"]
    if "encoding" not in documents or documents.empty:
        return pd.DataFrame(columns=cols)
    enc = documents["encoding"].astype(str)
    odd = ~enc.isin(PLAIN_ENCODINGS)
    out = pd.DataFrame({"doc_id": documents.loc[odd, "doc_id"].astype(str).to_numpy(),
                        "encoding": enc[odd].to_numpy()}, columns=cols[:2])
    out["note"] = ["replacement characters" if e.startswith("utf-8 ") else "not UTF-8"
                   for e in out["encoding"]]
    return out.sort_values("doc_id", kind="stable").reset_index(drop=True)


def describe_unknown_speakers(units: pd.DataFrame) -> pd.DataFrame:
    """Speakers whose camp is ``unknown``, with how often and where they are quoted.

    Before: the units table (``speaker_mention, speaker, camp, doc_id, …``).
    After: ``speaker, n_quotes, n_documents, example_quote_id``, most quoted first; quotes with no
    speaker at all appear as ``(unattributed)``.
    """
    unk = units[units["camp"] == "unknown"].copy()
    cols = ["speaker", "n_quotes", "n_documents", "example_quote_id"]
    if unk.empty:
        return pd.DataFrame(columns=cols)
    name = unk["speaker"].where(unk["speaker"].notna() & (unk["speaker"] != ""),
                                unk["speaker_mention"])
    unk["speaker"] = name.where(name.notna() & (name != ""), "(unattributed)")
    out = (unk.groupby("speaker", sort=True)
              .agg(n_quotes=("quote_id", "size"), n_documents=("doc_id", "nunique"),
                   example_quote_id=("quote_id", "first"))
              .reset_index()
              .sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable"))
    return out[cols].reset_index(drop=True)


def merge_unknown_speakers(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Combine :func:`describe_unknown_speakers` tables of disjoint chunks of one corpus, in corpus order.

    Counts add up (a document lies in one chunk only, so document counts add up too); the example
    quote is the first one in corpus order. Equals :func:`describe_unknown_speakers` of all units at once.
    """
    cols = ["speaker", "n_quotes", "n_documents", "example_quote_id"]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=cols)
    both = pd.concat(parts, ignore_index=True)
    out = (both.groupby("speaker", sort=True)
               .agg(n_quotes=("n_quotes", "sum"), n_documents=("n_documents", "sum"),
                    example_quote_id=("example_quote_id", "first"))
               .reset_index()
               .sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable"))
    return out[cols].reset_index(drop=True)
