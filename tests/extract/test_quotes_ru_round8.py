"""Russian quotation, round eight (the fresh split dev5): the speaker of a gerund cue is the main
clause's subject, also when the author left out the comma before the gerund; a capitalised
connective opening the sentence («Тем не менее») is no speaker; a prefixed past tense in -верг
(«подверг») is a finite verb. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.ru.phrases import is_verb_form


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def speakers(text: str) -> list[tuple[str, str]]:
    """``(span, speaker)`` of each quote, attributed as ``discourse quotes`` does."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}),
                                  actors=load_actors())
    return [(r.text, r.speaker if isinstance(r.speaker, str) else "") for r in q.itertuples()]


# --- a gerund's speaker is the main clause's subject -------------------------------------------

def test_a_gerund_without_its_comma_takes_the_main_clauses_subject():
    text = ("Отец погибшего покинул зал суда до окончания заседания заявив: «Я не могу "
            "слушать это».")
    assert quotes(text) == [("direct", "Я не могу слушать это", "Отец погибшего")]


def test_a_gerund_after_its_comma_is_unchanged():
    text = "Отец погибшего покинул зал суда, заявив: «Я не могу слушать это»."
    assert quotes(text) == [("direct", "Я не могу слушать это", "Отец погибшего")]


def test_a_fragment_after_nazvav_is_the_main_clauses_subjects():
    text = ("Бывший министр культуры Олег Петров, работавший над законом, подверг поправки "
            "критике, назвав их «полным абсурдом».")
    assert quotes(text) == [("partial", "полным абсурдом",
                             "Бывший министр культуры Олег Петров")]
    assert speakers(text) == [("полным абсурдом", "Олег Петров")]


@pytest.mark.parametrize("word", ["подверг", "опроверг", "отверг", "достиг"])
def test_a_prefixed_past_in_verg_or_stig_is_a_finite_verb(word):
    assert is_verb_form(word)


# --- a connective opening the sentence ---------------------------------------------------------

def test_tem_ne_menee_opening_the_sentence_is_no_speaker():
    text = ("Тем не менее, через час после инцидента кандидат в президенты вышла к журналистам, "
            "объявила: «Я чувствую себя прекрасно!» и уехала.")
    got = speakers(text)
    assert len(got) == 1 and got[0][0].startswith("Я чувствую себя прекрасно")
    assert got[0][1] == ""  # no «Тёма» read from «Тем»; nobody rather than a wrong speaker


def test_a_name_opening_the_sentence_still_speaks():
    text = "Песков пожал плечами и сказал: «Это не так»."
    assert speakers(text) == [("Это не так", "Dmitry Peskov")]


# --- whose words a medium brings; «по утверждениям X», «с его слов» -----------------------------

def test_a_medium_bringing_his_account_gives_him_as_the_speaker():
    text = ("Водитель Олег Петров сбежал с места аварии.\n"
            "Газета «Вечер» приводит его рассказ об аварии:\n"
            "Я ехал на жёлтый и не успел затормозить.")
    assert quotes(text) == [("embedded", "Я ехал на жёлтый и не успел затормозить.", "его")]
    assert speakers(text)[0][1] == "Олег Петров"


def test_a_medium_bringing_his_words_in_marks_gives_him():
    text = "Вчера министр Олег Петров дал интервью. Газета «Вечер» приводит его слова: «Мы готовы»."
    assert quotes(text) == [("direct", "Мы готовы", "его")]
    assert speakers(text) == [("Мы готовы", "Олег Петров")]


def test_a_medium_publishing_its_own_words_keeps_the_medium():
    text = "Газета «Вечер» опубликовала редакционную статью:\nМы не будем молчать."
    assert quotes(text) == [("embedded", "Мы не будем молчать.", "Газета «Вечер»")]


def test_po_utverzhdeniyam_and_s_ego_slov_are_cues():
    assert quotes("По утверждениям полиции, водитель скрылся с места аварии.") == [
        ("indirect", "водитель скрылся с места аварии", "полиции")]
    text = ("Водитель Олег Петров был задержан у метро. С его слов, он позвонил знакомой и "
            "попросил привезти денег: «Привезла, и мы разошлись».")
    got = speakers(text)
    assert ("Привезла, и мы разошлись", "Олег Петров") in got


# --- a capitalised title opening the sentence before a name ------------------------------------

