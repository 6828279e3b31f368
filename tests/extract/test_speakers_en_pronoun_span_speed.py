"""Speed pass twenty-three in :func:`discourse.extract.speakers.lang.en.extend_mention`: a bare
pronoun ("he", "They") asks only the steps that can change it
(:mod:`discourse.extract.speakers.lang.en_pronoun_span`); ``tests/reference/
speakers_en_extend_mention.py`` ran every step. The extents are the same."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang import en, en_clause, en_pronoun_span
from tests.reference.speakers_en_extend_mention import reference_extend_mention
from tests.strategies import SETTINGS, TEXTS

# written for this test: a pronoun where each step that may change one reads it (a source
# close to it, a participle or "such as" before it, "&" and ", " before it, an appositive,
# a possessive, a domain, a data noun, a group, a name's "of", a coordination after it, a list
# before it), and where none does
SENTENCES = [
    'He said "yes, we will" and she said that they would not.',
    '"No," he said. They told reporters: "Yes." We agreed; it was late: I left.',
    "A source close to him said so. Officials familiar with they said it.",
    "State legislators supporting they argued. Critics such as He said it.",
    "AT&He said it. R&\nshe said it. AT&T and &He; He&Co said.",
    "Later, He said, the plan, she said, failed.",
    "England's transport secretary, He said it. Yesterday, the city's lawyer, She, announced",
    '"...," said He, a lawyer for the city, in a statement. "...," said They, the mayor\'s aides.',
    "He's going to say, Tom Hale, that. They’s. It's late.",
    "The News.com.au report: He.com said. he.",
    "They data show it. He data. It figures. They statistics",
    "They state media said. It officials said. We forces. She military police said.",
    "He of Boston said. They from Poland (NFP), said. She for America said.",
    "He and his wife said. They and Tom Hale told us. she and her deputy said.",
    "Tom Hale, Ann Bell and He told us. Anna Berg and She said. said Carl Holm and They.",
    "according to He, the city's lawyer. He, D-Va., said. She, R-Texas said.",
    "He; She: They\nWe\tit I",
    "Hello, Heather and Theyson said. Shed light, Items, Weather, Ithaca.",
    "for He to say. all He said. enough for they to tell.",
]
PIECES = ["He", "he", "She", "she", "They", "they", "We", "we", "I", "It", "it", "Tom Hale",
          "Ann Bell", ",", ", ", " ", "  ", "\n", "\t", ";", ":", ".", "&", "AT&", "'s", "’s", "'",
          "’", ".com", "data", "state", "media", "officials", "of", "from", "Boston", "(NFP)",
          "and", "his", "wife", "her", "deputy", "said", "told", "according to", "source",
          "close to", "such as", "Critics", "supporting", "Groups opposing", "D-Va.", "a lawyer",
          "the mayor", "for", "to say", "all", '"', "“", "Later", "Even", "who", "42"]
PRONOUN_TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=30).map("".join)


def _pronoun_spans(text: str) -> list[tuple[int, int]]:
    """Every occurrence of every word of ``BARE``, inside other words too."""
    spans = []
    for word in en_pronoun_span.BARE:
        k = text.find(word)
        while k >= 0:
            spans.append((k, k + len(word)))
            k = text.find(word, k + 1)
    return spans


def _same(text: str) -> tuple[int, int]:
    """Assert the fast path's extents; return (pronouns asked, pronouns the steps changed)."""
    asked = changed = 0
    for ms, me in _pronoun_spans(text) + [m.span() for m in re.finditer(r"\S+", text)]:
        got = en.extend_mention(text, ms, me)
        assert got == reference_extend_mention(text, ms, me), (text, ms, me, got)
        if text[ms:me] in en_pronoun_span.BARE:
            asked += 1
            changed += got != (ms, me)
    return asked, changed


def test_the_pronouns_are_no_nouns_of_the_steps():
    """What the module notes take for granted of ``BARE``: no white space, comma, apostrophe,
    digit or "&"; no head noun or noun with a person's ending (``premodifiers_before``); "we",
    "it", "I" name openers, "he", "she", "they" not (``_all_capitalised`` as the steps read it);
    a capitalised one of two letters or more is what ``_ONE_CAPITALISED`` matches."""
    for word in en_pronoun_span.BARE:
        assert re.fullmatch(r"[A-Za-z]+", word)
        low = word.lower()
        assert low not in en._HEADS and not en_clause._PERSON_ENDING.search(low)
        assert low not in en._FLOATING and low not in en_clause._DOCUMENTS
        if word[0].isupper():
            assert (en._ONE_CAPITALISED.fullmatch(word) is not None) == (len(word) > 1)


@pytest.mark.parametrize("text", SENTENCES)
def test_written_sentences_give_the_reference_extents(text):
    _same(text)


def test_steps_that_change_a_pronoun_still_run():
    """The pronoun's steps still run: a coordination, a group, a list before it, a possessive,
    "&" before it, a description before it each widen it, as the reference does."""
    for text in ("He and his wife said.", "They state media said.",
                 "Tom Hale, Ann Bell and They told us.", "They's going to say, Tom Hale, that.",
                 "AT&They said it.", "The city's lawyer, They said."):
        ms = text.index("They") if "They" in text else text.index("He")
        me = ms + (4 if text[ms:ms + 4] == "They" else 2)
        got = en.extend_mention(text, ms, me)
        assert got != (ms, me) and got == reference_extend_mention(text, ms, me), (text, got)


@SETTINGS
@given(PRONOUN_TEXTS | TEXTS)
def test_generated_texts_give_the_reference_extents(text):
    _same(text)


def test_real_news_gives_the_reference_extents(shared_dir):
    """Every pronoun and every word of 80 Wikinews texts as a mention."""
    csv.field_size_limit(sys.maxsize)
    asked = changed = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 80:
                break
            a, c = _same(row["text"])
            asked += a
            changed += c
    assert asked > 1000 and changed > 0
