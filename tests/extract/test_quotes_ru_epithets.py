"""An epithet in marks right before the speaker's name is no quotation (round twenty-nine,
``discourse/extract/quotes/lang/ru/sentences_epithets.py``). Sentences written for this test;
each epithet below was a ``partial`` of the named person before the revision."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes

_QUOTED = ["direct", "partial", "nested", "embedded"]


def _extract(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


@pytest.mark.parametrize(("text", "report", "speaker"), [
    ("Вдова «короля рок-н-ролла» Присцилла Пресли заявила, что продаст поместье.",
     "продаст поместье", "Присцилла Пресли"),
    ("Дочь «железной леди» Кэрол Тэтчер рассказала, что мать болела.", "мать болела",
     "Кэрол Тэтчер"),
])
def test_an_epithet_before_the_name_is_no_quote_and_the_report_stays(text, report, speaker):
    pred = _extract(text)
    assert not pred["kind"].isin(_QUOTED).any(), pred[["text", "kind"]].to_string()
    rows = pred[pred["text"] == report]
    assert len(rows) == 1 and rows.iloc[0]["speaker_mention"] == speaker


def test_an_epithet_in_a_phrase_before_the_subject_is_no_quote():
    pred = _extract("Вместе с «отцом русской авиации» Николаем Жуковским Игорь Сикорский написал "
                    "статью о полётах.")
    assert not pred["kind"].isin(_QUOTED).any(), pred[["text", "kind"]].to_string()


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the speaker before the verb: the words in marks are that speaker's
    ("Премьер назвал Китай «надёжным партнёром», — пишет газета.", "надёжным партнёром", "Премьер"),
    # the name after the marks is the object, the speaker the subject before the verb
    ("Нетаньяху поблагодарил «своего друга» Путина за помощь.", "своего друга", "Нетаньяху"),
])
def test_a_speakers_fragment_stays(text, words, speaker):
    pred = _extract(text)
    rows = pred[(pred["text"] == words) & (pred["kind"] == "partial")]
    assert len(rows) == 1 and rows.iloc[0]["speaker_mention"] == speaker, pred.to_string()
