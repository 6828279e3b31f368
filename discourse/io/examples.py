"""The embedded example corpus as ready-made tables, for doctests, notebooks and tests."""

from __future__ import annotations

import pandas as pd

from discourse.core.paths import data_dir
from discourse.io.corpus import read_corpus


def seed_articles() -> pd.DataFrame:
    """The example article (``data/corpus/seed_union_state.txt``) as an articles table.

    >>> arts = seed_articles()
    >>> arts[["doc_id", "outlet", "date"]].to_dict("records")
    [{'doc_id': 'seed_union_state', 'outlet': 'unknown', 'date': '2020-09-20'}]
    """
    articles = read_corpus(data_dir() / "corpus").articles
    # the corpus holds Wikinews articles beside it (data/corpus/README.md)
    return articles[articles["doc_id"] == "seed_union_state"].reset_index(drop=True)
