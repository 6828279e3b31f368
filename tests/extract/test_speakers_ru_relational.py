"""Russian speakers named by their relation to somebody else («адвокат Алексея Навального»,
«пресс-секретарь президента Владимира Путина»): the person in the genitive is whose lawyer or
spokesman the speaker is, never the speaker; a name in the nominative after such a head is the
speaker («помощник Навального Мария Певчих»). Before, a full name in the genitive after the
head resolved to that person (the registry matched its surname alone, and the first name before
it hid the head), and so did a name after the head's own complement. Also «администрация Дональда
Трампа» as the White House. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes

ARTICLE = ("Алексей Навальный остаётся в заключении. Владимир Путин и Дональд Трамп провели "
           "переговоры.\n\n")


def speaker(sentence: str) -> tuple[str, str]:
    """``(actor, camp)`` of the one quote of a short article ending with ``sentence``."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [ARTICLE + sentence]}),
                                  actors=load_actors())
    [row] = [r for r in q.itertuples()]
    return (row.speaker if isinstance(row.speaker, str) else "", row.camp)


@pytest.mark.parametrize("sentence", [
    "«Мы подадим жалобу в Европейский суд», — заявил адвокат Алексея Навального.",
    "«Переговоры продолжатся», — заявил пресс-секретарь президента Владимира Путина.",
    "«Переговоры продолжатся», — сказал представитель президента России Владимира Путина.",
], ids=["lawyer-of-full-name", "spokesman-of-president-name", "representative-of-president"])
def test_the_person_whose_lawyer_or_spokesman_speaks_is_not_the_speaker(sentence):
    assert speaker(sentence) == ("", "unknown")


@pytest.mark.parametrize(("sentence", "actor"), [
    ("«Это неприемлемо», — сказала помощник Навального Мария Певчих.", "Maria Pevchikh"),
    ("«Переговоры продолжатся», — заявил пресс-секретарь президента России Владимира Путина "
     "Дмитрий Песков.", "Dmitry Peskov"),
    ("«Переговоры продолжатся», — заявил Владимир Путин.", "Vladimir Putin"),
], ids=["aide-named", "press-secretary-named-after-the-president", "the-name-alone"])
def test_a_name_in_the_nominative_after_the_head_is_the_speaker(sentence, actor):
    assert speaker(sentence)[0] == actor


def test_the_presidents_administration_is_the_white_house():
    sentence = "Администрация Дональда Трампа заявила, что санкции против России останутся в силе."
    assert speaker(sentence) == ("White House", "western")
