"""Russian speaker mentions: an adverb or a particle at either edge is no part of the mention
(``Рено часто говорила`` -> «Рено»; ``quotes/lang/ru/mention_adverbs.py``). Short news sentences
of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


def test_an_adverb_between_the_subject_and_the_verb_is_dropped():
    assert mentions("Рено часто говорила: «За всё отвечаю я».") == ["Рено"]
    assert mentions("Актриса Джоли вообще считает, что такие поездки полезны детям.") == [
        "Актриса Джоли"]


def test_an_adverb_opening_the_clause_is_dropped():
    assert mentions("Поэтому лидеры партии заявили, что члены правительства должны уйти.") == [
        "лидеры партии"]


def test_a_word_of_quantity_stays():
    assert mentions("Более 100 стран заявили, что поддерживают резолюцию о прекращении огня.") == [
        "Более 100 стран"]


def test_a_one_word_mention_and_a_name_stay():
    assert mentions("Министр Иванов заявил, что переговоры продолжатся.") == ["Министр Иванов"]
