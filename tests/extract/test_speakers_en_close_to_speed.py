"""Speed pass eighteen: rules whose regex can only match when the text right before a mention
ends in a given way test that first. The unnamed source ("a source close to Bannon", in
:mod:`discourse.extract.speakers.lang.en`) needs "to" or "with" and white space; the participle
head ("Groups opposing the bill") "ing" and white space; a domain's head ("Znak.com", in
:mod:`discourse.extract.quotes.lang.en.mentions`) a ".". The answers are those of the plain
rules (``tests/reference/speakers_en_skips.py``, ``tests/reference/quotes_mentions.py``) at
every position of generated and real texts."""

from __future__ import annotations

import csv
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.quotes.lang.en.mentions import _tidied
from discourse.extract.speakers.lang.en import _participle_head, _source_close_to, extend_mention
from tests.reference.quotes_mentions import reference_tidied
from tests.reference.speakers_en_skips import reference_participle_head, reference_source_close_to
from tests.strategies import SETTINGS, TEXTS

PIECES = ["a source close to ", "Sources familiar with", " ", "\n", "\t", "\u00a0", "\u2003",
          "two aides loyal to", "the allies allied with  ", "to", "with", "close", " to ",
          "official", "A", "Bannon", ".", ",", "Many", "people", "familiar", "loyal", "\r\n",
          "State legislators supporting ", "Groups opposing", "ing", "ing ", "the law", "meeting",
          "Znak.", "com", "Lenta.ru", ".eu", "she", "he said"]
PIECE_TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
_WORD = re.compile(r"\S+")


def same_everywhere(text: str) -> None:
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for ms in range(len(text) + 1):
        assert _source_close_to(text, ms) == reference_source_close_to(text, ms), (text, ms)
    for k, (ms, _) in enumerate(words):
        for _, me in words[k:k + 3]:  # mentions of one to three words
            assert _participle_head(text, ms, me) == reference_participle_head(text, ms, me), (
                text, ms, me)
            assert _tidied(text, ms, me) == reference_tidied(text, ms, me), (text, ms, me)


@SETTINGS
@given(PIECE_TEXTS | TEXTS)
def test_same_answers_as_the_plain_rules(text):
    same_everywhere(text)


def test_the_shapes_are_still_found():
    text = "said a source close to\u00a0\nTom Hale"
    ms = text.index("Tom")
    assert text[_source_close_to(text, ms):ms] == "a source close to\u00a0\n"
    t = "according to a person familiar with Mr. Trump's thinking"
    s, _ = extend_mention(t, t.index("Mr."), len(t))
    assert t[s:].startswith("a person familiar with")
    t = "State legislators supporting\tthe law said"
    assert _participle_head(t, t.index("the"), t.index(" said")) == 0
    t = "Znak.com reported"
    assert _tidied(t, 5, 8) == (0, 8)


def test_same_answers_on_real_news(shared_dir):
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:60]
    for text in texts:
        same_everywhere(text)
