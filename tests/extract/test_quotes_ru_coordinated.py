"""Russian quotation: a lower-case fragment in marks joined by "и", "или" or a comma to a quoted
fragment is quoted too, with its speaker (``quotes/lang/ru/coordinated.py``); names and lone
labels stay out. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def partials(text: str) -> list[tuple[str, str]]:
    return sorted((q[1], q[2]) for q in quotes(text) if q[0] == "partial")


def test_a_short_fragment_before_a_long_quoted_one():
    text = ("Комитет разработал поправки, которыми предлагается ввести штрафы за публичное "
            "«одобрение и поддержку экстремизма» и «распространение среди подростков ложных "
            "сведений о деятельности государственных органов и учреждений».")
    assert [p[0] for p in partials(text)] == [
        "одобрение и поддержку экстремизма",
        "распространение среди подростков ложных сведений о деятельности государственных "
        "органов и учреждений"]


def test_a_second_fragment_after_a_comma_takes_the_speaker():
    text = ("Председатель назвал эту программу «главной задачей правительства», «нашим общим "
            "делом на ближайшие десять лет».")
    assert partials(text) == [("главной задачей правительства", "Председатель"),
                              ("нашим общим делом на ближайшие десять лет", "Председатель")]


def test_a_fragment_joined_before_a_quoted_one_with_the_speaker_after():
    text = ("Страна — «очень сильный партнёр» и «нужна нам», заявил министр.")
    assert partials(text) == [("нужна нам", "министр"), ("очень сильный партнёр", "министр")]


def test_a_name_next_to_a_quoted_fragment_stays_out():
    text = ("Депутат обвинил партию «Новые люди» и «прочих так называемых оппозиционеров» в "
            "сговоре, заявив, что они «работают на один и тот же штаб».")
    assert "Новые люди" not in [p[0] for p in partials(text)]


def test_a_label_not_joined_to_a_quote_stays_out():
    text = ("Министр заявил, что закон «защитит детей от вредной информации». Противники "
            "закона вышли на митинг против «пакета запретов» и «новой цензуры».")
    assert [p[0] for p in partials(text)] == ["защитит детей от вредной информации"]


def test_only_the_partials_own_marks_are_looked_at():
    # the partial is in straight marks: the «…» и «…» before it are not joined to it
    text = ("Эксперты давно спорят о «мягкой силе» и «новой этике». Министр заявил, что всё "
            "это \"полный провал\".")
    assert [p[0] for p in partials(text)] == ["полный провал"]
