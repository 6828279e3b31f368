"""Read a corpus into the articles table.

A corpus is one of:

- a folder of ``.txt`` / ``.md`` files (searched recursively, in sorted order), with an optional
  ``metadata.csv`` keyed by file name (column ``file``, or ``doc_id``), and/or YAML front matter
  (``---`` … ``---``) at the top of each file;
- a ``.csv``, ``.jsonl`` (one JSON object a line) or ``.parquet`` file with a text column.

If the metadata (or the table) has a speaker column, the corpus is a corpus of *statements*
(speeches, transcripts): each row is one unit with a known speaker, and quote extraction is skipped.

Every reader funnels into :func:`_as_articles_table`, so checks live in one place. Nothing is lost
silently: files or rows that cannot be used are listed in ``Corpus.skipped`` with the reason, and
problems that do not stop a file from being read (a bad date) are listed in ``Corpus.warnings``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from discourse.core.schema import enforce_schema
from discourse.text.lang import language_of

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
METADATA_NAME = "metadata.csv"
ARTICLE_COLUMNS = ["doc_id", "text", "outlet", "date", "title", "url", "lang", "source_path"]


@dataclass
class Corpus:
    """What :func:`read_corpus` returns.

    Attributes
    ----------
    articles : DataFrame
        One row per document: ``doc_id, text, outlet, date, title, url, lang, source_path,
        encoding`` then any extra metadata columns (``speaker`` in statements mode). Sorted by
        ``doc_id``. ``lang`` is the metadata's ``lang`` (or ``language``) normalised (``ru``,
        ``en``, …), else detected from the text (:func:`discourse.text.detect_language`).
    skipped : DataFrame
        ``skipped_path, reason``: every file or row that was not read.
    mode : {'articles', 'statements'}
        ``statements`` when a speaker column is present.
    warnings : list of str
        Non-fatal problems (a bad date, an unmatched metadata row), each naming file and field.
    """

    articles: pd.DataFrame
    skipped: pd.DataFrame
    mode: str = "articles"
    warnings: list[str] = field(default_factory=list)


class CorpusError(ValueError):
    """The corpus as a whole cannot be read (missing path, no usable documents)."""


def read_corpus(
    path: str | Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    speaker_column: str | None = None,
) -> Corpus:
    """Read a folder of articles or a CSV/JSONL/Parquet file into a :class:`Corpus`.

    Parameters
    ----------
    path : str or Path
        A folder of ``.txt``/``.md`` files, a single such file, or a
        ``.csv``/``.jsonl``/``.parquet`` file.
    text_column : str, default="text"
        Column holding the document text in a table file.
    id_column : str, default=None
        Column holding the document id in a table file (``doc_id`` or ``id`` when None; else the
        row number, ``row<N>``).
    speaker_column : str, default=None
        Column naming the speaker of each document (statements mode). When None, a column named
        ``speaker`` switches statements mode on.

    Returns
    -------
    Corpus
        ``articles`` in corpus order (folders: sorted by ``doc_id``; tables: row order);
        ``skipped`` lists what could not be read and why.

    Raises
    ------
    CorpusError
        The path does not exist, has an unsupported type, or yields no usable document.

    Examples
    --------
    >>> from discourse.core.paths import data_dir
    >>> c = read_corpus(data_dir() / "corpus")
    >>> c.mode, len(c.articles), c.articles.set_index("doc_id").loc["seed_union_state", "outlet"]
    ('articles', 55, 'unknown')
    """
    chunks = list(iter_corpus(path, chunk_size=None, text_column=text_column,
                              id_column=id_column, speaker_column=speaker_column))
    corpus = concat_chunks(chunks)
    for note in corpus.warnings:
        warnings.warn(note, stacklevel=2)
    return corpus


def concat_chunks(chunks: list[Corpus]) -> Corpus:
    """Join the chunks :func:`iter_corpus` yields into one :class:`Corpus`."""
    import pandas as pd

    # Chunks holding only skipped files have empty, untyped article tables: leave them out.
    parts = [c.articles for c in chunks if len(c.articles)] or [chunks[0].articles]
    articles = pd.concat(parts, ignore_index=True)
    skipped = pd.concat([c.skipped for c in chunks], ignore_index=True).astype(str)
    notes = [n for c in chunks for n in c.warnings]
    return Corpus(articles=articles, skipped=skipped, mode=chunks[0].mode, warnings=notes)


def iter_corpus(
    path: str | Path,
    *,
    chunk_size: int | None = 1000,
    text_column: str = "text",
    id_column: str | None = None,
    speaker_column: str | None = None,
) -> Iterator[Corpus]:
    """Read a corpus in chunks of at most ``chunk_size`` documents, in corpus order.

    The streaming form of :func:`read_corpus` (which is this generator run to the end): memory
    holds one chunk of texts at a time, so a corpus of any size can be processed. Each chunk is a
    :class:`Corpus` with its own articles, skipped files and warnings; all chunks share one mode.
    Folders are read in ``doc_id`` order, tables in row order; the same corpus gives the same
    documents in the same order whatever ``chunk_size`` is.

    Raises
    ------
    CorpusError
        As :func:`read_corpus`; "no usable document" is raised after the last chunk.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise CorpusError(f"Corpus path {path} does not exist.")
    if chunk_size is not None and chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer or None; got {chunk_size!r}")
    if path.is_dir():
        raw_chunks = _folder_chunks(path, chunk_size)
    elif path.suffix.lower() in TEXT_SUFFIXES:
        raw_chunks = _folder_chunks(path.parent, chunk_size, only=[path])
    elif path.suffix.lower() in TABLE_SUFFIXES:
        raw_chunks = _table_chunks(path, chunk_size, text_column=text_column, id_column=id_column)
    else:
        raise CorpusError(
            f"Corpus path {path} is neither a folder nor a {'/'.join(TABLE_SUFFIXES)} file."
        )
    mode: list[str | None] = [None, speaker_column]
    n_articles = 0
    reasons: list[str] = []
    for raw in raw_chunks:
        chunk = finish_chunk(raw, path=path, state=mode)
        n_articles += len(chunk.articles)
        reasons += [f"{p}: {r}" for p, r in zip(chunk.skipped["skipped_path"],
                                                 chunk.skipped["reason"])][: 10 - len(reasons)]
        yield chunk
    if n_articles == 0:
        raise no_usable_document(path, reasons)


