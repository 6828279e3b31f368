"""Russian quotation and speakers, round thirteen (the fresh split dev8): the subject after an
opening "В ответ на это", a title before a foreign name the dictionary does not know. Short news
sentences of our own, with the cases that must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, span, speaker mention, speaker)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker) for r in q.itertuples()]


# --- the subject after an opening adverbial of reply -------------------------------------------

def test_subject_after_in_reply_to_this():
    text = ("Власти объявили итоги голосования. В ответ на это представитель оппозиции назвал "
            "выборы «откровенной фальсификацией».")
    got = quotes(text)
    assert [(k, s, m) for k, s, m, _ in got] == [
        ("partial", "откровенной фальсификацией", "представитель оппозиции")]


def test_subject_after_after_this():
    text = "После этого представитель профсоюза назвал решение завода «ударом по рабочим»."
    assert [m for _, _, m, _ in quotes(text)] == ["представитель профсоюза"]


def test_a_name_before_a_medium_phrase_stays_the_subject():
    # "Путин в интервью РБК": the phrase after a name is no opening adverbial
    text = "Путин в интервью РБК назвал санкции «ошибкой» европейских политиков."
    assert [m for _, _, m, _ in quotes(text)] == ["Путин"]


def test_a_medium_phrase_after_about_this_finds_the_speaker_after_the_verb():
    text = ("Ранее стало известно, что актриса уехала из России. Об этом в эфире ток-шоу «Прямой "
            "эфир» 30 октября заявила её представитель Анна Смирнова.")
    # no report whose text is the speaker's own noun phrase
    assert all("Анна Смирнова" not in s for _, s, _, _ in quotes(text))


# --- a title before a full name the dictionary does not know ------------------------------------

def test_title_before_an_unknown_foreign_name_gives_the_name():
    text = "Затем в 2002 году президент Бакили Мулузи объявил его своим преемником."
    assert quotes(text) == [("indirect", "его своим преемником", "президент Бакили Мулузи",
                             "Бакили Мулузи")]


def test_title_and_complement_before_an_unknown_name():
    text = ("При этом представитель Тегерана в ОПЕК Мохаммад-Али Хатиби вчера заявил, что выборы "
            "генсека организации пройдут в любом случае.")
    assert [s for *_, s in quotes(text)] == ["Мохаммад-Али Хатиби"]


def test_an_abbreviation_before_a_surname_is_no_first_name():
    text = "Председатель партии ЧСДП Соботка заявил, что партия будет добиваться роспуска парламента."
    assert [s for *_, s in quotes(text)] == [""]


def test_a_name_in_the_genitive_is_not_given_as_the_speaker():
    text = ("По словам министра безопасности Аргентины Патрисии Буллрич, задержанный пытался "
            "пронести на борт чемодан с кокаином.")
    assert [s for *_, s in quotes(text)] == [""]


def test_a_lawyer_before_an_unknown_name_may_be_whose_lawyer():
    text = "Адвокат Бакили Мулузи заявил, что его подзащитный не будет давать показаний."
    assert [s for *_, s in quotes(text)] == [""]


# --- mentions: an age before the noun, an institution's name with "по" ---------------------------

def test_an_age_in_the_nominative_belongs_to_the_mention():
    text = "В среду 66-летний музыкант рассказал, что ему пришлось отменить все летние концерты."
    assert [m for _, _, m, _ in quotes(text)] == ["66-летний музыкант"]


def test_an_age_in_the_accusative_is_no_subject():
    # "осудили 16-летнюю девушку": the girl is the object, the court is not named
    text = "В четверг суд осудил 16-летнюю девушку за призывы к насилию в социальных сетях."
    assert all("16-летнюю" not in m for _, _, m, _ in quotes(text))


def test_a_date_before_the_subject_stays_out():
    text = "28 августа мать девушки заявила, что дочь не вернулась домой после занятий."
    assert [m for _, _, m, _ in quotes(text)] == ["мать девушки"]


def test_an_institution_named_with_po_keeps_its_phrase():
    text = ("Однако в сентябре Агентство по охране окружающей среды пришло к выводу, что препарат не "
            "вызывает раковых заболеваний.")
    assert quotes(text)[0][:3] == ("indirect", "препарат не вызывает раковых заболеваний",
                                   "Агентство по охране окружающей среды")


def test_a_name_before_po_is_not_an_institution():
    text = "Песков по телефону заявил, что встреча президентов пока не запланирована."
    assert [m for _, _, m, _ in quotes(text)] == ["Песков"]


# --- cues: a listener "суду", "пришло к выводу", "выразил убеждение" -------------------------------

def test_said_to_the_court_that():
    text = "Житель Калифорнии Эдвин Хардман заявил суду, что много лет распылял гербицид на участке."
    assert quotes(text) == [("indirect", "много лет распылял гербицид на участке",
                             "Житель Калифорнии Эдвин Хардман", "Эдвин Хардман")]


def test_expressed_conviction_that():
    text = "Депутат Илья Пономарев выразил убеждение, что новые законы послужат поводом к репрессиям."
    assert quotes(text) == [("indirect", "новые законы послужат поводом к репрессиям",
                             "Депутат Илья Пономарев", "Илья Пономарев")]


# --- "X сообщила об этом" after a sentence that reports by itself --------------------------------

def test_about_this_after_a_sentence_with_its_own_that_clause_adds_no_second_report():
    text = ("Певица Мадонна сообщила, что у неё в крови найдены антитела к коронавирусу. "
            "61-летняя певица сообщила об этом в четверг в своём Instagram.")
    assert [(k, s) for k, s, _, _ in quotes(text)] == [
        ("indirect", "у неё в крови найдены антитела к коронавирусу")]


def test_about_this_after_a_sentence_without_a_report_makes_it_one():
    text = ("Рауль Кастро подтвердил информацию о том, что намерен оставить политику в 2018 году. "
            "Глава Кубы объявил об этом в своём выступлении в воскресенье.")
    assert [k for k, *_ in quotes(text)] == ["indirect"]


# --- an apposition before "заявил о …" is no report ----------------------------------------------

def test_an_apposition_before_said_about_is_the_subject_not_a_report():
    text = ("Принцесса Мако Акисино, внучка императора Японии Акихито, официально объявила о "
            "помолвке со своим студенческим другом.")
    assert all(not s.startswith("Принцесса") for _, s, _, _ in quotes(text))


def test_a_report_before_said_by_after_the_verb_stays():
    text = "Переговоры в Женеве зашли в тупик, заявил министр иностранных дел Сергей Лавров."
    assert quotes(text)[0][:3] == ("indirect", "Переговоры в Женеве зашли в тупик",
                                   "министр иностранных дел Сергей Лавров")


# --- a second speaker's report after a coordinator ends the first ---------------------------------

def test_according_to_ends_before_a_second_speakers_report():
    text = ("По словам министра, завод закроют к лету, однако профсоюз заявил, что рабочие будут "
            "протестовать до конца.")
    assert [(s, m) for _, s, m, _ in quotes(text)] == [
        ("завод закроют к лету", "министра"), ("рабочие будут протестовать до конца", "профсоюз")]


def test_that_clause_ends_before_a_second_speakers_report():
    text = ("Адвокаты утверждают, что задержанную передали властям на границе, а прокуратура "
            "настаивает, что она пересекла границу сама.")
    assert [m for _, _, m, _ in quotes(text)] == ["Адвокаты", "прокуратура"]


def test_a_subject_and_verb_inside_the_report_without_that_stay_in_it():
    text = ("По словам министра, завод закроют к лету, однако рабочие продолжат получать зарплату "
            "до конца года.")
    assert [s for _, s, _, _ in quotes(text)] == [
        "завод закроют к лету, однако рабочие продолжат получать зарплату до конца года"]


def test_so_before_the_verb_leaves_the_subject_before_it():
    # "она так пояснила необходимость операции детям:": "так" is no clause boundary
    text = ("Актриса Анджелина Джоли перенесла операцию.\n\nОна так пояснила необходимость операции "
            "своим детям:\nЯ могу сказать своим детям, что они не должны бояться. Я для них просто "
            "мама, как и была всегда.")
    assert [(k, m) for k, _, m, _ in quotes(text)] == [("embedded", "Она")]


# --- a first name alone stands for the article's one full name with it -------------------------

def test_a_first_name_alone_and_her_pronoun_name_the_full_name():
    text = ("Актриса Анджелина Джоли перенесла операцию.\n\nАнджелина заявила, что другие женщины "
            "«извлекут пользу из её опыта».\n\n«Мы со всем справимся», — сказала она.")
    assert [s for *_, s in quotes(text)] == ["Анджелина Джоли", "Анджелина Джоли"]


def test_a_first_name_shared_by_two_people_stays_a_first_name():
    text = ("На встрече были Андрей Петров и Андрей Смирнов.\n\nАндрей заявил, что переговоры "
            "продолжатся на следующей неделе в Москве.")
    assert [s for *_, s in quotes(text)] == ["Андрей"]


def test_a_full_name_in_another_case_is_not_the_name():
    # «По словам Светланы Ивановой» holds the genitive only: no nominative form to give
    text = ("По словам Светланы Ивановой, завод закроют.\n\nСветлана заявила, что рабочие получат "
            "зарплату до конца года.")
    assert [s for *_, s in quotes(text)][-1] == "Светлана"


# --- an apposition in the genitive belongs to the mention after "по словам" -----------------------

def test_apposition_after_according_to_belongs_to_the_speaker():
    text = ("По словам Лео Бенедучи, генерального секретаря профсоюза Osapp, в тюрьмах страны "
            "находится около 12 тысяч членов мафиозных организаций.")
    assert quotes(text) == [("indirect", "в тюрьмах страны находится около 12 тысяч членов "
                             "мафиозных организаций", "Лео Бенедучи, генерального секретаря "
                             "профсоюза Osapp", "Лео Бенедучи")]


def test_a_nominative_after_according_to_opens_the_report():
    text = "По словам эксперта, президент Путин совершил серьёзную ошибку в этом вопросе."
    assert quotes(text)[0][1:3] == ("президент Путин совершил серьёзную ошибку в этом вопросе",
                                    "эксперта")


def test_a_clause_after_according_to_is_no_apposition():
    text = ("По словам СМИ, вероятной причиной отставки министра стали разногласия, связанные с "
            "отменой законопроекта о страховании.")
    assert quotes(text)[0][2] == "СМИ"


def test_an_adverbial_after_according_to_is_no_apposition():
    text = "По словам министра, вчера в Москве, по данным полиции, задержали трёх человек."
    assert quotes(text)[0][2] == "министра"


# --- "заявление X, в котором сказано, что P" --------------------------------------------------------

def test_the_author_after_the_statement_a_relative_clause_stands_for():
    text = ("На сайте епархии было опубликовано заявление пресс-службы митрополита, в котором было "
            "сказано, что памятник будет отреставрирован и перенесён к школе.")
    assert quotes(text)[0][1:3] == ("памятник будет отреставрирован и перенесён к школе",
                                    "пресс-службы митрополита")


def test_the_subject_who_published_the_statement_still_speaks():
    text = ("Пентагон опубликовал справку, в которой говорилось, что расследование инцидента "
            "продлится ещё месяц.")
    assert quotes(text)[0][2] == "Пентагон"


# --- read on a sample of the 840 articles: the one named is not the namer; more foreign names ----

def test_an_indefinite_plural_naming_verb_names_nobody_before_it():
    text = "Юную фигуристку Сотникову называли «вундеркиндом» в фигурном катании."
    assert [(s, m, sp) for _, s, m, sp in quotes(text)] == [("вундеркиндом", "", "")]


def test_a_plural_subject_of_a_naming_verb_still_names():
    text = "Критики называют реформу правительства «провалом» и требуют отставки министра."
    assert quotes(text)[0][2] == "Критики"


def test_an_abbreviation_before_the_name_is_not_part_of_it():
    text = ("Начальник УСД Джаудат Саляхов пояснил митингующим, что «вся судейская коллегия осуждает "
            "действия судьи».")
    assert [s for *_, s in quotes(text)] == ["Джаудат Саляхов"]


def test_a_genitive_first_name_after_a_title_is_whose_title():
    text = ("Менеджер Мии Фэрроу сказал, что его семья «оплакивает трагическую потерю любимого "
            "мужа и отца».")
    assert [s for *_, s in quotes(text)] == [""]


def test_a_three_word_name_is_not_cut_to_its_last_two_words():
    text = ("Генсек ООН Пан Ги Мун выразил надежду, что выборы в стране пройдут мирно и их "
            "результаты будут признаны всеми партиями.")
    assert all(s != "Ги Мун" for *_, s in quotes(text))


def test_a_pronoun_after_an_unnamed_fathers_report_is_his_not_an_earlier_name():
    # «Его отец сказал …. По его словам, …»: the father (unnamed), not the president named before
    text = ("В заявлении он осуждал решение президента Дональда Трампа «отдать Аль-Кудс евреям».\n\n"
            "Его отец сказал, что шокирован известием об аресте сына. По его словам, сын начал "
            "изучать ислам около года назад.")
    assert [s for *_, s in quotes(text)][-1] == ""


def test_a_participle_of_a_naming_verb_keeps_the_fragment_and_its_noun_names():
    text = ("Ранее зал покинул депутат Илья Пономарев, в своём выступлении охарактеризовавший "
            "правящую партию как «партию жуликов и воров».")
    assert quotes(text) == [("partial", "партию жуликов и воров", "депутат Илья Пономарев",
                             "Илья Пономарев")]


def test_a_coordinated_verb_with_a_noun_object_reports_for_the_first_subject():
    text = ("Путин заявил, что «в России высоко ценят отношения с Кубой», и подтвердил готовность "
            "к тесной совместной работе по укреплению партнёрства.")
    assert [(k, m) for k, _, m, _ in quotes(text)] == [("partial", "Путин"), ("indirect", "Путин")]
