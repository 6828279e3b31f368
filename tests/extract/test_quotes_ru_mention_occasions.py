"""The occasion, manner or city of a speech act after a Russian speaker is no part of the mention
(``discourse/extract/quotes/lang/ru/mention_occasions.py``; sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def _mentions(text: str) -> list[str]:
    out = extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}),
                                    actors=load_actors(None))
    return list(out["speaker_mention"])


@pytest.mark.parametrize("text, mention", [
    # an occasion after the speaker
    ("«Мы закончим ремонт к осени», — сказал губернатор на совещании в администрации.",
     "губернатор"),
    ("«Цены не вырастут», — заявил министр финансов на пресс-конференции в Казани.",
     "министр финансов"),
    # a manner of saying
    ("«Я ни о чём не жалею», — сказала актриса с улыбкой.", "актриса"),
    ("«Это была ошибка», — признал тренер со слезами в голосе на встрече с болельщиками.",
     "тренер"),
    # a city right after a person's name
    ("«Решение окончательное», — сказал судья Пётр Васильев в Новосибирске.", "судья Пётр Васильев"),
    # a quotation with no closing mark still ends at the attribution
    ("\"Я этого не делал, - заявил спортсмен со слезами на глазах на брифинге в Сочи.",
     "спортсмен"),
])
def test_the_adverbial_is_cut(text, mention):
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("text, mention", [
    # a place after a title is part of it: the ambassador in the USA is who speaks
    ("«Мы не согласны», — сказал посол России в США Сергей Кузнецов.",
     "посол России в США Сергей Кузнецов"),
    # «с» with no noun of manner: the speaker and who is with him
    ("«Мы победим», — заявил капитан с товарищами по команде.",
     "капитан с товарищами по команде"),
    # a place after a word that is no person's name («России»)
    ("«Мы готовы», — заявил представитель посольства России в Вене.",
     "представитель посольства России в Вене"),
])
def test_what_is_no_adverbial_stays(text, mention):
    assert _mentions(text) == [mention]