def no_usable_document(path: Path, reasons: list[str]) -> CorpusError:
    """The error of a corpus that yielded no document: the first skipped files and why, and for
    a folder holding table files (which a folder corpus does not read), what to pass instead."""
    message = f"No usable document in {path}." + (
        f" Skipped: {'; '.join(reasons)}" if reasons else "")
    tables = sorted(p for p in path.rglob("*")
                    if p.suffix.lower() in TABLE_SUFFIXES and p.is_file()) if path.is_dir() else []
    if tables:
        message += (f" A folder corpus is read from its {'/'.join(TEXT_SUFFIXES)} files; this one"
                    f" holds {len(tables)} table file(s) ({tables[0]}"
                    f"{', ...' if len(tables) > 1 else ''}): pass each table file as the corpus.")
    return CorpusError(message)


def finish_chunk(raw: RawChunk, *, path: Path, state: list) -> Corpus:
    """Turn a reader's raw chunk into a :class:`Corpus` chunk (the articles schema, the mode).

    ``state`` is ``[mode, speaker_column]``, decided by the first chunk and kept for the others
    (pass ``[mode, speaker_column]`` already decided when chunks are finished apart, as on a
    Dask worker).
    """
    import pandas as pd

    df, skipped, notes = raw
    mode, speaker_column = state
    if mode is None:
        speaker_column = speaker_column or ("speaker" if "speaker" in df.columns else None)
        if speaker_column and speaker_column not in df.columns and not df.empty:
            raise CorpusError(f"{path}: speaker column {speaker_column!r} not found; "
                              f"columns are {list(df.columns)}.")
        state[0] = mode = "statements" if speaker_column else "articles"
        state[1] = speaker_column
    articles = _as_articles_table(df, notes=notes)
    if mode == "statements":
        speakers = df[speaker_column] if speaker_column in df.columns else ""
        articles["speaker"] = (pd.Series(speakers, index=df.index).map(_clean_str).to_numpy()
                               if len(df) else pd.Series([], dtype=object))
    skipped_df = enforce_schema(
        pd.DataFrame(skipped, columns=["skipped_path", "reason"]).astype(str), "skipped")
    return Corpus(articles=articles, skipped=skipped_df, mode=mode, warnings=notes)


