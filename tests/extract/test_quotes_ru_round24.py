"""Russian speakers, round twenty-four (dev16; issue 12, branch ru-dev16): a verb after an
insertion in commas and an adverb (``quotes/lang/ru/sentences_insertions.py``), the subject after
a medium phrase after a plural verb (``sentences_medium_subject.py``), and a mention's role, name
or gloss across a comma or a bracket (``sentences_mention_bounds.py``). Short news sentences of
our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker_mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- a verb after an insertion in commas and an adverb

def test_relative_clause_then_adverb_keeps_the_report_and_its_subject():
    got = mentions("Городской совет, который возглавляет Пётр Смирнов, также заявил, что мост "
                   "откроют весной.")
    assert got == [("indirect", "мост откроют весной", "Городской совет")]


def test_where_clause_then_adverb_keeps_the_report():
    got = mentions("Избирательная комиссия области, где прошли досрочные выборы, официально "
                   "подтвердила, что явка превысила половину.")
    assert got == [("indirect", "явка превысила половину", "Избирательная комиссия области")]


def test_a_second_report_after_a_that_clause_is_not_read_as_the_subject():
    # the clause before the comma is a report of its own, not an insertion: unchanged reading
    got = mentions("Министр сказал, что завод закроют, однако заявил, что рабочих переведут.")
    assert ("indirect", "рабочих переведут", "Министр") in got


# --- the subject after a medium phrase after a plural verb

def test_subject_after_a_microblog_phrase():
    got = mentions("Как сообщают в микроблоге представители движения «Зелёный город», суд "
                   "отложил заседание.")
    assert got == [("indirect", "суд отложил заседание",
                    "представители движения «Зелёный город»")]


def test_subject_after_twitter_closing_the_sentence():
    got = mentions("Митинг перенесли на субботу, пишут в Twitter сторонники партии.")
    assert got == [("indirect", "Митинг перенесли на субботу", "сторонники партии")]


def test_a_singular_after_a_plural_verb_is_no_subject():
    # «мэр» cannot be a nominative plural: the plural verb's subject is not it
    got = mentions("Как сообщили в эфире мэр и его заместитель, дороги откроют завтра.")
    assert all(m != "мэр" for _, _, m in got)


# --- a role before «, Name»; a name after «role,»; a gloss in brackets

def test_role_before_the_name_in_commas():
    got = mentions("Сестра одного из задержанных, Ольга Миронова рассказала журналистам, что её "
                   "брат ни в чём не виноват.")
    assert got == [("indirect", "её брат ни в чём не виноват",
                    "Сестра одного из задержанных, Ольга Миронова")]


def test_a_parenthetical_word_is_no_role():
    got = mentions("Правда, Ольга Миронова рассказала журналистам, что её брат ни в чём не "
                   "виноват.")
    assert [m for _, _, m in got] == ["Ольга Миронова"]


def test_an_adverbial_opening_is_no_role():
    got = mentions("В пятницу, Ольга Миронова рассказала журналистам, что её брат ни в чём не "
                   "виноват.")
    assert [m for _, _, m in got] == ["Ольга Миронова"]


def test_name_after_a_second_role_closing_the_sentence():
    got = mentions("Поправки нужны, чтобы «навести порядок в отрасли», пояснил автор "
                   "поправок, председатель комитета по транспорту Игорь Белов (ЛДПР).")
    assert [m for _, t, m in got if t == "навести порядок в отрасли"] == [
        "автор поправок, председатель комитета по транспорту Игорь Белов"]


def test_a_role_list_going_on_after_the_name_is_left():
    # «…, заместитель Игорь Белов и другие» does not close the sentence on the name
    got = mentions("Работы начнутся летом, сообщил глава ведомства, заместитель министра Игорь "
                   "Белов и другие чиновники.")
    assert all("Белов" not in m for _, _, m in got)


def test_long_gloss_in_brackets_after_the_speaker():
    got = mentions("Турнир перенесён на осень, сообщила Аргентинская федерация футбола "
                   "(Asociación del Fútbol Argentino; AFA). Причины не названы.")
    assert got[0][2] == ("Аргентинская федерация футбола (Asociación del Fútbol Argentino; AFA)")


def test_a_bracket_with_a_comment_is_no_gloss():
    got = mentions("Турнир перенесён на осень, сообщила Аргентинская федерация футбола (об этом "
                   "писали и раньше).")
    assert all("(" not in m for _, _, m in got)


# --- an unnamed group and the participle's phrase that picks it out

def test_participle_phrase_after_an_unnamed_group_before_the_verb():
    got = mentions("Рабочие, перекрывшие трассу у завода, заявили, что не уйдут до выплаты "
                   "долгов по зарплате.")
    assert [m for _, _, m in got] == ["Рабочие, перекрывшие трассу у завода"]


def test_adjective_phrase_after_an_unnamed_source_closing_the_sentence():
    got = mentions("«Решение уже принято», — сообщил газете собеседник в министерстве, знакомый "
                   "с ходом переговоров.")
    assert [m for _, _, m in got] == ["собеседник в министерстве, знакомый с ходом переговоров"]


def test_participle_phrase_after_a_name_only_describes():
    got = mentions("Мэр Казани Иван Белов, занимающий пост третий год, заявил, что метро "
                   "продлят до аэропорта.")
    assert [m for _, _, m in got] == ["Мэр Казани Иван Белов"]
