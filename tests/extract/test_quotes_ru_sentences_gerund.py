"""Russian quotation: a gerund of saying that opens its sentence (``Называя X «Y», Марк …``)
takes the main clause's subject after its phrase as speaker
(``quotes/lang/ru/sentences_gerund.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def partials(text: str) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of each ``partial`` of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "partial"]


def test_the_subject_after_the_gerunds_phrase_speaks():
    text = "Называя реформу «настоящей катастрофой», министр Иванов сказал: «Мы этого не допустим»."
    assert partials(text) == [("настоящей катастрофой", "министр Иванов")]
    text = "Называя реформу «катастрофой для экономики», лидер оппозиции потребовал отставки."
    assert partials(text) == [("катастрофой для экономики", "лидер оппозиции")]


def test_an_adverbial_after_the_comma_is_no_subject():
    text = "Называя реформу «катастрофой для экономики», в правительстве не стесняются в выражениях."
    assert partials(text) == [("катастрофой для экономики", "")]


def test_a_gerund_after_its_main_clause_keeps_its_own_rule():
    text = "Министр выступил с критикой, назвав реформу «катастрофой для экономики»."
    assert partials(text) == [("катастрофой для экономики", "Министр")]
