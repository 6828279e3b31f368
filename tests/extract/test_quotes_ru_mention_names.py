"""The name that says who a described Russian speaker is (``quotes/lang/ru/mention.py``, round
sixteen): a name in apposition after a comma, a participle's phrase before the name, a relation
in brackets after it. Short news sentences of our own, built on constructions of the dev10 and
dev9 Wikinews articles; the negatives keep a title, a second person and a place's gloss."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


@pytest.mark.parametrize(("text", "mention"), [
    ("«Теперь и уехать спокойно можно», — сказал один из жителей, 70-летний Иван Петров.",
     "один из жителей, 70-летний Иван Петров"),
    ("Выступавший, 35-летняя Анна Смирнова, заявила, что митинг продолжится до вечера.",
     "Выступавший, 35-летняя Анна Смирнова"),
    ("«Мы не уйдём», — сказал председатель совета, Олег Громов.",
     "председатель совета, Олег Громов"),
], ids=["age-and-name", "before-the-verb", "name-alone"])
def test_a_name_in_apposition_ends_the_mention(text, mention):
    assert mentions(text) == [mention]


def test_a_second_person_after_a_named_speaker_is_no_apposition():
    # the mention holds a name already: the capitalised words after the comma are someone else
    text = "«Мы уйдём», — сказал министр Иванов, Пётр Сидоров промолчал."
    assert mentions(text) == ["министр Иванов"]


def test_a_participle_phrase_before_the_name_is_dropped():
    text = ("Окружённый журналистами Смирнов сказал, что переговоры продолжатся в понедельник.")
    assert mentions(text) == ["Смирнов"]
    text = ("Уже в аэропорту окруженный репортерами Петров сказал, что визит пройдёт по плану.")
    assert mentions(text) == ["Петров"]


@pytest.mark.parametrize("text", [
    "Как сообщил исполняющий обязанности главы правительства Чувашии Олег Николаев, завод "
    "откроют в мае.",
    "Назначенный министр Иванов заявил, что реформа продолжится.",
], ids=["active-participle-title", "participle-of-the-head-noun"])
def test_a_title_opened_by_a_participle_is_kept(text):
    got = mentions(text)
    assert len(got) == 1 and got[0].split()[0] in ("исполняющий", "Назначенный")


def test_a_relation_in_brackets_after_a_name_is_dropped():
    text = ("Ольга Иванова (мать задержанного студента) сообщила журналистам, что сына отпустили "
            "под залог.")
    assert mentions(text) == ["Ольга Иванова"]


def test_a_place_gloss_in_brackets_stays_with_its_title():
    text = ("По сообщению представителя полиции Беркли (пригород Сент-Луиса), офицер остановил "
            "двух мужчин.")
    assert mentions(text) == ["представителя полиции Беркли (пригород Сент-Луиса)"]
