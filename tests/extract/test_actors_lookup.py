"""Alias lookup (discourse.extract.actors.lookup): spellings, titles, the fuzzy fallback and its
date-free caches, against the plain lookup they replaced (tests/reference/actors_lookup.py)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from discourse.extract.actors import (
    Actor,
    ActorRegistry,
    Role,
    load_actors,
    normalise_name,
)
from discourse.extract.actors.lookup import TITLES, surnames_apart
from discourse.extract.actors.names import ORG_VOICES
from tests.reference.actors_lookup import ref_fuzzy, ref_lookup
from tests.reference.actors_mentions import ref_find_mentions, single_pattern

SEED = "2020-09-20"  # date of the seed article
DAYS = (None, dt.date(2005, 1, 1), dt.date(2012, 5, 1), dt.date(2020, 8, 20), dt.date(2024, 3, 1))


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


def name_of(actor: Actor | None) -> str | None:
    return None if actor is None else actor.name


@pytest.mark.parametrize(
    "name, canonical",
    [
        # the seed article's actors
        ("Dmitry Peskov", "Dmitry Peskov"),
        ("Peskov", "Dmitry Peskov"),
        ("Mr. Putin", "Vladimir Putin"),
        ("President Putin", "Vladimir Putin"),
        ("Anton Siluanov", "Anton Siluanov"),
        ("Lukashenka", "Alexander Lukashenko"),
        ("Alyaksandr Lukashenka", "Alexander Lukashenko"),
        ("President Lukashenko", "Alexander Lukashenko"),
        ("Tikhanovskaya", "Svetlana Tikhanovskaya"),
        ("Tsikhanouskaya", "Svetlana Tikhanovskaya"),
        ("Tihanovskaya", "Svetlana Tikhanovskaya"),
        ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
        ("Linkevičius", "Linas Linkevičius"),
        ("Linkevicius", "Linas Linkevičius"),
        ("Linas Linkevicius (@LinkeviciusL)", "Linas Linkevičius"),
        ("State Department", "U.S. Department of State"),
        ("the U.S. State Department", "U.S. Department of State"),
        ("US Department of State", "U.S. Department of State"),
        ("Central Election Commission", "Central Election Commission of Belarus"),
        ("Nathan Sayles", "Nathan Sales"),
        ("Coordination Council", "Coordination Council"),
        # UN General Debate spellings
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Mr. Sergey Lavrov", "Sergey Lavrov"),
        ("Gitanas Nausėda", "Gitanas Nausėda"),
        ("Gitanas Nauseda", "Gitanas Nausėda"),
        ("Mr. Vladamir Makei", "Vladimir Makei"),
        ("Mr. Vladimir Makei", "Vladimir Makei"),
        ("Frank Walter Steinmeier", "Frank-Walter Steinmeier"),
        ("Joseph R. Biden, Jr", "Joe Biden"),
        ("Mr. Petro Poroshenk", "Petro Poroshenko"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Elizabeth Truss", "Liz Truss"),
        ("Jean Yves Le Drian", "Jean-Yves Le Drian"),
        ("Ms. Dalia Grybauskaitė", "Dalia Grybauskaitė"),
        ("Bronislaw Komorowski", "Bronisław Komorowski"),
        ("Edgars Rinkevics", "Edgars Rinkēvičs"),
        # appositive role words before a person's name are ignored
        ("Russian Finance Minister Anton Siluanov", "Anton Siluanov"),
        ("the press secretary of the President of Russia Dmitry Peskov", "Dmitry Peskov"),
    ],
)
def test_lookup_spelling_variants(reg, name, canonical):
    assert name_of(reg.lookup(name, on=SEED)) == canonical


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("Tikhanovskya", "Svetlana Tikhanovskaya"),  # not an alias: one edit away
        ("Stoltenburg", "Jens Stoltenberg"),
        ("Sergey Lavrow", "Sergey Lavrov"),
    ],
)
def test_lookup_fuzzy_fallback(reg, name, canonical):
    assert normalise_name(name) not in {normalise_name(a) for a in reg.lookup(name).aliases}
    assert name_of(reg.lookup(name)) == canonical


@pytest.mark.parametrize(
    "name",
    [
        "Peskova",  # feminine form of another surname, not Peskov
        "Lavrova",
        "Zelenska",
        "Michael",  # a first name one edit from "Michel" (which is not an alias)
        "Maria",
        "John Miller",
        "",
        "the wife of Putin",
        # words before a name are stripped only to find a person, never an organisation
        "head of the Russian Foreign Ministry",
    ],
)
def test_lookup_unknown_or_not_a_name(reg, name):
    assert reg.lookup(name) is None


def test_lookup_is_cached_and_deterministic(reg):
    first = reg.lookup("Mr. Vladamir Makei", on="2018-09-28")
    assert reg.lookup("Mr. Vladamir Makei", on=dt.date(2018, 9, 28)) is first
    assert ("Mr. Vladamir Makei", dt.date(2018, 9, 28)) in reg.alias_lookup._lookup_cache


def test_registry_constructor_refuses_shared_alias():
    a = Actor("A B", "person", None, ("AB",), "other", None, (), ())
    b = Actor("C D", "person", None, ("a.b.",), "other", None, (), ())
    with pytest.raises(ValueError, match="Alias 'a.b.' of 'C D' is also an alias of 'A B'"):
        ActorRegistry([a, b])


# --- speed-ups that must not change results ----------------------------------------------------


def test_lookup_and_fuzzy_tokens_equal_the_per_date_answers(reg):
    rng = random.Random(4)
    names = [a for x in reg.actors for a in (x.name, *x.aliases)]
    queries = ["Mr. Vladamir Makei", "Tihanovskaya", "Peskova", "Finance Minister Anton Siluanov",
               "head of the Russian Foreign Ministry", "Joseph R. Biden, Jr", "Nobody Atall"]
    for name in rng.sample(names, 150):
        chars = list(name)
        for _ in range(rng.randint(0, 2)):
            chars[rng.randrange(len(chars))] = rng.choice("aeiouy")
        queries.append("".join(chars))
    fresh = load_actors()
    for q in queries:
        for day in DAYS:
            assert fresh.lookup(q, on=day) == ref_lookup(reg, q, day), (q, day)
    lookup = reg.alias_lookup
    for token in {normalise_name(q).split()[-1] for q in queries if q.strip()}:
        for day in DAYS:
            want = None
            if token not in lookup.by_key and token not in lookup.vocabulary:
                want = ref_fuzzy(reg, [token], lookup.person_tokens, day)
            assert fresh.mention_finder._fuzzy_token(token, day) == want, (token, day)


def test_fuzzy_ties_are_broken_by_the_date_as_before():
    # two surnames one edit from the query: the one in office on the date wins
    def person(name: str, start: str, end: str | None) -> Actor:
        role = Role("Minister", "western", dt.date.fromisoformat(start),
                    dt.date.fromisoformat(end) if end else None, ())
        return Actor(name, "person", "male", (name.split()[-1],), "western", None, (role,), ())

    reg = ActorRegistry([person("Ivan Abcdefghij", "2010-01-01", "2015-01-01"),
                         person("Pavel Abcdefghik", "2015-01-01", None)])
    days = (None, dt.date(2012, 1, 1), dt.date(2016, 1, 1), dt.date(2005, 1, 1))
    for day in days:
        assert reg.lookup("Abcdefghiz", on=day) == ref_lookup(reg, "Abcdefghiz", day)
        assert reg.mention_finder._fuzzy_token("abcdefghiz", day) == ref_fuzzy(
            reg, ["abcdefghiz"], reg.alias_lookup.person_tokens, day)
        assert reg.find_mentions("Abcdefghiz said.", on=day) == ref_find_mentions(
            reg, single_pattern(reg), "Abcdefghiz said.", day)
    assert [reg.lookup("Abcdefghiz", on=d) is not None for d in days] == [False, True, True, False]


def test_fuzzy_match_over_near_keys_breaks_ties_as_over_all_keys():
    # more than 20 keys within the edit limit: extract keeps the first 20 of equal distance,
    # and the length filter keeps them in order
    keys = sorted({"abcdefgh" + c for c in "abcdefghijklmnopqrstuvwxyz"}
                  | {"abcdefg" + c for c in "xyz"} | {"abcdefghijklmno" + c for c in "abcdefghij"}
                  | {"abcdefgh" + c + c for c in "klmnop"} | {"ab", "abcdefghijklmnopqrstuvwxyz"})
    reg = load_actors()
    for query in ("abcdefgh", "abcdefghij", "abcdefgx", "bcdefghij"):
        for limit in (1, 2):
            near = reg.alias_lookup._near_keys(keys, len(query), limit)
            assert process.extract(query, near, scorer=Levenshtein.distance, score_cutoff=limit,
                                   limit=20) == [
                (k, d, near.index(k)) for k, d, _ in process.extract(
                    query, keys, scorer=Levenshtein.distance, score_cutoff=limit, limit=20)]


def test_near_keys_of_the_registry_lists_equal_a_length_filter():
    reg = load_actors()
    lookup = reg.alias_lookup
    for keys in (lookup.keys, lookup.person_tokens):
        for length in range(1, 40):
            for limit in (1, 2):
                want = [k for k in keys if abs(len(k) - length) <= limit]
                assert lookup._near_keys(keys, length, limit) == want
                assert lookup._near_keys(keys, length, limit) == want  # from the cache


def test_vocabulary_holds_every_word_of_every_role_phrase(reg):
    """The appositive vocabulary (built from each distinct phrase once) holds the normalised
    words of every title and descriptor of every role, the titles, the country words and the
    organisations' voices, and nothing else."""
    lookup = reg.alias_lookup
    want = set(lookup.vocabulary)
    words = {w for actor in reg.actors for role in actor.roles
             for phrase in (role.title, *role.descriptors) for w in normalise_name(phrase).split()}
    assert words  # the registry has roles
    countries = {w for phrases in reg.countries.values() for phrase in phrases for w in phrase}
    voices = {w for voice in ORG_VOICES for w in voice.split()}
    assert want == words | set(TITLES) | countries | voices
    assert {"minister", "foreign", "russian"} <= want


def test_a_surname_two_edits_away_is_another_person():
    # "Michael Pearce, senior U.S. economist at Capital Economics" was Mike Pence (alias "Michael
    # Pence", two edits in 13 letters, both in the surname)
    reg = load_actors()
    assert reg.lookup("Michael Pearce") is None
    assert reg.lookup("Michael Pence").name == "Mike Pence"
    assert surnames_apart("michael pearce", "michael pence")
    assert not surnames_apart("volodymyr zelenskiy", "volodymyr zelensky")
    assert not surnames_apart("alexander lukashenka", "alexander lukashenko")


def test_an_abbreviation_one_letter_away_is_another_institution():
    # «МВД Украины» (the interior ministry) was the foreign ministry, «МИД Украины», one edit away
    reg = load_actors()
    assert reg.lookup("МВД Украины").name == "Ministry of Internal Affairs of Ukraine"
    assert reg.lookup("МИД Украины").name == "Ministry of Foreign Affairs of Ukraine"
    assert surnames_apart("мвд беларуси", "мид беларуси")
