"""Speed pass twenty-six: ``Doc.attr`` and ``Doc.attr_tokens`` make the attribution with
``tuple.__new__`` (``document.new_attr``) instead of calling the named tuple ``Attr``
(``tests/reference/quotes_document_attr.py``), and ``lang/en/mentions._tidied`` answers a
mention of one word of letters and digits at once (``tests/reference/quotes_mentions.py`` read
every mention through the channel, hedge and adverb steps). The answers are the same: equal
tuples of the same class, with the same field values and types."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.document import Attr, Doc, new_attr
from discourse.extract.quotes.lang import LANGUAGES
from discourse.extract.quotes.lang.en.mentions import _tidied
from tests.reference.quotes_document_attr import reference_attr, reference_attr_tokens
from tests.reference.quotes_mentions import reference_tidied
from tests.strategies import SETTINGS, TEXTS

# written for this test: cues of one and several words, upper case and letters whose lower case
# differs in length, mentions before and after the cue, a cue at either end of the text
CASES = [
    'He said "yes, we will" and she said that they would not. ',
    "According to İstanbul officials, the SAID plan failed; Reuters reported it.",
    "said",
    "The mayor said in a statement that ΣΑΣ. would go, Smith told reporters",
    "“We won,” said Mr. Smith, quoted him as saying nothing.",
]
# mentions of one word: letters and digits of other scripts, marks and white space of
# other kinds inside or around them ("she\u00a0via", "Ⅻ", "٣", "x_y")
WORDS = ["she", "Reuters", "İstanbul", "Ⅻ", "٣", "x_y", "via", "she\u00a0via Interfax",
         "officials\u2003reportedly", "Znak.com", "com", "a", "É", "ß", "2020", "K-9", "ǅ"]


def _same(text: str, lex) -> int:
    doc = Doc(text, lex, LANGUAGES["en"].find_cues)
    n = len(doc.toks.starts)
    asked = 0
    for hit in doc.hits:
        spans: list[tuple[int, int] | None] = [None]
        spans += [(i, j) for i in range(max(0, hit[0] - 4), min(n, hit[1] + 4))
                  for j in range(i + 1, min(n, i + 4) + 1)]
        for span in spans:
            for rule in ("cue_before", "according_to"):
                got, want = doc.attr(hit, span, rule), reference_attr(doc, hit, span, rule)
                assert got == want and type(got) is Attr and list(map(type, got)) == list(
                    map(type, want)), (text, hit[:2], span)
                if span is not None:
                    verb = (hit[0], hit[1])
                    assert doc.attr_tokens(verb, span, rule) == reference_attr_tokens(
                        doc, verb, span, rule)
                asked += 1
    return asked


@pytest.mark.parametrize("text", CASES)
def test_attr_same_as_the_reference(text, lex):
    assert _same(text, lex) > 0 or not text.strip()


def test_new_attr_is_the_named_tuple():
    a = new_attr("said", 3, 7, 0, 2, "cue_before")
    assert a == Attr("said", 3, 7, 0, 2, "cue_before") and type(a) is Attr
    assert a.m_end == 2 and a._replace(m_start=-1).m_start == -1
    assert a.mention("He said") == "He"


@SETTINGS
@given(TEXTS)
def test_attr_same_on_generated_texts(lex, text):
    _same(text, lex)


_WORD = re.compile(r"\S+")


def _tidied_same(text: str) -> None:
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for ms in range(len(text)):  # every one-word stretch, and those of one to three words
        for me in range(ms + 1, min(len(text), ms + 12) + 1):
            assert _tidied(text, ms, me) == reference_tidied(text, ms, me), (text, ms, me)
    for k, (ms, _) in enumerate(words):
        for _, me in words[k:k + 3]:
            assert _tidied(text, ms, me) == reference_tidied(text, ms, me), (text, ms, me)


@pytest.mark.parametrize("word", WORDS)
def test_tidied_same_on_written_words(word):
    for text in (word, f"{word} said", f"Znak.{word} said", f"seemingly {word} further said",
                 f"the mayor via {word}"):
        _tidied_same(text)


def test_tidied_still_tidies():
    t = "Znak.com reported"
    assert _tidied(t, 5, 8) == (0, 8)
    t = "seemingly Honcharuk said"
    assert t[slice(*_tidied(t, 0, 19))] == "Honcharuk"


@SETTINGS
@given(st.lists(st.sampled_from(WORDS + [" ", ".", ",", "\n", "further", "seemingly"]),
                max_size=12).map("".join) | TEXTS)
def test_tidied_same_on_generated_texts(text):
    _tidied_same(text)


def test_same_on_real_news(lex, shared_dir):
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:60]
    asked = sum(_same(text, lex) for text in texts)
    assert asked > 10_000
    for text in texts[:20]:
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for k, (ms, _) in enumerate(words):
            for _, me in words[k:k + 3]:
                assert _tidied(text, ms, me) == reference_tidied(text, ms, me), (ms, me)
