"""Reference: the count of implausible characters in a decoded file as first written (a copy;
see README.md): every distinct character tested, also in ASCII text (before the ASCII text's
controls were found by one regex scan in ``io.corpus._implausible_chars``); and the folder plan
of ``io.corpus.plan_folder`` before speed pass ten."""

from __future__ import annotations

import unicodedata
from pathlib import Path

_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def ref_implausible_chars(text: str, *, limit: int = 200_000) -> int:
    head = text[:limit]
    return sum(head.count(ch) for ch in set(head)
               if (ch < " " and ch not in _TEXT_CONTROLS)
               or ("\x7f" <= ch <= "\x9f")
               or (ch > "~" and unicodedata.category(ch) in ("Cn", "Co", "Cs")))


# --- the folder plan as first written (before speed pass ten): the files sorted as Path objects,
# each relative path by ``relative_to`` and each id by ``Path(f).stem`` ----------------------

def ref_text_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith(".")
        and p.name.lower() != "readme.md"
    )


def ref_doc_ids(files: list[str]) -> list[str]:
    stems = [Path(f).stem for f in files]
    count: dict[str, int] = {}
    for stem in stems:
        count[stem] = count.get(stem, 0) + 1
    return [stem if count[stem] == 1 else str(Path(f).with_suffix(""))
            for f, stem in zip(files, stems, strict=True)]


def ref_plan(folder: Path, chunk_size: int | None, suffixes: tuple[str, ...],
             only: list[Path] | None = None) -> list[tuple[list[Path], list[str], list[str]]]:
    """``(files, rel, ids)`` of each part of ``plan_folder`` as it was (no metadata)."""
    files = only if only is not None else ref_text_files(folder, suffixes)
    rel = [p.relative_to(folder).as_posix() for p in files]
    ids = ref_doc_ids(rel)
    order = sorted(range(len(files)), key=lambda i: (ids[i], rel[i]))
    size = chunk_size or max(1, len(order))
    return [([files[i] for i in batch], [rel[i] for i in batch], [ids[i] for i in batch])
            for batch in (order[k:k + size] for k in range(0, max(len(order), 1), size))]
