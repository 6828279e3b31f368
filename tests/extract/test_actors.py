"""The actor registry: loading and validating actors.yaml, lookup, mentions, camps by date,
role descriptions, media, and resolving a statements table."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from discourse.core.schema import CAMPS
from discourse.extract.actors import (
    Actor,
    ActorRegistry,
    Role,
    load_actors,
    normalise_name,
    resolve_actors,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = "2020-09-20"  # date of the seed article


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


def name_of(actor: Actor | None) -> str | None:
    return None if actor is None else actor.name


# ------------------------------------------------------------------------------ shipped file


def test_shipped_registry_loads_and_is_well_formed(reg):
    assert len(reg.actors) >= 200
    assert len(reg.media) >= 50
    names = [a.name for a in reg.actors]
    assert len(names) == len(set(names))
    for actor in reg.actors:
        assert actor.camp in CAMPS
        assert actor.kind in {"person", "organisation"}
        if actor.kind == "organisation":
            assert actor.gender is None
        for role in actor.roles:
            assert isinstance(role, Role) and role.camp in CAMPS
            assert role.start is None or role.end is None or role.start < role.end
            assert all(d == d.lower() for d in role.descriptors)


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
    assert ("Mr. Vladamir Makei", dt.date(2018, 9, 28)) in reg._lookup_cache


# ------------------------------------------------------------------------------ camps by date


@pytest.mark.parametrize(
    "name, on, camp",
    [
        ("Vladimir Makei", "2020-09-25", "belarusian_official"),
        ("Linas Linkevičius", "2020-09-20", "western"),  # foreign minister 2012-12-13 .. 2020-12-11
        ("Linas Linkevičius", "2020-12-11", "other"),  # the successor's first day
        ("Linas Linkevičius", "2021-06-01", "other"),
        ("Linas Linkevičius", "2012-12-13", "western"),
        ("Theresa May", "2017-09-20", "western"),
        ("Theresa May", "2021-01-01", "other"),
        ("Petro Poroshenko", "2016-09-21", "ukrainian_official"),
        ("Petro Poroshenko", "2020-09-21", "other"),
        ("Donald Tusk", "2016-09-20", "western"),  # President of the European Council
        ("Sergey Lavrov", "2024-09-28", "russian_official"),
        ("Svetlana Tikhanovskaya", "2020-09-20", "opposition"),
        ("Central Election Commission of Belarus", "2020-08-10", "belarusian_official"),
        ("Wang Yi", "2019-09-27", "other"),
    ],
)
def test_camp_of_depends_on_role_dates(reg, name, on, camp):
    assert reg.camp_of(reg.lookup(name), on=on) == camp


def test_camp_of_without_date_is_the_latest_role_camp(reg):
    linas = reg.lookup("Linas Linkevičius")
    assert linas.camp == "other"  # out of office
    assert reg.camp_of(linas, on=pd.Timestamp("2019-05-05")) == "western"
    assert reg.camp_of(linas, on="2023-01-01") == "other"
    # an undated article: the most recent office is the best guess, not the out-of-office camp
    assert reg.camp_of(linas) == "western"
    assert reg.camp_of(linas, on=float("nan")) == "western"
    with pytest.raises(ValueError, match="Date 'yesterday' is not understood"):
        reg.camp_of(linas, on="yesterday")


# ------------------------------------------------------------------------------ descriptions


@pytest.mark.parametrize(
    "name, description, on, expected",
    [
        ("Linas Linkevičius", "the Lithuanian diplomat", SEED, True),
        ("Vladimir Putin", "the Lithuanian diplomat", SEED, False),
        ("Linas Linkevičius", "the Lithuanian diplomat", "2022-01-01", False),  # out of office
        ("Linas Linkevičius", "the former Lithuanian foreign minister", "2022-01-01", True),
        ("Linas Linkevičius", "the former Lithuanian foreign minister", SEED, False),
        (
            "Linas Linkevičius",
            "the head of the Ministry of Foreign Affairs of the Baltic Republic",
            SEED,
            True,
        ),
        ("Anton Siluanov", "the head of the Ministry of Finance", SEED, True),
        ("Dmitry Peskov", "the head of the Ministry of Finance", SEED, False),
        ("Dmitry Peskov", "the Kremlin spokesman", SEED, True),
        ("Dmitry Peskov", "the presidential press secretary", SEED, True),
        ("Dmitry Peskov", "the Russian President", SEED, False),
        ("Dmitry Peskov", "the spokeswoman", SEED, False),  # gendered head
        ("Maria Zakharova", "the spokeswoman", SEED, True),
        ("Svetlana Tikhanovskaya", "the ex-presidential candidate", SEED, True),
        ("Svetlana Tikhanovskaya", "the former Belarusian presidential candidate", SEED, True),
        ("Vladimir Putin", "the ex-presidential candidate", SEED, False),
        ("Anton Siluanov", "the minister", SEED, True),
        ("Vladimir Putin", "the minister", SEED, False),
        ("Vladimir Putin", "the leaders", SEED, True),
        ("Vladimir Putin", "Russian President Vladimir Putin", SEED, True),
        ("Vladimir Putin", "Russian Finance Minister Anton Siluanov", SEED, False),
        ("U.S. Department of State", "the press service of the State Department", SEED, True),
        ("U.S. Department of Defense", "the press service of the State Department", SEED, False),
        ("Vladimir Putin", "he", SEED, False),
    ],
)
def test_compatible(reg, name, description, on, expected):
    assert reg.compatible(reg.lookup(name), description, on=on) is expected


@pytest.mark.parametrize(
    "description, on, expected",
    [
        ("Russian President", "2020-09-20", "Vladimir Putin"),
        ("the Russian president", "2010-01-01", "Dmitry Medvedev"),
        ("the press service of the State Department", SEED, "U.S. Department of State"),
        ("the Central Election Commission", SEED, "Central Election Commission of Belarus"),
        ("the Kremlin spokesman", SEED, "Dmitry Peskov"),  # a person before a generic voice
        ("the Lithuanian diplomat", SEED, "Linas Linkevičius"),
        ("the ex-presidential candidate", SEED, "Svetlana Tikhanovskaya"),
        ("the Belarusian leader", SEED, "Alexander Lukashenko"),
        ("the Russian foreign minister", "2019-09-27", "Sergey Lavrov"),
        ("the German chancellor", "2019-01-01", "Angela Merkel"),
        ("the German chancellor", "2023-01-01", "Olaf Scholz"),
        ("the NATO chief", "2020-01-01", "Jens Stoltenberg"),
        ("the NATO chief", "2025-01-01", "Mark Rutte"),
        ("the minister", SEED, None),  # many ministers
        ("the head of state", SEED, None),
        ("the Russian president", None, None),  # Putin and Medvedev when no date is known
        ("the dentist", SEED, None),
    ],
)
def test_resolve_description(reg, description, on, expected):
    assert name_of(reg.resolve_description(description, on=on)) == expected


# ------------------------------------------------------------------------------ mentions


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
    regex = reg._mention_regex()
    reg.find_mentions("Peskov said.")
    assert reg._mention_regex() is regex
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


# ------------------------------------------------------------------------------ media


@pytest.mark.parametrize(
    "name, expected",
    [
        ("RIA Novosti", True),
        ("RBC", True),
        ("CNN", True),
        ("Twitter", True),
        ("TV channel Russia 1", True),
        ('the TV channel "Russia 1"', True),
        ("his Telegram channel", True),
        ("Interfax news agency", True),
        ("Peskov", False),
        ("the Kremlin", False),
        ("Russia", False),
    ],
)
def test_is_medium(reg, name, expected):
    assert reg.is_medium(name) is expected


# ------------------------------------------------------------------------------ resolve_actors


def test_resolve_actors_on_a_statements_table(reg):
    table = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "speaker": ["Mr. Sergey Lavrov", "Mrs. Theresa May", "Jane Nobody", None],
            "date": ["2019-09-27", "2021-01-05", "2020-01-01", "2020-01-01"],
            "text": ["...", "...", "...", "..."],
        },
        index=[10, 11, 12, 13],
    )
    out = resolve_actors(table, reg)
    assert list(out.index) == [10, 11, 12, 13]
    assert out["speaker_raw"].tolist() == table["speaker"].tolist()
    assert out["speaker"].tolist()[:3] == ["Sergey Lavrov", "Theresa May", "Jane Nobody"]
    assert pd.isna(out["speaker"].iloc[3])
    assert out["camp"].tolist() == ["russian_official", "other", "unknown", "unknown"]
    assert "camp" not in table.columns  # the input is not modified
    out2 = resolve_actors(table.rename(columns={"speaker": "who"}), reg, name_col="who",
                          date_col=None)
    assert out2["who"].tolist()[:2] == ["Sergey Lavrov", "Theresa May"]
    assert out2["camp"].tolist()[:2] == ["russian_official", "western"]  # undated: latest role
    with pytest.raises(ValueError, match="column 'when' not in the table"):
        resolve_actors(table, reg, date_col="when")


def test_every_ungdc_speaker_resolves_to_the_delegation_camp(reg):
    meta = SHARED / "corpora" / "ungdc_2014_2024" / "metadata.csv"
    if not meta.exists():
        pytest.skip("/work/shared (UN General Debate corpus) is not present")
    expected = {"RUS": "russian_official", "BLR": "belarusian_official",
                "UKR": "ukrainian_official", "CHN": "other"}
    western = {"USA", "GBR", "FRA", "DEU", "POL", "LTU", "LVA", "EST", "EU"}
    with meta.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r["speaker"] and (r["iso3"] in expected or r["iso3"] in western)]
    assert len(rows) >= 130
    table = pd.DataFrame({
        "speaker": [r["speaker"] for r in rows],
        # the General Debate opens in the second half of September
        "date": [f"{r['year']}-09-25" for r in rows],
    })
    out = resolve_actors(table, reg)
    failures = []
    for r, (_, row) in zip(rows, out.iterrows(), strict=True):
        want = expected.get(r["iso3"], "western")
        actor = reg.lookup(r["speaker"])
        # every spelling is an alias (titles and "Jr" aside): fuzzy matching is not the plan
        key = normalise_name(re.sub(r"^(?:Mr|Mrs|Ms)\.?\s+", "", r["speaker"]))
        key = re.sub(r" jr$", "", key)
        is_alias = actor is not None and key in {
            normalise_name(a) for a in (actor.name, *actor.aliases)
        }
        if row["camp"] != want or not is_alias:
            failures.append((r["doc_id"], r["speaker"], row["speaker"], row["camp"]))
    assert failures == []


# ------------------------------------------------------------------------------ validation


GOOD = """
countries:
  RUS: {name: Russia, words: [russian]}
