"""Russian quotation and reported speech, round sixteen (the fresh split dev10). Short news
sentences of our own, with the cases that must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, span, speaker mention, speaker)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker if isinstance(r.speaker, str) else "")
            for r in q.itertuples()]


# --- an agentless report over a noun object: «Сообщается о …» ------------------------------------

def test_an_agentless_report_of_a_noun_object():
    assert quotes("Сообщается также о задержании двух членов движения.") == [
        ("indirect", "задержании двух членов движения", "", "")]
    assert quotes("В столице продолжаются беспорядки. Ранее сообщалось о десяти раненых "
                  "полицейских.") == [("indirect", "десяти раненых полицейских", "", "")]


def test_an_agentless_report_that_names_no_content_stays_out():
    # "Об этом сообщается": the sentence before is the report (a rule of its own), "об этом"
    # carries nothing
    got = quotes("Клуб продлил контракт с тренером. Об этом сообщается на сайте клуба.")
    assert [k for k, *_ in got] == ["indirect"]
    assert got[0][1].startswith("Клуб продлил контракт")


# --- a verb of saying in the perfective future has said nothing yet ------------------------------

def test_a_future_announcement_is_no_report():
    assert quotes("Сегодня же академия объявит лауреата премии этого года.") == []
    assert quotes("В ближайшее время премьер также объявит о сложении полномочий.") == []


def test_a_past_or_present_announcement_still_reports_its_object():
    assert [k for k, *_ in quotes("Вчера премьер объявил о сложении своих полномочий.")] == [
        "indirect"]
    assert [k for k, *_ in quotes("Министерство сообщает о гибели трёх человек.")] == ["indirect"]


# --- a second report of the same speaker with no comma before «и» --------------------------------

def test_a_coordinated_second_report_without_a_comma():
    got = quotes("Журналист сказал, что очень рад выходу на свободу и добавил, что продолжит "
                 "свою работу в газете.")
    assert [(k, s, m) for k, s, m, _ in got] == [
        ("indirect", "очень рад выходу на свободу", "Журналист"),
        ("indirect", "продолжит свою работу в газете", "Журналист")]


def test_the_reported_clause_s_own_verbs_are_not_a_second_report():
    # the director resigned and said it: no report of the minister's
    got = quotes("Министр заявил, что директор уволился и сообщил, что завод закроют.")
    assert all(s != "завод закроют" for _, s, _, _ in got)
    # a second verb that does not agree with the first is not its subject's
    got = quotes("Министр заявила, что директор уволился и сообщил, что завод закроют.")
    assert all(m != "Министр" for _, _, m, _ in got)


# --- an object in the accusative opening the clause: the speaker follows the verb -----------------

def test_a_fronted_object_is_no_speaker_and_no_report():
    got = quotes("Ранее эту же информацию сообщал представитель движения: «Лидер изолирован от "
                 "его помощников, он помещен в здание министерства».")
    assert [(k, m) for k, _, m, _ in got] == [("direct", "представитель движения")]


def test_a_subject_before_the_object_still_speaks():
    got = quotes("Однако позже пресс-служба министра опровергла эту информацию сообщив, что "
                 "журналисты его не совсем правильно поняли.")
    assert [(k, m) for k, _, m, _ in got] == [("indirect", "пресс-служба министра")]


# --- where a reported noun object ends --------------------------------------------------------

def test_a_noun_object_ends_before_at_the_same_time():
    got = quotes("Пресс-служба президента сообщила о госпитализации главы государства вчера днём, "
                 "при этом истинную причину госпитализации не назвали.")
    assert [s for _, s, _, _ in got] == ["госпитализации главы государства вчера днём"]


def test_a_noun_object_ends_before_the_medium_of_the_statement():
    got = quotes("Министр сообщил о закрытии трёх заводов в интервью местной газете.")
    assert [s for _, s, _, _ in got] == ["закрытии трёх заводов"]
    # a place that is no medium stays in the object
    got = quotes("Министр сообщил о закрытии трёх заводов в Самарской области.")
    assert [s for _, s, _, _ in got] == ["закрытии трёх заводов в Самарской области"]


# --- a listener in the dative between the verb and «что» -----------------------------------------

def test_a_listener_in_the_dative_before_that():
    got = quotes("Режиссёр сообщил мэру, что первые премьеры пройдут в конце октября.")
    assert [(s, m) for _, s, m, _ in got] == [("первые премьеры пройдут в конце октября", "Режиссёр")]
    got = quotes("Министр сказал ему, что отставки не будет до весны.")
    assert [(s, m) for _, s, m, _ in got] == [("отставки не будет до весны", "Министр")]


def test_a_reason_after_the_verb_is_no_listener():
    assert quotes("Он объяснил это тем, что устал.") == []


def test_whose_event_dates_the_statement_does_not_speak():
    # "до заявления Монти": Monti's statement dates it; the subject stands further back, so
    # no speaker is better than Monti
    got = quotes("Берлускони, лидер партии, за несколько часов до заявления Монти сообщил прессе, "
                 "что готов вновь бороться за пост главы правительства.")
    assert all(m != "Монти" for _, _, m, _ in got)
    got = quotes("После помолвки недоброжелатели утверждали, что невеста вынудила его жениться.")
    assert [m for _, _, m, _ in got] == ["недоброжелатели"]


# --- short passive participles of saying: «отмечено», «указано» --------------------------------

def test_a_statement_noted_in_a_document_speaks_through_its_author():
    got = quotes("«Это шоу станет для нас важнейшим событием», — это было отмечено в заявлении "
                 "группы, опубликованном перед прибытием музыкантов.")
    assert [(k, m) for k, _, m, _ in got] == [("direct", "группы")]
    got = quotes("В документе указано, что глава государства распорядился принять предложение "
                 "министерства.")
    assert [(k, s) for k, s, _, _ in got] == [
        ("indirect", "глава государства распорядился принять предложение министерства")]


def test_a_participle_that_reports_nothing_stays_out():
    # "указано" as a plain attribute of a thing (no «что», no colon, no quotation)
    assert quotes("На упаковке указано время изготовления товара.") == []


# --- «Ли» as a surname, «ли» as a question ------------------------------------------------------

def test_a_capitalised_li_is_a_surname():
    got = quotes("Стэн Ли заявил, что новый фильм выйдет летом.")
    assert [(s, m) for _, s, m, _ in got] == [("новый фильм выйдет летом", "Стэн Ли")]
    got = quotes("«Фильм выйдет летом», — сказал Брюс Ли.")
    assert [m for _, _, m, _ in got] == ["Брюс Ли"]


def test_a_question_whether_someone_said_is_no_report():
    assert quotes("Неизвестно, заявил ли министр, что завод закрыт.") == []


# --- a clause before ", а" with no quoted words, then a quoted fragment -------------------------

def test_an_unquoted_clause_before_a_but_clause_with_a_fragment_is_its_own_report():
    got = quotes("Супруги заявили, что дата совпала случайно, а страну они выбрали, так как хотят "
                 "жить «свободно и в безопасности».")
    assert [(k, s) for k, s, _, _ in got] == [("indirect", "дата совпала случайно"),
                                             ("partial", "свободно и в безопасности")]


def test_parallel_phrases_and_a_namely_stay_one_fragment():
    got = quotes("Политолог считает, что речь идет не о преемнике, а о «дембельских вариантах» для "
                 "чиновников.")
    assert [k for k, *_ in got] == ["partial"]
    got = quotes("По словам группы, снимок является метафорой, а именно, что «сохранить "
                 "невинность сложнее, чем кажется».")
    assert [k for k, *_ in got] == ["partial"]


# --- an image caption between a colon line and its block --------------------------------------

def test_a_caption_under_the_colon_line_is_passed_over_to_the_block():
    text = ("Президент подписал указ. В подписанном главой государства документе говорится:\n"
            "И. Ф. Петров\n"
            "В связи с заявлением губернатора о досрочном прекращении полномочий постановляю "
            "принять его отставку по собственному желанию.\n")
    got = quotes(text)
    assert [(k, s[:12]) for k, s, _, _ in got] == [("embedded", "В связи с за")]


def test_a_block_that_is_a_sentence_is_not_a_caption():
    text = ("Министр сказал:\nМы уйдём из правительства в понедельник.\n"
            "Премьер промолчал.\n")
    got = quotes(text)
    assert [(k, s) for k, s, _, _ in got] == [("embedded", "Мы уйдём из правительства в понедельник.")]
