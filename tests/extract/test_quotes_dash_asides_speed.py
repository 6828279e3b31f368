"""Speed pass twenty-six in ``lang/en/sentence._dash_asides``: a sentence with no dash token
("—", "–", a hyphen standing alone) is answered with no report before any cue is read
(``tests/reference/quotes_dash_asides.py`` asked ``dash_aside_tail`` for every finite cue).
The answers are the same, on every span of tokens of the texts (any sentence bounds)."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang import LANGUAGES
from discourse.extract.quotes.lang.en.sentence import _dash_asides
from discourse.extract.quotes.spans import SpanSet
from tests.reference.quotes_dash_asides import reference_dash_asides
from tests.strategies import SETTINGS, TEXTS

# written for this test: asides set off by em and en dashes, spaced hyphens and "--", a hyphen
# inside a word (no token of its own), one dash only, a dash opening the sentence, no dash
CASES = [
    "The plan — a last resort if the deal fails, officials said — was approved on Monday.",
    "The plan – a last resort if the deal fails, he said – was approved.",
    "The plan - a last resort if the deal fails, she said - was approved.",
    "The plan -- a last resort if the deal fails, aides said on Monday -- was approved.",
    "The well-known plan, a last resort, officials said, was approved.",
    "The plan — a last resort, officials said.",
    "— a last resort, officials said — was approved.",
    'He said "yes, we will" and she said that they would not. ',
    "X-ray results -- none, he said -- came back; then — as Smith told reporters — it ended.",
]
PIECES = ["—", "–", " - ", "--", "-", "the plan", "a last resort", ",", " ", "officials",
          "said", "told", "he", "was approved", ".", "on Monday", "“", "”", "Smith"]
DASH_TEXTS = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)


def _same(text: str, lex) -> int:
    doc = Doc(text, lex, LANGUAGES["en"].find_cues)
    n = len(doc.toks.starts)
    asked = 0
    insides = [None, SpanSet([]), SpanSet([(0, len(text) // 2)])]
    for ti in range(n):
        for tj in range(ti + 1, n + 1):
            for inside in insides:
                assert _dash_asides(doc, ti, tj, [], inside) == reference_dash_asides(
                    doc, ti, tj, [], inside), (text, ti, tj)
                asked += 1
    return asked


def _same_sentences(text: str, lex) -> int:
    """The sentence rules' own reports passed as ``found`` too, sentence by sentence."""
    from discourse.extract.quotes.lang.en.reported import reports_in_sentence
    from discourse.text import sentence_spans

    doc = Doc(text, lex, LANGUAGES["en"].find_cues)
    asked = 0
    for ss, se in sentence_spans(text):
        ti, tj = doc.tok_index(ss), doc.tok_index(se)
        if tj <= ti:
            continue
        found = reports_in_sentence(doc, ss, se, ti, tj, lambda: None)
        got = _dash_asides(doc, ti, tj, found, None)
        assert got == reference_dash_asides(doc, ti, tj, found, None), (text[ss:se])
        asked += 1
    return asked


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text, lex):
    _same(text, lex)
    _same_sentences(text, lex)


def test_asides_still_found(lex):
    for text in CASES[:4]:
        doc = Doc(text, lex, LANGUAGES["en"].find_cues)
        got = _dash_asides(doc, 0, len(doc.toks.starts), [], None)
        assert [text[f.start:f.end] for f in got] == ["a last resort if the deal fails"], text


@SETTINGS
@given(DASH_TEXTS | TEXTS)
def test_same_on_generated_texts(lex, text):
    _same(text, lex)


def test_same_on_real_news(lex, shared_dir):
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:80]
    assert sum(_same_sentences(text, lex) for text in texts) > 1000
