"""Where an English report ends (:func:`discourse.extract.quotes.lang.en.clauses.clause_end`):
the loop over punctuation only (speed pass nine) against the loop over every token it replaced
(``tests/reference/quotes_clauses.py``)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.lang.en.clauses import clause_end
from tests.reference.quotes_clauses import reference_clause_end
from tests.strategies import QUOTE_TEXTS, SETTINGS

# Words and punctuation each branch of ``clause_end`` reads: semicolons and capitals after
# them, ", but according", ", while others", ", despite", a dash before "a", ": “", quotation
# marks that open and close a fragment, participles and past forms after a comma.
PIECES = [" ", " ", " said", " saying", " according", " to", " who", " claim", " Supporters",
          " the", " plan", " would", " fail", " was", " stolen", " gathered", " denounced",
          " announced", " by", ",", ";", ":", " —", " a", " an", " “", "”", ' "', " while",
          " whereas", " others", " It", " it", " but", " and", " despite", " though", " He",
          " reporters", " officials", " rallied", " Trump", ".", " cases"]
REPORTS = st.lists(st.sampled_from(PIECES), min_size=2, max_size=70).map("".join)


def _founds(doc: Doc, a: float, b: float, c: float):
    """Reports over ``doc``: every token start as the report's start, one token as its cue."""
    starts, ends = doc.toks.starts, doc.toks.ends
    n = len(starts)
    if n < 2:
        return
    cue = int(a * (n - 1))
    attr = Attr(doc.text[starts[cue]:ends[cue]].lower(), starts[cue], ends[cue], -1, -1,
                "cue_before")
    for lo in range(n):
        hi = lo + 1 + int(b * (n - lo - 1))
        for at in (attr, None, attr._replace(cue_end=attr.cue_start)):
            yield Found(starts[lo], ends[hi - 1], "indirect", at, "cue_before"), int(c * n) - 1


@SETTINGS
@given(text=REPORTS | QUOTE_TEXTS, a=st.floats(0, 1), b=st.floats(0, 1), c=st.floats(0, 1))
@example(text="Some said the plan would fail, while others rallied; It was “stolen; a” — a plan",
         a=0.05, b=1.0, c=0.0)
@example(text="Supporters who claim the plan was stolen gathered, but, according to officials, it",
         a=0.1, b=1.0, c=0.5)
def test_clause_end_equals_the_loop_over_every_token(lex, text, a, b, c):
    doc = Doc(text, lex, ENGLISH.find_cues)
    for f, sub_end in _founds(doc, a, b, c):
        assert clause_end(doc, f, sub_end) == reference_clause_end(doc, f, sub_end), (f, sub_end)


def test_a_semicolon_inside_a_quoted_fragment_does_not_end_the_report(lex):
    text = 'He said the plan would “fail; badly” and it was over; It rained.'
    doc = Doc(text, lex, ENGLISH.find_cues)
    start = text.index("the plan")
    attr = Attr("said", 3, 7, 0, 2, "cue_before")
    got = clause_end(doc, Found(start, len(text) - 1, "indirect", attr, "cue_before"))
    assert text[got.start:got.end] == 'the plan would “fail; badly” and it was over'
