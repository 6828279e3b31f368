"""Russian speaker mentions: a prepositional complement before the verb belongs to the speaker's
noun phrase (``Директор по маркетингу сервисов Яндекса Андрей Себрант сказал``;
``quotes/lang/ru/mention_complements.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


def test_a_title_with_its_complement_and_the_name_after_it():
    text = "Директор по маркетингу сервисов Яндекса Андрей Себрант сказал: «Музыку написала сеть»."
    assert mentions(text) == ["Директор по маркетингу сервисов Яндекса Андрей Себрант"]


def test_one_of_a_group_with_a_name_in_marks():
    text = 'Один из членов политсовета "Единой России" предположил, что это "ритуальная жертва".'
    assert mentions(text)[0] == 'Один из членов политсовета "Единой России"'


def test_an_object_or_a_pronoun_before_a_preposition_is_not_widened():
    text = "Мать Терезу при жизни называли «святой трущоб», сообщает агентство."
    assert all("при жизни" not in m for m in mentions(text))
    text = "«Я ничего не знаю», — сказала она по телефону журналистам и повесила трубку."
    assert mentions(text) == ["она"]

