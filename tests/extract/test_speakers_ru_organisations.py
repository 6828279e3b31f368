"""A Russian organisation's name in the genitive is written in the nominative as the speaker
(discourse.extract.speakers.lang.ru_organisations, asked by ``normal_name``): «на сайте
«Талибана» говорится» is the Taliban's statement. Names of people and words that may be a
nominative are left alone."""

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru_names import normal_name
from discourse.extract.speakers.lang.ru_organisations import organisation_nominative


@pytest.mark.parametrize(("name", "nominative"), [
    ("Талибана", "Талибан"), ("Госдепа", "Госдеп"), ("Пентагона", "Пентагон"), ("Газпрома", "Газпром"),
])
def test_an_organisation_in_the_genitive_is_put_in_the_nominative(name, nominative):
    assert organisation_nominative(name) == nominative
    assert normal_name(name) == nominative


@pytest.mark.parametrize("name", [
    "НАТО",  # indeclinable: may be a nominative already
    "Минобороны",
    "Талибан",  # a nominative
    "Путина",  # a person's surname
    "Ридуса",  # a word the dictionary only guesses
    "Кирилла Бородина",  # two words: the person rules'
])
def test_other_names_are_left_to_the_person_rules(name):
    assert organisation_nominative(name) is None


def test_the_speaker_of_a_statement_on_an_organisations_site():
    text = ("На сайте «Талибана» говорится, что боевики «уничтожили три машины и захватили склад "
            "с оружием».")
    pred = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert list(pred["speaker"]) == ["Талибан"]
