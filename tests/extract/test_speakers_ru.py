"""Russian speaker rules (discourse.extract.speakers.lang.ru) and a corpus mixing English and
Russian: one actor and one camp across both languages, evidence required in either."""

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang import speaker_language
from discourse.extract.speakers.lang.ru import RUSSIAN

EN = ('Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks had failed. '
      '"We see no progress at all," Peskov said. Belarusian leader Alexander Lukashenko said '
      'the sanctions were "illegal and pointless". "We are ready to fight," Volodymyr Zelensky '
      'said.')
RU = ('Пресс-секретарь президента России Дмитрий Песков заявил журналистам в понедельник, что '
      'переговоры зашли в тупик. «Мы не видим никакого прогресса», — сказал Песков. По словам '
      'Лукашенко, санкции «незаконны и бессмысленны».\n\n'
      '«Мы готовы сражаться», — заявил Владимир Зеленский.\n\n'
      'Представитель Кремля также отметил, что Москва готова к диалогу. «Мы открыты», — '
      'добавил он.')
RU_FEMALE = ('Официальный представитель МИД России Мария Захарова заявила, что Запад «ничего '
             'не понял». Глава МИД Литвы Габриэлюс Ландсбергис ответил на это резко. '
             '«Это провокация», — сказала она.')
RU_NOBODY = ('Пресс-секретарь заявил журналистам, что переговоры продолжатся. «Мы работаем над '
             'этим», — сказал пресс-секретарь. Глава МИД заявил, что «решение принято».')


@pytest.fixture(scope="module")
def quotes():
    arts = pd.DataFrame({"doc_id": ["en1", "ru1", "ru2", "ru3"], "date": ["2023-03-01"] * 4,
                         "text": [EN, RU, RU_FEMALE, RU_NOBODY]})
    return extract_attributed_quotes(arts, actors=load_actors())


def test_russian_is_a_speaker_language():
    assert speaker_language("ru") is RUSSIAN and speaker_language("ru-RU") is RUSSIAN


def test_quotes_table_has_the_language_of_each_article(quotes):
    assert dict(zip(quotes["doc_id"], quotes["lang"], strict=True)) == {
        "en1": "en", "ru1": "ru", "ru2": "ru", "ru3": "ru"}


@pytest.mark.parametrize("actor,camp", [
    ("Dmitry Peskov", "russian_official"),
    ("Alexander Lukashenko", "belarusian_official"),
    ("Volodymyr Zelensky", None),
])
def test_one_actor_and_one_camp_across_languages(quotes, actor, camp):
    rows = quotes[quotes["speaker"] == actor]
    assert set(rows["lang"]) == {"en", "ru"}  # quoted in both languages
    assert rows["camp"].nunique() == 1  # and in one camp in both
    if camp is not None:
        assert rows["camp"].iloc[0] == camp


def test_inflected_mention_resolves(quotes):
    ru = quotes[quotes["doc_id"] == "ru1"]
    row = ru[ru["text"].str.contains("бессмысленны")].iloc[0]
    assert row["speaker_mention"] == "Лукашенко" and row["speaker"] == "Alexander Lukashenko"


def test_description_named_before_and_pronoun(quotes):
    ru = quotes[quotes["doc_id"] == "ru1"]
    desc = ru[ru["text"].str.contains("готова к диалогу")].iloc[0]
    assert desc["speaker_mention"] == "Представитель Кремля"
    assert desc["speaker"] == "Dmitry Peskov" and desc["attribution"] == "role_description"
    he = ru[ru["text"] == "Мы открыты"].iloc[0]
    assert he["speaker_mention"] == "он" and he["speaker"] == "Dmitry Peskov"


def test_she_skips_the_man_named_in_between(quotes):
    row = quotes[(quotes["doc_id"] == "ru2") & (quotes["text"] == "Это провокация")].iloc[0]
    assert row["speaker_mention"] == "она" and row["speaker"] == "Maria Zakharova"


def test_description_without_the_actor_named_stays_unknown(quotes):
    # «пресс-секретарь», «глава МИД»: no name, no country in the article: nobody's camp
    ru = quotes[quotes["doc_id"] == "ru3"]
    assert len(ru) >= 2
    assert (ru["camp"] == "unknown").all() and (ru["speaker"] == "").all()


def test_pronoun_classes_from_the_pronoun_or_the_verb():
    pc = RUSSIAN.pronoun_class
    assert pc("он", "", 0) == "male" and pc("её", "", 0) == "female" and pc("их", "", 0) == "plural"
    text = "это заявила"
    assert pc("это", text, 3) == "female"
    assert pc("Песков", "", 0) is None


def test_descriptions_and_names():
    assert RUSSIAN.is_description("пресс-секретарь Кремля")
    assert RUSSIAN.is_description("Полиция")  # a role noun opening a sentence
    assert not RUSSIAN.is_description("Дмитрий Песков")
    # an appositive name heads the mention; a name in the genitive after a relational head does not
    m = "пресс-секретарь Кремля Дмитрий Песков"
    assert RUSSIAN.name_heads(m, m.index("Дмитрий"), len(m))
    m = "пресс-секретарь Путина"
    assert not RUSSIAN.name_heads(m, m.index("Путина"), len(m))
    m = "соратники Навального"
    assert not RUSSIAN.name_heads(m, m.index("Навального"), len(m))


@pytest.mark.parametrize("written,nominative", [
    ("Кирилла Бородина", "Кирилл Бородин"),
    ("Болгарии Бойко Борисов", "Бойко Борисов"),
    ("Башаром Асадом", "Башар Асад"),
    ("Иван Петров", "Иван Петров"),
    # whose biographer, then the name (round 11, dev7); a patronymic after a first name stays
    ("Баффета Энди Килпатрик", "Энди Килпатрик"),
    ("Ивана Петровича Сидорова", "Иван Петрович Сидоров"),
])
def test_unknown_names_in_the_nominative(written, nominative):
    assert RUSSIAN.normal_name(written) == nominative


def test_media_are_not_speakers():
    reg = load_actors()
    assert reg.is_medium("ТАСС") and reg.is_medium("Интерфакс") and reg.is_medium("Коммерсантъ")


def test_two_coordinated_names_are_not_one_speaker():
    # «Трамп и Путин заявили»: a joint statement is neither actor's alone
    m = "Трамп и Путин"
    assert not RUSSIAN.name_heads(m, m.index("Путин"), len(m))
    q = extract_attributed_quotes(pd.DataFrame({
        "doc_id": ["a"], "lang": ["ru"],
        "text": ["Трамп и Путин заявили: «Мы готовы к сотрудничеству»."]}), actors=load_actors())
    assert list(q["speaker_mention"]) == ["Трамп и Путин"]
    assert list(q["camp"]) == ["unknown"]
