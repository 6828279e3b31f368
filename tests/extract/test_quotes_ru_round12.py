"""Russian quotation, round twelve (the fresh splits dev5 to dev7 read again): a second fragment
in marks coordinated with a first after a naming verb ("характеризуют … не как «…», но как
«…»"). Short news sentences of our own, with the names and scare quotes that must stay out."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- fragments coordinated after a naming verb ---------------------------------------------------

def test_second_fragment_after_a_naming_verb_far_back():
    text = ("Через неделю после аварии медики характеризуют его состояние уже не как «тяжёлое», "
            "но как «стабильное».")
    assert quotes(text) == [("partial", "тяжёлое", "медики"), ("partial", "стабильное", "медики")]


def test_second_fragment_without_a_naming_verb_stays_a_scare_quote():
    # no naming verb and no verb of saying: the author's distance words
    text = ("Министр в понедельник посетил ведомство, которое готовит новую программу поддержки "
            "малого бизнеса в регионах, и после «реформы» налогов наступит «оттепель».")
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_a_name_after_a_naming_verb_stays_out():
    text = "Журналисты назвали новый самолёт «Сапсаном», а его соперника — «Ласточкой»."
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_a_naming_verb_of_the_sentence_before_does_not_reach():
    text = ("Врачи назвали операцию успешной. Сейчас состояние пациента в больнице уже не "
            "«тяжёлое», но по-прежнему «нестабильное».")
    assert quotes(text) == []


# --- a short fragment inside a "что" clause ------------------------------------------------------

def test_short_fragment_deep_in_a_that_clause_is_the_speakers():
    text = ("Представитель министерства рассказал, что чиновник был уволен в прошлом месяце после "
            "того, как он допустил «грубые нарушения» во время проверки.")
    assert ("partial", "грубые нарушения", "Представитель министерства") in quotes(text)


def test_short_fragment_far_from_a_verb_without_that_stays_a_scare_quote():
    # no verb of saying with "что" before it: the author's word
    text = ("Губернатор провёл совещание с главами районов и руководителями предприятий области, "
            "после которого в регионе начались «перемены» в управлении.")
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_so_called_marks_a_name_not_a_quote():
    text = ("Экскурсовод жалуется, что в этом году туризм сильно пострадал из-за так называемой "
            "«арабской весны».")
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_a_title_in_a_that_clause_stays_out():
    text = ("Директор сообщил, что в следующем месяце театр покажет зрителям в новом сезоне "
            "спектакль «Вишнёвый сад».")
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_short_fragment_in_an_about_that_clause():
    text = ("Совет директоров объявил о том, что новый менеджер возглавит отдел, причём под его "
            "руководство будет передана «большая доля» активов компании.")
    assert ("partial", "большая доля", "Совет директоров") in quotes(text)


# --- "зовут" as a naming verb ----------------------------------------------------------------------

def test_colleagues_call_her_in_their_words():
    text = "Писательница живёт в Канаде. Некоторые критики зовут её «нашим Толстым»."
    assert quotes(text) == [("partial", "нашим Толстым", "Некоторые критики")]


def test_a_capitalised_nickname_after_zovut_stays_out():
    text = "Друзья зовут нового вратаря команды «Стеной»."
    assert quotes(text) == []


# --- a title with its original in brackets -----------------------------------------------------------

def test_a_title_with_its_original_is_a_name():
    text = ("«Он молодец», — заявил актёр, известный по сериалам «Доктор Хаус» (House M.D.) и "
            "«Как я стал отцом» (How I Became a Father).")
    assert [q[1] for q in quotes(text)] == ["Он молодец"]


def test_a_translated_post_after_its_verb_stays_a_quote():
    text = "В микроблоге пока две записи. Первая гласит «Я теперь здесь» (I am here now)."
    assert [q[1] for q in quotes(text)] == ["Я теперь здесь"]


# --- a naming verb, its object, then the instrumental in marks ----------------------------------------

def test_instrumental_after_the_object_of_a_naming_verb():
    text = "Наблюдатель из Польши назвал итоги голосования в области «катастрофой» для оппозиции."
    assert quotes(text) == [("partial", "катастрофой", "Наблюдатель из Польши")]


def test_adjective_label_without_a_naming_verb_stays_out():
    text = "Власти составили «чёрный» список сайтов, доступ к которым закрыт."
    assert quotes(text) == []


def test_a_speaker_with_a_long_bracket_before_the_naming_verb():
    text = ("Представитель организации «Голос выборов» (Election Voice Network, EVN) назвал "
            "итоги «катастрофой» для оппозиции.")
    assert [(q[0], q[1]) for q in quotes(text)] == [("partial", "катастрофой")]
    assert "EVN" in quotes(text)[0][2]


# --- one adjective in marks inside a reported clause ---------------------------------------------------

def test_adjective_in_a_that_clause_is_the_speakers():
    text = ("Медики отмечают, что при падении спортсмен получил лишь «лёгкие» травмы и скоро "
            "вернётся к тренировкам.")
    assert ("partial", "лёгкие", "Медики") in quotes(text)


def test_adjective_after_soobshchaetsya_o():
    text = "В заявлении ведомства сообщается о «значительных» потерях среди мирных жителей."
    assert [(q[0], q[1]) for q in quotes(text) if q[0] == "partial"] == [("partial", "значительных")]


def test_adjective_label_after_an_opinion_stays_a_label():
    text = "По мнению критика — это классические «военные» романы, написанные для подростков."
    assert [q for q in quotes(text) if q[0] == "partial"] == []


# --- a gloss in brackets after a name in marks ---------------------------------------------------------

def test_the_wording_of_an_article_after_its_name_is_no_quote():
    text = ("Против хулиганов возбуждено дело по статье 214 «Вандализм» («Вандализм, то есть "
            "осквернение зданий или иных сооружений, совершённое группой лиц»).")
    assert quotes(text) == []


def test_a_bracketed_quote_after_a_verb_stays():
    text = "Министр ответил коротко («Мы подумаем над этим предложением»), и ушёл."
    assert [q[1] for q in quotes(text)] == ["Мы подумаем над этим предложением"]
