"""Russian quotation: the speaker's noun phrase after the verb
(``quotes/lang/ru/sentences_after_verb.py``): an addressee after the name is no part of it
(``— сказал Паркер Ривлину``), and after ``сообщили в`` the institution speaks. Short news sentences
of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_an_addressee_after_the_name_is_no_part_of_the_speaker():
    text = "«Мы благодарны вам за помощь нашему городу», — сказал Паркер Ривлину на встрече."
    assert mentions(text) == [("direct", "Мы благодарны вам за помощь нашему городу", "Паркер")]


def test_a_genitive_after_a_title_stays_in_the_speaker():
    text = "«Переговоры будут продолжены на следующей неделе», — сказал глава МИД России."
    assert mentions(text)[0][2] == "глава МИД России"
    text = "«Переговоры будут продолжены на следующей неделе», — сказал Дмитрий Песков."
    assert mentions(text)[0][2] == "Дмитрий Песков"


def test_the_institution_after_v_speaks_with_a_plural_verb():
    text = ("«Около сорока машин участвуют в автопробеге по городу», — сообщили в пресс-службе "
            "городского управления МВД корреспонденту агентства.")
    assert mentions(text)[0][2] == "пресс-службе городского управления МВД"
    text = "«Решение будет принято до конца месяца», — заявили в комитете образования."
    assert mentions(text)[0][2] == "комитете образования"


def test_a_medium_or_a_time_after_v_is_no_speaker():
    text = "«Решение будет принято до конца месяца», — заявили в понедельник."
    assert mentions(text)[0][2] != "понедельник"
    text = "«Решение будет принято до конца месяца», — заявили в ходе встречи."
    assert "ходе" not in mentions(text)[0][2]
