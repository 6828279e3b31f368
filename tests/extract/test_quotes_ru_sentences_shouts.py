"""Russian quotation: the words in marks after a verb of shouting are the shouter's, even inside
someone else's report (``quotes/lang/ru/sentences_shouts.py``). Short news sentences of our own,
negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_the_shouter_speaks_not_the_reporter():
    text = "Во время нападения он кричал «Смерть врагам», заявил прокурор Иван Петров."
    assert quotes(text) == [("direct", "Смерть врагам", "он")]


def test_a_short_shout_is_a_quotation():
    assert quotes("По словам очевидцев, перед взрывом Иванов выкрикнул «Прощайте все».") == [
        ("direct", "Прощайте все", "Иванов")]
    assert quotes("Толпа у здания парламента скандировала «Позор».") == [("direct", "Позор", "Толпа")]


def test_words_in_marks_without_a_shout_are_not_taken():
    assert quotes("Иванов выступил в клубе «Прощайте все».") == []
    assert quotes("Он кричал на судью, а потом ушёл из клуба «Спартак».") == []