def test_a_capitalised_title_before_a_name_leaves_the_name_an_antecedent():
    text = "Министр Олег Петров дал интервью. Он сказал: «Мы готовы к переговорам»."
    assert speakers(text) == [("Мы готовы к переговорам", "Олег Петров")]


def test_a_relational_title_keeps_its_genitive_complement_out():
    # «Адвокат Сантоса Фернандо Осуна»: the lawyer's name after the client's; «его» is Сантос,
    # named alone, not «Сантоса Фернандо»
    text = ("У певца есть сын Хавьер Сантос. Адвокат Сантоса Фернандо Осуна заявил, что тот "
            "подаст иск. Отмечается, что Сантос давно добивался признания. По его словам, "
            "мать познакомилась с певцом в 1970-х.")
    assert all(spk != "Сантоса Фернандо" for _, spk in speakers(text))


# --- a second verb after «и» shares the first verb's subject -----------------------------------

def test_i_tak_opisyvaet_takes_the_first_verbs_subject():
    text = ("Свидетельница Анна Орлова приехала на место пожара и так описывает увиденное: "
            "«Дом горел со всех сторон».")
    assert quotes(text) == [("direct", "Дом горел со всех сторон",
                             "Свидетельница Анна Орлова")]


def test_a_subject_right_before_a_naming_verb_is_unchanged():
    assert quotes("Очевидец описывает увиденное: «Дом горел со всех сторон».") == [
        ("direct", "Дом горел со всех сторон", "Очевидец")]


def test_a_first_verb_with_no_named_subject_names_nobody():
    # the subject after the first verb is not read; no word before it is taken instead
    text = "Затем приехали пожарные и так описывают увиденное: «Дом горел со всех сторон»."
    assert quotes(text) == [("direct", "Дом горел со всех сторон", "")]


# --- a list of titles before the name after the verb --------------------------------------------

def test_a_list_of_titles_before_a_name_reaches_the_name():
    text = "«Это победа», — заявил актёр, продюсер и режиссёр Нейл Патрик Харрис, известный по сериалам."
    assert quotes(text) == [("direct", "Это победа",
                             "актёр, продюсер и режиссёр Нейл Патрик Харрис")]
    assert speakers(text) == [("Это победа", "Нейл Патрик Харрис")]


def test_an_apposition_or_a_clause_after_the_comma_is_no_title_list():
    assert quotes("«Мы готовы», — сказал министр, и журналист Олег Петров согласился.") == [
        ("direct", "Мы готовы", "министр")]
    text = "Как сообщила пресс-секретарь главы государства, президент Олег Петров позвонил певице."
    assert [m for _, _, m in quotes(text)] == ["пресс-секретарь главы государства"]


# --- a gerund after a quotation and its attribution ---------------------------------------------

@pytest.mark.parametrize("text,mention", [
    ("«Это ошибка», — заявил министр финансов Олег Петров, отметив, что решение будет "
     "пересмотрено.", "министр финансов Олег Петров"),
    ("«Всего погибли восемь человек», — сообщил он, добавив, что полиция считает, что стрелок "
     "задержан.", "он"),
])
def test_a_gerund_after_a_quotation_takes_the_attributions_speaker(text, mention):
    got = quotes(text)
    assert got[-1][0] == "indirect" and got[-1][2] == mention  # not the quotation's first words


def test_a_quotation_interrupted_twice_is_three_spans():
    text = ("«Я очень надеюсь, — говорит Марко Росси, — что к нам присоединятся футболисты. "
            "В такой момент, как сейчас, — заключил Марко Росси, — важна каждая маска».")
    assert [(k, s) for k, s, _ in quotes(text)] == [
        ("direct", "Я очень надеюсь"),
        ("direct", "что к нам присоединятся футболисты. В такой момент, как сейчас"),
        ("direct", "важна каждая маска")]


# --- a colon line whose quote template was lost -------------------------------------------------

def test_a_paragraph_two_blank_lines_after_a_colon_is_the_authors():
    text = ("В письме директору фестиваля актёр Олег Петров заявил:\n\n\n"
            "Петров добавил, что он «глубоко встревожен» происходящим.")
    got = quotes(text)
    assert [k for k, _, _ in got] == ["partial"]  # no embedded block of the whole paragraph


def test_a_block_right_under_its_colon_line_is_still_embedded():
    text = "Актёр Олег Петров заявил:\nЯ не могу участвовать в этом фестивале."
    assert quotes(text) == [("embedded", "Я не могу участвовать в этом фестивале.",
                             "Актёр Олег Петров")]