role_types:
  press_secretary: [spokesman]
actors:
  - name: Vladimir Putin
    kind: person
    gender: male
    country: RUS
    camp: russian_official
    aliases: [Putin]
  - name: Dmitry Peskov
    kind: person
    gender: male
    country: RUS
    camp: russian_official
    aliases: [Peskov]
    roles:
      - {title: Press Secretary, camp: russian_official, start: 2012-05-22, type: press_secretary}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ValueError) as info:
        load_actors(write(tmp_path, text))
    return str(info.value)


def test_small_valid_file_loads(tmp_path):
    reg = load_actors(write(tmp_path, GOOD))
    peskov = reg.lookup("peskov")
    assert peskov.roles[0].descriptors == ("spokesman",)
    assert peskov.roles[0].start == dt.date(2012, 5, 22) and peskov.roles[0].end is None
    assert reg.compatible(peskov, "the Russian spokesman", on=SEED)


def test_error_unknown_camp(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("camp: russian_official\n    aliases: [Peskov]",
                                            "camp: russian-official\n    aliases: [Peskov]"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): 'camp' must be one of {'russian_official', "
        "'belarusian_official', 'opposition', 'western', 'ukrainian_official', 'other', "
        "'unknown'}; got 'russian-official'"
    ) in msg


def test_error_missing_name(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("  - name: Vladimir Putin\n", "  - kind: person\n")
                     .replace("    kind: person\n    gender: male\n    country: RUS\n"
                              "    camp: russian_official\n    aliases: [Putin]",
                              "    gender: male\n    country: RUS\n"
                              "    camp: russian_official\n    aliases: [Putin]"))
    assert "actors.yaml, entry 1 (no name): 'name' is required" in msg


def test_error_bad_and_reversed_role_dates(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012-05-22, end: 2010-01-01"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): role 1 ('Press Secretary'): 'end' 2010-01-01 "
        "is not after 'start' 2012-05-22 (dates reversed?)"
    ) in msg
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: '2012-13-01'"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): role 1 ('Press Secretary'): 'start' must be a "
        "date written YYYY-MM-DD; got '2012-13-01'"
    ) in msg
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012"))
    assert "'start' must be a date written YYYY-MM-DD; got 2012" in msg
    # unquoted, PyYAML itself fails on the impossible date
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012-13-01"))
    assert msg.startswith("actors.yaml: not valid YAML: month must be in 1..12")


