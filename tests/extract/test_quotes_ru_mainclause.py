"""Russian: the main clause's subject for a clause that names no speaker («…, в котором
рассказал, что …», «…, после чего сообщил, что …») and for a fragment in marks after a verb of
a speech act («пообещал, что будет «…»»). Sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text", [
    "Министр Олег Гусев выступил с обращением, в котором рассказал, что страна выходит из "
    "кризиса.",
    "Министр Олег Гусев провёл встречу с журналистами, после чего сообщил, что страна выходит "
    "из кризиса.",
])
def test_a_clause_without_a_subject_takes_the_main_clauses(text):
    assert quotes(text) == [("indirect", "страна выходит из кризиса", "Министр Олег Гусев")]


def test_a_relative_clause_with_its_own_subject_keeps_it():
    text = ("Телеканал показал фильм, в котором журналистка Анна Орлова рассказала, что она "
            "получала угрозы от чиновников.")
    got = quotes(text)
    assert [(k, s) for k, s, _ in got] == [("indirect", "она получала угрозы от чиновников")]
    assert got[0][2].endswith("Орлова")


def test_a_plural_verb_in_such_a_clause_does_not_take_the_main_subject():
    # "в котором … сообщили": an indefinite plural, not the main clause's one subject
    got = quotes("Министр Олег Гусев подписал приказ, в котором сообщили, что завод закроют.")
    assert all(m != "Министр Олег Гусев" for _, _, m in got)


def test_a_common_noun_subject_is_too_weak():
    got = quotes("Какой-то человек провёл встречу, после чего сообщил, что завод закроют.")
    assert all(m != "Какой-то человек" for _, _, m in got)


@pytest.mark.parametrize("text,span,speaker", [
    ("Сергей Петров пообещал, что будет «бороться до конца».", "бороться до конца",
     "Сергей Петров"),
    ("Азимов призывает зрителей «совершить хиджру» в другой стране.", "совершить хиджру",
     "Азимов"),
    ("Губернатор Олег Гусев потребовал «восстановить порядок» в городе.", "восстановить порядок",
     "Губернатор Олег Гусев"),
])
def test_a_fragment_after_a_speech_act_takes_its_subject(text, span, speaker):
    assert quotes(text) == [("partial", span, speaker)]


def test_a_fragment_after_another_verb_stays_unattributed():
    # "намерена" is no speech act: the party's intention, not its words
    assert quotes("Партия намерена лишь «забрать вещи» из города.") == [
        ("partial", "забрать вещи", "")]


def test_a_fragment_in_the_next_sentence_is_not_governed_by_the_verb():
    got = quotes("Сергей Петров пообещал помочь. Теперь город намерен «восстановить порядок».")
    assert got == [("partial", "восстановить порядок", "")]


def test_an_impersonal_cue_in_a_document_the_subject_issued():
    text = ("Пентагон составил справку, в которой говорилось, что задержанный связан с "
            "группировкой.")
    assert quotes(text) == [("indirect", "задержанный связан с группировкой", "Пентагон")]


@pytest.mark.parametrize("text", [
    # the letter's sender, not who received it
    "Актриса Анна Орлова получила письмо, в котором сообщалось, что её снимки украдены.",
    # the constitution says it, not who cites it
    "Лидер оппозиции Олег Гусев требует соблюдать конституцию, в которой сказано, что выборы "
    "обязательны.",
])
def test_an_impersonal_cue_in_a_document_the_subject_did_not_issue(text):
    assert all(not m.endswith(("Орлова", "Гусев")) for _, _, m in quotes(text))


def test_a_fragment_after_hopes_that_is_the_hopers():
    text = ("Актриса надеется, что другие женщины «извлекут пользу из её опыта и будут "
            "внимательнее к своему здоровью».")
    assert ("partial", "извлекут пользу из её опыта и будут внимательнее к своему здоровью",
            "Актриса") in quotes(text)


def test_hoping_without_marks_gives_no_report():
    text = "Актриса надеется, что другие женщины извлекут пользу из её опыта."
    assert quotes(text) == []
