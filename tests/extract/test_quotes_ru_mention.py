"""The Russian speaker mention mended (``quotes/lang/ru/mention.py``): an intensifier, a medium
phrase before the subject, a gloss in brackets between a title and the name. Short news
sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[str]:
    """The speaker mention of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return list(q["speaker_mention"])


def test_an_intensifier_opening_the_subject_is_dropped():
    assert mentions("Сам министр заявил, что бюджет будет принят в срок.") == ["министр"]


def test_a_medium_phrase_before_the_subject_is_dropped():
    text = ("В своём интервью наследники основателя рассказали, что их участие в управлении "
            "компанией редко афишировалось.")
    assert mentions(text) == ["наследники основателя"]


def test_a_gloss_in_brackets_after_a_title_leads_to_the_name():
    text = ("Смерть политика совпала с годовщиной переворота, заявил официальный представитель "
            "«Союза граждан» (Unión de Ciudadanos) Сесар Дуран.")
    assert mentions(text) == [
        "официальный представитель «Союза граждан» (Unión de Ciudadanos) Сесар Дуран"]



def test_a_time_phrase_after_the_speaker_ends_the_mention():
    text = "Бывший президент страны был убит, подтвердила его партия после появления видео в сети."
    assert mentions(text) == ["его партия"]
