"""The Dask engine: the same chunks, processed on a Dask cluster, with identical results.

The driver only plans: it lists the files of a folder (or the row groups of a Parquet file) and
cuts them into parts. Each worker reads its part itself, runs :func:`discourse.run.chunks.
process_chunk`, writes its units to ``<units>.parts/part-NNNNNN.csv`` and returns the part's
:class:`discourse.run.summary.Summary` (scores without text, word counts). The driver merges the
summaries in corpus order and joins the part files into the units CSV, so memory on the driver
holds the numbers the comparisons need, never the corpus text.

CSV and JSONL corpora cannot be split without reading them, so the driver reads them chunk by
chunk (never all at once) and sends each chunk to a worker; use a folder or Parquet for corpora
that should be read by the workers.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

import pandas as pd

from discourse.io.corpus import (
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    Corpus,
    CorpusError,
    finish_chunk,
    iter_corpus,
    no_usable_document,
    plan_folder,
    read_folder_part,
)
from discourse.run.chunks import Config, Registries, run_chunk
from discourse.run.summary import Summary, SummaryBuilder
from discourse.run.units import UnitsWriter


@lru_cache(maxsize=4)
def _registries(config: tuple) -> Registries:
    """Registries loaded once per worker process (and config)."""
    return Config(*config).load()


def _config_key(config: Config) -> tuple:
    return tuple(None if p is None else str(p) for p in
                 (config.actors_file, config.targets_file, config.frames_file, config.cues_file))


def _run_part(index: int, source, *, kind: str, state: list, corpus_path: str, config: tuple,
              date_from: str, date_to: str, parts_dir: str) -> tuple[int, Summary, list[str]]:
    """Worker task: read (or receive) one part, process it, write its units, return its summary."""
    if kind == "folder":
        chunk = finish_chunk(read_folder_part(source), path=Path(corpus_path), state=list(state))
    elif kind == "parquet":
        chunk = _read_parquet_part(corpus_path, source, state)
    else:
        chunk = source
    regs = _registries(config)
    chunk, units, excluded = run_chunk(chunk, regs, date_from=date_from, date_to=date_to)
    writer = UnitsWriter(Path(parts_dir) / f"part-{index:06d}.csv")
    writer.write(units)
    return index, Summary.of_chunk(chunk, units, excluded_by_date=excluded), list(units.columns)


def _read_parquet_part(corpus_path: str, spec: dict, state: list) -> Corpus:
    """Read one batch of rows of a Parquet file on a worker, with the driver's skip decisions."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(corpus_path)
    table = pf.read_row_groups(spec["row_groups"])
    df = table.to_pandas()
    offset = spec["offset"]
    df.index = range(offset, offset + len(df))
    text_column, id_col = spec["text_column"], spec["id_col"]
    skipped = [s for s in spec["skipped"]]
    drop = set(spec["drop_rows"])
    ids = (df[id_col].map(lambda v: "" if v is None else str(v).strip()) if id_col
           else pd.Series([f"row{i + 1}" for i in df.index], index=df.index))
    df = df.drop(columns=[c for c in ("doc_id", "id") if c == id_col], errors="ignore")
    df = df.rename(columns={text_column: "text"}) if text_column != "text" else df
    df["doc_id"] = ids
    df = df.loc[[i for i in df.index if i not in drop]].copy()
    df["source_path"] = corpus_path
    df["encoding"] = ""
    return finish_chunk((df, skipped, []), path=Path(corpus_path), state=list(state))


