"""extract_attributed_quotes is extract_quotes then attribute_speakers, article by article."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.speakers import attribute_speakers
from discourse.io.examples import seed_articles


def _articles() -> pd.DataFrame:
    """The seed article cut in four (the order of the rows is not that of their doc_ids)."""
    text = seed_articles().loc[0, "text"]
    paragraphs = text.split("\n\n")
    k = len(paragraphs) // 4
    parts = ["\n\n".join(paragraphs[i * k:(i + 1) * k if i < 3 else None]) for i in range(4)]
    return pd.DataFrame({"doc_id": ["d", "b", "c", "a"], "text": parts,
                         "date": ["2020-09-20", "2020-09-21", "", "2020-09-20"]})


def test_same_table_as_the_two_stages():
    arts = _articles()
    registry, cues = load_actors(), load_cues()
    expected = attribute_speakers(extract_quotes(arts, cues=cues), arts, registry)
    got = extract_attributed_quotes(arts, actors=registry, cues=cues)
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) > 10
    assert got["doc_id"].tolist() == sorted(got["doc_id"])
    # None loads the shipped registries
    pd.testing.assert_frame_equal(extract_attributed_quotes(arts), expected)


def test_rows_of_an_article_do_not_depend_on_the_other_rows():
    arts = _articles()
    whole = extract_attributed_quotes(arts)
    one_by_one = pd.concat([extract_attributed_quotes(arts.iloc[[i]]) for i in range(len(arts))],
                           ignore_index=True)
    one_by_one = one_by_one.sort_values(["doc_id", "start", "end"], kind="stable")
    pd.testing.assert_frame_equal(one_by_one.reset_index(drop=True), whole)


def test_timings_add_up_per_stage():
    timings = {"quotes": 1.0}
    extract_attributed_quotes(_articles(), timings=timings)
    assert set(timings) == {"quotes", "speakers"}
    assert timings["quotes"] > 1.0 and timings["speakers"] > 0.0


def test_no_article_gives_an_empty_table_with_the_columns():
    empty = extract_attributed_quotes(pd.DataFrame({"doc_id": [], "text": []}))
    assert len(empty) == 0
    assert {"quote_id", "speaker", "camp", "attribution", "confidence"} <= set(empty.columns)
