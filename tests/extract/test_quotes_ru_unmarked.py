"""Russian reported speech without quotation marks, round twenty-five (RuSentNE set 5; issue 12,
branch ru-sentences6): a judgement in the instrumental and a time phrase before «, что»
(``quotes/lang/ru/sentences_unmarked.py``), a time phrase opening the sentence
(``sentences_time_subjects.py``), and where a noun-object report ends
(``sentences_object_ends.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker_mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- a judgement in the instrumental: считает X Y, объяснил X Y

def test_considers_an_object_something_is_a_report():
    got = mentions("Профсоюз считает новый закон нарушением прав работников.")
    assert got == [("indirect", "новый закон нарушением прав работников", "Профсоюз")]


def test_explained_an_object_by_a_cause_is_a_report():
    got = mentions("Министерство объяснило задержку поставок погодными условиями на севере.")
    assert got == [("indirect", "задержку поставок погодными условиями на севере", "Министерство")]


def test_a_gerund_of_explaining_takes_the_main_subject():
    got = mentions("Компания закрыла магазин в центре, объяснив это падением продаж за год.")
    assert got == [("indirect", "это падением продаж за год", "Компания")]


def test_the_judgement_ends_before_the_subjects_next_predicate():
    got = mentions("Губернатор считает реформу большой ошибкой и уверен, что её отменят весной.")
    assert ("indirect", "реформу большой ошибкой", "Губернатор") in got
    assert ("indirect", "её отменят весной", "Губернатор") in got


def test_counting_days_is_no_judgement():
    # «дни» and then a preposition: no noun in the instrumental, nothing is stated
    assert mentions("Я считаю дни до начала долгого отпуска.") == []


# --- a time phrase between the verb and «, что»

def test_a_time_phrase_after_the_verb_keeps_the_that_clause():
    got = mentions("Адвокат Иван Петров заявил журналистам после окончания заседания в среду, "
                   "что его клиент подаст апелляцию.")
    assert got == [("indirect", "его клиент подаст апелляцию", "Адвокат Иван Петров")]


def test_a_verb_inside_the_phrase_is_no_time_phrase():
    # «после того как суд вынес» holds a finite verb: the «что» is not the cue's
    got = mentions("Адвокат ответил после того как суд вынес решение, что обжалует его.")
    assert all(t != "обжалует его" for _, t, _ in got)


# --- a time phrase opening the sentence is no speaker

def test_years_later_is_no_subject():
    got = mentions("Два года спустя после аварии мэрия подтвердила, что мост откроют летом.")
    assert got == [("indirect", "мост откроют летом", "мэрия")]
    got = mentions("Два года спустя мэрия подтвердила, что мост откроют летом.")
    assert got == [("indirect", "мост откроют летом", "мэрия")]


def test_in_a_week_does_not_cut_the_subject():
    got = mentions("Через неделю Министерство финансов заявило, что бюджет будет пересмотрен.")
    assert got == [("indirect", "бюджет будет пересмотрен", "Министерство финансов")]


def test_a_time_phrase_and_a_date_in_commas_are_no_report():
    got = mentions("Спустя день, 5 мая, Министерство обороны назвало погибшего офицера героем "
                   "страны.")
    assert got == [("indirect", "погибшего офицера героем страны", "Министерство обороны")]


# --- where a noun-object report ends

def test_an_aside_in_brackets_ends_the_object():
    got = mentions("Депутат Сергей Орлов заявил о своём уходе из большой политики (этим он "
                   "удивил коллег) и уехал в деревню.")
    assert got == [("indirect", "своём уходе из большой политики", "Депутат Сергей Орлов")]


def test_the_subjects_next_verb_after_an_adverbial_ends_the_object():
    got = mentions("Тренер объявил о завершении своей спортивной карьеры и с прошлого года "
                   "работал в школе.")
    assert got == [("indirect", "завершении своей спортивной карьеры", "Тренер")]


def test_a_second_report_after_a_comma_is_its_own():
    got = mentions("Власти объявили о полной победе над пожаром в горах, местные жители "
                   "сообщают о новых очагах возгорания, пишет агентство ТАСС.")
    assert ("indirect", "полной победе над пожаром в горах", "Власти") in got
    assert ("indirect", "новых очагах возгорания", "местные жители") in got


def test_an_object_in_brackets_without_a_verb_stays():
    got = mentions("Компания сообщила о продаже завода (крупнейшего в регионе) инвестору из "
                   "Китая.")
    assert got == [("indirect", "продаже завода (крупнейшего в регионе) инвестору из Китая",
                    "Компания")]


def test_a_verb_after_a_comma_with_an_about_object_is_no_closing_attribution():
    assert mentions("Вчера вечером мой старый друг позвонил, рассказал обо всём и уехал.") == []


def test_a_closing_attribution_with_its_speaker_stays():
    got = mentions("Завод закроют в следующем году, сообщил министр промышленности.")
    assert got == [("indirect", "Завод закроют в следующем году", "министр промышленности")]


def test_a_plural_subjects_next_verb_ends_the_object():
    got = mentions("Профсоюзы объявили о начале всеобщей забастовки и вывели людей на улицы.")
    assert got == [("indirect", "начале всеобщей забастовки", "Профсоюзы")]


def test_considering_oneself_something_is_no_report():
    assert mentions("Бывший депутат считает себя настоящим экспертом в вопросах энергетики.") == []


def test_an_aside_in_brackets_ends_the_judgement():
    got = mentions("Эксперты объясняют это возрастом и здоровьем губернатора (весной ему "
                   "исполнится семьдесят лет).")
    assert got == [("indirect", "это возрастом и здоровьем губернатора", "Эксперты")]


def test_a_courts_judgement_is_a_ruling_not_a_report():
    assert mentions("Суд посчитал доводы обвинения недостаточными для ареста.") == []


def test_and_inside_a_relative_clause_does_not_end_the_object():
    got = mentions("Власти сообщили о задержании водителя автобуса, в результате аварии которого "
                   "трое погибли и двое получили ранения.")
    assert got == [("indirect", "задержании водителя автобуса, в результате аварии которого трое "
                    "погибли и двое получили ранения", "Власти")]


def test_a_judgement_before_a_colon_leaves_the_words_to_the_block():
    got = mentions("Певец извинился перед зрителями, объяснив это сильной усталостью:\nЯ очень "
                   "виноват перед всеми вами. Я обещаю вернуться осенью.")
    assert all(k != "indirect" for k, _, _ in got)
