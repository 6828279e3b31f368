"""Words in marks after a noun of shouting (round thirty, branch ru-sentences9:
``discourse/extract/quotes/lang/ru/sentences_shout_nouns.py``). Sentences written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes


def _extract(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


@pytest.mark.parametrize(("text", "words", "mention"), [
    # «с криком»: whoever acts shouts (the subject before the verb)
    ("Вечером пьяный водитель Иван Петров выбежал на дорогу с криком «Стой!».", "Стой!",
     "пьяный водитель Иван Петров"),
    ("Болельщик Олег Смирнов выскочил на поле с возгласом «Судью на мыло».", "Судью на мыло",
     "Болельщик Олег Смирнов"),
    # «за выкрик»: whoever is penalised shouted
    ("Арбитр удалил его за выкрик «Позор».", "Позор", "его"),
])
def test_words_after_a_noun_of_shouting_are_the_shouters(text, words, mention):
    pred = _extract(text)
    rows = pred[(pred["text"] == words) & (pred["kind"] == "direct")]
    assert len(rows) == 1, pred[["text", "kind", "speaker_mention"]].to_string()
    assert rows.iloc[0]["speaker_mention"] == mention


@pytest.mark.parametrize("text", [
    # nobody named as the shouter: no quotation (it would take a carried speaker)
    "Ночью на улице раздался крик «Помогите».",
    # a name in marks after another noun is no shout
    "Водитель выбежал на дорогу с флагом «Спартака».",
])
def test_no_shout_without_a_named_shouter(text):
    pred = _extract(text)
    assert not (pred["kind"] == "direct").any(), pred[["text", "kind"]].to_string()
