"""Russian quoted speech, round twenty-three (issue 12, branch ru-quotes21): where the quote
extractor loses the source (``quotes/lang/ru/sentences_inner_sources.py``) — a subject ending in
a long name in marks, a nearer source inside a report, a document named by a relative clause.
Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker_mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- a subject ending in a long name in marks

def test_long_name_in_marks_closes_the_subject():
    got = mentions("Вчера депутаты оппозиционной «Народной партии свободного труда и честного "
                   "правосудия — Союза демократических сил» назвали закон «позором для всей страны».")
    assert [m for _, _, m in got] == [
        "депутаты оппозиционной «Народной партии свободного труда и честного "
                    "правосудия — Союза демократических сил»"]


def test_object_before_a_long_name_is_no_subject():
    # «Бывшего директора …» is the accusative object of «обвиняют»: nobody is named as speaker
    got = mentions("Бывшего директора «Северной металлургической компании по добыче и переработке "
                   "руды» обвиняют в «систематическом злоупотреблении полномочиями».")
    assert [m for _, _, m in got] == [""]


# --- a nearer source inside a report

def test_source_phrase_inside_a_report_speaks_the_fragment():
    got = mentions("В докладе министерства говорится, что по оценке Института экономики, рост "
                   "цен «вряд ли замедлится» до конца года.")
    assert got == [("partial", "вряд ли замедлится", "Института экономики")]


def test_the_outer_source_keeps_a_fragment_before_the_phrase():
    # the fragment stands before «по данным X»: the outer source speaks it
    got = mentions("В докладе министерства говорится, что рост цен «вряд ли замедлится», "
                   "по данным Института экономики.")
    assert [m for _, t, m in got if t == "вряд ли замедлится"] == ["министерства"]


def test_a_name_in_marks_right_after_the_source_is_its_own():
    # «согласно закону «…»»: the marks hold the law's title, not the law's wording
    got = mentions("Суд постановил, что согласно закону «Об охране лесов» вырубка запрещена.")
    assert all(m != "закону" for _, _, m in got)


def test_according_to_which_points_to_the_testimony_author():
    got = mentions("Прокурор приобщил к делу показания соседей, согласно которым обвиняемый "
                   "«громко угрожал» потерпевшему.")
    assert ("partial", "громко угрожал", "соседей") in got


def test_a_verb_of_saying_after_an_outer_source_speaks_for_itself():
    got = mentions("Согласно заявлению Кремля, Путин и Макрон подчеркнули важность «мирного "
                   "урегулирования конфликта».")
    assert got == [("partial", "мирного урегулирования конфликта", "Путин и Макрон")]


def test_a_thing_as_subject_after_an_outer_source_is_no_speaker():
    # «отвечать» (to correspond) with a thing for its subject: the outer source stays
    got = mentions("По его словам, новый закон отвечает «интересам граждан».")
    assert [m for _, _, m in got] == ["его"]


# --- a document named by a relative clause

def test_where_it_is_said_gives_the_document():
    got = mentions("Следователь получил справку из больницы, где говорится, что пострадавший "
                   "находится в тяжёлом состоянии.")
    assert got == [("indirect", "пострадавший находится в тяжёлом состоянии", "справку из больницы")]


def test_in_which_it_is_said_gives_the_document_after_a_preposition():
    got = mentions("Редакция получила по факсу анонимное письмо, в котором сообщалось, что "
                   "завод скоро закроют.")
    assert got == [("indirect", "завод скоро закроют", "анонимное письмо")]


def test_document_on_whose_behalf_gives_the_name():
    got = mentions("Адвокат составил заявление от имени Иванова, в котором говорилось, что "
                   "он «ни в чём не виноват».")
    assert ("partial", "ни в чём не виноват", "Иванова") in got


def test_a_publisher_keeps_the_document_it_published():
    # «распространил сообщение, в котором говорится»: the publisher speaks, not the document
    got = mentions("Профсоюз распространил сообщение, в котором говорится, что забастовка "
                   "продолжится.")
    assert all(m != "сообщение" for _, _, m in got)


def test_a_relative_clause_inside_the_antecedent_blocks_it():
    # the noun before «в котором говорится» sits in another relative clause
    got = mentions("Компания подала иск в суд, в котором работает её юрист, в котором говорится, "
                   "что конкурент нарушил патент.")
    assert all(m != "её юрист" for _, _, m in got)


# --- the heading of a code's article (``quotes/lang/ru/sentences_code_titles.py``)

def test_article_heading_after_its_citation_is_no_quote():
    got = mentions("Следователи сообщили, что дело возбуждено по ч. 1 ст. 158 УК РФ «Кража».")
    assert all(t != "Кража" for _, t, _ in got) and got
    got = mentions("Прокурор заявил, что действия обвиняемого переквалифицированы со статьи 111 "
                   "Уголовного кодекса («умышленное причинение тяжкого вреда здоровью») на статью 112.")
    assert [k for k, _, _ in got] == ["indirect"]  # the report, no quoted heading in it


def test_a_predicate_after_a_citation_stays_a_quote():
    # the marks hold what the lawyer says of the article, not its heading
    assert mentions("Адвокат заявил, что статья 148 УК «не применима к этому делу».") == [
        ("partial", "не применима к этому делу", "Адвокат")]


def test_a_heading_with_no_code_named_stays_as_it_was():
    # «статья» of a newspaper, not of a code: the rule does not read it
    got = mentions("Автор статьи 5 марта назвал реформу «катастрофой для школ».")
    assert ("partial", "катастрофой для школ", "Автор статьи") in got


# --- the person an outlet cites, the opening mark in the sentence before

def test_cited_person_when_the_opening_mark_is_missing():
    got = mentions("Денег на ремонт школы в бюджете города сейчас нет», — цитирует «Вечерняя газета» "
                   "Петрова.")
    assert [m for _, _, m in got] == ["Петрова"]


def test_long_gloss_in_brackets_closes_the_subject():
    got = mentions("Основные участники пикета (председатель комитета защиты прав жителей района "
                   "Иван Петров и его заместитель Ольга Сидорова из Твери) заявили, что власти "
                   "«ничего не делают».")
    assert [m for _, _, m in got] == [
        "Основные участники пикета (председатель комитета защиты прав жителей района Иван Петров "
        "и его заместитель Ольга Сидорова из Твери)"]
