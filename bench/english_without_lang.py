"""sha256 of the English quote outputs with the ``lang`` column removed, to compare with hashes
taken before the column existed.

    .venv/bin/python bench/english_without_lang.py OUTDIR

``OUTDIR`` holds ``q_*.jsonl`` (``discourse quotes --format jsonl``) and ``r_*/tables/quotes.csv``
(report tables). Every record must have ``lang == "en"``; the column is dropped (JSON keys and
CSV column, written back as they were written) and the hash of what remains is printed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path


def main() -> None:
    out = Path(sys.argv[1])
    for path in sorted(out.glob("q_*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            rec = json.loads(line)
            if rec.pop("lang") != "en":
                sys.exit(f"{path}: a record is not English: {rec}")
            lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
        print(hashlib.sha256("".join(lines).encode()).hexdigest(), path.relative_to(out))
    for path in sorted(out.glob("r_*/tables/quotes.csv")):
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
        k = rows[0].index("lang")
        if any(r[k] != "en" for r in rows[1:]):
            sys.exit(f"{path}: a row is not English")
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\n")
        for r in rows:
            writer.writerow(r[:k] + r[k + 1:])
        print(hashlib.sha256(buf.getvalue().encode()).hexdigest(), path.relative_to(out))


if __name__ == "__main__":
    main()
