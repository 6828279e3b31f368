"""Russian quotation: after ``цитирует`` the speaker is the person quoted, not the outlet that
carries the words (``quotes/lang/ru/sentences_cited.py``). Short news sentences of our own,
negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quotation in marks of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [r.speaker_mention for r in q.itertuples() if r.kind in ("direct", "partial")]


def test_an_outlet_in_marks_before_the_person():
    text = "«Мы не готовы к таким расходам», — цитирует «Коммерсантъ» Иванова."
    assert mentions(text) == ["Иванова"]


def test_an_outlet_named_by_its_kind_before_the_person():
    text = "«Я ничего не знал о проверке», — цитирует издание бывшего министра Петрова."
    assert mentions(text) == ["бывшего министра Петрова"]


def test_a_wrapper_noun_and_an_outlet_after_the_person():
    text = "«Решение принято окончательно», — цитирует слова губернатора РИА Новости."
    assert mentions(text) == ["губернатора"]
    text = "«Решение принято окончательно», — цитирует газета высказывания Сидорова."
    assert mentions(text) == ["Сидорова"]
    text = "«Решение принято окончательно», — цитирует Сидорова «Российская газета»."
    assert mentions(text) == ["Сидорова"]


def test_a_latin_outlet_after_a_cyrillic_name():
    text = "«Он был в шоке и ничего не говорил», — цитирует Смирнова BNews."
    assert mentions(text) == ["Смирнова"]


def test_a_plain_mention_and_other_verbs_are_left_alone():
    text = "«Мы продолжим работу», — цитирует ТАСС пресс-службу министерства."
    assert mentions(text) == ["пресс-службу министерства"]
    text = "«Мы продолжим работу», — сообщила «Российская газета»."
    assert mentions(text) == ["«Российская газета»"]
