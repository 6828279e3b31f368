"""Russian quotation: a predicate in the instrumental fronted before the subject is no part of the
speaker (``Виновником происходящего певец считает «…»``;
``quotes/lang/ru/sentences_fronted.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


def test_a_fronted_instrumental_is_cut_from_the_speaker():
    text = "Виновником кризиса министр считает «тех, кто годами не вкладывал деньги в отрасль»."
    assert mentions(text) == [("тех, кто годами не вкладывал деньги в отрасль", "министр")]


def test_a_name_in_the_instrumental_is_no_predicate():
    # «Вместе с Тимом Бернерсом-Ли …»: a name, not a predicate (the rule leaves it to the others)
    text = "Главный редактор газеты считает «тех, кто годами не вкладывал деньги в отрасль» виновными."
    assert mentions(text)[0][1] == "Главный редактор газеты"
