"""Russian quotation, round two: what marks hold that is not a quotation (a list of titles, an
award's wording), and a short quotation after a verb of saying. Sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_a_list_of_titles_in_marks_is_no_quote_even_with_a_verb_inside():
    text = ("Писательница выпустила несколько романов. Автор книг: «Дети уходят в лес», "
            "«Северный ветер», «Последний поезд».")
    assert quotes(text) == []


def test_titles_joined_by_and_are_no_quote():
    assert quotes("Режиссёр снял фильмы «Люди ждут рассвета» и «Тихая гавань».") == []


def test_a_listed_sentence_in_marks_stays_a_quote():
    # sentences (with their own punctuation) one after another are quotations, not titles
    got = quotes("Он сказал: «Мы не уйдём!», «Мы останемся здесь до конца!»")
    assert [k for k, _, _ in got] and all(k in ("direct", "partial") for k, _, _ in got)


def test_an_award_wording_in_marks_is_no_quote():
    text = ("В 1990 году «за выдающийся вклад в развитие мировой физики, который изменил науку», "
            "учёный получил Нобелевскую премию.")
    assert quotes(text) == []


def test_an_award_wording_reported_by_a_document_is_its_words():
    text = ("В указе говорится, что орден вручается «за большой вклад в развитие дружбы "
            "между народами»." )
    assert [k for k, _, _ in quotes(text)] == ["partial"]


def test_a_short_quotation_with_a_past_verb_in_yo_after_a_cue():
    got = quotes("Его первая запись гласит «Пришёл домой» и больше ничего.")
    assert [(k, t) for k, t, _ in got] == [("partial", "Пришёл домой")]


def test_an_ordinal_alone_is_not_a_speaker():
    got = quotes("В блоге две записи. Первая гласит «Пришёл Иван» (по-английски).")
    assert [(t, m) for _, t, m in got] == [("Пришёл Иван", "")]


# --- blocks without marks after a colon --------------------------------------------------------


def test_block_after_a_verb_whose_object_announces_words():
    text = ("Актёр выразил соболезнования:\n"
            "Большая утрата. Светлая память, тёплые слова.\n")
    assert quotes(text) == [
        ("embedded", "Большая утрата. Светлая память, тёплые слова.", "Актёр")]


def test_block_indented_by_a_space_after_a_passive_cue():
    text = "В предисловии к сборнику сказано:\n Эти рассказы написаны для детей и их родителей.\n"
    assert [(k, t) for k, t, _ in quotes(text)] == [
        ("embedded", "Эти рассказы написаны для детей и их родителей.")]


def test_block_after_a_plain_verb_and_object_is_the_authors_narration():
    text = "Суд рассмотрел дело:\nОбвиняемый освобождён под залог. Заседание отложено.\n"
    assert quotes(text) == []


# --- the subject of a gerund of saying ---------------------------------------------------------


def test_gerund_before_the_quote_takes_the_main_clauses_subject():
    text = ("При этом Смирнов выступил с резкой критикой проверки, заявив, в частности: "
            "«Мне непонятно, как это могло повлиять на дело».")
    assert quotes(text) == [
        ("direct", "Мне непонятно, как это могло повлиять на дело", "Смирнов")]


def test_gerund_after_a_cue_verb_stops_the_subject_at_that_verb():
    assert quotes("Министр отверг обвинения, добавив: «Это ложь от начала до конца».") == [
        ("direct", "Это ложь от начала до конца", "Министр")]


def test_gerund_after_a_reflexive_past_verb():
    assert quotes("Глава района Иванов обратился к жителям, сказав: «Мы справимся вместе».") == [
        ("direct", "Мы справимся вместе", "Глава района Иванов")]


# --- whose words a medium carries --------------------------------------------------------------


def test_a_medium_citing_someones_words_gives_them_as_the_speaker():
    text = ("«Все сообщения о штурме являются ложью», — цитирует агентство Рейтер слова "
            "министра обороны Ивана Петрова.")
    assert quotes(text) == [("direct", "Все сообщения о штурме являются ложью",
                             "министра обороны Ивана Петрова")]


def test_fragments_after_cited_words_are_the_cited_persons():
    text = ("Агентства привели слова Петрова о том, что договор является «ошибкой прошлого "
            "десятилетия», которую надо «исправить».")
    got = quotes(text)
    assert [(k, t, m) for k, t, m in got] == [
        ("partial", "ошибкой прошлого десятилетия", "Петрова"),
        ("partial", "исправить", "Петрова")]


def test_a_fragment_built_on_an_infinitive_far_from_its_cue_is_a_quote():
    text = ("Долгожительница пережила трёх мужей, а также поделилась секретом: всем, кто "
            "хочет дожить до её лет, нужно просто «следить за своим здоровьем».")
    assert quotes(text)[-1] == ("partial", "следить за своим здоровьем", "Долгожительница")


def test_one_adjective_in_marks_before_its_noun_is_a_label():
    text = "По мнению критика, это типичные «патриотические» песни того времени."
    assert [k for k, t, _ in quotes(text) if t == "патриотические"] == []


def test_block_after_a_colon_takes_the_main_verbs_subject_not_a_relative_clauses():
    text = ("Позже Сергей оставил в своём блоге запись, которая быстро разошлась по сети:\n"
            "Мне звонили весь вечер. Я ничего не скажу.\n")
    assert quotes(text) == [("embedded", "Мне звонили весь вечер. Я ничего не скажу.", "Сергей")]


def test_gerund_subject_is_not_taken_from_an_adverbial_phrase():
    text = ("В ходе прошедшей в субботу встречи мэр подчеркнул важность диалога, напомнив о том, "
            "что город должен «жить в мире со всеми соседями».")
    got = quotes(text)
    assert got and all(m != "прошедшей в субботу встречи мэр" for _, _, m in got)


# --- a speaker, a verb the lexicon lacks, its object, a colon ------------------------------------


def test_verb_with_its_object_before_the_colon():
    text = ("Премьер-министр Иванов выразил соболезнования семьям погибших: «Это огромная "
            "трагедия для всей страны».")
    assert quotes(text) == [
        ("direct", "Это огромная трагедия для всей страны", "Премьер-министр Иванов")]


def test_a_speaker_in_marks_keeps_no_gloss_in_brackets():
    text = ("Во втором посте «Друг семьи» (так он подписывается) рекламирует свою книгу в "
            "журнале: «Читайте мою новую книгу о том, почему мы победим».")
    assert [m for _, _, m in quotes(text)] == ["«Друг семьи»"]


def test_subject_after_an_opening_adverbial_starts_at_its_nominative_adjective():
    text = ("В видео-обращении из колонии бывшая участница группы Мария Петрова заявила, что суд "
            "нарушил её права.")
    assert quotes(text) == [
        ("indirect", "суд нарушил её права", "бывшая участница группы Мария Петрова")]


# --- reported speech: phrases of conclusion and hope, "на то, что" ------------------------------


def test_came_to_the_conclusion_that():
    assert quotes("Специальная комиссия пришла к выводу, что задержанный больше не представляет "
                  "угрозы для страны.") == [
        ("indirect", "задержанный больше не представляет угрозы для страны", "Специальная комиссия")]


def test_expressed_confidence_that():
    assert quotes("Президент выразил уверенность, что закон будет быстро принят парламентом.") == [
        ("indirect", "закон будет быстро принят парламентом", "Президент")]


def test_pointed_to_the_fact_that():
    assert quotes("Её защита указала на то, что она не участвовала в акции протеста у суда.") == [
        ("indirect", "она не участвовала в акции протеста у суда", "Её защита")]


def test_everything_points_to_is_no_speakers_report():
    assert quotes("Всё указывает на то, что выход корабля в море откладывается надолго.") == []


def test_in_the_end_is_no_speaker():
    got = quotes("За ним следили несколько лет и в конце концов пришли к выводу, что лучшего "
                 "кандидата не найти.")
    assert got == [("indirect", "лучшего кандидата не найти", "")]