def list_input_files(path: str | Path) -> list[Path]:
    """Every file :func:`read_corpus` would open for ``path`` (for hashing into the manifest)."""
    path = Path(path).expanduser()
    if path.is_file():
        return [path]
    files = _text_files(path)
    meta = path / METADATA_NAME
    return sorted(files + ([meta] if meta.exists() else []))


# --- readers: each yields (raw table, skipped, notes) per chunk ----------------------------------

RawChunk = tuple["pd.DataFrame", list[dict], list[str]]


def _batches(items: list, size: int | None) -> Iterator[list]:
    size = size or max(1, len(items))
    for i in range(0, max(len(items), 1), size):
        yield items[i:i + size]


def _text_files(folder: Path) -> list[Path]:
    """The text files under ``folder`` (any depth; no hidden files, no README.md), sorted."""
    return sorted(_listed_text_files(folder))


def _listed_text_files(folder: Path) -> list[Path]:
    """The files of :func:`_text_files` in the order the folder is walked (not sorted)."""
    return [p for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
            and p.name.lower() != "readme.md"]


@dataclass
class FolderPart:
    """One chunk of a folder corpus: which files to read, their ids, and the folder's metadata.

    Self-contained, so that a worker on another machine can read it (:func:`read_folder_part`).
    """

    files: list[Path]
    rel: list[str]
    ids: list[str]
    meta: pd.DataFrame | None
    notes: list[str]


def plan_folder(folder: Path, chunk_size: int | None, *,
                only: list[Path] | None = None) -> list[FolderPart]:
    """Split a folder corpus into parts of at most ``chunk_size`` files, in ``doc_id`` order.

    ``metadata.csv`` is read once here and travels with every part; its problems (duplicate or
    unmatched rows) are reported with the first part.
    """
    # Not sorted here: the order below is by doc_id and relative path, which are distinct per
    # file, so the listing's order does not matter (sorting Path objects compares them in
    # Python: 2 µs a file). Relative paths and ids are made from strings (were 5 µs a file).
    files = only if only is not None else _listed_text_files(folder)
    # as lists: indexing a Series per file cost more than reading the file names
    rel = _relative_paths(files, folder)
    ids = _doc_ids(rel)
    order = sorted(range(len(files)), key=lambda i: (ids[i], rel[i]))
    notes: list[str] = []
    meta = _load_metadata(folder / METADATA_NAME, list(rel), notes,
                          only_matching=only is not None)
    parts = []
    for k, batch in enumerate(_batches(order, chunk_size)):
        parts.append(FolderPart(files=[files[i] for i in batch], rel=[rel[i] for i in batch],
                                ids=[ids[i] for i in batch], meta=meta,
                                notes=list(notes) if k == 0 else []))
    return parts


def read_folder_part(part: FolderPart) -> RawChunk:
    """Read the files of one part: ``(raw table, skipped, notes)``."""
    skipped: list[dict] = []
    notes = list(part.notes)
    df = _read_files(part.files, part.rel, part.ids, skipped, notes)
    if part.meta is not None and not df.empty:
        df = _merge_metadata(df, part.meta)
    return df, skipped, notes


def _folder_chunks(folder: Path, chunk_size: int | None, *,
                   only: list[Path] | None = None) -> Iterator[RawChunk]:
    for part in plan_folder(folder, chunk_size, only=only):
        yield read_folder_part(part)


