"""Russian pronouns find their antecedent among real names (discourse.extract.speakers.lang.ru
``person_runs``, ``name_gender``; the resolver's gender check): a run of capitalised words is a
person only when its words read as names, in one case, outside a title in «», and a pronoun
skips a name of the other gender."""

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru_names import name_gender, person_runs


def _runs(text: str) -> list[str]:
    return [text[a:b] for a, b in person_runs(text, 0, len(text))]


@pytest.mark.parametrize("text,names", [
    # two names side by side, in different cases: two people, not one of three words
    ("Подруга покойного бизнесмена Бориса Березовского Екатерина Сабирова не верит в это.",
     ["Бориса Березовского", "Екатерина Сабирова"]),
    # a common noun before a country's name, a preposition opening a sentence: nobody
    ("МИД получил ноту Королевства Эсватини. Со Стороны Кремля ответа нет.", []),
    # a name inside a title in «» is the title's
    ("Она снималась в фильме «Возлюбленные Марии» режиссёра Андрея Кончаловского.",
     ["Андрея Кончаловского"]),
    # a first name alone names a person, but not after a place's noun
    ("Татьяна приехала из Ричмонда (штат Вирджиния).", ["Татьяна"]),
    # a surname that is a common word after a first name
    ("Так считает Таня Марш, профессор права.", ["Таня Марш"]),
    # a name only in the instrumental or the dative is an object, no antecedent
    ("Маррей одержал победу над Новаком Джоковичем и позвонил Борису Ельцину.", []),
])
def test_person_runs_are_names(text, names):
    assert _runs(text) == names


@pytest.mark.parametrize("name,gender", [
    ("Екатерина Сабирова", "female"),
    ("Борис Березовский", "male"),
    ("Олег Смирнов", "male"),
    ("Эда Гонсалеса", None),  # «Эда» a woman's name, «Гонсалес» a man's: unknown
])
def test_name_gender(name, gender):
    assert name_gender(name) == gender


TEXTS = {
    # «она» after a genitive man's name run into hers
    "friend": ("Подруга покойного бизнесмена Бориса Березовского Екатерина Сабирова не верит в "
               "версию о самоубийстве. «Он не мог этого сделать», — сказала она."),
    # a kingdom's name is no person for «он»
    "kingdom": ("Вчера Олег Смирнов направил запрос в МИД.\n\nМИД получил ноту Королевства "
                "Эсватини. «Ответ будет дан позже», — сказал он."),
    # a film's title holds no antecedent
    "film": ("Актриса Анна Иванова снималась в фильме «Возлюбленные Марии». «Я очень люблю "
             "русскую литературу», — сказала она."),
    # the nearest name is a man's: «она» goes to the woman before him
    "gender": ("На встрече выступила Елена Смирнова. Затем слово взял Игорь Козлов. «Мы готовы "
               "к переговорам», — сказала она."),
    # the opponent in the instrumental is nearer than the winner, who speaks
    "object": ("Теннисист Олег Смирнов победил в турнире. В финале он встретился с Игорем "
               "Козловым. «Я не знаю, как мне это удалось», — сказал он."),
}


@pytest.fixture(scope="module")
def speakers():
    arts = pd.DataFrame({"doc_id": list(TEXTS), "text": list(TEXTS.values())})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return {d: list(g["speaker"]) for d, g in q[q["kind"] == "direct"].groupby("doc_id")}


@pytest.mark.parametrize("doc,speaker", [
    ("friend", "Екатерина Сабирова"),
    ("kingdom", "Олег Смирнов"),
    ("film", "Анна Иванова"),
    ("gender", "Елена Смирнова"),
    ("object", "Олег Смирнов"),
])
def test_pronoun_takes_a_real_name_of_its_gender(speakers, doc, speaker):
    assert speakers[doc] == [speaker]


CARRY = {
    # a new person named in the paragraph of an unattributed quotation: it is not the brother's
    "sister": ("По словам свидетельницы, ночью ей позвонил младший брат Пётр и сказал: «Я, "
               "кажется, её убил».\n\nТатьяна приехала в квартиру и так описывает увиденное: "
               "«Я всё увидела сразу»."),
    # the same person named again, in another case: the next paragraph's quotation continues
    "same": ("«Мы не отступим», — заявил Иван Петров журналистам.\n\nВ партии Ивана Петрова "
             "так описывают план: «Решение уже принято»."),
}


@pytest.fixture(scope="module")
def carried():
    arts = pd.DataFrame({"doc_id": list(CARRY), "text": list(CARRY.values())})
    q = extract_attributed_quotes(arts, actors=load_actors())
    q = q[q["kind"] == "direct"].sort_values(["doc_id", "start"])
    return {d: list(zip(g["speaker_mention"], g["attribution"], strict=True))
            for d, g in q.groupby("doc_id")}


def test_a_new_name_stops_the_carry_to_the_next_paragraph(carried):
    first, second = carried["sister"]
    assert first[0] == "младший брат Пётр"
    assert second[0] != "младший брат Пётр" and second[1] != "continuation"


def test_the_same_name_in_another_case_continues(carried):
    assert carried["same"] == [("Иван Петров", "cue_after"), ("Иван Петров", "continuation")]
