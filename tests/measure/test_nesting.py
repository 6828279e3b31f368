"""Tests for discourse.measure.nesting: nested quotes cut out of the quotes around them."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 60), st.integers(0, 30),
                          st.sampled_from(["direct", "nested", "partial"])), min_size=1, max_size=25))
def test_own_texts_equal_the_reference(rows):
    from tests.reference.measure_nesting import reference_own_texts

    doc = "".join(chr(ord("a") + i % 26) for i in range(100))
    units = pd.DataFrame([{"doc_id": d, "start": s, "end": s + n, "kind": k, "text": doc[s:s + n]}
                          for d, s, n, k in rows])
    assert own_texts(units).tolist() == reference_own_texts(units).tolist()


def test_many_nested_quotes_in_one_document_are_cut_in_reasonable_time():
    # 2,500 quotes in one document: the lookup is by bisection, so this finishes in well under a
    # second (it took minutes when every unit compared itself with every nested quote)
    n = 2500
    units = pd.DataFrame({"doc_id": "d", "start": [10 * i for i in range(n)],
                          "end": [10 * i + 5 for i in range(n)],
                          "kind": ["nested" if i % 2 else "direct" for i in range(n)],
                          "text": ["abcde"] * n})
    assert own_texts(units).tolist() == ["abcde"] * n
