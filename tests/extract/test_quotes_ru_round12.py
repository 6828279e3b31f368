"""Russian quotation, round twelve (the fresh splits dev5 to dev7 read again): a second fragment
in marks coordinated with a first after a naming verb ("характеризуют … не как «…», но как
«…»"). Short news sentences of our own, with the names and scare quotes that must stay out."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- fragments coordinated after a naming verb ---------------------------------------------------

def test_second_fragment_after_a_naming_verb_far_back():
    text = ("Через неделю после аварии медики характеризуют его состояние уже не как «тяжёлое», "
            "но как «стабильное».")
    assert quotes(text) == [("partial", "тяжёлое", "медики"), ("partial", "стабильное", "медики")]


def test_second_fragment_without_a_naming_verb_stays_a_scare_quote():
    # no naming verb: the author's distance words, far from the verb of saying
    text = ("Министр заявил, что ведомство готовит новую программу поддержки малого бизнеса в "
            "регионах, и после «реформы» налогов наступит «оттепель».")
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_a_name_after_a_naming_verb_stays_out():
    text = "Журналисты назвали новый самолёт «Сапсаном», а его соперника — «Ласточкой»."
    assert [q for q in quotes(text) if q[0] == "partial"] == []


def test_a_naming_verb_of_the_sentence_before_does_not_reach():
    text = ("Врачи назвали операцию успешной. Сейчас состояние пациента в больнице уже не "
            "«тяжёлое», но по-прежнему «нестабильное».")
    assert quotes(text) == []