def test_a_reporting_gerund_without_its_comma_takes_the_main_subject():
    text = ("Позже пресс-служба министра опровергла эту информацию сообщив, что журналисты "
            "неправильно поняли его слова.")
    assert quotes(text) == [("indirect", "журналисты неправильно поняли его слова",
                             "пресс-служба министра")]


# --- the noun a relative pronoun stands for ------------------------------------------------------

@pytest.mark.parametrize("text,mention", [
    ("Тело поэта эксгумировали по просьбе шофёра Мануэля Арайи, который утверждает, что "
     "поэт был отравлен.", "шофёра Мануэля Арайи"),
    ("Тело эксгумировали в связи с информацией, поступившей от его бывшего шофёра, который "
     "утверждает, что поэт был отравлен.", "его бывшего шофёра"),
    ("Журналистка потребовала компенсацию от отеля, его владельцев и Майкла Барретта, который "
     "заявил, что не виновен в преследовании.", "Майкла Барретта"),
])
def test_a_relative_clause_after_a_prepositional_phrase_speaks_for_the_person(text, mention):
    got = quotes(text)
    assert [(k, m) for k, _, m in got] == [("indirect", mention)]


def test_po_soobshcheniyam_iz_names_where_the_reports_come_from():
    text = ("По сообщениям из Сеула, вице-премьер был осуждён за «антипартийные "
            "контрреволюционные» действия.")
    assert quotes(text) == [("partial", "антипартийные контрреволюционные", "Сеула")]


# --- names across a line or a sentence end; adverbs opening a sentence --------------------------

def test_a_name_run_stays_on_its_line_and_in_its_sentence():
    from discourse.extract.speakers.lang.ru import NAME_RUN

    assert NAME_RUN.findall("Михаил Горбачёв\nНародный Конгресс") == [
        "Михаил Горбачёв", "Народный Конгресс"]
    assert NAME_RUN.findall("работал у Дома. Индонезиец сказал") == ["Дома", "Индонезиец"]
    assert NAME_RUN.findall("Дж. Буш и А. С. Пушкин") == ["Дж. Буш", "А. С. Пушкин"]


def test_a_surname_takes_the_full_name_of_a_header_line():
    text = ("Маргарита Симоньян\nГлавный редактор RT Маргарита Симоньян дала интервью.\n\n"
            "Симоньян заявила, что канал продолжит работу.")
    assert speakers(text)[-1] == ("канал продолжит работу", "Маргарита Симоньян")


@pytest.mark.parametrize("word", ["Накануне", "Впервые", "Например", "Практически", "Вместе"])
def test_an_adverb_opening_a_sentence_names_nobody(word):
    from discourse.extract.speakers.lang.ru import names_nobody

    assert names_nobody(word)
    assert not names_nobody("Роман")  # a first name the dictionary also reads as a noun


def test_a_noun_object_ends_before_the_subjects_next_verb():
    text = "Премьер объявил о своём уходе с поста лидера партии и взял на себя ответственность."
    assert quotes(text) == [("indirect", "своём уходе с поста лидера партии", "Премьер")]
    assert quotes("Министр сообщил о гибели трёх человек и ранении ещё пятерых.") == [
        ("indirect", "гибели трёх человек и ранении ещё пятерых", "Министр")]


@pytest.mark.parametrize("text,kind,mention", [
    ("Адвокат Матвей Цзена посчитал, что прокурор несправедливо относится к потерпевшим.",
     "indirect", "Адвокат Матвей Цзена"),
    ("Эксперты сходятся во мнении, что инцидент повлияет на её шансы победить.", "indirect",
     "Эксперты"),
    ("Премьер-министр и его заместитель дали понять, что намерены ослабить связи с Вашингтоном.",
     "indirect", "Премьер-министр и его заместитель"),
    ("Пресс-секретарь Олег Петров через СМИ дал понять, что министр не уйдёт в отставку.",
     "indirect", "Пресс-секретарь Олег Петров"),
])
def test_cues_posschital_skhodyatsya_vo_mnenii_dali_ponyat(text, kind, mention):
    assert [(k, m) for k, _, m in quotes(text)] == [(kind, mention)]


def test_poschitali_golosa_is_counting_not_a_report():
    assert quotes("Члены комиссии посчитали голоса избирателей до утра.") == []
