"""Mention finding (discourse.extract.actors.mentions): offsets, word boundaries, case, the fuzzy
single word, and the tuned scan against the plain one it replaced
(tests/reference/actors_mentions.py)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from discourse.extract.actors import ActorRegistry, load_actors
from discourse.extract.actors.mentions import (
    APOS,
    DOT,
    LONG_CAP_WORD,
    LONG_WORD,
    SEP,
    alias_matches,
    fold_noting_astral,
)
from discourse.extract.actors.names import fold, lower_same_length
from discourse.text import trie_pattern
from tests.reference.actors_mentions import (
    alias_sequences,
    ref_find_mentions,
    single_pattern,
    trie_pattern_reference,
)

REPO = Path(__file__).resolve().parents[2]
SEED = "2020-09-20"  # date of the seed article
DAYS = (None, dt.date(2005, 1, 1), dt.date(2012, 5, 1), dt.date(2020, 8, 20), dt.date(2024, 3, 1))


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


def test_find_mentions_offsets_longest_match_and_case(reg):
    text = (
        "Russian President Vladimir Putin met Lukashenka. Putin's aide said the "
        "Linkevicius\u2013Nausėda talks with Frank-Walter Steinmeier went well, and "
        "Tikhanovskya agreed. A truss bridge; Liz Truss. The U.S. State Department spoke."
    )
    found = reg.find_mentions(text, on=SEED)
    got = [(m.text, m.actor.name) for m in found]
    assert got == [
        ("Vladimir Putin", "Vladimir Putin"),  # one mention, not "Putin" inside it
        ("Lukashenka", "Alexander Lukashenko"),
        ("Putin", "Vladimir Putin"),  # possessive
        ("Linkevicius", "Linas Linkevičius"),
        ("Nausėda", "Gitanas Nausėda"),
        ("Frank-Walter Steinmeier", "Frank-Walter Steinmeier"),
        ("Tikhanovskya", "Svetlana Tikhanovskaya"),  # fuzzy single token
        ("Liz Truss", "Liz Truss"),  # lower-case "truss" is a word, not the person
        ("U.S. State Department", "U.S. Department of State"),
    ]
    for m in found:
        assert text[m.start:m.end] == m.text
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_find_mentions_hyphen_binds_but_dashes_separate(reg):
    text = ("Kremlin-backed separatists, anti-Lukashenko protesters and Agata Kornhauser-Duda; "
            "then Putin\u2014who spoke to Merkel\u2013briefly\u2014said no.")
    assert [(m.text, m.actor.name) for m in reg.find_mentions(text)] == [
        ("Putin", "Vladimir Putin"),
        ("Merkel", "Angela Merkel"),
    ]
    # a full stop ending the sentence is not part of "UN"; the dots of "U.N." are
    assert [m.text for m in reg.find_mentions("We thank the UN. The U.N. said.")] == ["UN", "U.N."]


def test_find_mentions_keeps_offsets_after_diacritics_and_builds_regex_once(reg):
    text = "Linas Linkevičius and Grybauskaitė\u00a0met Alexander Lukashenko."
    found = reg.find_mentions(text)
    assert [(text[m.start:m.end], m.actor.name) for m in found] == [
        ("Linas Linkevičius", "Linas Linkevičius"),
        ("Grybauskaitė", "Dalia Grybauskaitė"),
        ("Alexander Lukashenko", "Alexander Lukashenko"),
    ]
    regex = reg.mention_finder.regex()
    reg.find_mentions("Peskov said.")
    assert reg.mention_finder.regex() is regex
    assert reg.find_mentions(text) == found


def test_find_mentions_covers_every_gold_speaker_of_the_seed_article(reg):
    text = (REPO / "data" / "corpus" / "seed_union_state.txt").read_text(encoding="utf-8")
    gold = [
        json.loads(line)
        for line in (REPO / "tests" / "gold" / "seed_union_state.quotes.jsonl").open()
        if line.strip()
    ]
    speakers = {g["speaker"] for g in gold if g["speaker"]}
    mentioned = {m.actor.name for m in reg.find_mentions(text, on=SEED)}
    assert speakers <= mentioned
    for g in gold:
        if g["speaker"]:
            actor = reg.lookup(g["speaker"])
            assert actor is not None and actor.name == g["speaker"]
            assert reg.camp_of(actor, on=SEED) == g["camp"]
    # "Russia 1" and "civil society" are not actors
    assert not any(m.text in {"Russia 1", "civil society"} for m in reg.find_mentions(text))


# --- speed-ups that must not change results ----------------------------------------------------


def test_capitalised_long_words_equal_the_filtered_long_words():
    text = ("Tikhanovskaya met Lukashenko-backed officials; ÜBERSICHTLICH and Übersichtlich, "
            "lowercaseword, Kornhauser-Duda, Ǆabcdefghi ǅabcdefghi Σωκράτηςος x2Abcdefghij")
    want = [m.span() for m in LONG_WORD.finditer(text) if m.group()[0].isupper()]
    assert [m.span() for m in LONG_CAP_WORD.finditer(text)] == want and len(want) >= 4


def test_mentions_of_short_texts_are_cached_and_returned_as_copies():
    reg = load_actors()
    first = reg.find_mentions("Kremlin spokesman Dmitry Peskov", on="2020-08-20")
    first.clear()  # the caller may change its list: the cache must not see it
    again = reg.find_mentions("Kremlin spokesman Dmitry Peskov", on="2020-08-20")
    assert [m.actor.name for m in again] == [
        m.actor.name for m in reg.mention_finder._find_mentions(
            "Kremlin spokesman Dmitry Peskov", dt.date(2020, 8, 20))]
    assert again and again is not first


def test_trie_pattern_equals_the_recursive_builder(reg):
    seqs = alias_sequences(reg)
    assert trie_pattern(seqs) == trie_pattern_reference(seqs)
    rng = random.Random(0)
    elements = ["a", "b", "c", SEP, DOT, APOS]
    for _ in range(500):
        seqs = [tuple(rng.choice(elements) for _ in range(rng.randint(0, 5)))
                for _ in range(rng.randint(0, 8))]
        assert trie_pattern(seqs) == trie_pattern_reference(seqs), seqs


def _scramble(rng: random.Random, words: list[str], n: int) -> str:
    seps = [" ", " ", " ", "  ", "\n", "\n\n", "-", " - ", ".", ". ", "'", "’", "@", ", ", "“",
            "”", "(", ")", "_", "x", "é", "д", "\u3000", "\x1c", "\t", "\U0001d400", ""]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(n))


def test_alias_scan_equals_one_lookbehind_pattern(reg):
    regex = reg.mention_finder.regex(cyrillic=True)  # the aliases and their case forms
    single = single_pattern(reg)
    aliases = [lower_same_length(fold(a)) for x in reg.actors for a in (x.name, *x.aliases)]
    words = aliases + [w for a in aliases for w in a.split()] + ["u.s.", "the", "said", "x2"]
    rng = random.Random(1)
    texts = ["", " ", "putin", "putin putin", "u.s.putin", "-putin", "_putin", "putin-", "putin-x",
             "vladimir\nputin", "vladimir,putin", "the kremlin.", "@linkeviciusl",
             "u.n.@linkeviciusl", "(u.n.@linkeviciusl", "the u.n.@tsihanouskaya",
             "joseph r. biden jr.@linkeviciusl", "putin\u3000putin\x1cputin"]
    texts += [_scramble(rng, words, rng.randint(1, 40)) for _ in range(1500)]
    for text in texts:
        want = [(m.start(), m.end(), m.group()) for m in single.finditer(text)]
        assert list(alias_matches(regex, text)) == want, text


def test_fold_noting_astral_equals_fold_and_a_scan():
    rng = random.Random(2)
    alphabet = [chr(c) for c in range(0x3000)] + ["\U0001d400", "\U0001f600", "ł", "—", "’", "`"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert fold_noting_astral(text) == (fold(text), any(c > "\uffff" for c in text))


def test_mentions_equal_the_reference_scan(reg, seed_text):
    rng = random.Random(3)
    names = [a for x in reg.actors for a in (x.name, *x.aliases)]
    texts = [seed_text, seed_text.upper(), seed_text.lower(),
             "Tikhanovskya and Tsikhanouskaya met Svetlana Tikhanovskaya; \U0001d400 Lukashenka.",
             "\U0001d400Tikhanovskya said.", "Ǆabcdefghi Lukashenkoo and Peskova, Peskov's aide."]
    texts += [_scramble(rng, names + ["Officials", "Tikhanovskya", "Lukashenkko", "Zelenskiy"],
                        rng.randint(1, 30)) for _ in range(300)]
    single = single_pattern(reg)
    for day in DAYS[::2]:
        fresh = load_actors()
        for text in texts:
            want = ref_find_mentions(reg, single, text, day)
            assert fresh.find_mentions(text, on=day) == want, text
            assert fresh.find_mentions(text, on=day) == want, text  # from the caches


def test_mentions_in_spans_equal_those_of_the_whole_text(reg):
    rng = random.Random(7)
    names = [a for x in reg.actors for a in (x.name, *x.aliases)]
    words = names + ["Officials", "Tikhanovskya", "said", "ΑΣ", "Σ", "İstanbul", "Lukashenkko",
                     "“Putin”", "(EU)", "U.S.", "Kremlin-backed"]
    texts = [_scramble(rng, words, rng.randint(1, 40)) for _ in range(300)]
    texts += ["Putin, Lavrov; the Kremlin (EU) “Peskov” «Lukashenko» [Tikhanovskya]!",
              "ΑΣ: Putin, Σ, Lavrov", "Putin,Lavrov,\U0001d400Tikhanovskya,Peskov"]
    for day in (None, dt.date(2020, 8, 20)):
        for text in texts:
            whole = reg.find_mentions(text, on=day)
            for _ in range(4):
                start, end = sorted(rng.randint(0, len(text) + 1) for _ in range(2))
                want = [m for m in whole if start <= m.start < end]
                assert reg.find_mentions_in(text, start, end, on=day) == want, (text, start, end)
            cuts = sorted({0, len(text), *(rng.randint(0, len(text)) for _ in range(3))})
            parts = [m for a, b in zip(cuts, cuts[1:]) for m in reg.find_mentions_in(text, a, b)]
            assert parts == reg.find_mentions(text), text


def test_registries_of_the_same_actors_share_the_alias_regex():
    one, two = load_actors(), load_actors()
    assert one.mention_finder.regex() is two.mention_finder.regex()
    assert one.mention_finder.case == two.mention_finder.case
    assert one.mention_finder.regex(cyrillic=True) is two.mention_finder.regex(cyrillic=True)
    body = trie_pattern(alias_sequences(one))  # the aliases and their case forms
    assert one.mention_finder.regex(cyrillic=True).pattern == (
        r"[^A-Za-z0-9_\-](?<![\w-])(" + body + r")(?![\w]|-\w)")
