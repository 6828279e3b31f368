"""A fragment in marks after a plural speech act or «повелеть» (round thirty-one, branch
ru-speakers15: ``discourse/extract/quotes/lang/ru/sentences_plural_acts.py``). Sentences written
for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes


def _extract(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


@pytest.mark.parametrize(("text", "words", "mention"), [
    # a plural present and a plural past of a speech act: the named subject
    ("Устав от обещаний, они требуют «вернуть деньги вкладчикам» и выходят на площадь.",
     "вернуть деньги вкладчикам", "они"),
    ("Депутаты Госдумы потребовали «немедленно прекратить огонь».", "немедленно прекратить огонь",
     "Депутаты Госдумы"),
    # «повелеть»: the one who commands
    ("Вчера султан Хасан повелел «немедленно открыть все школы страны».",
     "немедленно открыть все школы страны", "султан Хасан"),
])
def test_the_subject_of_a_plural_act_or_a_command_speaks(text, words, mention):
    pred = _extract(text)
    rows = pred[pred["text"] == words]
    assert len(rows) == 1, pred[["text", "kind", "speaker_mention"]].to_string()
    assert rows.iloc[0]["speaker_mention"] == mention


@pytest.mark.parametrize(("text", "words"), [
    # a common noun inside the sentence is too weak to carry the statement
    ("Сегодня жители требуют «немедленно вернуть автобусы на маршрут».",
     "немедленно вернуть автобусы на маршрут"),
    # an indefinite-personal plural: the object before it is addressed, nobody named speaks
    ("Туристов призвали не трогать «незнакомые предметы на пляже».", "незнакомые предметы на пляже"),
    # a verb that is no speech act
    ("Они выходят на площадь «с плакатами и флагами».", "с плакатами и флагами"),
])
def test_a_common_noun_subject_gives_no_speaker(text, words):
    pred = _extract(text)
    rows = pred[pred["text"] == words]
    assert (rows["speaker_mention"].fillna("") == "").all(), rows.to_string()
