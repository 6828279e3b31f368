"""Tests for discourse.measure.nesting: nested quotes cut out of the quotes around them."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.measure.nesting import ELLIPSIS, own_texts


def _units(article: str, spans: list[tuple[int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": "d", "start": a, "end": b, "kind": k, "text": article[a:b]}
                         for a, b, k in spans])


def test_a_nested_quote_is_cut_from_its_parent_only():
    article = 'He said: "They ask \u201cwhy pay?\u201d and we answer them." Then he left.'
    outer = (article.index("They"), article.index(" them.") + 6)
    inner = (article.index("why"), article.index("pay?") + 4)
    other = (article.index("Then"), len(article))
    u = _units(article, [(*outer, "direct"), (*inner, "nested"), (*other, "indirect")])
    got = own_texts(u)
    assert got[0] == "They ask \u201c" + ELLIPSIS + "\u201d and we answer them."
    assert got[1] == "why pay?"  # the nested quote keeps its words
    assert got[2] == u.loc[2, "text"]  # a unit that holds no nested quote is unchanged


def test_nested_inside_nested_and_other_documents():
    article = "A says 'B says \"C says x\" now' end"
    a = (0, len(article))
    b = (article.index("B"), article.index(" now") + 4)
    c = (article.index("C"), article.index("x") + 1)
    u = pd.concat([_units(article, [(*a, "direct"), (*b, "nested"), (*c, "nested")]),
                   _units(article, [(*a, "direct")]).assign(doc_id="other")], ignore_index=True)
    got = own_texts(u)
    assert "B says" not in got[0] and "C says" not in got[0]
    assert got[1] == 'B says "' + ELLIPSIS + '" now' and got[2] == "C says x"
    assert got[3] == article  # same offsets, another document: nothing cut


def test_without_nested_quotes_the_texts_are_returned_as_they_are():
    u = pd.DataFrame({"text": ["One.", "Two."]})
    assert own_texts(u).tolist() == ["One.", "Two."]
    with pytest.raises(ValueError, match=r"nested quotes need column\(s\) \['doc_id'"):
        own_texts(pd.DataFrame({"kind": ["nested"], "text": ["x"]}))
