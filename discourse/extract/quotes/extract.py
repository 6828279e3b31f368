"""The entry point: run the passes over each article and build the quotes table.

Shared. For one text, :func:`.document_rows.document_rows` (compiled) runs pass 1 (quotation
marks: pairing, then classification, then quotes missing their opening mark), pass 2 (embedded
posts) and pass 3 (interview answers, transcript lines, reported speech) with the language's
rules; :func:`extract_quotes` does it for a table of articles and returns the quotes table of
``schema.TABLES["quotes"]``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from discourse.core import paths, schema
from discourse.core.runtime import collector_paused
from discourse.extract.quotes.cues import CueLexicon, load_cues
from discourse.extract.quotes.document_rows import document_rows
from discourse.extract.quotes.lang import DEFAULT_LANGUAGE, LANGUAGES
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.segments import segmented_rows
from discourse.text.lang import language_of

if TYPE_CHECKING:  # the tables; ``quote_rows`` reads and returns plain lists (no pandas)
    import pandas as pd

__all__ = ["HELPER_COLUMNS", "QUOTE_ROW_FIELDS", "extract_document", "extract_quotes",
           "language_codes", "quote_rows"]

# Helper columns added to the quotes table (documented in extract_quotes).
HELPER_COLUMNS = ("_rule", "_cue_start", "_cue_end", "_parent")


def _check_kinds(kinds: Iterable[str]) -> frozenset[str]:
    kinds = frozenset([kinds] if isinstance(kinds, str) else kinds)
    bad = kinds - set(schema.KINDS)
    if bad:
        raise ValueError(
            f"The 'kinds' parameter of extract_quotes must be a subset of {set(schema.KINDS)}. "
            f"Got {set(sorted(bad))} instead."
        )
    return kinds


# The columns of a row of :func:`.document_rows.document_rows`, in its order.
_ROW_FIELDS = ("start", "end", "text", "kind", "cue", "speaker_mention", "mention_start",
               "mention_end", "_rule", "_cue_start", "_cue_end", "_parent")


def extract_document(text: str, lex: CueLexicon, *, language: str | None = None) -> list[dict]:
    """Quotes of one text as a list of row dicts (see :func:`extract_quotes`), by the rules of
    ``language`` (a code of ``lang.LANGUAGES``; ``None``: the lexicon's language)."""
    lang = LANGUAGES.get(language or lex.language, DEFAULT_LANGUAGE)
    return [dict(zip(_ROW_FIELDS, row, strict=True))
            for row in document_rows(text, lex, lang)]


def language_codes(articles: pd.DataFrame) -> list[str]:
    """The language code of each article: its ``lang`` (or ``language``) column, normalised
    (:func:`discourse.text.normalise_language`), else detected from the text
    (:func:`discourse.text.detect_language`)."""
    col = "lang" if "lang" in articles.columns else (
        "language" if "language" in articles.columns else None)
    given = articles[col].tolist() if col is not None else [""] * len(articles)
    return [language_of(text, code)
            for code, text in zip(given, articles["text"].tolist(), strict=True)]


@lru_cache(maxsize=8)
def _default_lexicon(path: Path, mtime_ns: int, size: int) -> CueLexicon:
    """The lexicon of a data file, loaded once per process and version of the file (a
    morphology lexicon makes its forms when it loads)."""
    return load_cues(path)


def _lexicon_for(language: QuoteLanguage, given: dict[str, CueLexicon]) -> CueLexicon:
    """The lexicon a caller gave for this language, else the language's default file."""
    lex = given.get(language.code)
    if lex is None:
        path = paths.data_file(language.cues_file)
        st = path.stat()
        lex = given[language.code] = _default_lexicon(path, st.st_mtime_ns, st.st_size)
    return lex


def _sorted_unique(rows: list[tuple], doc_ids: list[str]) -> tuple[list[tuple], list[str]]:
    """The rows sorted by ``doc_id, start, end`` (stable), the first of each quote id kept.

    What sorting the table with a stable sort and dropping duplicate ``quote_id`` did, in
    Python: cheaper than pandas on these small tables. A quote id ``doc_id:start-end`` ends in
    two integers, so equal ids are equal sort keys and lie next to each other.
    """
    order = sorted(range(len(rows)), key=lambda k: (doc_ids[k], rows[k][0], rows[k][1]))
    kept: list[int] = []
    last = None
    for k in order:
        key = (doc_ids[k], rows[k][0], rows[k][1])
        if key != last:
            kept.append(k)
            last = key
    return [rows[k] for k in kept], [doc_ids[k] for k in kept]


@collector_paused
def extract_quotes(
    articles: pd.DataFrame,
    *,
    kinds: Collection[str] = schema.KINDS,
    cues: CueLexicon | None = None,
) -> pd.DataFrame:
    """Find quotations and reported speech in each article.

    Parameters
    ----------
    articles : DataFrame
        Articles table; uses ``doc_id``, ``text`` and ``lang`` (or ``language``) when present,
        ignores other columns. Each article is read by the rules of its language
        (``lang.LANGUAGES``: ``en``, ``ru``); an empty or missing ``lang`` is detected from the
        text (:func:`discourse.text.detect_language`), a code without rules is read by the
        English ones.
    kinds : collection of {'direct', 'partial', 'nested', 'embedded', 'indirect'}, default=all
        Kinds to return.
    cues : CueLexicon, default=None
        Reporting cues for the articles of the lexicon's language (``cues.language``); the
        other languages, and all when ``None``, use their default file (``data/cues.yaml``,
        ``data/cues_ru.yaml``).

    Returns
    -------
    quotes : DataFrame
        One row per span, sorted by ``doc_id, start``; ``text == article[start:end]``;
        ``quote_id == f"{doc_id}:{start}-{end}"``; columns as ``schema.TABLES["quotes"]``
        (``speaker_mention`` is ``""`` and ``mention_start/end`` are -1 when no syntactic
        speaker was found; ``lang`` is the article's language code), then helper columns:
        ``_rule`` (the syntactic rule that found the mention: ``cue_after``, ``cue_before``,
        ``according_to``, ``previous_sentence``, ``embedded_signature``, ``interview_label`` or
        ``none``),
        ``_cue_start``/``_cue_end`` (cue offsets, -1 when none) and ``_parent`` (start of the
        enclosing quote for ``nested``, else -1).

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a1"], "text": ["“We are open,” she said."]})
    >>> extract_quotes(arts)[["quote_id", "kind", "cue", "text", "speaker_mention"]]
      quote_id    kind   cue          text speaker_mention
    0  a1:1-13  direct  said  We are open,             she
    """
    import pandas as pd

    wanted = _check_kinds(kinds)
    for col in ("doc_id", "text"):
        if col not in articles.columns:
            raise ValueError(f"extract_quotes: the articles table has no {col!r} column; "
                             f"has {list(articles.columns)}.")
    rows, doc_ids = quote_rows(articles["doc_id"], articles["text"], language_codes(articles),
                               kinds=wanted, cues=cues)
    cols = list(schema.TABLES["quotes"]["fields"]) + list(HELPER_COLUMNS)
    if rows:
        # column by column: pandas converts a list per column faster than a dict per row
        data = dict(zip(QUOTE_ROW_FIELDS, map(list, zip(*rows, strict=True)), strict=True))
        del rows  # the row tuples: a long document has hundreds of thousands
        data["doc_id"] = doc_ids
        data["quote_id"] = [f"{d}:{s}-{e}" for d, s, e in zip(doc_ids, data["start"],
                                                             data["end"], strict=True)]
        df = pd.DataFrame(data, columns=[c for c in cols if c != "quote_id"] + ["quote_id"])
    else:  # the dtypes of an empty table as pandas gives them (object; quote_id float)
        df = pd.DataFrame([], columns=[c for c in cols if c != "quote_id"])
        df["quote_id"] = []
    for c in ("start", "end", "mention_start", "mention_end", "_cue_start", "_cue_end", "_parent"):
        df[c] = df[c].astype("int64")
    return schema.enforce_schema(df[cols], "quotes")


# The values of a row of :func:`quote_rows`, in its order.
QUOTE_ROW_FIELDS = (*_ROW_FIELDS, "lang")


def quote_rows(
    doc_ids: Iterable, texts: Iterable, codes: Iterable[str], *,
    kinds: Collection[str] = schema.KINDS, cues: CueLexicon | None = None,
) -> tuple[list[tuple], list[str]]:
    """The rows of :func:`extract_quotes` as plain tuples, without a table.

    Before: the articles' ids, texts and language codes (three sequences of the same length,
    as ``language_codes`` gives the codes). After: ``(rows, doc_ids)``, one tuple of the values
    of ``QUOTE_ROW_FIELDS`` and one ``doc_id`` (a string) per quote, sorted by ``doc_id, start,
    end``, each quote id once: what :func:`extract_quotes` puts in its table (``discourse
    quotes`` prints them without building one).
    """
    wanted = _check_kinds(kinds)
    # the lexicon given is for its own language; the others load their default file once
    lexicons: dict[str, CueLexicon] = {} if cues is None else {cues.language: cues}
    rows: list[tuple] = []
    doc_ids_out: list[str] = []
    codes_out: list[str] = []
    for doc_id, text, code in zip(doc_ids, texts, codes, strict=True):
        if not isinstance(text, str) or not text:
            continue
        # a lookup, not a branch: a code without rules of its own is read by the default ones
        lang = LANGUAGES.get(code, DEFAULT_LANGUAGE)
        # a document of megabytes is read in segments (extract/quotes/segments.py)
        found = [row for row in segmented_rows(
                     text, partial(document_rows, lex=_lexicon_for(lang, lexicons), lang=lang))
                 if row[3] in wanted]  # row[3]: kind
        rows += found
        doc_ids_out += [str(doc_id)] * len(found)
        codes_out += [code] * len(found)
    if not rows:
        return [], []
    rows = [(*row, code) for row, code in zip(rows, codes_out, strict=True)]
    return _sorted_unique(rows, doc_ids_out)