def _read_files(files: list[Path], rel: list[str], ids: list[str], skipped: list[dict],
                notes: list[str]) -> pd.DataFrame:
    import pandas as pd

    rows = _read_file_rows(files, rel, ids, skipped, notes)
    if not rows:
        return pd.DataFrame(columns=["file", "doc_id", "text", "source_path", "encoding"])
    return pd.DataFrame(rows)


def _read_file_rows(files: list[Path], rel: list[str], ids: list[str], skipped: list[dict],
                    notes: list[str]) -> list[dict]:
    """A dict per file read: its front matter, ``file, doc_id, text, source_path, encoding``;
    the files that cannot be read go to ``skipped``."""
    rows = []
    for p, r, doc_id in zip(files, rel, ids):
        try:
            raw = p.read_bytes()
        except OSError as exc:
            skipped.append({"skipped_path": str(p), "reason": f"cannot read: {exc}"})
            continue
        text, encoding, problem = decode_bytes(raw)
        if problem:
            skipped.append({"skipped_path": str(p), "reason": problem})
            continue
        front, body = split_front_matter(text, source=str(p), notes=notes)
        if not body.strip():
            skipped.append({"skipped_path": str(p), "reason": "no text (empty after front matter)"})
            continue
        rows.append({**front, "file": r, "doc_id": doc_id, "text": body, "source_path": str(p),
                     "encoding": encoding})
    return rows


def _relative_paths(files: list[Path], folder: Path) -> list[str]:
    """``[p.relative_to(folder).as_posix() for p in files]``, from the paths' parts: a path under
    ``folder`` (as ``rglob`` makes them, or a file and its parent) holds the folder's parts
    first, and ``relative_to`` compares and joins the same parts (in Python, 3 µs a file)."""
    n = len(folder.parts)
    head = folder.parts
    return ["/".join(parts[n:]) if parts[:n] == head and len(parts) > n
            else p.relative_to(folder).as_posix()
            for p, parts in zip(files, (p.parts for p in files), strict=True)]


def _stem(posix: str) -> str:
    """``PurePosixPath(posix).stem`` of a relative path as ``as_posix`` writes it (no empty,
    ``.`` or trailing part): the last part without its suffix."""
    name = posix[posix.rfind("/") + 1:]
    if name.endswith("."):  # (Python 3.14 reads a final "." as a suffix: its own answer)
        return Path(name).stem
    i = name.rfind(".")
    return name[:i] if i > 0 else name


def _doc_ids(files: list[str]) -> list[str]:
    """The file name without extension; the relative path without extension when names clash."""
    stems = [_stem(f) for f in files]
    count: dict[str, int] = {}
    for stem in stems:
        count[stem] = count.get(stem, 0) + 1
    return [stem if count[stem] == 1 else str(Path(f).with_suffix(""))
            for f, stem in zip(files, stems, strict=True)]


