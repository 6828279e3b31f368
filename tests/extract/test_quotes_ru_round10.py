"""Russian quotation, round ten (the misses of the RuSentNE sentences' dev part): a headline, a
caption, a production and a charge in «» are names, not quotes; a name in «» right before the
verb of saying stands inside the speaker's noun phrase; a court's "признал виновным" is a
verdict, a defendant's "признал себя виновным" a plea; a date or a listener may stand between
the verb and ", что"; "как он выразился" gives the adjective in «» after it to the speaker;
"отшутилась:" and "разъясняется в" are cues; after ", после которого" the main clause's subject
speaks. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- titles, captions, charges -------------------------------------------------------------------

def test_a_headline_after_pod_zagolovkom_is_no_quote():
    text = ("Вчера министр опубликовал колонку под заголовком «Хватит молчать о главном», где "
            "ответил критикам.")
    assert quotes(text) == []


def test_a_caption_after_a_colon_is_no_quote():
    assert quotes("Рисунок на первой полосе сопровождается подписью: «Кто здесь автор?»") == []


def test_someones_advice_after_a_colon_stays_a_quote():
    text = "Тренер дал совет: «Не торопитесь с выводами»."
    assert quotes(text) == [("direct", "Не торопитесь с выводами", "Тренер")]


def test_a_show_after_its_producer_is_no_quote():
    text = "Студия «Мосфильм», производитель «Кто придёт на ужин?», сообщила о закрытии съёмок."
    assert [q for q in quotes(text) if q[0] != "indirect"] == []


def test_a_charge_after_vinovnym_v_is_no_quote_and_a_verdict_no_statement():
    assert quotes("Суд признал его виновным в «разжигании розни» и назначил штраф.") == []


def test_a_plea_is_still_a_statement():
    text = "Обвиняемый признал себя виновным в мошенничестве."
    assert quotes(text) == [("indirect", "себя виновным в мошенничестве", "Обвиняемый")]


def test_a_party_name_before_the_verb_is_no_quote():
    text = ("Депутаты оппозиционной «Партии зелёных и левых сил — Союза за будущее» назвали "
            "решение правительства «грубой ошибкой».")
    assert [q[1] for q in quotes(text)] == ["грубой ошибкой"]


def test_a_quotation_right_before_its_verb_is_still_a_quote():
    text = "Она коротко ответила «Нет» и ушла. «Мы будем голосовать против», — заявил сенатор."
    assert ("direct", "Мы будем голосовать против", "сенатор") in quotes(text)


# --- between the verb and ", что" ----------------------------------------------------------------

def test_a_date_between_the_verb_and_chto():
    text = "Профсоюз заявил 5 марта, что забастовка на заводе продолжится до конца месяца."
    assert quotes(text) == [("indirect", "забастовка на заводе продолжится до конца месяца",
                             "Профсоюз")]


def test_an_agency_as_listener_between_the_verb_and_chto():
    text = "Губернатор заявил информационному агентству «Интерфакс», что дорогу откроют к лету."
    assert quotes(text) == [("indirect", "дорогу откроют к лету", "Губернатор")]


def test_a_relative_chto_after_an_object_is_no_report():
    assert quotes("Этот случай напоминает поведение Иванова, что удивляет.") == []


# --- cues ----------------------------------------------------------------------------------------

def test_kak_on_vyrazilsya_gives_the_adjective_to_the_speaker():
    text = ("«Мы будем голосовать против», — заявил сенатор, обещая отменить, как он выразился, "
            "«позорные» поправки.")
    assert ("partial", "позорные", "он") in quotes(text)


def test_an_adjective_label_without_a_speaker_stays_no_quote():
    assert quotes("Власти ввели «особые» правила.") == []


def test_otshutilas_is_a_cue():
    text = "Актриса отшутилась: «Я просто люблю поспать»."
    assert quotes(text) == [("direct", "Я просто люблю поспать", "Актриса")]


def test_razyasnyaetsya_v_names_the_carrier():
    text = "«Санкции продлеваются на полгода», — разъясняется в решении Совета ЕС."
    assert quotes(text) == [("direct", "Санкции продлеваются на полгода", "Совета ЕС")]


def test_after_posle_kotorogo_the_main_subject_speaks():
    text = ("На встрече она несколько минут не могла говорить из-за кашля, после которого "
            "отшутилась: «Это аллергия на моего соперника».")
    assert quotes(text) == [("direct", "Это аллергия на моего соперника", "она")]


# --- a verb before a colon after a quotation introduces the next one ---------------------------

def test_the_second_speakers_verb_does_not_take_the_first_quote():
    text = ("Выйдя из здания суда, он крикнул: «Свободу всем!», собравшиеся у входа сторонники "
            "ответили: «Свободу!»")
    got = {q[1]: q[2] for q in quotes(text)}
    assert got["Свободу всем!"] == "он" and got["Свободу!"].startswith("собравшиеся")


def test_two_speakers_joined_by_a():
    text = "Тренер сказал: «Мы готовы к матчу», а капитан команды добавил: «Победа будет за нами»."
    assert [(q[1], q[2]) for q in quotes(text)] == [("Мы готовы к матчу", "Тренер"),
                                                    ("Победа будет за нами", "капитан команды")]


def test_a_dash_attribution_before_a_colon_still_binds_the_quote_before_it():
    text = "«Мы готовы к матчу», — сказал тренер и добавил: «Победа будет за нами»."
    assert [q[2] for q in quotes(text)] == ["тренер", "тренер"]


def test_a_verb_first_between_two_quotations_still_attributes_the_first():
    text = "«У меня две цели», сказал Петров: «Первая из них — поддержать местных фермеров»."
    assert quotes(text)[0][1:] == ("У меня две цели", "Петров")


# --- more between the verb and ", что" ------------------------------------------------------------

def test_so_ssylkoy_na_between_the_verb_and_chto():
    text = ("Агентство сообщило со ссылкой на источники в правительстве, что отставка министра "
            "будет принята на этой неделе.")
    assert quotes(text) == [("indirect", "отставка министра будет принята на этой неделе",
                             "Агентство")]


# --- fragments after "назвал" before its object --------------------------------------------------

def test_coordinated_fragments_after_nazval_before_the_object():
    text = "Посол назвал «провокационным» и «опасным» решение властей соседней страны."
    assert quotes(text) == [("partial", "провокационным", "Посол"), ("partial", "опасным", "Посол")]


def test_a_label_on_the_object_of_nazval_stays_no_quote():
    assert quotes("Посол назвал «особые» правила ошибкой.") == []
