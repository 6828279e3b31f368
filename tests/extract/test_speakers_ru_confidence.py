"""The ``confidence`` column in Russian: the rules' rates measured on the Russian dev splits."""

import pandas as pd

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers import RULE_CONFIDENCE
from discourse.extract.speakers.lang.ru_confidence import RULE_CONFIDENCE_RU


def _rows(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))


def test_a_russian_continuation_carries_the_confidence_measured_in_russian():
    # a fragment in the next paragraph, inside a sentence of its own, taken over from the last
    # speaker: right 3 times of 9 on the Russian dev splits, not the English 22 of 25
    out = _rows("«Мы начнём работу завтра», — заявил министр Иван Петров.\n\n"
                "Представители ведомства намерены лишь «ждать решения суда».")
    assert out["attribution"].tolist() == ["cue_after", "continuation"]
    assert out["confidence"].tolist() == [RULE_CONFIDENCE_RU["cue_after"],
                                          RULE_CONFIDENCE_RU["continuation"]]
    assert RULE_CONFIDENCE_RU["continuation"] < 0.5 < RULE_CONFIDENCE["continuation"]


def test_english_keeps_the_shared_confidences():
    out = _rows('"We will start tomorrow," said Dmitry Peskov.\n\n'
                '"The papers are ready," Peskov added.')
    assert out["lang"].eq("en").all()
    assert out["confidence"].tolist() == [RULE_CONFIDENCE[r] for r in out["attribution"]]


def test_every_russian_rate_is_a_probability_of_a_known_rule():
    assert set(RULE_CONFIDENCE_RU) <= set(RULE_CONFIDENCE)
    assert all(0.0 < v < 1.0 for v in RULE_CONFIDENCE_RU.values())