def _load_metadata(meta_path: Path, rel_files: list[str], notes: list[str], *,
                   only_matching: bool = False) -> pd.DataFrame | None:
    """Read ``metadata.csv`` once, keyed by ``_key`` (a file's relative path or name, or doc_id)."""
    if not meta_path.exists():
        return None
    import pandas as pd

    try:
        meta = pd.read_csv(meta_path, dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - any parser error is reported with the file named
        notes.append(f"{meta_path}: cannot be read as CSV ({exc}); metadata ignored.")
        return None
    rel_set = set(rel_files)
    if "file" in meta.columns:
        key = meta["file"].map(lambda f: Path(f).as_posix())
        # Metadata may name the file with or without its sub-folder.
        known = rel_set | {Path(f).name for f in rel_files}
        meta = meta.assign(_by="file")
    elif "doc_id" in meta.columns:
        key = meta["doc_id"]
        known = set(_doc_ids(rel_files))
        meta = meta.assign(_by="doc_id")
    else:
        notes.append(f"{meta_path}: needs a 'file' or 'doc_id' column to match files; ignored.")
        return None
    dupes = key[key.duplicated()].unique()
    if len(dupes):
        notes.append(f"{meta_path}: duplicate keys {list(dupes)[:5]}; the first row of each is used.")
    meta = meta.assign(_key=key.to_numpy()).drop_duplicates("_key")
    unmatched = sorted(set(meta["_key"]) - known)
    if unmatched and not only_matching:
        notes.append(f"{meta_path}: {len(unmatched)} row(s) match no file, e.g. {unmatched[:3]}.")
    meta = meta.drop(columns=[c for c in ("file", "text", "source_path", "encoding") if c in meta])
    if "doc_id" in meta.columns:
        meta = meta.drop(columns="doc_id")
    return meta


def _merge_metadata(df: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    by = meta["_by"].iloc[0] if len(meta) else "file"
    meta = meta.drop(columns="_by")
    if by == "file":
        keys = set(meta["_key"])
        key_df = df["file"].where(df["file"].isin(keys), df["file"].map(lambda f: Path(f).name))
    else:
        key_df = df["doc_id"]
    merged = df.assign(_key=key_df.to_numpy()).merge(meta, on="_key", how="left",
                                                       suffixes=("_front", ""))
    # Front matter wins over metadata.csv for the same field: it sits in the file itself.
    for col in [c for c in merged.columns if c.endswith("_front")]:
        base = col[: -len("_front")]
        merged[base] = merged[col].where(merged[col].notna() & (merged[col] != ""), merged[base])
        merged = merged.drop(columns=col)
    return merged.drop(columns=["_key"])


def _table_chunks(path: Path, chunk_size: int | None, *, text_column: str,
                  id_column: str | None) -> Iterator[RawChunk]:
    import pandas as pd

    suffix = path.suffix.lower()
    seen: set[str] = set()
    first_row = 0
    dropped_text = False
    for df, line_of in _raw_table_batches(path, suffix, chunk_size):
        skipped: list[dict] = []
        notes: list[str] = []
        if first_row == 0 or not df.empty:
            if text_column not in df.columns and not (df.empty and first_row):
                raise CorpusError(
                    f"{path}: no text column {text_column!r}; columns are "
                    f"{[c for c in df.columns if c not in ('_line', '_encoding')]}. "
                    "Pass text_column= (or -p text_column NAME) to name it."
                )
        if isinstance(line_of, list):  # JSONL: records that failed to parse
            skipped.extend(line_of)
            line_of = df.pop("_line") if "_line" in df.columns else pd.Series(dtype=int)
        unit = "line" if suffix == ".jsonl" else "row"
        id_col = id_column or next((c for c in ("doc_id", "id") if c in df.columns), None)
        if id_column and id_column not in df.columns and not df.empty:
            raise CorpusError(f"{path}: id column {id_column!r} not found; "
                              f"columns are {list(df.columns)}.")
        ids = (df[id_col].map(_clean_str) if id_col else
               pd.Series([f"row{first_row + i + 1}" for i in range(len(df))], index=df.index))
        first_row += len(df)
        df = df.drop(columns=[c for c in ("doc_id", "id") if c == id_col], errors="ignore")
        if text_column != "text" and "text" in df.columns:
            # the named column is the text; the file's own "text" column would clash with it
            df = df.drop(columns=["text"])
            if not dropped_text:
                dropped_text = True
                notes.append(f"{path}: column 'text' ignored: text_column={text_column!r} "
                             "names the text.")
        df = df.rename(columns={text_column: "text"}) if text_column != "text" else df
        if "text" not in df.columns:  # a last JSONL batch of skipped lines only (checked above)
            df["text"] = []
        df["doc_id"] = ids
        if df.empty:  # only skipped lines (a last JSONL batch): there may be no text column
            rows: Iterable[tuple] = ()
        else:
            # the columns as lists: reading them cell by cell through pandas (``df.at``) was a
            # tenth of ``discourse quotes`` on a JSONL file (pass five's profile); the columns
            # are unique, the file's own "text" having been dropped when another is named
            rows = zip(df.index.tolist(), df["text"].tolist(), df["doc_id"].tolist(),
                       line_of.reindex(df.index).tolist())
        keep = _kept_rows(rows, seen, skipped, where=f"{path}, {unit}",
                          text_column=text_column, id_col=id_col)
        df = df.loc[keep].copy()
        df["source_path"] = str(path)
        # JSONL is decoded line by line (a line may be cp1251 or damaged UTF-8); CSV is UTF-8
        df["encoding"] = (df.pop("_encoding") if "_encoding" in df.columns
                          else "utf-8" if suffix != ".parquet" else "")
        yield df, skipped, notes


def _kept_rows(rows: Iterable[tuple], seen: set[str], skipped: list[dict], *, where: str,
               text_column: str, id_col: str | None) -> list:
    """The index labels of the rows to read, from ``(label, text, doc_id, line)`` in table
    order; every other row is added to ``skipped`` (``where`` is the file and unit, the line is
    appended) and every kept id to ``seen``: no text, no id, or an id seen before."""
    keep = []
    for i, text, doc_id, line in rows:
        if not isinstance(text, str) or not text.strip():
            skipped.append({"skipped_path": f"{where} {line}",
                            "reason": f"empty or missing {text_column!r}"})
        elif not doc_id:
            skipped.append({"skipped_path": f"{where} {line}",
                            "reason": f"empty id in {id_col!r}"})
        elif doc_id in seen:
            skipped.append({"skipped_path": f"{where} {line}",
                            "reason": f"duplicate id {doc_id!r}; the first one is kept"})
        else:
            seen.add(doc_id)
            keep.append(i)
    return keep


def _raw_table_batches(path: Path, suffix: str, chunk_size: int | None):
    """Yield ``(table, row numbers)`` per batch; row numbers are 1-based data rows (CSV,
    Parquet) or file lines (JSONL: then a list of skipped records comes instead of numbers and
    the table carries a ``_line`` column)."""
    import pandas as pd

    try:
        if suffix == ".csv":
            reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""],
                                 chunksize=chunk_size or 1_000_000_000)
            offset = 0
            for df in reader:
                df.index = range(offset, offset + len(df))
                yield df, pd.Series(range(offset + 1, offset + len(df) + 1), index=df.index)
                offset += len(df)
        elif suffix == ".jsonl":
            yield from _jsonl_batches(path, chunk_size)
        else:
            import pyarrow.parquet as pq

            offset = 0
            pf = pq.ParquetFile(path)
            for batch in pf.iter_batches(batch_size=chunk_size or max(pf.metadata.num_rows, 1)):
                df = batch.to_pandas()
                df.index = range(offset, offset + len(df))
                yield df, pd.Series(range(offset + 1, offset + len(df) + 1), index=df.index)
                offset += len(df)
            if offset == 0:
                yield pf.schema_arrow.empty_table().to_pandas(), pd.Series(dtype=int)
    except CorpusError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser error is reported with the file named
        raise CorpusError(f"{path}: cannot be read as {suffix[1:].upper()}: {exc}") from exc


