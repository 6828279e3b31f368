"""Pass 1, pairing the quotation marks (:mod:`discourse.extract.quotes.marks`): marks of every
kind, apostrophes, quotes across paragraphs, and the pairing against the plain code it replaced."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.marks import MARKS, PAIRABLE, pair_marks
from tests.reference.quotes_marks import reference_pair_marks
from tests.strategies import QUOTE_TEXTS, SETTINGS


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_interrupted_quote_gives_two_spans(lex):
    text = "“We are open,” she said. “But not to pressure.”"
    got = spans(text, lex)
    assert [g[1] for g in got] == ["We are open,", "But not to pressure."]
    assert got[0][2] == "she"
    text2 = "“We are open,” she said, “but not to pressure.”"
    assert [g[0] for g in spans(text2, lex)] == ["direct", "direct"]


def test_multi_paragraph_convention(lex):
    text = ("“The first paragraph of the statement.\n\n“The second paragraph,” Smith said.\n\n"
            "Later he left.")
    (kind, content, mention), = spans(text, lex)
    assert kind == "direct" and content.startswith("The first") and content.endswith("second paragraph,")
    assert mention == "Smith"


def test_multi_paragraph_inconsistent_typography(lex):
    text = ("“We have a union, we are allies.\n\nAnd the trust guarantees everything, \"RIA "
            "quoted him as saying.\n\nNext paragraph.")
    (kind, content, mention), = spans(text, lex)
    assert content.startswith("We have") and content.endswith("everything,")
    assert mention == "him"


def test_apostrophes_are_not_marks(lex):
    text = "The Bidens’ plan “works,” he said. Belarus' national leader didn't say 'no'."
    got = spans(text, lex)
    assert ("direct", "works,", "he") in got or ("partial", "works,", "he") in got
    assert all("Belarus" not in g[1] and "plan" not in g[1] for g in got)


def test_unclosed_mark_is_capped_at_paragraph(lex):
    text = ("He said: “We will never give up.\n\nThe weather was fine. Markets rose.\n\n"
            "Officials met later.")
    got = spans(text, lex)
    assert len(got) == 1
    assert got[0][1] == "We will never give up."


def test_stray_mark_does_not_swallow(lex):
    text = "A stray “ mark here.\n\nAnother paragraph with “real words,” she said."
    got = spans(text, lex)
    assert all("\n" not in g[1] for g in got)


def test_crlf_and_no_blank_lines(lex):
    text = "“First quote here,” she said.\r\n“Second one now,” he added.\r\nPlain."
    q = run(text, lex)
    assert list(q["text"]) == ["First quote here,", "Second one now,"]
    assert list(q["speaker_mention"]) == ["she", "he"]


def test_quote_opening_a_paragraph_without_close_is_direct(lex):
    # news style: a quote running on into the next paragraph has no closing mark here
    text = "“The budget cuts will hurt every school district in the state.\n\nOther news follows."
    assert spans(text, lex)[:1] == [
        ("direct", "The budget cuts will hurt every school district in the state.", "")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Smith said “we will not stop until the job is done.\n\nOther news.",
         "we will not stop until the job is done."),
        ("The senator added that the bill “would never pass the House in its current form.\n\n"
         "Other news.", "would never pass the House in its current form."),
    ],
)
def test_unclosed_mark_runs_to_the_paragraph_end_as_direct(lex, text, content):
    got = spans(text, lex)
    assert ("direct", content) in [(k, t) for k, t, _ in got]
    assert not any(k == "indirect" and t[:1] in "“”\"" for k, t, _ in got)


# --- pairing against the plain code it replaced ------------------------------------------------


@SETTINGS
@given(text=st.text(max_size=80) | QUOTE_TEXTS)
@example("1'a 1’2 a'1 don't 'a a' _'_ ’ '' «'» x‘y")
@example("'")
@example("a'")
def test_pairable_marks_are_the_marks_that_are_no_inword_apostrophe(text):
    def inword(i: int) -> bool:
        return (text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum()
                and text[i + 1].isalnum())

    want = [m.start() for m in MARKS.finditer(text) if not inword(m.start())]
    assert [m.start() for m in PAIRABLE.finditer(text)] == want


@SETTINGS
@given(text=QUOTE_TEXTS)
@example("“We can’t,” he said.\n\n“Go on.\n\n‘It is,’ she said. \"Yes\" x'y 'z'")
@example("“We go on.\n\nno mark here\n\nthey said, x”\n\nZ")
@example("“We go on.\n\nand on,” said Smith\n\n“More")
@example("“We go on.\n\nand on, x,”\n\nZ")
@example('"We go on.\n\nand on, x," he said. "Yes," she said.\n\nZ')
@example('"We go on.\n\nand on, x," he said, x," y\n\nZ')
def test_pairing_equals_the_reference(lex, text):
    doc = Doc(text, lex, ENGLISH.find_cues)
    got = pair_marks(text, doc.paras, lex, doc.toks, doc.tok_starts)
    assert got == reference_pair_marks(text, doc.paras, lex, doc.toks, doc.tok_starts)
    assert got == reference_pair_marks(text, doc.paras, lex)
