"""Russian reported speech: a noun that cannot be nominative before the verb is the verb's object,
not its speaker (``Насира обвинили в том, что …``; ``quotes/lang/ru/sentences_object.py``). Short
news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str]]:
    """``(kind, speaker mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.speaker_mention) for r in q.itertuples()]


def test_an_accused_person_before_the_verb_speaks_not():
    text = "Насира обвинили в том, что он участвовал в заговоре с целью организации взрывов."
    assert mentions(text) == [("indirect", "")]


def test_a_fronted_object_after_a_comma_or_a_conjunction_speaks_not():
    assert mentions("Кроме того, спикера обвиняют в том, что он тратил деньги на такси.") == [
        ("indirect", "")]
    text = ("Актриса подтвердила факт свадьбы, а Ксению Собчак назвала достойным человеком, "
            "которого рада видеть в семье.")
    assert all(m != "Ксению Собчак" for _, m in mentions(text))


def test_a_fronted_object_with_an_adjective_speaks_not():
    text = "Крупнейшего акционера компании обвиняют в «организации злоупотребления властью»."
    assert mentions(text) == [("partial", "")]


def test_a_subject_in_the_nominative_still_speaks():
    assert mentions("Министр заявил, что переговоры продолжатся на следующей неделе.") == [
        ("indirect", "Министр")]
    assert mentions("Путина спросили журналисты, и Иванова заявила, что переговоры продолжатся.")[
        -1] == ("indirect", "Иванова")


def test_a_genitive_after_a_noun_or_a_number_keeps_its_mention():
    text = "В заявлении Госдепартамента США отмечается, что этот инцидент нарушает резолюцию ООН."
    assert mentions(text) == [("indirect", "Госдепартамента США")]
    text = "57% респондентов полагают, что досрочные выборы должны состояться как можно скорее."
    assert mentions(text) == [("indirect", "респондентов")]


def test_an_abbreviation_or_an_unknown_name_keeps_its_mention():
    text = "13 апреля ВАДА признала, что ситуация с мельдонием стала беспрецедентной для спорта."
    assert mentions(text) == [("indirect", "ВАДА")]


def test_a_country_in_the_genitive_keeps_its_mention():
    text = "Представители США, Канады и Великобритании объявили, что подозреваемые арестованы в среду."
    assert all(m for _, m in mentions(text))
