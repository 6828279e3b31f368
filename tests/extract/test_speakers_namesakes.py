"""A registry surname does not take a person whose other first name the text gives: «Ярослав
Песков», "Yaroslav Peskov" and "Ivanka Trump" are not Dmitry Peskov or Donald Trump
(``actors.mentions.first_name_before`` for Russian, ``Resolver._namesake`` for a mention's
capitalised word before the surname). A wrong camp is worse than ``unknown``."""

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.actors.mentions import first_name_before
from discourse.extract.attributed import extract_attributed_quotes


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def _speakers(text: str, actors) -> list[tuple[str, str]]:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    q = extract_attributed_quotes(arts, actors=actors)
    return list(zip(q["speaker"], q["camp"]))


@pytest.mark.parametrize("text,speaker", [
    # another person with the surname of a registry actor: unknown, under their own name
    ("«У нас нет денег», — сказал Ярослав Песков.", "Ярослав Песков"),
    ("Работник трубного завода Ярослав Песков заявил, что зарплату не платят.", "Ярослав Песков"),
    ('"We have not been paid for months," said Yaroslav Peskov, a factory worker.',
     "Yaroslav Peskov"),
    ('"It was a wonderful evening," Ivanka Trump said.', "Ivanka Trump"),
])
def test_a_namesake_is_not_the_registry_actor(text, speaker, actors):
    assert _speakers(text, actors) == [(speaker, "unknown")]


@pytest.mark.parametrize("text", [
    # the actor's own first name, in a case form the full aliases may lack; a title; a place
    # (not «Администрация Дональда Трампа», which is the White House: test_speakers_ru_relational)
    "По словам Дональда Трампа, пошлины вводятся с понедельника.",
    "«Мы это не комментируем», — сказал Дональд Трамп.",
    '"We will not comment," said Dmitry Peskov.',
    "«Это провокация», — сказал пресс-секретарь Кремля Песков.",
    '"This is a provocation," Kremlin spokesman Peskov said.',
    '"This is a provocation," said Foreign Minister Lavrov.',
])
def test_the_actor_with_a_title_or_own_first_name_stays(text, actors):
    [(speaker, camp)] = _speakers(text, actors)
    assert speaker in ("Donald Trump", "Dmitry Peskov", "Sergey Lavrov") and camp != "unknown"


def test_first_name_before_reads_only_first_names():
    text = "Однако Песков, Ярослав Песков и Кремля Песков"
    assert first_name_before(text, text.index("Песков")) == frozenset()
    assert "ярослав" in first_name_before(text, text.index("Песков", 10))
    assert first_name_before(text, text.rindex("Песков")) == frozenset()


@pytest.mark.parametrize("text,speaker", [
    # the namesake named once with the first name, then by the surname alone
    ("Пресс-секретарь группы Александра Панфилова, жена музыканта, сказала: «Он в сознании». "
     "Однако Панфилова уточнила, что состояние музыканта остаётся тяжёлым.",
     "Александра Панфилова"),
    ("«Зарплату не платят полгода», — рассказал работник завода Ярослав Песков. "
     "По словам Пескова, рабочие готовят забастовку.", "Ярослав Песков"),
    ('"We have not been paid," said Yaroslav Peskov, a factory worker. '
     'Peskov said that the workers would strike.', "Yaroslav Peskov"),
])
def test_the_surname_alone_later_is_the_namesake(text, speaker, actors):
    # the speaker is the namesake's full name, or (an oblique case, «Пескова») the surname as
    # written; never the registry actor
    got = _speakers(text, actors)
    assert got[0] == (speaker, "unknown")
    assert all(camp == "unknown" and name in (speaker, speaker.split()[-1] + "а")
               for name, camp in got[1:])


@pytest.mark.parametrize("text,actor", [
    # the article names the actor by its own first name as well: the registry's reading stands
    ("Дмитрий Песков прокомментировал слова однофамильца Ярослава Пескова. "
     "«Мы не знакомы», — сказал Песков.", "Dmitry Peskov"),
    # a sentence or a headline opening with a capitalised word is no first name
    ('Donald Trump spoke on Monday. While Trump said that talks would go on, aides disagreed.',
     "Donald Trump"),
    # a title before the surname: the registry's actor ("President Trump", not Ivanka)
    ('Ivanka Trump attended. "We will win," President Trump said.', "Donald Trump"),
])
def test_the_actor_named_in_full_or_with_a_title_keeps_the_surname(text, actor, actors):
    assert (actor, "western" if actor == "Donald Trump" else "russian_official") in \
        _speakers(text, actors)


@pytest.mark.parametrize("surname,full,same", [
    ("Прусенковой", "Надежда Прусенкова", True),
    ("Собянина", "Сергей Собянин", True),
    ("Сотникову", "Аделина Сотникова", True),
    ("Ефимов", "Юлия Ефимова", False),  # another gender: another person
    ("Иванов", "Мария Иванова", False),
    ("Армстронг", "Лэнса Армстронга", False),  # the full name not in the nominative
])
def test_russian_surname_forms(surname, full, same):
    from discourse.extract.speakers.lang.ru import RUSSIAN
    assert RUSSIAN.surname_form(surname, full) is same


def test_a_declined_surname_takes_the_full_name_of_the_article(actors):
    text = ("Адвокат Надежда Прусенкова обжаловала приговор. По словам Прусенковой, суд не "
            "учёл показания свидетелей.")
    assert _speakers(text, actors) == [("Надежда Прусенкова", "unknown")]
