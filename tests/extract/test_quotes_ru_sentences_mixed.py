"""Russian quotation: the unquoted clause that opens a «что» clause ending in a quoted part is
reported speech of its own, and a mention that is a quotation is no speaker
(``quotes/lang/ru/sentences_mixed.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def kinds(text: str, kind: str) -> list[tuple[str, str]]:
    return sorted((q[1], q[2]) for q in quotes(text) if q[0] == kind)


def test_a_clause_before_a_quoted_part_after_a_comma():
    text = ("Министр сказала, что давно хотела уйти в отставку, «потому что устала от постоянных "
            "проверок».")
    assert kinds(text, "indirect") == [("давно хотела уйти в отставку", "Министр")]
    assert kinds(text, "partial") == [("потому что устала от постоянных проверок", "Министр")]


def test_a_clause_before_a_quoted_part_after_and_or_a_dash():
    text = ("Он заявил, что его целью является развитие местной промышленности и «возвращение "
            "людям их рабочих мест».")
    assert kinds(text, "indirect") == [("его целью является развитие местной промышленности", "Он")]
    text = ("Представитель армии заявил, что противник отступил из района и потерял технику — "
            "«они бросили всё и сбежали».")
    assert kinds(text, "indirect") == [("противник отступил из района и потерял технику",
                                        "Представитель армии")]


def test_a_fragment_inside_the_clause_gets_no_report():
    text = "Посол заявил, что Китай «высоко ценит поддержку» соседних стран."
    assert kinds(text, "indirect") == []
    text = ("Керри отметил, что отношения двух стран переживают «критический момент», и что им "
            "предстоит решить «ряд серьёзных проблем».")
    assert kinds(text, "indirect") == []


def test_a_quoted_modifier_or_content_of_a_noun_gets_no_report():
    # a participle, a relative pronoun or an infinitive first: the quote belongs to the noun
    for text in ("Агентство отметило, что в ходе следствия были получены свидетельства, "
                 "«доказывающие его вину».",
                 "Папа напомнил, что это церковь всех людей и всех народов и «которая поёт единую "
                 "песнь».",
                 "Музыкант заявил, что исполнил свою давнюю мечту — «писать альбомы, как романы»."):
        assert kinds(text, "indirect") == [], text


def test_a_subject_or_a_condition_before_the_quoted_part_gets_no_report():
    text = ("Президент заявил, что те, кто вёл дело после депортации, «не смогли установить "
            "никаких связей с террористами».")
    assert kinds(text, "indirect") == []
    text = ("В министерстве заявили, что ждут разъяснений, и если информация подтвердится, "
            "«наши органы направят официальный запрос».")
    assert ("ждут разъяснений, и если информация подтвердится", "министерстве") not in kinds(
        text, "indirect")


def test_poka_chto_is_no_clause_of_saying():
    text = ("По её словам, пока что полицейские стоят за дверью, «но скоро войдут».")
    assert "пока что полицейские стоят за дверью" not in [q[1] for q in quotes(text)]


def test_a_quotation_is_not_the_speaker_of_the_quote_before_it():
    text = ("В заявлении он также осуждал решение властей «закрыть все мечети» и критиковал "
            "«безбожников в правительстве».")
    assert kinds(text, "partial") == [("безбожников в правительстве", "он"),
                                      ("закрыть все мечети", "он")]
