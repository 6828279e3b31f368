"""The speaker rules' patterns written to open with a character
(:func:`discourse.extract.speakers.language.words_not_after`, the person runs of ``lang/en_names.py``
and ``lang/ru_names.py``) match what the patterns opening with a lookbehind matched
(``tests/reference/speakers_regexes.py``), on the seed corpus and on generated texts, over
whole texts and windows of them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from discourse.extract.speakers.lang import en_inner, en_names, ru_names
from discourse.extract.speakers.language import words_not_after
from tests.reference import speakers_regexes as ref

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"

PAIRS = {
    "en person runs": (ref.PERSON_RUN_EN, en_names._PERSON_RUN),
    "en title and surname": (ref.TITLE_SURNAME_EN, en_names._TITLE_SURNAME),
    "en naming pronoun": (ref.NAMING_EN, en_inner._NAMING),
    "en relative naming": (ref.RELATIVE_NAMING_EN, en_inner._RELATIVE_NAMING),
    "en possessive claim": (ref.POSSESSIVE_EN, en_inner._POSSESSIVE),
    "ru person runs": (ref.PERSON_RUN_RU, ru_names._PERSON_RUN),
}

# Pieces whose neighbours decide a match: capitals after a dot, an apostrophe, a hyphen, a
# digit, an underscore or a letter; titles, pronouns and relative words inside words; Cyrillic
# names; line breaks and several spaces.
PIECES = [
    "Senator", "Sen.", "Rep.", "Gov", "Governor", "President", "Minister", "Mayor", "Speaker",
    "Chairwoman", "Jane", "Roe", "Dave", "Meltzer", "McCain", "O'Brien", "Jean-Luc", "Ardern",
    "he", "she", "they", "which", "that", "whom", "what", "the", "described as", "called",
    "has called", "labelled", "referred to as", "Trump", "Obamagate", "said", "a", "U.S.",
    "Иван", "Петров", "Мария", "Прусенкова", "Песков", "в", "Москве", "сказал", "Дмитрий",
    ".", ",", "'", "’", "-", "_", "3", "x", "\n", "  ", " ", " ", " ", " ", "(", '"', "“", "”",
]


def _texts() -> list[str]:
    rng = random.Random(15)
    made = []
    for _ in range(1500):
        parts = [rng.choice(PIECES) for _ in range(rng.randint(1, 14))]
        glue = [rng.choice(["", " ", " ", " ", ".", "\n"]) for _ in parts]
        made.append("".join(p + g for p, g in zip(parts, glue)))
    # clauses that end in a naming verb, after every kind of neighbour
    for before in ("", " ", "a", "'", "’", "-", ".", "_", "t", "\n", "Mr. "):
        for word in ("he", "she", "they", "which", "that", "whom", "what", "the"):
            for name in ("", " President Trump", " Dave", " the agency"):
                for verb in (" called", " has called", " described as", " labeled"):
                    for tail in ("", " a hoax", " it, "):
                        made.append("It was " + before + word + name + verb + tail)
    # a name's claim before a that-clause or an "as", names of one to five words
    for before in ("", " ", "a", "'", "’", "-", ".", "x", "\n"):
        for name in ("Trump", "Donald J. Trump", "U.S. President Joe Biden", "Mr. Smith-Jones",
                     "A B C D E", "the Kremlin", "O'Brien"):
            for claim in ("'s claim that", "’s insistence on Friday that",
                          "'s description of the deal as", "'s latest remarks, that", "'s vow"):
                made.append("It was " + before + name + claim + " the fake news is bad")
    seed = [f.read_text(encoding="utf-8") for f in sorted(CORPUS.glob("*.txt"))]
    return seed + made


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int):
    every = [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text, lo, hi)]
    first = rx.search(text, lo, hi)
    return every, first and (first.span(), first.groups())


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_patterns_opening_with_a_character_match_what_the_lookbehind_ones_matched(name):
    old, new = PAIRS[name]
    rng = random.Random(name)
    texts = _texts()
    assert len(texts) > 1500 and any(len(t) > 2000 for t in texts)
    matched = 0
    for text in texts:
        windows = [(0, len(text))] + [tuple(sorted((rng.randrange(len(text) + 1),
                                                    rng.randrange(len(text) + 1))))
                                      for _ in range(3)]
        for lo, hi in windows:
            got = _found(new, text, lo, hi)
            assert got == _found(old, text, lo, hi), (name, text[:200], lo, hi)
            matched += len(got[0])
    assert matched > 100  # the texts hold matches to compare


def test_words_not_after_matches_a_word_only_after_another_character():
    rx = re.compile(words_not_after(("he", "she"), r"[\w'’]") + r"\b")
    assert [m.span() for m in rx.finditer("he said she; the ashe o'he she")] == [
        (0, 2), (8, 11), (27, 30)]
    # the character before the window's start counts, as it did for the lookbehind
    assert rx.search("ashe", 1) is None and rx.search(" she", 1).span() == (1, 4)
    # the pattern opens with an alternation of characters: the engine skips between them
    assert re.compile(words_not_after(("Senator", "Rep"), r"[\w.]")).pattern.startswith("(?:S(?<!")
