"""A Russian speaker described in an apposition is the name beside it, and a gerund taken for the
subject names nobody (discourse.extract.speakers.lang.ru_apposition, the ``extend_mention`` of
Russian). In a single sentence there is no earlier mention for a description to resolve to: the
name is in the sentence or the speaker stays empty. The sentences are our own."""

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru import RUSSIAN


def _speakers(text: str) -> list[tuple[str, str, str]]:
    pred = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    return [(r.text, r.speaker_mention, r.speaker or "") for r in pred.itertuples()]


extend_apposition = RUSSIAN.extend_mention  # ru_apposition.apposition(ru.person_runs)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Ольга Смирнова, директор школы, где учился мальчик, заявила, что уроки отменены.",
     "директор школы", "Ольга Смирнова"),
    ("Мэр наградил Пола Андерсона, своего давнего партнёра, который называл себя «вечным "
     "строителем».", "своего давнего партнёра", "Пола Андерсона"),
    ("Игорь Волков, глава профсоюза, заявил, что забастовка продолжится.",
     "глава профсоюза", "Игорь Волков"),
])
def test_the_name_before_its_apposition_joins_the_mention(text, mention, name):
    ms, me = _span(text, mention)
    assert extend_apposition(text, ms, me) == (text.index(name), me)


@pytest.mark.parametrize(("text", "mention"), [
    # the description is not closed by a comma: a new clause's subject, not an apposition
    ("Как сообщил Иван Петров, представители полиции заявили, что задержанных нет.",
     "представители полиции"),
    # the name is an object in another case (instrumental): not one phrase with the description
    ("После встречи с Иваном Петровым, главы делегаций, как сообщается, заявили, что договорились.",
     "главы делегаций"),
    # «В Москве» is capitalised but opens with a preposition: no name
    ("В Москве, представители мэрии, по их словам, заявили, что всё готово.",
     "представители мэрии"),
    # a name already in the mention
    ("Игорь Волков, глава профсоюза Сергей Орлов, заявил, что всё решено.",
     "глава профсоюза Сергей Орлов"),
])
def test_no_apposition_no_change(text, mention):
    ms, me = _span(text, mention)
    assert extend_apposition(text, ms, me) == (ms, me)


def test_a_gerund_is_no_subject_the_name_before_it_is():
    text = "Как сообщал Bloomberg анонсируя новый выпуск, в основу легли «события прошлой зимы»."
    ms, me = _span(text, "анонсируя новый выпуск")
    assert extend_apposition(text, ms, me) == _span(text, "Bloomberg")
    # with no name before the gerund the mention is left to the shared rules
    text = "Как сообщалось анонсируя выпуск, в основу легли «события прошлой зимы»."
    ms, me = _span(text, "анонсируя выпуск")
    assert extend_apposition(text, ms, me) == (ms, me)


def test_the_apposed_person_speaks_in_a_whole_sentence():
    got = _speakers("Президент помиловал Марка Дэвиса, своего старого друга, который называл себя "
                    "«самым честным человеком штата».")
    assert [(q, s) for q, _, s in got] == [("самым честным человеком штата", "Марк Дэвис")]
    got = _speakers("Рустам Хакимов, имам мечети, которую пытались поджечь, заявил, что "
                    "поджигатели скрылись на машине.")
    assert [s for _, _, s in got] == ["Рустам Хакимов"]


@pytest.mark.parametrize(("text", "mention", "whole"), [
    ("Официальный представитель ведомства, Анна Кузнецова, заявила, что решение окончательное.",
     "Официальный представитель ведомства", "Официальный представитель ведомства, Анна Кузнецова"),
    ("«Дороги расчищены», — сказал глава района, Игорь Волков.",
     "глава района", "глава района, Игорь Волков"),
    ("Новость подтвердил владельца клуба, компанию «Северный ветер», представитель суда.",
     "владельца клуба", "владельца клуба, компанию «Северный ветер»"),
])
def test_the_name_after_a_description_joins_the_mention(text, mention, whole):
    ms, me = _span(text, mention)
    assert extend_apposition(text, ms, me) == _span(text, whole)


@pytest.mark.parametrize(("text", "mention"), [
    # capitalised words that are no person's name
    ("Представители ведомства, Россия и Китай, заявили, что сделка закрыта.",
     "Представители ведомства"),
    # the description names its person already
    ("Глава профсоюза Сергей Орлов, Игорь Волков, заявили, что всё решено.",
     "Глава профсоюза Сергей Орлов"),
    # the apposition is not closed: a list goes on
    ("Директор школы, Ольга Смирнова и её заместитель заявили, что уроки отменены.",
     "Директор школы"),
    # a name in another case than the description's head: not one phrase
    ("Как сообщил директор школы, Ольге Смирновой, уроки отменены.", "директор школы"),
])
def test_no_name_after_no_change(text, mention):
    ms, me = _span(text, mention)
    assert extend_apposition(text, ms, me) == (ms, me)


def test_the_speaker_named_after_the_description_speaks():
    got = _speakers("Директор школы, Ольга Смирнова, сообщила, что уроки «отменены до понедельника».")
    assert [(q, s) for q, _, s in got] == [("отменены до понедельника", "Ольга Смирнова")]
