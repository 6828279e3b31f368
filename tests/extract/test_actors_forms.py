"""Russian names in the registry: case forms made at load, lookups and mentions by any case."""

import pytest

from discourse.extract.actors import load_actors
from discourse.extract.actors.forms import CYRILLIC, lemma, name_forms, org_forms, word_forms
from tests.reference.actors_forms import ref_org_forms


@pytest.fixture(scope="module")
def reg():
    return load_actors()


def test_name_forms_decline_each_word_in_one_case():
    assert name_forms("Дмитрий Песков", "male")[:4] == (
        "Дмитрия Пескова", "Дмитрию Пескову", "Дмитрием Песковым", "Дмитрии Пескове")
    assert "Тихановской" in name_forms("Тихановская", "female")
    assert "Шольца" in name_forms("Шольц", "male") and "Шольцем" in name_forms("Шольц", "male")
    assert "Зеленского" in name_forms("Зеленский", "male")


def test_indeclinable_names_have_no_forms():
    assert name_forms("Лукашенко", "male") == ()
    assert name_forms("Меркель", "female") == ()  # a woman's name in a consonant
    assert name_forms("Peskov", "male") == ()  # no Cyrillic: nothing to decline


def test_initials_forms():
    forms = name_forms("Владимир Путин", "male")
    assert "В. Путин" in forms and "В. Путина" in forms


def test_org_and_country_forms():
    assert org_forms("Кремль")[:2] == ("Кремля", "Кремлю")
    assert "Государственной думы" in org_forms("Государственная дума")
    assert org_forms("МИД России") == ()  # an abbreviation and a genitive: nothing declines
    assert {"россии", "россию"} <= set(word_forms("россия"))
    assert "белорусского" in word_forms("белорусский")
    assert "российской федерации" in word_forms("российская федерация")


def test_lemma_of_description_words():
    assert [lemma(w) for w in "пресс-секретаря кремля главы".split()] == [
        "пресс-секретарь", "кремль", "глава"]


@pytest.mark.parametrize("name", [
    "Песков", "Пескова", "Пескову", "Песковым", "Дмитрий Песков", "Дмитрия Пескова", "Peskov",
    "Peskow", "Д. Пескову",
])
def test_every_form_is_one_actor(reg, name):
    assert reg.lookup(name).name == "Dmitry Peskov"


@pytest.mark.parametrize("name,actor", [
    ("Тихановской", "Svetlana Tikhanovskaya"), ("Лукашенко", "Alexander Lukashenko"),
    ("Зеленского", "Volodymyr Zelensky"), ("Шольц", "Olaf Scholz"), ("Шольца", "Olaf Scholz"),
    ("В. Путин", "Vladimir Putin"), ("Владимиром Путиным", "Vladimir Putin"),
    ("Марии Захаровой", "Maria Zakharova"),
])
def test_inflected_names_resolve(reg, name, actor):
    assert reg.lookup(name).name == actor


def test_mentions_in_running_text(reg):
    text = ("По словам Тихановской, встреча с Владимиром Зеленским прошла в Кремле. "
            "В. Путину доложили, а Лукашенко промолчал.")
    found = [(m.text, m.actor.name) for m in reg.find_mentions(text)]
    assert ("Тихановской", "Svetlana Tikhanovskaya") in found
    # the declined surname is matched (the full name's forms are lookup keys, see below)
    assert ("Зеленским", "Volodymyr Zelensky") in found
    assert ("Путину", "Vladimir Putin") in found
    assert ("Лукашенко", "Alexander Lukashenko") in found


def test_full_name_forms_when_the_surname_alone_is_no_alias(reg):
    # "Белоусов" alone is no alias (not unambiguous): his full name is matched in any case
    found = [(m.text, m.actor.name) for m in reg.find_mentions("Встреча Андрея Белоусова.")]
    assert found == [("Андрея Белоусова", "Andrei Belousov")]


def test_false_friends_are_no_actors(reg):
    # «путина» is a fishing season: a person's name is matched capitalised only
    assert reg.find_mentions("Началась путина, рыбаки вышли в море.") == []
    # «Белый дом» is the US administration or the Russian government's building: no alias,
    # a description that needs evidence of the country
    assert reg.lookup("Белый дом") is None
    assert [m.actor.name for m in reg.find_mentions("У Белого дома собрались люди.")] == []


def test_russian_descriptions_resolve_head_first(reg):
    day = "2023-05-01"
    assert reg.resolve_description("пресс-секретаря Кремля", on=day).name == "Dmitry Peskov"
    assert reg.resolve_description("президент Белоруссии", on=day).name == "Alexander Lukashenko"
    assert reg.resolve_description("глава МИД России", on=day).name == "Sergey Lavrov"
    # a head of another gender does not fit: «представительница» is no man
    assert not reg.compatible(reg.lookup("Дмитрий Песков"), "представительница Кремля", on=day)


def test_russian_country_words_in_any_case_and_lower_case(reg):
    codes = [c for _, c in reg.country_mentions("Президент Белоруссии и российский лидер в США")]
    assert codes == ["BLR", "RUS", "USA"]


def test_org_forms_equal_the_uncached_build_on_the_registry_and_variants():
    """Each word's cases are made once and shared across names: the forms of every
    organisation alias of the registry, and of the same names re-cased, reordered and cut,
    equal those of the build that inflected every name anew (tests/reference/actors_forms.py)."""
    reg = load_actors()
    aliases = [a for actor in reg.actors if actor.kind == "organisation"
               for a in (actor.name, *actor.aliases) if CYRILLIC.search(a)]
    assert len(aliases) > 100
    variants = set(aliases)
    for a in aliases:
        words = a.split()
        variants.update({a.upper(), a.lower(), a.title(), " ".join(reversed(words)),
                         " ".join(words[:1]), " ".join(words[1:])})
    variants.update({"Государственная дума", "Министерство иностранных дел", "Кремль",
                     "Белый дом", "Совет Федерации", "МИД России", "Новая газета", "Ёлка"})
    checked = 0
    for name in sorted(v for v in variants if v.strip()):
        assert org_forms(name) == ref_org_forms(name), name
        checked += bool(org_forms(name))
    assert checked > 100  # most of them decline
