"""Russian quotation: a singular name before a plural verb is the verb's object, no speaker
(``а Токио считают «…»``; ``quotes/lang/ru/sentences_agreement.py``). Short news sentences of our
own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of each quoted part of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind in ("partial", "direct")]


def test_a_singular_name_before_a_plural_verb_speaks_not():
    text = "Вашингтон там рассматривают как агрессора, а Токио считают «заклятым врагом народа»."
    assert mentions(text) == [("заклятым врагом народа", "")]


def test_a_name_that_agrees_with_its_verb_speaks():
    text = "Вашингтон там рассматривают как агрессора, а Токио считает, что это «заклятый враг народа»."
    assert mentions(text) == [("заклятый враг народа", "Токио")]


def test_a_place_a_statement_comes_from_speaks_with_a_plural_verb():
    text = "В Кремле заявили, что это «провокация чистой воды»."
    assert mentions(text) == [("провокация чистой воды", "Кремле")]
