"""Country words in a text: capitalised or in capitals (Latin), any case and case form (Russian),
found the same by the fast path for texts without Cyrillic as by the whole regex."""

from __future__ import annotations

import random

import pytest

from discourse.extract.actors import load_actors
from tests.conftest import SEED_TEXT
from tests.reference.actors_countries import ref_country_mentions


@pytest.fixture(scope="module")
def finder():
    return load_actors().country_finder


def test_country_words_are_proper_nouns(finder):
    text = "Russia's army and the US; us and western allies; Ukrainian-born, RUSSIAN FEDERATION."
    found = [(text[p:p + 6], code) for p, code in finder.mentions(text)]
    assert [code for _, code in found] == ["RUS", "USA", "RUS"]
    assert finder.mentions("российский президент и Белоруссии") == [(0, "RUS"), (23, "BLR")]


def test_mentions_equal_those_of_the_whole_regex(finder):
    words = list(finder._words)
    spelt = [w.capitalize() for w in words] + [w.upper() for w in words] + words
    seps = [" ", "  ", "\n", "-", "'s ", ", ", ".", "x", "_", "“", "\u1c80", "д", "é", ""]
    rng = random.Random(0)
    texts = [SEED_TEXT.read_text(encoding="utf-8"), "", "Russia", "-Russia", "xRussia",
             "Russia-", "ᲀелоруссия", "United  States", "United\nKingdom", "EU EUROPEAN UNION"]
    for _ in range(1500):
        texts.append("".join(rng.choice(spelt) + rng.choice(seps)
                             for _ in range(rng.randint(1, 12))))
    for text in texts:
        assert finder.mentions(text) == ref_country_mentions(finder, text), text
