"""Russian quotation, round three: a word before the marks that only looks like a title noun, an
adverbial between the speaker and the verb, a relative clause between them. Sentences of our
own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_a_quotation_after_a_sentence_ending_in_a_title_like_word_is_a_quotation():
    # "журналистов." starts like "журнал «…»" and ends the sentence before: no name follows
    text = ("Министр Олег Гусев ответил на вопросы журналистов. «Мы не видим здесь угрозы», — "
            "заявил он.")
    assert quotes(text) == [("direct", "Мы не видим здесь угрозы", "он")]


@pytest.mark.parametrize("text", [
    "Банкиры «Северного банка» отказались от комментариев.",
    "Об этом написала газета «Северные вести».",
    "Боевики группировки «Лесные братья» отступили.",
])
def test_names_after_title_nouns_stay_names(text):
    assert quotes(text) == []


def test_a_persons_noun_made_from_a_title_stem_does_not_make_a_name():
    # "журналистам" is people, not "журнал": the quotation after it is the minister's words
    got = quotes("Министр Олег Гусев сказал журналистам «Мы не уйдём из региона».")
    assert got and got[0][1] == "Мы не уйдём из региона" and got[0][2] == "Министр Олег Гусев"


def test_an_adverbial_headed_by_nakanune_is_not_the_speaker():
    text = "Вратарь Павел Орлов накануне финала признался: «Мы долго ждали этой игры»."
    assert quotes(text) == [("direct", "Мы долго ждали этой игры", "Вратарь Павел Орлов")]


def test_nakanune_as_an_adverb_still_leaves_the_subject():
    assert quotes("Гусев накануне заявил: «Мы готовы к диалогу».") == [
        ("direct", "Мы готовы к диалогу", "Гусев")]


def test_a_relative_clause_between_the_subject_and_a_verb_the_lexicon_lacks():
    text = ("Премьер-министр Олег Гусев, который знал погибшего много лет, выразил "
            "соболезнования: «Это огромная потеря для всех нас».")
    assert quotes(text) == [("direct", "Это огромная потеря для всех нас",
                             "Премьер-министр Олег Гусев")]


# --- blocks after a colon ----------------------------------------------------------------------


def test_a_block_after_a_second_verb_takes_the_subject_of_the_first():
    text = ("Министр транспорта Олег Гусев подал в отставку и обратился к избирателям:\n"
            "Я не могу больше отвечать за работу ведомства в этих условиях.")
    assert quotes(text) == [("embedded", "Я не могу больше отвечать за работу ведомства в этих "
                             "условиях.", "Министр транспорта Олег Гусев")]


def test_a_speaker_label_over_a_block_in_the_first_person():
    text = "Фермер из Тамбова Игорь Белов:\nМы потеряли весь урожай за одну ночь."
    assert quotes(text) == [("embedded", "Мы потеряли весь урожай за одну ночь.",
                             "Фермер из Тамбова Игорь Белов")]


def test_a_heading_over_a_list_is_no_label():
    assert quotes("Состав новой комиссии Думы:\nИгорь Белов, Олег Гусев, Анна Петрова.") == []


def test_a_block_in_wiki_italics_after_a_verb_of_saying():
    text = ("В пресс-службе ГИБДД Самары сообщили:\n''Около полудня автомобиль выехал на встречную "
            "полосу и столкнулся с автобусом.''")
    assert quotes(text) == [("embedded", "Около полудня автомобиль выехал на встречную полосу и "
                             "столкнулся с автобусом.", "пресс-службе ГИБДД Самары")]


def test_with_these_words_attributes_the_quotation_before_it():
    text = ("«Мы вернёмся сюда через год», — с этими словами капитан команды Игорь Белов покинул "
            "поле.")
    assert quotes(text) == [("direct", "Мы вернёмся сюда через год", "капитан команды Игорь Белов")]


# --- reported speech ---------------------------------------------------------------------------


def test_an_agentless_report_takes_the_agent_named_at_the_sentence_end():
    text = "Сообщается, что при пожаре пострадали два человека, сообщает агентство ТАСС."
    assert quotes(text) == [("indirect", "при пожаре пострадали два человека", "агентство ТАСС")]


def test_the_author_of_a_press_release_named_after_a_participle():
    text = "Задержаны ещё четыре человека, говорится в пресс-релизе, выпущенном прокуратурой Самары."
    assert quotes(text) == [("indirect", "Задержаны ещё четыре человека", "прокуратурой Самары")]


def test_a_participle_without_an_author_leaves_the_carrier():
    text = "Задержаны ещё четыре человека, говорится в заявлении, опубликованном вчера."
    assert quotes(text) == [("indirect", "Задержаны ещё четыре человека", "заявлении")]


def test_a_sentence_final_attribution_after_a_relative_clause():
    text = ("Пожар начался в подвале здания, где находились склады, сообщил губернатор области "
            "Игорь Белов.")
    assert quotes(text) == [("indirect", "Пожар начался в подвале здания, где находились склады",
                             "губернатор области Игорь Белов")]


def test_a_verb_after_a_relative_clause_with_its_object_after_it_reports_nothing():
    # "…, которая подтвердила …, написала аранжировку и …": "аранжировку" is no speaker
    text = ("Пианистка Анна Белова, которая подтвердила сходство пьес, написала аранжировку и "
            "свела треки в одну композицию.")
    assert all(mention != "аранжировку" for _, _, mention in quotes(text))


def test_a_block_after_a_gerund_of_saying_is_the_main_clauses_subjects():
    text = ("Министр Олег Гусев отказался обсуждать доклад, сказав журналистам:\n"
            "Я такие доклады не комментирую.")
    assert quotes(text) == [("embedded", "Я такие доклады не комментирую.", "Министр Олег Гусев")]


def test_a_block_after_a_verb_of_saying_joined_to_a_present_tense_verb():
    text = ("Певица Анна Белова не жалеет о решении и сообщила, что уходит со сцены:\n"
            "Мне нужно время для семьи и для себя.")
    # the "сообщила, что" clause is her report too (ANNOTATION.md; round five finds it through
    # the subject the coordinated verb shares)
    assert quotes(text) == [("indirect", "уходит со сцены", "Певица Анна Белова"),
                            ("embedded", "Мне нужно время для семьи и для себя.",
                             "Певица Анна Белова")]


# --- verb forms and speakers after the verb ----------------------------------------------------


def test_a_capitalised_quotation_with_a_present_tense_in_yot_is_a_sentence_not_a_title():
    # "ведёт" is a verb: «Запад ведёт опасную игру» is no name in marks. A whole «что»-clause
    # in marks is a `partial` (NOTES dev10-train-99855; branch ru-grid3, `that_clauses.py`;
    # this test first expected `direct`, what the shared classifier gave then)
    assert quotes("Министр Олег Гусев заявил, что «Запад ведёт опасную игру».") == [
        ("partial", "Запад ведёт опасную игру", "Министр Олег Гусев")]


def test_a_noun_in_lyot_is_no_verb():
    assert quotes("Компания показала новый самолёт «Северный ветер».") == []


def test_an_outlet_in_marks_after_the_verb_is_the_listener():
    text = "«Я ни о чём не жалею», — рассказала «Известиям» певица Анна Белова."
    assert quotes(text) == [("direct", "Я ни о чём не жалею", "певица Анна Белова")]


def test_the_medium_after_the_cited_speaker_is_not_part_of_the_name():
    assert quotes("«Это провокация», — приводит слова Гусева ТАСС.") == [
        ("direct", "Это провокация", "Гусева")]


def test_a_quotation_after_a_dash_continues_the_one_attributed_before():
    text = ("«Ситуация под контролем», — сообщил министр Андрей Сидоров. — «Больницы работают в "
            "штатном режиме».")
    assert quotes(text) == [("direct", "Ситуация под контролем", "министр Андрей Сидоров"),
                            ("direct", "Больницы работают в штатном режиме", "министр Андрей Сидоров")]


@pytest.mark.parametrize(("text", "mention"), [
    ("«Это ложь», — отреагировал на заявление представитель ведомства Игорь Белов.",
     "представитель ведомства Игорь Белов"),
    ("«Это ложь», — ответил на вопрос журналистов Гусев.", "Гусев"),
    ("«Это ложь», — ответил на это заявление Гусев.", "Гусев"),
])
def test_what_the_speaker_answers_stands_between_the_verb_and_the_speaker(text, mention):
    assert quotes(text) == [("direct", "Это ложь", mention)]


def test_a_one_word_rest_after_the_attribution_inside_the_marks_is_a_second_span():
    assert quotes("«Мы не отдадим город, — заявил мэр Олег Гусев. — Никогда».") == [
        ("direct", "Мы не отдадим город", "мэр Олег Гусев"),
        ("direct", "Никогда", "мэр Олег Гусев")]


def test_a_quotation_in_marks_on_the_line_under_a_colon_takes_its_attribution():
    text = "Фермер Игорь Белов написал в своём блоге:\n\n«Мы потеряли весь урожай за одну ночь»."
    assert quotes(text) == [("direct", "Мы потеряли весь урожай за одну ночь", "Фермер Игорь Белов")]


def test_an_object_with_svoy_after_the_verb_is_not_the_speaker():
    text = "«Спасибо всем, кто был с нами», — поблагодарила своих сторонников певица Анна Белова."
    assert quotes(text) == [("direct", "Спасибо всем, кто был с нами", "певица Анна Белова")]


def test_an_object_with_svoy_stays_in_a_reported_span():
    text = "Министр Олег Гусев назвал свой уход из политики ошибкой."
    assert quotes(text) == [("indirect", "свой уход из политики ошибкой", "Министр Олег Гусев")]
