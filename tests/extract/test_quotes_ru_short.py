"""Two-word «что» clauses closing their sentence (discourse.extract.quotes.lang.ru.short).
Short news sentences of our own, with the cases that must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_a_two_word_clause_is_a_report():
    assert quotes("Гитарист группы заявил, что покидает группу.") == [
        ("indirect", "покидает группу", "Гитарист группы")]
    assert quotes("Адвокаты лётчицы настаивают, что она невиновна.") == [
        ("indirect", "она невиновна", "Адвокаты лётчицы")]


def test_past_a_place_and_before_a_colon_closing_the_paragraph():
    text = "Солистка сообщила в Instagram, что покидает группу:\nСпасибо всем за поддержку, друзья."
    assert ("indirect", "покидает группу", "Солистка") in quotes(text)


def test_no_proposition_an_initial_or_a_longer_clause_stays_as_it_was():
    assert quotes("Он сказал, что это так.") == []
    # "Дж." is an initial: the clause goes on and is one report
    text = "Спикер отметил, что высказанные Дж.Эшби претензии стали для него неожиданностью."
    assert [s for _, s, _ in quotes(text)] == [
        "высказанные Дж.Эшби претензии стали для него неожиданностью"]
