"""Russian cue lexicon, round twenty (RuSentNE sets 2 and 3 dev): «обратить внимание» with a
«что» clause reports what its subject said (``data/cues_ru.yaml``); with a noun object it reports
nothing. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_obratil_vnimanie_chto_reports_and_its_subject_speaks():
    text = "Глава союза Фёдор Емельяненко обратил внимание, что «по факту зрители увидели реальные бои»."
    assert [(span, m) for _, span, m in quotes(text)] == [
        ("по факту зрители увидели реальные бои", "Глава союза Фёдор Емельяненко")]


def test_obratil_vnimanie_na_reports_nothing():
    assert quotes("Глава союза Фёдор Емельяненко обратил внимание на бои без правил в регионах.") == []
