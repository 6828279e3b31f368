"""extract_attributed_quotes is extract_quotes then attribute_speakers, article by article."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import attributed_columns, extract_attributed_quotes
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


def test_columns_without_tables_hold_the_values_of_the_table():
    """attributed_columns (what ``discourse quotes`` prints) gives each column's ``tolist()``."""
    arts = pd.concat([_articles(), pd.DataFrame({
        "doc_id": ["e", "f", "g"], "date": ["2020-09-20", None, "2020-09-20T10:00"],
        "lang": ["en", "", "ru"],
        "text": ["“Yes,\n\nand no,” said Lukashenko. He said that “the union” would hold.",
                 "“Мы готовы”, — заявил Песков.", "Лавров сказал, что «всё решено»."]})],
        ignore_index=True)
    registry, cues = load_actors(), load_cues()
    table = extract_attributed_quotes(arts, actors=registry, cues=cues)
    records = arts.to_dict("records")
    got = attributed_columns(records, actors=registry, cues=cues)
    assert list(got) == list(table.columns)
    for name in table.columns:
        values = table[name].tolist()
        assert got[name] == values and [type(v) for v in got[name]] == [type(v) for v in values]
    assert len(table) > 10 and set(table["lang"]) == {"en", "ru"}
    # without dates nor languages: read from the texts, as the table does
    bare = [{"doc_id": r["doc_id"], "text": r["text"]} for r in records]
    table = extract_attributed_quotes(arts[["doc_id", "text"]], actors=registry, cues=cues)
    assert attributed_columns(bare, actors=registry, cues=cues) == {
        name: table[name].tolist() for name in table.columns}
    assert attributed_columns([])["quote_id"] == []
