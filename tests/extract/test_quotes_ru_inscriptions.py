"""Russian quotation: the text of a poster, a caption or an inscription is nobody's quotation
(``quotes/lang/ru/inscriptions.py``), while a statement after a verb of saying stays one. Short
news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


QUOTED = ("direct", "partial", "nested")


def quoted(text: str) -> list[tuple[str, str, str]]:
    return [q for q in quotes(text) if q[0] in QUOTED]


def test_a_posters_text_with_a_nested_question_is_no_quote():
    text = ("Активисты вышли к зданию мэрии, держа плакат со следующим текстом: ''«Чиновники "
            "сносят наш парк! Сегодня вырубят деревья, а завтра дети спросят: „Где мы будем "
            "гулять?“»''.\nМэрия на акцию не ответила.")
    assert quoted(text) == []


def test_a_caption_after_a_colon_is_no_quote():
    text = ("Журнал опубликовал на обложке рисунок, который сопровождается подписью: «Знает ли "
            "кто-нибудь, как выглядит этот человек?» Тираж номера был распродан за день.")
    assert quoted(text) == []


def test_an_inscription_that_reads_is_no_quote():
    text = ("В парке открыли памятник погибшим пожарным. Надпись на нём гласит: «Вы спасли "
            "тысячи жизней, и город вас не забудет». На открытии было около двухсот человек.")
    assert quoted(text) == []


def test_a_banner_with_words_is_no_quote():
    text = ("Болельщики вывесили на трибуне баннер с надписью «Мы с тобой, капитан, до конца "
            "сезона!», и матч начался с минуты аплодисментов.")
    assert quoted(text) == []


def test_a_statement_after_a_verb_of_saying_stays_a_quote():
    # the same words, said by a person: a quotation
    text = ("Глава профсоюза пожарных заявил на митинге: «Вы спасли тысячи жизней, и город вас "
            "не забудет». На митинге было около двухсот человек.")
    assert quoted(text) == [("direct", "Вы спасли тысячи жизней, и город вас не забудет",
                             "Глава профсоюза пожарных")]


def test_a_protester_who_held_a_poster_and_said_something_is_quoted():
    # the placard is in the sentence, but the words come after the person's verb of saying
    text = ("Участница пикета с плакатом в руках сказала журналистам: «Мы будем стоять здесь, "
            "пока парк не оставят в покое».")
    found = quoted(text)
    assert [q[:2] for q in found] == [("direct", "Мы будем стоять здесь, пока парк не оставят "
                                                 "в покое")]
    assert found[0][2].startswith("Участница пикета")


def test_the_verb_signed_is_no_inscription():
    # "подписал" is the verb, not the noun "подпись": the decree's words after the colon stay
    text = ("Президент подписал указ и заявил: «Этот закон защитит права граждан и вступит в "
            "силу немедленно».")
    assert quoted(text) == [("direct", "Этот закон защитит права граждан и вступит в силу "
                                       "немедленно", "Президент")]
