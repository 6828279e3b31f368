"""Russian quotation, round five (the fresh split dev4): the cues "как выразился" and
"заключил, что"; a lower-case clause in marks after a noun that takes names ("закон «ударит
по …»"); a second fragment after a naming verb. Sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.ru.phrases import is_verb_form


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- verbs of saying the lexicon lacked -------------------------------------------------------

def test_kak_vyrazilsya_attributes_the_fragment_that_follows():
    text = "Как выразился один из депутатов, министр «потерял связь с реальностью»."
    assert quotes(text) == [("partial", "потерял связь с реальностью", "один из депутатов")]


def test_zaklyuchil_chto_reports_a_fragment_and_a_clause():
    assert quotes("Аналитики банка заключили, что рубль «ещё не достиг дна».") == [
        ("partial", "ещё не достиг дна", "Аналитики банка")]
    assert quotes("Эксперты заключили, что реформа пенсионной системы провалилась.") == [
        ("indirect", "реформа пенсионной системы провалилась", "Эксперты")]


def test_zaklyuchit_a_contract_is_no_report():
    assert quotes("Клуб заключил контракт с нападающим «Спартака» на три года.") == []


# --- a noun that takes a name, then a quoted predicate ----------------------------------------

def test_a_lower_case_clause_after_a_title_noun_is_the_speakers_words():
    assert quotes("Депутат заявил, что новый закон «ударит по карману пенсионеров».") == [
        ("partial", "ударит по карману пенсионеров", "Депутат")]
    assert quotes("Тренер признал, что команда «не справилась с давлением соперника».") == [
        ("partial", "не справилась с давлением соперника", "Тренер")]


def test_names_after_title_nouns_stay_names():
    assert quotes("Депутат заявил, что закон «Об образовании» будет изменён к осени.") == [
        ("indirect", "закон «Об образовании» будет изменён к осени", "Депутат")]
    assert quotes("Он перешёл в команду «Зенит» и заключил с ней контракт.") == []


# --- a second fragment after a naming verb ----------------------------------------------------

def test_a_second_fragment_after_a_naming_verb_is_the_namers():
    text = ("В пятницу мэрия назвала нового директора «опытным хозяйственником», способным "
            "«вывести парк из кризиса».")
    assert quotes(text) == [("partial", "опытным хозяйственником", "мэрия"),
                            ("partial", "вывести парк из кризиса", "мэрия")]


# --- past tenses in -ыл -----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["раскрыл", "открыла", "забыли", "скрылся", "остыло"])
def test_past_tenses_in_yl_are_verbs(word):
    assert is_verb_form(word)


@pytest.mark.parametrize("word", ["крыло", "крыла", "кобыла"])
def test_nouns_in_yl_are_not(word):
    assert not is_verb_form(word)


def test_a_verb_in_yl_after_the_dash_with_its_own_object_attributes_the_quote():
    text = "«Кино стало другим, и я в нём больше не нужен», — раскрыл свою мысль режиссёр."
    assert quotes(text) == [("direct", "Кино стало другим, и я в нём больше не нужен", "режиссёр")]


# --- a capitalised word inside the sentence is a name, not a noun that takes one --------------

def test_fragments_after_a_persons_name_are_not_names_in_marks():
    # "Маркса" starts like "марка", a noun that takes a name («марка «Жигули»»)
    text = ("Историк назвал Маркса «крупнейшим экономистом своего века», «пророком "
            "индустриальной эпохи».")
    assert quotes(text) == [("partial", "крупнейшим экономистом своего века", "Историк"),
                            ("partial", "пророком индустриальной эпохи", "Историк")]


def test_a_capitalised_title_noun_at_the_sentence_start_still_takes_a_name():
    assert quotes("Марка «Жигули» снова в продаже, сообщил дилер.") == [
        ("indirect", "Марка «Жигули» снова в продаже", "дилер")]


def test_imperfective_naming_verbs_attribute_the_fragment():
    text = "Сама актриса описывала свой дом как «тихую гавань вдали от Голливуда»."
    assert quotes(text) == [("partial", "тихую гавань вдали от Голливуда", "Сама актриса")]


# --- a long fragment opening with an infinitive ----------------------------------------------

def test_a_long_fragment_opening_with_an_infinitive_is_the_promisers():
    text = "Министр пообещал «вернуть цены на хлеб к прежнему уровню до конца года»."
    assert quotes(text) == [
        ("partial", "вернуть цены на хлеб к прежнему уровню до конца года", "Министр")]


# --- a block under a colon after a verb of a speech act ---------------------------------------

def test_a_block_after_a_call_is_the_callers_words():
    text = ("Мэр Иван Петров призвал горожан не выходить на улицу:\n"
            "Ураган продлится до утра, ветер будет валить деревья и рвать провода.")
    assert quotes(text) == [("embedded", "Ураган продлится до утра, ветер будет валить деревья и "
                             "рвать провода.", "Мэр Иван Петров")]


def test_a_block_after_thanks_and_a_promise_is_the_first_verbs_subjects():
    text = ("Он поблагодарил музеи и пообещал провести чтения в Москве:\n"
            "Спасибо всем залам, кто откликнулся, и до встречи на чтениях.")
    assert quotes(text) == [("embedded", "Спасибо всем залам, кто откликнулся, и до встречи на "
                             "чтениях.", "Он")]


def test_a_block_after_a_narrated_verb_stays_the_authors():
    text = ("Суд освободил бизнесмена из-под стражи:\n"
            "Решение вступит в силу через десять дней после оглашения.")
    assert quotes(text) == []


def test_a_dated_block_in_the_first_person_under_a_cue_is_a_statement():
    text = ("Премьеру, по словам режиссёра Ивана Орлова, зрители увидят осенью:\n"
            "12 октября мы покажем оперу «Золушка», и я сам буду дирижировать.")
    assert quotes(text) == [("indirect", "зрители увидят осенью", "режиссёра Ивана Орлова"),
                            ("embedded", "12 октября мы покажем оперу «Золушка», и я сам буду "
                             "дирижировать.", "режиссёра Ивана Орлова")]


def test_a_dated_list_under_a_colon_is_no_statement():
    text = ("Министр сообщил расписание визитов:\n"
            "12 октября — Берлин, 14 октября — Париж, 16 октября — Рим.")
    assert quotes(text) == []


# --- reported speech: a verb sharing its subject, "в том, что", "на том, что", "по сведениям" --

def test_a_coordinated_verb_of_saying_shares_the_first_verbs_subject():
    assert quotes("Министр Иван Петров посетил завод и сообщил, что зарплаты рабочих будут "
                  "повышены.") == [("indirect", "зарплаты рабочих будут повышены",
                                    "Министр Иван Петров")]
    assert quotes("Министр Иван Петров заявил, что цены на хлеб вырастут, однако уточнил, что "
                  "зарплаты тоже будут повышены.") == [
        ("indirect", "цены на хлеб вырастут", "Министр Иван Петров"),
        ("indirect", "зарплаты тоже будут повышены", "Министр Иван Петров")]


def test_a_coordinated_verb_inside_a_reported_clause_is_not_the_reporters():
    text = "Министр Иван Петров заявил, что завод закрыли и сообщили об этом рабочим вчера."
    assert quotes(text) == [("indirect", "завод закрыли и сообщили об этом рабочим вчера",
                             "Министр Иван Петров")]


def test_accused_in_tom_chto_spans_the_object_and_the_charge():
    text = "Губернатор обвинил руководителей завода в том, что они скрыли аварию от жителей."
    assert quotes(text) == [("indirect", "руководителей завода в том, что они скрыли аварию от "
                             "жителей", "Губернатор")]


def test_insisted_na_tom_chto_reports_the_clause():
    assert quotes("Адвокаты семьи настаивают на том, что он был убит в камере.") == [
        ("indirect", "он был убит в камере", "Адвокаты семьи")]


def test_po_svedeniyam_names_its_source():
    assert quotes("По сведениям агентства ТАСС, сделка будет закрыта до конца месяца.") == [
        ("indirect", "сделка будет закрыта до конца месяца", "агентства ТАСС")]


def test_subject_then_about_this_reports_the_sentence_before():
    text = "Завод в Туле закроется в марте. Его директор Иван Орлов сообщил об этом в среду."
    assert quotes(text) == [("indirect", "Завод в Туле закроется в марте",
                             "Его директор Иван Орлов")]


def test_about_this_after_the_sentences_own_news_is_no_report_of_the_one_before():
    text = ("Погода в Туле испортилась к вечеру. Директор Иван Орлов ушёл в отставку и сообщил "
            "об этом в среду.")
    assert quotes(text) == []


# --- the speaker before the verb: time phrases and "свой" ----------------------------------------

def test_a_time_phrase_ends_the_adverbials_before_the_subject():
    text = ("После встречи с Иваном Орловым в Кремле в 2009 году президент Франции Жак Ширак "
            "назвал его «настоящим другом нашей страны».")
    assert quotes(text) == [("partial", "настоящим другом нашей страны",
                             "президент Франции Жак Ширак")]


def test_an_object_with_svoy_before_the_verb_is_not_the_speaker():
    text = "Своё решение 85-летний понтифик объяснил тем, что «силы уже не те»."
    assert quotes(text)[0][2] == "85-летний понтифик"


def test_a_prepositional_phrase_with_svoy_is_not_the_speaker():
    text = ("Об этом в своём твиттере сообщила главный редактор журнала Анна Белова: «Это "
            "большая потеря для всех нас».")
    assert quotes(text) == [("direct", "Это большая потеря для всех нас",
                             "главный редактор журнала Анна Белова")]


# --- long wording in marks without a verb; names of specialties ----------------------------------

def test_a_long_lower_case_wording_in_marks_is_quoted_without_a_cue():
    text = ("Поправки вводят штрафы за «формирование у несовершеннолетних искаженного "
            "представления о социальной равноценности брачных отношений».")
    assert quotes(text) == [("partial", "формирование у несовершеннолетних искаженного "
                             "представления о социальной равноценности брачных отношений", "")]


def test_a_long_lower_case_full_name_in_marks_is_no_quote():
    text = ("Он возглавил «коммерческий банк содействия благотворительности и духовному "
            "развитию Отечества» в 1995 году.")
    assert quotes(text) == []


def test_a_specialty_in_marks_is_a_name():
    text = ("Он окончил институт по специальности «государственное и муниципальное управление "
            "со знанием иностранного языка».")
    assert quotes(text) == []


def test_a_first_person_block_under_a_present_tense_verb_is_a_statement():
    text = ("Газета приводит рассказ водителя об аварии:\n"
            "Я ехал по проспекту, кажется, и столкнулся с двумя машинами.")
    assert [q[:2] for q in quotes(text)] == [
        ("embedded", "Я ехал по проспекту, кажется, и столкнулся с двумя машинами.")]


def test_a_poem_under_a_present_tense_description_is_no_statement():
    text = ("Стихи отличает простота и лёгкость для запоминания:\n"
            "Мама, папа, брат и я — вот весёлая семья.")
    assert quotes(text) == []
