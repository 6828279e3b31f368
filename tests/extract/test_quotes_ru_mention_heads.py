"""A word of the phrase before the subject read into a Russian speaker's mention
(``discourse/extract/quotes/lang/ru/sentences_mention_heads.py``; sentences written for these
tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes.lang.ru.sentences_mention_heads import (
    no_nominative,
    no_nominative_singular,
    only_plural_verb,
    only_singular_verb,
)


def _mentions(text: str) -> list[str]:
    out = extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}),
                                    actors=load_actors(None))
    return list(out["speaker_mention"])


@pytest.mark.parametrize("text, mention", [
    # the head of an opening prepositional phrase before the name
    ("В ходе вчерашней встречи Лавров подчеркнул, что переговоры «зашли слишком далеко».",
     "Лавров"),
    ("На прошлой неделе Германия заявила, что поставки газа будут сокращены вдвое.",
     "Германия"),
    ("После окончания церемонии Иванова отметила, что ремонт «займёт не меньше года».",
     "Иванова"),
    # the same before a common noun that agrees with the verb
    ("После допроса женщина пояснила, что документы «были поддельными».", "женщина"),
    ("В ходе слушаний адвокаты обвиняемых заявили, что их подзащитные невиновны.",
     "адвокаты обвиняемых"),
    # an addressee and the outlet's name after it
    ("В пресс-службе театра журналистам ИА Регион также сообщили, что спектакль «снят с "
     "репертуара».", "пресс-службе театра"),
    ("Губернатор корреспонденту РИА Новости сообщил, что мост откроют к маю.", "Губернатор"),
])
def test_the_subject_alone(text, mention):
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("text, mention", [
    # a title in the nominative before the name stays
    ("Президент Путин заявил, что переговоры «зашли слишком далеко».", "Президент Путин"),
    ("Министр финансов РФ Алексей Кудрин заявил, что не будет работать в правительстве.",
     "Министр финансов РФ Алексей Кудрин"),
    # a head the mention lost before it: the complement is not cut («Министр» stays outside)
    ("Министр финансов Алексей Кудрин и его заместитель заявили, что бюджет будет принят.",
     "Министр финансов Алексей Кудрин и его заместитель"),
    # a conjunction after the phrase opens no subject («и» is also a letter's name): the mention
    # is left as the clause reading gives it (the title before the comma is not this rule's)
    ("Председатель комитета по делам семьи, женщин и детей Елена Мизулина уточнила, что поправки "
     "пока лишь черновые предложения.", "женщин и детей Елена Мизулина"),
    # «им» is «имени» here, no addressee
    ("Ректор МГУ им Ломоносова заявил, что занятия начнутся в сентябре.",
     "Ректор МГУ им Ломоносова"),
])
def test_the_whole_subject_stays(text, mention):
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("low, want", [
    ("церемонии", True), ("руководителя", True), ("журналистам", True),
    ("президент", False), ("глава", False), ("министр", False),
])
def test_no_nominative_singular(low, want):
    assert no_nominative_singular(low) is want


@pytest.mark.parametrize("low, want", [
    ("подчеркнул", True), ("заявила", True), ("сообщает", True),
    ("заявили", False), ("сообщают", False), ("президент", False),
])
def test_only_singular_verb(low, want):
    assert only_singular_verb(low) is want


@pytest.mark.parametrize("low, want", [
    ("заявили", True), ("сообщают", True), ("заявил", False),
])
def test_only_plural_verb(low, want):
    assert only_plural_verb(low) is want


@pytest.mark.parametrize("low, want", [
    ("слушаний", True), ("допроса", True), ("адвокаты", False), ("женщина", False),
])
def test_no_nominative(low, want):
    assert no_nominative(low) is want