def _jsonl_batches(path: Path, chunk_size: int | None):
    offset = 0
    for records, bad in jsonl_records(path, chunk_size):
        yield _records_frame(records, offset), bad
        offset += len(records)


def jsonl_records(path: Path, chunk_size: int | None) -> Iterator[tuple[list[dict], list[dict]]]:
    """The lines of a JSONL file in batches of at most ``chunk_size`` records: ``(records,
    skipped)``, each record the line's object with its line number (``_line``) and encoding
    (``_encoding``), each skipped line ``{"skipped_path": "<file>, line <n>", "reason": ...}``
    (not decodable, not JSON, not an object); one batch at least."""
    records: list[dict] = []
    bad: list[dict] = []
    offset = 0
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            line, encoding, problem = decode_bytes(raw)
            if problem and raw.strip():
                bad.append({"skipped_path": f"{path}, line {n}", "reason": problem})
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                bad.append({"skipped_path": f"{path}, line {n}", "reason": f"invalid JSON: {exc.msg}"})
                continue
            if not isinstance(obj, dict):
                bad.append({"skipped_path": f"{path}, line {n}", "reason": "not a JSON object"})
                continue
            records.append({**obj, "_line": n, "_encoding": encoding})
            if chunk_size and len(records) >= chunk_size:
                yield records, bad
                offset += len(records)
                records, bad = [], []
    if records or bad or offset == 0:
        yield records, bad