def _plan_parquet(path: Path, *, chunk_size: int, text_column: str, id_column: str | None,
                  speaker_column: str | None) -> tuple[list[dict], list]:
    """Row-group batches of a Parquet file, with rows to skip decided once, on the driver.

    The driver reads only the id and text-presence columns, so duplicate ids across parts are
    found exactly as the pandas engine finds them.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = pf.schema_arrow.names
    if text_column not in names:
        raise CorpusError(f"{path}: no text column {text_column!r}; columns are {names}. "
                          "Pass text_column= (or -p text_column NAME) to name it.")
    if id_column and id_column not in names:
        raise CorpusError(f"{path}: id column {id_column!r} not found; columns are {names}.")
    id_col = id_column or next((c for c in ("doc_id", "id") if c in names), None)
    cols = [text_column] + ([id_col] if id_col else [])
    table = pf.read(columns=cols)
    text = table.column(text_column)
    present = pc.fill_null(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(text)), 0), False)
    present = present.to_pylist()
    ids = ([("" if v is None else str(v).strip()) for v in table.column(id_col).to_pylist()]
           if id_col else [f"row{i + 1}" for i in range(len(present))])
    seen: set[str] = set()
    skip: dict[int, dict] = {}
    for i, (ok, doc_id) in enumerate(zip(present, ids)):
        where = f"{path}, row {i + 1}"
        if not ok:
            skip[i] = {"skipped_path": where, "reason": f"empty or missing {text_column!r}"}
        elif not doc_id:
            skip[i] = {"skipped_path": where, "reason": f"empty id in {id_col!r}"}
        elif doc_id in seen:
            skip[i] = {"skipped_path": where, "reason": f"duplicate id {doc_id!r}; the first one is kept"}
        else:
            seen.add(doc_id)
    state = [None, speaker_column or ("speaker" if "speaker" in names else None)]
    state[0] = "statements" if state[1] else "articles"
    parts, groups, start, rows = [], [], 0, 0
    meta = pf.metadata
    for g in range(meta.num_row_groups):
        groups.append(g)
        rows += meta.row_group(g).num_rows
        if rows >= chunk_size or g == meta.num_row_groups - 1:
            part_skip = [i for i in range(start, start + rows) if i in skip]
            parts.append({"row_groups": groups, "offset": start, "text_column": text_column,
                          "id_col": id_col, "drop_rows": part_skip,
                          "skipped": [skip[i] for i in part_skip]})
            start, groups, rows = start + rows, [], 0
    return parts, state


def stream_pipeline_dask(corpus, *, units_csv, config: Config, date_from: str, date_to: str,
                         text_column: str, speaker_column: str | None, chunk_size: int,
                         scheduler: str | None, workers: int | None,
                         progress: bool) -> tuple[Summary, Registries]:
    """:func:`discourse.run.pipeline.stream_pipeline` on a Dask cluster (see the module docstring)."""
    from distributed import Client, LocalCluster, as_completed

    path = Path(corpus).expanduser()
    if not path.exists():
        raise CorpusError(f"Corpus path {path} does not exist.")
    units_csv = Path(units_csv)
    parts_dir = units_csv.parent / f".{units_csv.name}.parts"
    if parts_dir.exists():
        shutil.rmtree(parts_dir)
    parts_dir.mkdir(parents=True)
    key = _config_key(config)
    regs = Config(*key).load()  # fail early, on the driver, on a bad registry
    common = {"corpus_path": str(path), "config": key, "date_from": date_from,
              "date_to": date_to, "parts_dir": str(parts_dir)}
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = _submit_all(client, path, chunk_size=chunk_size, text_column=text_column,
                              speaker_column=speaker_column, common=common)
        builder = SummaryBuilder()
        columns: dict[int, list[str]] = {}
        done = as_completed(futures)
        if progress:
            from discourse.present.display import progress_bar

            done = progress_bar(done, total=len(futures), desc="parts", unit=" part")
        for fut in done:
            index, summary, cols = fut.result()
            builder.add(index, summary)
            columns[index] = cols
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    order = sorted(columns)
    summary = builder.build()
    if len(summary.documents) == 0:
        shutil.rmtree(parts_dir, ignore_errors=True)
        reasons = [f"{p}: {r}" for p, r in zip(summary.skipped["skipped_path"],
                                                summary.skipped["reason"])][:10]
        raise no_usable_document(path, reasons)
    _join_parts(units_csv, parts_dir, order, columns=columns[order[0]],
                all_columns=[columns[i] for i in order])
    return summary, regs


def _submit_all(client, path: Path, *, chunk_size: int, text_column: str,
                speaker_column: str | None, common: dict) -> list:
    suffix = path.suffix.lower()
    if path.is_dir() or suffix in TEXT_SUFFIXES:
        parts = (plan_folder(path, chunk_size) if path.is_dir()
                 else plan_folder(path.parent, chunk_size, only=[path]))
        # The first part decides the mode (a speaker column), as the pandas engine does.
        state = [None, speaker_column]
        finish_chunk(read_folder_part(parts[0]), path=path, state=state)
        return [client.submit(_run_part, i, part, kind="folder", state=state, pure=False, **common)
                for i, part in enumerate(parts)]
    if suffix == ".parquet":
        parts, state = _plan_parquet(path, chunk_size=chunk_size, text_column=text_column,
                                     id_column=None, speaker_column=speaker_column)
        return [client.submit(_run_part, i, spec, kind="parquet", state=state, pure=False, **common)
                for i, spec in enumerate(parts)]
    if suffix in TABLE_SUFFIXES:
        futures = []
        chunks = iter_corpus(path, chunk_size=chunk_size, text_column=text_column,
                             speaker_column=speaker_column)
        for i, chunk in enumerate(chunks):
            futures.append(client.submit(_run_part, i, chunk, kind="chunk", state=[chunk.mode, None],
                                         pure=False, **common))
        return futures
    raise CorpusError(f"Corpus path {path} is neither a folder nor a "
                      f"{'/'.join(TABLE_SUFFIXES)} file.")


def _join_parts(units_csv: Path, parts_dir: Path, order: list[int], *, columns: list[str],
                all_columns: list[list[str]]) -> None:
    """Header once, then every part's rows in corpus order; the part files are removed."""
    for i, cols in zip(order, all_columns):
        if cols != columns:
            raise ValueError(f"part {i} has columns {cols}, part {order[0]} has {columns}")
    units_csv.parent.mkdir(parents=True, exist_ok=True)
    with open(units_csv, "w", encoding="utf-8", newline="") as out:
        out.write(pd.DataFrame(columns=columns).to_csv(index=False, lineterminator="\n"))
        for i in order:
            part = parts_dir / f"part-{i:06d}.csv"
            with open(part, encoding="utf-8", newline="") as fh:
                fh.readline()  # each part file has its own header line
                shutil.copyfileobj(fh, out)
    shutil.rmtree(parts_dir, ignore_errors=True)
