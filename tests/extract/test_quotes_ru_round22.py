"""Russian quoted speech, round twenty-two (dev15; issue 12, branch ru-quotes20): words in marks
that name or cite, not anyone's words (``quotes/lang/ru/labels.py``) — a nickname in the
nominative after a verb of naming, a prize's citation after «за». Short news sentences of our
own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text) for r in q.itertuples()]


# --- a nickname in the nominative after a verb of naming

def test_nickname_in_the_nominative_is_no_quote():
    assert quotes("Он долго руководил заводом, и его называли «железный директор».") == []
    assert quotes("Министра, которую в газетах часто называют «русская Тэтчер», снова критикуют.") == []


def test_characterisation_in_the_instrumental_stays_a_quote():
    # the predicate of назвать in the instrumental is the speaker's characterisation
    assert quotes("Губернатор назвал нового мэра «толковым хозяйственником».") == [
        ("partial", "толковым хозяйственником")]


def test_a_clause_after_naming_is_not_a_nickname():
    # an infinitive's clause in marks right after the verb is no name: it stays a quote
    assert quotes("Министр ответил, что свою цель называет «вернуть людям доверие к власти».") == [
        ("partial", "вернуть людям доверие к власти")]


# --- a prize's citation after «за»

def test_prize_citation_is_no_quote():
    assert quotes("Премию в этом году присудили химику Ивану Петрову за его «выдающийся вклад в "
                  "теорию катализа, изменивший всю отрасль».") == []
    assert quotes("Награды удостоены два врача за открытие «нового способа лечения редких "
                  "болезней крови».") == []


def test_words_of_a_laureate_after_za_stay_a_quote():
    # a verb of saying between the award and the marks: the laureate's own words
    assert quotes("Лауреат премии заявил, что благодарен коллегам за «тёплый приём и поддержку».") == [
        ("partial", "тёплый приём и поддержку")]


def test_za_without_an_award_stays_a_quote():
    assert quotes("Депутат заявил, что голосовал за «честные и открытые выборы».") == [
        ("partial", "честные и открытые выборы")]


# --- a name after a compound noun that takes names; a short name a relative clause describes

def test_name_after_a_compound_noun_is_no_quote():
    assert quotes("Петербургская кавер-рок-группа «Були для бабули» отмечает десятилетие альбома.") == []


def test_short_name_before_a_relative_clause_is_no_quote():
    assert quotes("«Лидс», которого считают одним из величайших защитников, объявил об этом "
                  "на пресс-конференции.") == []


def test_a_sentence_before_a_relative_clause_stays_a_quote():
    # a pronoun and a verb: a sentence someone said, even as the antecedent of «которое»
    assert quotes("«Мы победим», которое он повторял, стало лозунгом.") == [("direct", "Мы победим")]


# --- the source after «по мнению» ends at a comma before a nominative

def mentions(text: str) -> list[tuple[str, str]]:
    """``(text, speaker mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


def test_source_stops_before_the_clause_subject():
    assert mentions("По мнению автора петиции, Г. А. Зюганов «демонстрирует свое бессилие на "
                    "посту лидера».") == [("демонстрирует свое бессилие на посту лидера", "автора петиции")]


def test_apposition_in_the_genitive_stays_in_the_source():
    assert mentions("По словам мужа погибшей, Дэвида Маккина, мяч укатился в воду.") == [
        ("мяч укатился в воду", "мужа погибшей, Дэвида Маккина")]
