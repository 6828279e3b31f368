"""Russian quotation: a manner phrase between the dash and the verb is no subject, the subject
after the verb speaks (``«…», — упавшим голосом сказала она``;
``quotes/lang/ru/sentences_manner.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


def test_the_subject_after_the_verb_speaks():
    assert mentions("«Я ничего об этом не знаю», — упавшим голосом сказала она журналистам.") == ["она"]
    assert mentions("«Я ничего об этом не знаю», — тихо сказал Иванов.") == ["Иванов"]
    assert mentions("''«Я ничего об этом не знаю»'', — со вздохом ответил министр.") == ["министр"]


def test_a_subject_before_the_verb_keeps_its_reading():
    assert mentions("«Я ничего об этом не знаю», — министр сказал журналистам.") == ["министр"]