def _records_frame(records: list[dict], offset: int) -> pd.DataFrame:
    import pandas as pd

    df = pd.DataFrame(records)
    df.index = range(offset, offset + len(df))
    return df


# --- decoding and front matter ------------------------------------------------------------------


def decode_bytes(raw: bytes) -> tuple[str, str, str | None]:
    """Decode file bytes; return ``(text, encoding, problem)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; anything else is
    detected with charset-normalizer (cp1251 is common in Russian-language sources). ``problem``
    is a reason to skip the file (empty, binary, undecodable), else None. Line ends are kept as
    they are: offsets point into the text as decoded.
    """
    if not raw:
        return "", "", "empty file"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            return "", "", f"invalid UTF-16: {exc.reason} at byte {exc.start}"
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, bom = raw[3:], True
    else:
        bom = False
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError as exc:
        if b"\x00" in raw[:4096]:
            return "", "", "binary file (NUL bytes), not text"
        text, encoding = _decode_damaged_utf8(raw, first_error=exc.start)
        if not text:
            # imported here: only a file that is not UTF-8 needs the detector (start-up cost)
            from charset_normalizer import from_bytes

            best = from_bytes(raw).best()
            if best is None:
                return "", "", "not decodable as text in any known encoding"
            text, encoding = str(best), best.encoding
    if "\x00" in text:
        return "", "", "binary file (NUL bytes), not text"
    if not text.strip():
        return "", "", "empty file (whitespace only)"
    odd = _implausible_chars(text)
    if odd > max(2, len(text) // 200):
        return "", "", (f"binary or not text: {odd} control or unassigned characters after "
                        f"decoding as {encoding}")
    return text, encoding, None


_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# The ASCII characters _implausible_chars counts: controls other than _TEXT_CONTROLS, and DEL,
# as bytes of the UTF-8 form (where a byte below 0x80 is always an ASCII character of its own).
_ASCII_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_ASCII_BYTES = bytes(range(0x80))


def _implausible_chars(text: str, *, limit: int = 200_000) -> int:
    """Control, unassigned, private-use or surrogate characters in the first ``limit`` chars.

    Any bytes decode as *something* in a legacy 8-bit encoding or as UTF-16; real text has almost
    none of these characters, so they tell a binary file from an unusual encoding.
    """
    import unicodedata

    # Each distinct character is tested once, then counted in C: a Cyrillic text has a hundred
    # distinct characters and hundreds of thousands of non-ASCII ones. The ASCII characters can
    # only be controls, which one regex scan in C counts; the set is made of the non-ASCII
    # characters alone (an English text has a few dozen: quotation marks, dashes), where making
    # the set of every character was a third of reading a folder of news.
    # Both from the UTF-8 form, by deleting bytes in C (speed pass ten; were a regex count of
    # the controls and a regex removing the ASCII runs: 9 of 10 µs of a news text): the ASCII
    # controls are single bytes, and the text without its ASCII bytes is the UTF-8 form of its
    # non-ASCII characters, in order (a lone surrogate kept as it came).
    head = text[:limit]
    data = head.encode("utf-8", "surrogatepass")
    odd = len(data) - len(data.translate(None, _ASCII_CONTROL_BYTES))
    if head.isascii():
        return odd
    rest = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return odd + sum(rest.count(ch) for ch in set(rest)
                     if ch <= "\x9f" or unicodedata.category(ch) in ("Cn", "Co", "Cs"))


def _decode_damaged_utf8(raw: bytes, *, first_error: int) -> tuple[str, str]:
    """UTF-8 with a few corrupt bytes: decode with U+FFFD replacements and say so in ``encoding``.

    A legacy 8-bit encoding (cp1251, latin-1) makes most non-ASCII bytes invalid UTF-8, while a
    damaged UTF-8 file has valid multi-byte sequences and only a few bad bytes. Only the second case
    is decoded here (returns ``("", "")`` otherwise), so the damage is visible, not guessed away.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and multibyte >= 4 * bad and bad <= max(1, len(raw) // 1000):
        return text, f"utf-8 ({bad} invalid byte sequence(s) replaced by U+FFFD, first at byte {first_error})"
    return "", ""


def split_front_matter(text: str, *, source: str, notes: list[str]) -> tuple[dict, str]:
    """Split YAML front matter (``---`` first line … ``---``) from the body of a text file."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    import yaml  # only for a file with front matter (the import: 0.008 s of every start)

    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            header = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1:])
            try:
                meta = yaml.safe_load(header) or {}
            except yaml.YAMLError as exc:
                notes.append(f"{source}: front matter is not valid YAML ({exc}); kept as text.")
                return {}, text
            except ValueError as exc:
                # PyYAML builds unquoted dates itself and fails on impossible ones (2021-02-30)
                notes.append(f"{source}: front matter has an impossible date ({exc}; dates are "
                             "written YYYY-MM-DD); kept as text.")
                return {}, text
            if not isinstance(meta, dict):
                notes.append(f"{source}: front matter is not a mapping; kept as text.")
                return {}, text
            return {str(k): _clean_str(v) for k, v in meta.items()}, body
    return {}, text


