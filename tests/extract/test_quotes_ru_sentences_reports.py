"""Russian reported speech: a «что» clause that is only a subject and a verb of saying before a
colon reports no proposition (``quotes/lang/ru/sentences_reports.py``). Short news sentences of
our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def reports(text: str) -> list[str]:
    """The ``indirect`` spans of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [r.text for r in q.itertuples() if r.kind == "indirect"]


def test_a_clause_that_only_says_someone_spoke_is_no_report():
    assert reports("«Известия» сообщили, что глава ведомства заявил:") == []
    assert reports("Агентство передаёт, что министр финансов сказал:") == []


def test_a_clause_with_content_stays():
    assert reports("«Известия» сообщили, что глава ведомства подал в отставку.") == [
        "глава ведомства подал в отставку"]


def test_a_participle_at_the_end_is_content():
    text = ("Южная Корея заявила, что у неё достаточно данных, чтобы утверждать, что никаких "
            "необычных передвижений войск не отмечено.")
    assert reports(text) == ["у неё достаточно данных, чтобы утверждать, что никаких необычных "
                             "передвижений войск не отмечено"]
