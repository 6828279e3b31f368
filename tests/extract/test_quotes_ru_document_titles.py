"""Titles of documents in marks inside a Russian sentence are no quotations (round twenty-nine,
``discourse/extract/quotes/lang/ru/sentences_document_titles.py``). Sentences written for this
test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes.lang.ru.sentences_document_titles import is_title_phrase


def _quotes(text: str) -> pd.DataFrame:
    pred = extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return pred[pred["kind"].isin(["direct", "partial", "nested", "embedded"])]


# each of these was a speakerless ``partial`` before the revision
@pytest.mark.parametrize("text", [
    "С марта изменятся «Правила пользования городским транспортом общего пользования в Казани».",
    "Кроме того, корректировке подвергнутся «Правила оказания услуг связи для целей кабельного "
    "вещания, утвержденные постановлением правительства от 22.12.2006 № 785».",
    "В заключении поясняется, что вещество отнесено к ядам «Конвенцией о запрещении производства, "
    "хранения и применения ядовитых веществ и о их уничтожении» от 1990 года.",
])
def test_a_title_in_marks_is_no_quote(text):
    assert _quotes(text).empty


@pytest.mark.parametrize(("text", "words"), [
    # a speaker's words with a predicate, though they open with a noun
    ("«Правительство не готово к таким переменам», — заявил депутат.", "Правительство не готово"),
    # a speaker's verbless words after a colon: the quote has a cue and a speaker
    ("Министр сказал: «Полная катастрофа для всей страны».", "Полная катастрофа"),
])
def test_a_speakers_words_stay(text, words):
    got = _quotes(text)
    assert any(t.startswith(words) for t in got["text"]), got[["text", "kind"]].to_string()


def test_the_title_phrase():
    assert is_title_phrase(["Правила", "применения", "оборудования"])
    assert is_title_phrase(["Положение", "о", "порядке", "проведения", "конкурса"])
    assert not is_title_phrase(["Правила", "применения"])  # two words: a label, read case by case
    assert not is_title_phrase(["правила", "применения", "оборудования"])  # not capitalised
    assert not is_title_phrase(["Президент", "высоко", "ценит", "его", "вклад"])  # a finite verb
    assert not is_title_phrase(["Решение", "было", "правильным"])  # a finite verb
    assert not is_title_phrase(["Работа", "нужна", "всем"])  # a short adjective
    assert not is_title_phrase(["Это", "незначительное", "увеличение"])  # a pronoun first
