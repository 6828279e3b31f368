"""A nested quote's parent index after a revision (discourse.extract.quotes.lang.ru.revise)."""

from discourse.extract.quotes.document import Found
from discourse.extract.quotes.lang.ru.revise import renumber_parents


def test_parents_follow_their_quote_or_are_cleared():
    outer = Found(0, 50, "direct", None, "none")
    kept = Found(10, 20, "nested", None, "none", parent=2)
    orphan = Found(30, 40, "nested", None, "none", parent=1)
    out = renumber_parents([kept, outer, orphan], {2: 1, 0: 0})
    assert [f.parent for f in out] == [1, -1, -1]
