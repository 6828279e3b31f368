"""Russian quotation and reported speech, round seventeen (the fresh split dev11). Short news
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


# --- the source named in marks after «Как сообщает», «со ссылкой на», «по данным» ----------------

def test_an_outlet_in_marks_after_as_reports_is_a_name_not_a_quote():
    for text in ('Как сообщает "Интерфакс", министр заявил, что цены вырастут.',
                 "Как передает «Интерфакс», министр заявил, что цены вырастут.",
                 "По данным «Известий», министр заявил, что цены вырастут."):
        got = quotes(text)
        assert all(span != "Интерфакс" and span != "Известий" for _, span, *_ in got), got
        assert [k for k, *_ in got] == ["indirect"]


def test_a_quotation_after_as_said_by_a_person_stays_a_quote():
    assert quotes("Как сообщил министр, «мы не отступим».") == [
        ("partial", "мы не отступим", "министр", "")]
    assert [k for k, *_ in quotes("«Мы не отступим», — сказал министр журналистам.")] == ["direct"]


# --- a gerund of saying has no subject after it: the words there are its object ----------------

def test_the_object_after_a_gerund_is_not_the_speaker_of_the_block():
    got = quotes("Актёр ответил в Twitter. Он принёс извинения за свои действия, объяснив их "
                 "сильным опьянением:\nЯ в ужасе от этой истории. Я правда не помню этой встречи.")
    assert [(k, m) for k, _, m, _ in got] == [("embedded", "Он")]


def test_the_object_after_a_gerund_is_not_the_speaker_of_a_fragment():
    got = quotes("Монарх также призвал бельгийцев к единству, подчеркнув её «ценное "
                 "демократическое богатство» — плюрализм.")
    assert ("partial", "ценное демократическое богатство", "Монарх") in [
        (k, s, m) for k, s, m, _ in got]


def test_a_speaker_after_a_finite_verb_before_the_colon_stays():
    got = quotes("Вчера на брифинге заявил министр финансов:\nМы не отступим от своих планов. "
                 "Бюджет будет принят.")
    assert [(k, m) for k, _, m, _ in got] == [("embedded", "министр финансов")]


# --- a block under a colon line that opens in lower case, spoken to a listener ------------------

def test_a_lower_case_block_in_the_second_person_under_a_saying_line_is_embedded():
    got = quotes("Путин подписал указ.\n\nОб этом Президент России сообщил депутату во время "
                 "встречи в Кремле:\nхотел бы Вам предложить другую работу, связанную с "
                 "исполнительной деятельностью.")
    assert ("embedded", "Президент России") in [(k, m) for k, _, m, _ in got]


def test_a_lower_case_line_under_a_colon_without_saying_or_person_stays_out():
    assert quotes("В списке значатся:\nминистерство финансов, министерство обороны и мы.") == []
    assert [k for k, *_ in quotes("Министр подписал указ:\nпосле голосования депутаты "
                                  "разошлись по домам.")] == []


# --- a second speaker's clause set against a report: «…, что P, в ответ Y назвал её «…»» --------

def test_a_reply_clause_with_its_own_subject_owns_the_fragment():
    got = quotes("Ольга Голодец сообщила, что Геннадий Онищенко покинет свой пост, в ответ "
                 "Онищенко назвал её «странным персонажем».")
    assert ("partial", "странным персонажем", "Онищенко") in [(k, s, m) for k, s, m, _ in got]
    got = quotes("Министр сообщил, что налоги вырастут, а депутат Иванов назвал это «грабежом».")
    assert [(k, s, m) for k, s, m, _ in got] == [("partial", "грабежом", "депутат Иванов")]


def test_a_fragment_inside_the_reported_clause_stays_the_reporters():
    got = quotes("Министр сообщил, что налоги вырастут и станут «умеренными».")
    assert [(k, m) for k, _, m, _ in got] == [("partial", "Министр")]


# --- «охарактеризовал / расценил X как «Y»»: the fragment is the speaker's word -----------------

def test_a_fragment_after_characterised_as_is_partial():
    assert quotes("Министр охарактеризовал ситуацию как «катастрофическую».") == [
        ("partial", "катастрофическую", "Министр", "")]
    assert quotes("Премьер расценил решение суда как «политическое».") == [
        ("partial", "политическое", "Премьер", "")]


def test_characterising_without_marks_or_a_subject_quotes_nobody():
    assert quotes("Характеризуя продукт, компания упомянула его вес.") == []
    assert [k for k, *_ in quotes("Так называемая «дорожная карта» характеризует этапы "
                                  "реформы.")] == []


def test_a_time_adverbial_before_the_main_clause_is_not_the_gerunds_speaker():
    got = quotes("Несколько дней назад в ходе выступления руководитель аппарата сделал заявление, "
                 "раскритиковав работу следователей:\nСК слишком торопится. Мы этого не одобряем.")
    assert [k for k, *_ in got] == ["embedded"]
    assert got[0][2] != "Несколько дней назад"


def test_the_reported_clause_ends_where_the_reply_clause_opens():
    got = quotes("Ольга Голодец сообщила, что Геннадий Онищенко покинет свой пост, в ответ "
                 "Онищенко назвал её «странным персонажем».")
    assert ("indirect", "Геннадий Онищенко покинет свой пост", "Ольга Голодец") in [
        (k, s, m) for k, s, m, _ in got]
