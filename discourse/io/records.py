"""A corpus as plain records for ``discourse quotes``: :func:`iter_article_records`.

Part of :mod:`discourse.io`: the documents, chunks, values, skipped files, warnings and errors
of :func:`discourse.io.corpus.iter_corpus`, as lists of dicts (``doc_id``, ``text``, ``date``,
``lang``), read without pandas where the input allows it (a folder of text files, a JSONL file
of strings): importing pandas, NumPy and Arrow is 0.3-0.4 s of CPU, a fifth of the command on
a thousand articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from discourse.io.corpus import (
    METADATA_NAME,
    TEXT_SUFFIXES,
    _as_articles_table,
    _clean_str,
    _normalise_date,
    _read_file_rows,
    _read_files,
    iter_corpus,
    jsonl_records,
    no_usable_document,
    plan_folder,
)
from discourse.text.lang import language_of

__all__ = ["RECORD_FIELDS", "RecordChunk", "iter_article_records"]


@dataclass
class RecordChunk:
    """A chunk of a corpus as plain records: what :func:`iter_article_records` yields.

    Attributes
    ----------
    articles : list of dict
        One dict per document with the values of the articles table's ``doc_id``, ``text``,
        ``date`` and ``lang`` columns (:func:`iter_corpus`), in the same order.
    skipped : list of (str, str)
        ``(skipped_path, reason)`` of every file or row that was not read.
    warnings : list of str
        As :attr:`Corpus.warnings`.
    """

    articles: list[dict]
    skipped: list[tuple[str, str]]
    warnings: list[str]


RECORD_FIELDS: Final = ("doc_id", "text", "date", "lang")


def iter_article_records(
    path: str | Path, *, chunk_size: int | None = 1000, text_column: str = "text"
) -> Iterator[RecordChunk]:
    """:func:`iter_corpus` as plain records: the same documents, chunks, values (``doc_id``,
    ``text``, ``date``, ``lang``), skipped files, warnings and errors.

    A folder of text files without ``metadata.csv`` (or one such file), the usual input of
    ``discourse quotes``, is read without pandas: importing pandas, NumPy and Arrow is 0.3 s of
    CPU, a sixth of the command on a thousand articles. So is a JSONL file whose objects hold
    strings (or null) under the keys read (``text``, ``doc_id``, ``id``, ``date``, ``lang``,
    ``language``): :func:`_jsonl_article_records`. Metadata files and other tables (CSV,
    Parquet, other JSONL) are read by :func:`iter_corpus` and handed on as records.
    """
    path = Path(path).expanduser()
    if (path.is_file() and path.suffix.lower() == ".jsonl" and text_column == "text"
            and (chunk_size is None or chunk_size >= 1) and _plain_jsonl(path, chunk_size)):
        yield from _jsonl_article_records(path, chunk_size)
        return
    plain = path.exists() and (path.is_dir() or path.suffix.lower() in TEXT_SUFFIXES)
    folder, only = (path, None) if path.is_dir() else (path.parent, [path])
    if not plain or (folder / METADATA_NAME).exists():
        for chunk in iter_corpus(path, chunk_size=chunk_size, text_column=text_column):
            table = chunk.articles
            columns = [table[c].tolist() if len(table) else [] for c in RECORD_FIELDS]
            yield RecordChunk(
                articles=[dict(zip(RECORD_FIELDS, values, strict=True))
                          for values in zip(*columns, strict=True)],
                skipped=list(zip(chunk.skipped["skipped_path"].tolist(),
                                 chunk.skipped["reason"].tolist(), strict=True)),
                warnings=chunk.warnings)
        return
    if chunk_size is not None and chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer or None; got {chunk_size!r}")
    n_articles = 0
    reasons: list[str] = []
    for part in plan_folder(folder, chunk_size, only=only):
        skipped: list[dict] = []
        notes = list(part.notes)
        rows = _read_file_rows(part.files, part.rel, part.ids, skipped, notes)
        ids = [row["doc_id"] for row in rows]
        if len(set(ids)) < len(ids):
            # two files with one id: raise the articles schema's error, as iter_corpus does
            _as_articles_table(_read_files(part.files, part.rel, part.ids, [], []), notes=[])
        articles = [_article_record(row, notes) for row in rows]
        n_articles += len(articles)
        pairs = [(str(s["skipped_path"]), str(s["reason"])) for s in skipped]
        reasons += [f"{p}: {r}" for p, r in pairs][: 10 - len(reasons)]
        yield RecordChunk(articles=articles, skipped=pairs, warnings=notes)
    if n_articles == 0:
        raise no_usable_document(path, reasons)


def _article_record(row: dict, notes: list[str]) -> dict:
    """The ``doc_id, text, date, lang`` of one file's row as :func:`_as_articles_table` gives
    them (each value is a string: the front matter's are cleaned as they are read)."""
    code = _clean_str(row.get("lang")) or _clean_str(row.get("language"))
    date = _clean_str(row.get("date"))
    return {"doc_id": row["doc_id"], "text": row["text"],
            "date": _normalise_date(date, where=f"{row['source_path']} (doc {row['doc_id']})",
                                    notes=notes),
            "lang": language_of(row["text"], code)}


# The keys of a JSONL object that the articles' doc_id, text, date and lang are made of.
_READ_KEYS: Final = ("text", "doc_id", "id", "date", "lang", "language")


def _plain_jsonl(path: Path, chunk_size: int | None) -> bool:
    """Whether :func:`_jsonl_article_records` gives what :func:`iter_corpus` gives on the
    file: every batch (as :func:`discourse.io.corpus.jsonl_records` cuts them) has a ``text``
    key (or, after the first, no object: only skipped lines), and every value under the keys
    read is a string or null (a number or a list is typed and written by pandas). Anything
    else, and any error, is left to :func:`iter_corpus` (which reports it as before)."""
    try:
        first = True
        for records, _ in jsonl_records(path, chunk_size):
            if (records or first) and not any("text" in r for r in records):
                return False
            first = False
            for r in records:
                for key in _READ_KEYS:
                    value = r.get(key)
                    if value is not None and type(value) is not str:
                        return False
    except Exception:  # noqa: BLE001 - iter_corpus reads the file again and says what is wrong
        return False
    return True


def _jsonl_article_records(path: Path, chunk_size: int | None) -> Iterator[RecordChunk]:
    """The records of a JSONL file that :func:`_plain_jsonl` accepts, as
    :func:`iter_corpus` reads them (``_table_chunks``, ``finish_chunk``,
    ``_as_articles_table``): per batch, the id key is ``doc_id``, else ``id``, if one object
    has it, else ``row<n>``; rows without text, with an empty id or an id seen before are
    skipped after the batch's unreadable lines; a null is an empty value."""
    seen: set[str] = set()
    first_row = n_articles = 0
    reasons: list[str] = []
    for records, bad in jsonl_records(path, chunk_size):
        keys = {k for r in records for k in r}
        id_key = next((k for k in ("doc_id", "id") if k in keys), None)
        pairs = [(str(b["skipped_path"]), str(b["reason"])) for b in bad]
        kept = []
        for i, r in enumerate(records):
            text = r.get("text")
            doc_id = _clean_str(r.get(id_key)) if id_key else f"row{first_row + i + 1}"
            where = f"{path}, line {r['_line']}"
            if not isinstance(text, str) or not text.strip():
                pairs.append((where, "empty or missing 'text'"))
            elif not doc_id:
                pairs.append((where, f"empty id in {id_key!r}"))
            elif doc_id in seen:
                pairs.append((where, f"duplicate id {doc_id!r}; the first one is kept"))
            else:
                seen.add(doc_id)
                kept.append((doc_id, text, r))
        first_row += len(records)
        notes: list[str] = []
        articles = [{"doc_id": doc_id, "text": text,
                     "date": _normalise_date(_clean_str(r.get("date")),
                                             where=f"{path} (doc {doc_id})", notes=notes),
                     "lang": language_of(text, _clean_str(r.get("lang"))
                                         or _clean_str(r.get("language")))}
                    for doc_id, text, r in kept]
        n_articles += len(articles)
        reasons += [f"{p}: {r}" for p, r in pairs][: 10 - len(reasons)]
        yield RecordChunk(articles=articles, skipped=pairs, warnings=notes)
    if n_articles == 0:
        raise no_usable_document(path, reasons)
