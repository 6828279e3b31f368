"""Russian quotation: a listener in the dative after the verb is no speaker; the subject of the
verb's chain speaks (``… и говорил всем, что это «…»``; ``quotes/lang/ru/sentences_listener.py``).
Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


def test_the_subject_of_the_chain_speaks_not_the_listener():
    text = ("Коллекционер Иванов повесил картину в подвале и говорил всем, что это «подарок от "
            "старого друга двадцатилетней давности».")
    assert mentions(text) == ["Коллекционер Иванов"]


def test_a_listener_with_no_subject_leaves_the_quote_unattributed():
    text = "«Мы ничего об этом не знаем и знать не хотим», — сказали журналистам."
    assert mentions(text) == [""]


def test_a_carrier_after_the_verb_is_no_listener():
    text = ("Чемпионку поздравил губернатор. «Вашим успехом гордится вся область», — отмечается в "
            "его телеграмме.")
    assert mentions(text) != [""]