# --- the one constructor -------------------------------------------------------------------------


def _clean_str(value) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return ""
    return str(value).strip()


def _as_articles_table(df: pd.DataFrame, *, notes: list[str]) -> pd.DataFrame:
    """Give any reader's table the articles schema: fill defaults, normalise dates."""
    df = df.copy()
    if "language" in df.columns:  # read as "lang"; where both are given, "lang" wins
        language = df.pop("language").map(_clean_str)
        lang = df["lang"].map(_clean_str) if "lang" in df.columns else language
        df["lang"] = lang.where(lang != "", language)
    for col, default in (("outlet", "unknown"), ("title", ""), ("url", ""), ("lang", ""),
                         ("date", ""), ("encoding", "")):
        if col not in df.columns:
            df[col] = default
        df[col] = df[col].map(_clean_str)
        if col == "outlet":
            df[col] = df[col].where(df[col] != "", default)
    # the language as the metadata says it, else as the text shows it (script, function words)
    df["lang"] = [language_of(text if isinstance(text, str) else "", code)
                  for code, text in zip(df["lang"], df["text"])]
    if not df.empty:
        df["date"] = [_normalise_date(d, where=f"{sp} (doc {di})", notes=notes)
                      for d, sp, di in zip(df["date"], df["source_path"], df["doc_id"])]
    df = df.drop(columns=[c for c in ("file",) if c in df.columns])
    front = ARTICLE_COLUMNS + ["encoding"]
    df = df[front + [c for c in df.columns if c not in front]]
    df = df.reset_index(drop=True)
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].map(lambda v: _clean_str(v) if not isinstance(v, str) else v)
    return enforce_schema(df, "articles")


# A date as nearly every corpus writes it, in years where pandas reads it the same way.
_ISO_DATE = re.compile(r"(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}")


def _normalise_date(value: str, *, where: str, notes: list[str]) -> str:
    if not value:
        return ""
    if _ISO_DATE.fullmatch(value):
        # What pd.Timestamp(value).strftime("%Y-%m-%d") gives for a valid ISO date, without
        # importing pandas (``discourse quotes`` on a folder of texts starts without it)
        try:
            dt.date.fromisoformat(value)
            return value
        except ValueError:
            pass  # an impossible date (2020-02-30): pandas says so below
    import pandas as pd

    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        ts = pd.NaT
    if pd.isna(ts):
        notes.append(f"{where}: date {value!r} is not a date (expected YYYY-MM-DD); left empty.")
        return ""
    return ts.strftime("%Y-%m-%d")
