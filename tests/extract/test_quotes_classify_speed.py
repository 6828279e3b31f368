"""Speed pass eighteen in :func:`discourse.extract.quotes.classify.classify_pairs`: the start of
the whole sentence before a quote that follows another in its paragraph is read only when the
stretch since the previous quote holds no attribution (``tests/reference/quotes_classify.py``
read it for every such quote). The quotes found are the same, and the sentence start is asked
less often."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given

from discourse.extract.quotes import classify
from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.extract import _lexicon_for
from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.lang.ru import RUSSIAN
from discourse.extract.quotes.marks import pair_marks
from tests.reference import quotes_classify
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS

# every sentence holds a quote after another in its paragraph (the 17 MB line of the bench)
LINE = 'He said "yes, we will" and she said that they would not. ' * 20
MIXED = ("“We won,” she said. Later “it is over” and “we go home,” he said.\n\n"
         "After that, “We will see,” Smith added, and then “No,” and “never” he wrote.")


def both(text: str, lang=ENGLISH) -> tuple[list, list]:
    lex = _lexicon_for(lang, {})
    doc = Doc(text, lex, lang.find_cues)
    pairs = pair_marks(text, doc.paras, lex, doc.toks, doc.tok_starts, doc.marks)
    new = classify.classify_pairs(doc, pairs, lang)
    old = quotes_classify.reference_classify_pairs(doc, pairs, lang)
    return new, old


def rows(found: list) -> list[tuple]:
    return [(f.start, f.end, f.kind, f.rule, f.parent, None if f.attr is None else (
        f.attr.cue_start, f.attr.cue_end, f.attr.m_start, f.attr.m_end, f.attr.rule))
        for f in found]


@pytest.mark.parametrize("text", [LINE, MIXED])
def test_same_quotes_as_the_reference(text):
    new, old = both(text)
    assert rows(new) == rows(old) and new


@pytest.mark.pure_python
def test_sentence_start_read_less_often(monkeypatch):
    calls = []
    real = classify.sentence_start

    def counted(text, lo, pos):
        calls.append((lo, pos))
        return real(text, lo, pos)

    monkeypatch.setattr(classify, "sentence_start", counted)
    lex = _lexicon_for(ENGLISH, {})
    doc = Doc(LINE, lex, ENGLISH.find_cues)
    pairs = pair_marks(LINE, doc.paras, lex, doc.toks, doc.tok_starts, doc.marks)
    classify.classify_pairs(doc, pairs, ENGLISH)
    assert len(calls) == len(pairs)  # one a quote: each has its cue ("He said") before it


@SETTINGS
@given(QUOTE_TEXTS | TEXTS)
def test_same_quotes_on_generated_texts(text):
    for lang in (ENGLISH, RUSSIAN):
        new, old = both(text, lang)
        assert rows(new) == rows(old)


def test_same_quotes_on_real_news(shared_dir):
    texts = sorted((shared_dir / "corpora" / "wikinews_ru" / "texts").glob("*.txt"))[:150]
    for path in texts:
        new, old = both(path.read_text(encoding="utf-8"), RUSSIAN)
        assert rows(new) == rows(old), path.name
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            new, old = both(row["text"])
            assert rows(new) == rows(old), k