def test_error_duplicate_alias_across_actors_after_normalisation(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("aliases: [Peskov]", "aliases: [Peskov, 'PUTIN.']"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): alias 'PUTIN.' is already used by entry 1 "
        "('Vladimir Putin') as 'Putin' (both normalise to 'putin')"
    ) in msg


def test_error_unknown_key_typo(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("aliases: [Putin]", "aliase: [Putin]"))
    assert "actors.yaml, entry 1 ('Vladimir Putin'): unknown key 'aliase' (did you mean 'aliases'?)" in msg
    msg = load_error(tmp_path, GOOD.replace("type: press_secretary}", "typ: press_secretary}"))
    assert "role 1 ('Press Secretary'): unknown key 'typ' (did you mean 'type'?)" in msg
    msg = load_error(tmp_path, GOOD + "\nactor: []\n")
    assert "actors.yaml: unknown top-level key 'actor'" in msg


def test_error_other_checks_and_all_problems_reported_at_once(tmp_path):
    bad = (GOOD.replace("gender: male\n    country: RUS\n    camp: russian_official\n    "
                        "aliases: [Putin]",
                        "gender: man\n    country: RUX\n    camp: russian_official\n    "
                        "aliases: [Putin]")
           .replace("type: press_secretary}", "type: spokesperson}")
           .replace("kind: person\n    gender: male\n    country: RUS\n    camp: russian_official\n"
                    "    aliases: [Peskov]",
                    "kind: organisation\n    gender: male\n    country: RUS\n"
                    "    camp: russian_official\n    aliases: [Peskov]"))
    msg = load_error(tmp_path, bad)
    assert msg.startswith("4 problem(s) in actors.yaml:")
    assert "entry 1 ('Vladimir Putin'): 'gender' must be one of {'female', 'male'}; got 'man'" in msg
    assert "entry 1 ('Vladimir Putin'): 'country' must be one of the codes under 'countries'" in msg
    assert "entry 2 ('Dmitry Peskov'): 'gender' must be null for an organisation; got 'male'" in msg
    assert ("role 1 ('Press Secretary'): 'type' must be one of the keys under 'role_types' "
            "{'press_secretary'}; got 'spokesperson'") in msg


