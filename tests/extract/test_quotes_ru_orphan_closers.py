"""Russian quotations whose opening mark is in an earlier sentence or paragraph
(``quotes/lang/ru/sentences_orphan_closers.py``) and a medium phrase with «свой» between a verb and
its «, что» (``sentences_medium_between.py``); round of the sixth Russian sentence set (issue 12,
branch ru-sentences7). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker_mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- the end of a quotation opened before: «…», — сказал X

def test_the_end_of_a_quotation_before_a_dash_attribution_is_direct():
    got = mentions("Мы довольны результатом и будем работать дальше», — сказал тренер команды.")
    assert got == [("direct", "Мы довольны результатом и будем работать дальше", "тренер команды")]


def test_a_verb_of_saying_inside_the_quotation_is_the_speakers_own():
    # "добавили" inside the quotation is no cue of its own: one quotation, one speaker
    got = mentions("У нас есть сад, недавно добавили теплицу для будущих овощей», — сообщил Иван Петров.")
    assert got == [("direct", "У нас есть сад, недавно добавили теплицу для будущих овощей", "Иван Петров")]


def test_the_paragraph_after_an_opened_quotation_ends_it_inside_the_pair():
    text = "«Мы довольны результатом.\n\nИ будем работать дальше», — сказал тренер."
    got = mentions(text)
    assert len(got) == 1 and got[0][0] == "direct" and got[0][2] == "тренер"


def test_a_quotation_with_inner_marks_before_its_closer():
    got = mentions("Мы горды, что наш флаг побывал на борту шаттла „Дискавери“ в прошлом году», "
                   "— сказал Петров.")
    assert [(k, m) for k, _, m in got] == [("direct", "Петров")]
    assert got[0][1].startswith("Мы горды") and got[0][1].endswith("в прошлом году")


def test_the_end_of_a_quotation_alone_at_the_paragraph_end_has_no_speaker():
    got = mentions("Мы будем работать над этим весь следующий год\".")
    assert got == [("direct", "Мы будем работать над этим весь следующий год", "")]


def test_a_title_whose_mark_was_lost_is_no_quotation():
    # no verb: a name whose opening mark is missing, not the end of someone's words
    assert mentions("Фестиваль Золотая осень в Москве».") == []


def test_no_dash_attribution_no_quotation():
    # a closer followed by the author's words is no quotation's end
    got = mentions("Мы будем работать дальше», потом он ушёл домой.")
    assert not any(k == "direct" for k, _, _ in got)


# --- a medium phrase with «свой» before «, что»

def test_posted_in_own_microblog_then_that_is_a_report():
    got = mentions("Министр сообщил в своём твиттере, что завод откроют в следующем году.")
    assert got == [("indirect", "завод откроют в следующем году", "Министр")]


def test_on_her_page_in_a_network_then_that_is_a_report():
    got = mentions("Певица написала на своей странице в Instagram, что концерт перенесён на осень.")
    assert got == [("indirect", "концерт перенесён на осень", "Певица")]


def test_the_report_ends_before_a_coordinated_verb_of_its_own():
    got = mentions("Студент написал на своей странице в Facebook, что готов уехать за границу "
                   "и уверен, что его поймут.")
    assert ("indirect", "готов уехать за границу", "Студент") in got


def test_a_relative_that_after_another_noun_is_no_report():
    # "о статье, что …": not a medium phrase with «в/на», a relative clause
    assert mentions("Он рассказал о статье, что написал в прошлом году.") == []


# --- a fragment after a gerund of a speech act: the main clause's subject (sentences_act_gerunds)

def test_a_fragment_after_a_gerund_of_promising_is_the_subjects():
    got = mentions("Губернатор выступил на сессии, обещав сделать город «самым удобным для жизни».")
    assert got == [("partial", "самым удобным для жизни", "Губернатор")]


def test_both_fragments_of_a_promise_take_the_subject():
    got = mentions("Блогер принёс извинения, обещав быть более «честным с читателями» и «проверять "
                   "каждый факт».")
    assert [(k, m) for k, _, m in got] == [("partial", "Блогер"), ("partial", "Блогер")]


def test_a_gerund_of_another_verb_gives_no_speaker():
    got = mentions("Губернатор уехал из города, оставив преемнику «тяжёлое наследство» прошлых лет.")
    assert all(m != "Губернатор" for _, _, m in got)


# --- where a fronted «о» object ends (sentences_fronted_about)

def test_a_fronted_object_ends_before_the_subject_in_the_nominative():
    got = mentions("Об отставке правительства премьер-министр страны Иван Петров заявил в среду.")
    assert got == [("indirect", "Об отставке правительства", "премьер-министр страны Иван Петров")]


def test_a_fronted_object_behind_an_adverb_is_the_report():
    got = mentions("Ранее о нарушениях в работе городской больницы заявил бывший главный врач Олег Смирнов.")
    assert got == [("indirect", "о нарушениях в работе городской больницы",
                    "бывший главный врач Олег Смирнов")]


def test_an_instrumental_before_the_verb_is_no_subject():
    got = mentions("О закрытии завода первыми сообщили местные журналисты.")
    assert got == [("indirect", "О закрытии завода", "местные журналисты")]


def test_about_this_is_no_fronted_object():
    assert mentions("Об этом сообщили местные журналисты.") == []


def test_about_a_topic_is_no_fronted_object():
    assert mentions("О причинах отставки министр пока не сообщил журналистам.") == []


def test_a_name_right_before_a_singular_verb_is_its_subject():
    got = mentions("О новом назначении Гонсалес объявил в четверг на площади.")
    assert got == [("indirect", "О новом назначении", "Гонсалес")]


def test_a_name_in_the_object_before_a_plural_verb():
    got = mentions("О смерти Петровой сообщили её родственники.")
    assert got == [("indirect", "О смерти Петровой", "её родственники")]
