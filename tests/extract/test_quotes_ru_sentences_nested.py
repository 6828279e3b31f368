"""Russian quotation: a quoted part inside a report of a report is the inner speaker's
(``quotes/lang/ru/sentences_nested.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def partials(text: str) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of each ``partial`` of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "partial"]


def test_the_inner_speaker_said_the_quoted_words():
    text = ("Директор отметил, что рабочие завода рассказали журналистам, что забастовка «является "
            "единственным способом защитить себя».")
    assert partials(text) == [("является единственным способом защитить себя", "рабочие завода")]


def test_a_single_report_keeps_its_speaker():
    text = "Директор отметил, что забастовка «является единственным способом защитить себя»."
    assert partials(text) == [("является единственным способом защитить себя", "Директор")]


def test_an_inner_verb_without_its_own_clause_leaves_the_outer_speaker():
    text = ("Директор отметил, что рабочие рассказали о забастовке как о «единственном способе "
            "защитить себя».")
    assert [m for _, m in partials(text)] in ([], ["Директор"])