def test_error_invalid_yaml_and_missing_file(tmp_path):
    msg = load_error(tmp_path, "actors: [\n")
    assert msg.startswith("actors.yaml: not valid YAML")
    with pytest.raises(FileNotFoundError, match="nowhere.yaml"):
        load_actors(tmp_path / "nowhere.yaml")


def test_registry_constructor_refuses_shared_alias():
    a = Actor("A B", "person", None, ("AB",), "other", None, (), ())
    b = Actor("C D", "person", None, ("a.b.",), "other", None, (), ())
    with pytest.raises(ValueError, match="Alias 'a.b.' of 'C D' is also an alias of 'A B'"):
        ActorRegistry([a, b])


# --- speed-ups that must not change results ----------------------------------------------------


def test_fold_substitution_equals_the_translation_table():
    import random

    from discourse.extract.actors import _FOLD_TABLE, _fold

    rng = random.Random(0)
    alphabet = [chr(c) for c in range(0x3000)] + ["\U0001d400", "ł", "—", "’", "\t", "`"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _fold(text) == text.translate(_FOLD_TABLE)
    assert _fold("Tab\tand `tick`") == "Tab and 'tick'"


def test_capitalised_long_words_equal_the_filtered_long_words():
    from discourse.extract.actors import _LONG_CAP_WORD, _LONG_WORD

    text = ("Tikhanovskaya met Lukashenko-backed officials; ÜBERSICHTLICH and Übersichtlich, "
            "lowercaseword, Kornhauser-Duda, Ǆabcdefghi ǅabcdefghi Σωκράτηςος x2Abcdefghij")
    want = [m.span() for m in _LONG_WORD.finditer(text) if m.group()[0].isupper()]
    assert [m.span() for m in _LONG_CAP_WORD.finditer(text)] == want and len(want) >= 4


def test_mentions_of_short_texts_are_cached_and_returned_as_copies():
    reg = load_actors()
    first = reg.find_mentions("Kremlin spokesman Dmitry Peskov", on="2020-08-20")
    first.clear()  # the caller may change its list: the cache must not see it
    again = reg.find_mentions("Kremlin spokesman Dmitry Peskov", on="2020-08-20")
    assert [m.actor.name for m in again] == [m.actor.name for m in reg._find_mentions(
        "Kremlin spokesman Dmitry Peskov", dt.date(2020, 8, 20))]
    assert again and again is not first


def test_cached_description_match_equals_a_fresh_registry():
    reg, fresh = load_actors(), load_actors()
    peskov = reg.lookup("Peskov")
    for desc in ("the Kremlin spokesman", "the Russian president", "the spokesman", "officials"):
        for day in (None, dt.date(2020, 8, 20), dt.date(2005, 1, 1)):
            reg.compatible(peskov, desc, on=day)  # fill the cache
            assert reg._match(peskov, desc, day) == fresh._match_uncached(peskov, desc, day, None)
            assert reg.is_medium(desc) == fresh._is_medium(desc)


def test_load_yaml_equals_safe_load_with_and_without_libyaml(monkeypatch):
    import yaml

    from discourse.core import yamlio
    from discourse.core.paths import data_file

    for name in ("actors.yaml", "cues.yaml"):
        text = data_file(name).read_text(encoding="utf-8")
        expected = yaml.safe_load(text)
        assert yamlio.load_yaml(data_file(name)) == expected
        monkeypatch.setattr(yamlio, "_LOADER", None)  # a PyYAML built without libyaml
        assert yamlio.parse_yaml(text) == expected
        monkeypatch.undo()
    # the C loader is the safe one: a Python object tag is refused, not built
    with pytest.raises(yaml.YAMLError):
        yamlio.parse_yaml("!!python/object/apply:os.system ['echo hi']")


def test_description_candidates_skip_only_actors_that_cannot_match():
    # resolve_description runs _match only on actors whose phrases share the head noun (or
    # that the description names): the same answer as trying every actor
    reg = load_actors()
    descriptions = [
        "the Kremlin spokesman", "the Russian President", "the Lithuanian diplomat",
        "the press service of the State Department", "the Belarusian leader", "the minister",
        "Kremlin spokesman Dmitry Peskov", "the former president", "a US official",
        "the head of the Central Election Commission", "the United States ambassador", "some",
    ]
    for desc in descriptions:
        for day in (None, dt.date(2020, 8, 20), dt.date(2012, 5, 1)):
            mentions = reg.find_mentions(desc, on=day)
            scored = [(s, a) for a in reg.actors
                      if (s := reg._match_uncached(a, desc, day, mentions)) is not None]
            kept = {a.name for a in reg._could_match(desc, mentions)}
            assert {a.name for _, a in scored} <= kept, desc
            top = max((s for s, _ in scored), default=None)
            winners = [a for s, a in scored if s == top]
            want = winners[0] if len(winners) == 1 else None
            key = re.sub(r"^(?:the|a|an) ", "", normalise_name(desc))
            want = reg._by_key.get(key) or want
            assert reg.resolve_description(desc, on=day) == want, (desc, day)
