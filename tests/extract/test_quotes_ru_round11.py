"""Russian quotation, round eleven (the fresh split dev7): "по его словам" in brackets, with
"собственным", or without its comma before a subject pronoun; a subject separated from its verb
by a relative clause whose pronoun follows its noun ("Мойес, контракт которого …, заявлял");
the field of a committee ("по науке …") inside a title before the name after "как пояснил"; a
quotation interrupted by its attribution between full stops («…. — заявил он. — …») or between
hyphens inside straight marks ("…, - заявил он. - …"). Short news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- "по его словам" ------------------------------------------------------------------------------

def test_according_to_him_in_brackets_reports_the_bracket():
    text = ("Хотя 70-летний директор завода уходить на пенсию не собирается (по его словам, он "
            "здоров и любит свою работу), преемника ему уже ищут.")
    assert quotes(text) == [("indirect", "он здоров и любит свою работу", "его")]


def test_according_to_his_own_words():
    text = "Петров уехал в Москву. По его собственным словам, он решил сменить профессию после лекции."
    assert quotes(text) == [("indirect", "он решил сменить профессию после лекции", "его")]


def test_according_to_him_without_the_comma_before_a_pronoun():
    text = "Актёр живёт в Туле. По её словам она довольна своей новой ролью в театре."
    assert quotes(text) == [("indirect", "она довольна своей новой ролью в театре", "её")]


def test_according_to_him_without_a_comma_before_a_noun_reports_nothing():
    # no comma and no pronoun: where the report starts is not read
    text = "По его словам заводу нужны новые станки и рабочие."
    assert quotes(text) == []


# --- a relative clause after its noun ---------------------------------------------------------------

def test_a_subject_before_a_relative_clause_in_the_genitive():
    text = ("Тренер Иван Сидоров, контракт которого с клубом заканчивается в этом году, заявил, "
            "что определится со своим будущим летом.")
    assert quotes(text) == [("indirect", "определится со своим будущим летом",
                             "Тренер Иван Сидоров")]


# --- a title with a committee's field ----------------------------------------------------------------

def test_the_field_of_a_committee_stays_in_the_title_before_the_name():
    text = ("Как пояснил заместитель председателя Комитета Госдумы по науке и технологиям "
            "Дмитрий Орлов, отсутствие норм тормозит развитие отрасли.")
    assert quotes(text) == [("indirect", "отсутствие норм тормозит развитие отрасли",
                             "заместитель председателя Комитета Госдумы по науке и технологиям "
                             "Дмитрий Орлов")]


def test_a_channel_after_the_speaker_is_not_taken_into_the_title():
    # only a field opened by "по" belongs to the title; "в интервью РИА Новости" is the channel
    text = "Как сообщил министр Иван Орлов в интервью РИА Новости, дефицит бюджета сократился вдвое."
    assert [q[2] for q in quotes(text)] == ["министр Иван Орлов"]


# --- interrupted quotations ------------------------------------------------------------------------

def test_an_interruption_between_full_stops():
    text = ("«Страна ждёт ясного ответа суда. — заявил Каприлес. — Мы на эту провокацию не "
            "поддадимся».")
    assert quotes(text) == [("direct", "Страна ждёт ясного ответа суда.", "Каприлес"),
                            ("direct", "Мы на эту провокацию не поддадимся", "Каприлес")]


def test_an_interruption_between_hyphens_in_straight_marks():
    text = ('"Такого специалиста мы искали три года, - заявил Баффет. - Мы рады, что он '
            'присоединился к нам".')
    assert quotes(text) == [("direct", "Такого специалиста мы искали три года", "Баффет"),
                            ("direct", "Мы рады, что он присоединился к нам", "Баффет")]


# --- a date in commas after the verb ----------------------------------------------------------------

def test_a_date_in_commas_between_the_verb_and_the_speaker():
    text = ("Пострадавшая скончалась в больнице в Солсбери, сообщили в воскресенье, 8 июля 2018 года, "
            "представители полиции.")
    assert quotes(text) == [("indirect", "Пострадавшая скончалась в больнице в Солсбери",
                             "представители полиции")]


# --- a coordinated report and a fragment ---------------------------------------------------------------

def test_the_coordinated_part_without_quoted_words_keeps_its_report():
    text = ("Повстанцы утверждают, что в момент гибели генерал ехал в аэропорт, и объясняют его "
            "смерть попыткой «переворота, в который никто не верил».")
    assert quotes(text) == [("indirect", "в момент гибели генерал ехал в аэропорт", "Повстанцы"),
                            ("partial", "переворота, в который никто не верил", "Повстанцы")]


# --- "же" after the phrase; a link caption -------------------------------------------------------------

def test_according_to_with_the_particle_zhe():
    text = "По словам же министра, бюджет будет принят в срок и без поправок."
    assert quotes(text) == [("indirect", "бюджет будет принят в срок и без поправок", "министра")]


def test_a_cited_page_caption_is_no_report():
    text = ("Закон приняли в июне[http://www.example.ru/news/1 Источник сообщил о приостановке "
            "членства главы региона в партии :: Общество :: РБК]. Глава региона уволен.")
    assert quotes(text) == []


# --- the speaker's noun phrase ---------------------------------------------------------------------

def test_an_intensifier_before_the_subject_is_not_the_mention():
    text = "Сама Тэтчер называла квартиру «светлой и просторной»."
    assert quotes(text) == [("partial", "светлой и просторной", "Тэтчер")]


def test_a_news_agency_as_listener_before_the_speaker():
    text = "«Его застрелили на месте», — сообщил информагентству AFP адвокат Небойша Влаич."
    assert quotes(text) == [("direct", "Его застрелили на месте", "адвокат Небойша Влаич")]


def test_a_date_then_a_conversation_before_the_subject():
    text = ("В 1982 году в беседе с кинокритиком Джином Сискелом актриса говорила, что в семьях "
            "«больше любви».")
    assert quotes(text) == [("partial", "больше любви", "актриса")]


def test_a_subject_before_a_medium_phrase_stays():
    text = "Путин в интервью РБК заявил, что переговоры продолжатся в марте."
    assert quotes(text) == [("indirect", "переговоры продолжатся в марте", "Путин")]


def test_a_first_that_clause_without_quoted_words_before_a_second_with_a_fragment():
    text = ("Премьер-министр Джон Говард сказал, что он хорошо знал Ирвина и что страна потеряла "
            "«замечательного человека».")
    assert quotes(text) == [("indirect", "он хорошо знал Ирвина", "Премьер-министр Джон Говард"),
                            ("partial", "замечательного человека", "Премьер-министр Джон Говард")]
