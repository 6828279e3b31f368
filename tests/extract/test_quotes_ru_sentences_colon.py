"""Russian quotation: a quotation after the colon that closes an appeal is the appeal's subject's,
even with a name in marks between the verb and the colon (``quotes/lang/ru/sentences_colon.py``).
Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def directs(text: str) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of each ``direct`` of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "direct"]


def test_the_subject_of_an_appeal_speaks_across_a_title_in_marks():
    text = "Депутат Петров призвал снять фильм «Оно» с проката в России: «Мы должны защищать детей»."
    assert directs(text) == [("Мы должны защищать детей", "Депутат Петров")]


def test_a_verb_of_finding_does_not_make_its_subject_the_speaker():
    text = "Полиция обнаружила в машине «Жигули» записку: «Прошу никого не винить в моей смерти»."
    assert directs(text) == [("Прошу никого не винить в моей смерти", "")]


def test_a_clause_between_the_appeal_and_the_colon_keeps_the_quote_unattributed():
    text = "Депутат Петров призвал снять фильм «Оно», который вышел вчера: «Мы должны защищать детей»."
    assert directs(text)[0][1] != "Депутат Петров"
