"""Russian reports, round twenty-one (dev14; issue 12, branch ru-quotes19): a «что» clause of one
predicate word (``quotes/lang/ru/sentences_one_word.py``), a second report joined with no
conjunction (``sentences_asyndetic.py``), «убеждён, что» as a cue like «уверен» and a short-form
predicate sharing the first verb's subject after «однако»; a pronoun after a dash refers to its
own sentence's subject (``speakers/lang/ru_dash_subject.py``, ``RUSSIAN.previous_subject``).
Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.lang.ru import RUSSIAN


def reports(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- one predicate word after «, что»

def test_one_finite_verb_is_a_whole_proposition():
    assert reports("Но накануне встречи он сказал журналисту, что передумал.") == [
        ("indirect", "передумал", "он")]


def test_one_short_participle_is_a_whole_proposition():
    assert reports("Бывший директор завода заявил, что невиновен.") == [
        ("indirect", "невиновен", "Бывший директор завода")]


def test_no_proposition_in_one_word_that_is_no_predicate():
    # an infinitive, a particle and a neuter verb whose subject is «что» (a question) say nothing
    assert reports("Министр не сказал, что делать.") == []
    assert reports("Министр сказал, что нет.") == []
    assert reports("Министр уточнил, что произошло.") == []


def test_a_one_word_clause_not_closing_its_sentence_is_not_taken():
    # "передумал бы" goes on: the shared pass reads the longer clause, this one adds nothing
    assert [r[1] for r in reports("Министр сказал, что передумал бы при других условиях.")] == [
        "передумал бы при других условиях"]


# --- a second report with no conjunction

def test_two_reports_side_by_side_after_a_comma():
    text = "Критики говорят, что министр провалил реформу, сторонники пишут, что он спас бюджет."
    assert reports(text) == [("indirect", "министр провалил реформу", "Критики"),
                             ("indirect", "он спас бюджет", "сторонники")]


def test_a_dash_before_a_new_subject_and_its_cue_closes_the_report():
    text = ("Его отец сказал, что шокирован известием об аресте — он назвал сына добрым и нежным "
            "человеком, мирным мусульманином.")
    assert reports(text)[0] == ("indirect", "шокирован известием об аресте", "Его отец")


def test_a_relative_clause_inside_the_report_does_not_close_it():
    text = ("Министр сказал, что эксперты, которые говорят, что кризис закончится, ошибаются "
            "во всём.")
    assert reports(text)[0][1].startswith("эксперты, которые говорят")


def test_a_comma_before_a_subject_whose_verb_opens_no_report_does_not_close_it():
    # "аналитики считают" with no «, что» of its own is an insertion, not a second report
    text = "Министр сказал, что рост цен, аналитики считают вероятным, замедлится к осени."
    assert not any(r[2] == "аналитики" for r in reports(text))


# --- «убеждён, что» and a short-form predicate after «однако»

def test_a_conviction_is_reported_like_a_certainty():
    text = "Анна Смирнова убеждена, что её семье предстоит столкнуться с трудностями."
    assert reports(text) == [
        ("indirect", "её семье предстоит столкнуться с трудностями", "Анна Смирнова")]


def test_a_short_form_predicate_shares_the_first_verb_subject():
    text = "Она не знает, придёт ли ответ, однако уверена, что министр сказал бы ей об этом."
    assert reports(text) == [("indirect", "министр сказал бы ей об этом", "Она")]


# --- a pronoun after a dash refers to its own sentence's subject

def speakers(text: str) -> list[tuple[str, str, str]]:
    """``(text, speaker mention, speaker)`` of each quote or report of one Russian article."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}),
                                  actors=load_actors())
    return [(r.text, r.speaker_mention, r.speaker) for r in q.itertuples()]


def test_a_pronoun_after_a_dash_is_not_the_last_man_named():
    text = ("В заявлении он также осуждал решение президента Дональда Трампа «отдать Аль-Кудс "
            "евреям» и критиковал «кафиров в безбожном обществе».\nЕго отец сказал, что шокирован "
            "известием об аресте — он назвал сына добрым и нежным человеком, мирным мусульманином, "
            "неспособным на совершение преступления.")
    got = [g for g in speakers(text) if g[0].startswith("сына")]
    assert got == [("сына добрым и нежным человеком, мирным мусульманином, неспособным на "
                    "совершение преступления", "он", "")]


def test_dash_subject_reads_the_sentence_opening_subject():
    text = "Премьер Иван Петров рассказал, что устал от споров — он назвал их бесполезными."
    pos = text.index("он назвал")
    dash_subject = RUSSIAN.previous_subject
    assert text[slice(*dash_subject(text, pos, "male"))] == "Премьер Иван Петров"
    # no dash before the pronoun: the sentence before's subject, as before
    text2 = "Владелец школы рассказал о пилоте Иване Петрове. Он заявил, что школа закрыта."
    assert text2[slice(*dash_subject(text2, text2.index("Он"), "male"))] == "Владелец школы"
    # a pronoun of the other gender: not the sentence's subject
    assert dash_subject(text, pos, "female") is None


# --- a colon after a relative clause about the antecedent

def test_a_block_after_a_topic_relative_clause_is_the_main_subjects():
    text = ("Анна Смирнова, которой сейчас 40 лет, прокомментировала решение, о котором ранее "
            "говорил пресс-секретарь президента Дмитрий Песков:\nЭто решение давно назрело. Его "
            "нужно было принять раньше.")
    assert speakers(text) == [("Это решение давно назрело. Его нужно было принять раньше.",
                               "Анна Смирнова", "Анна Смирнова")]


def test_a_quotation_after_a_topic_relative_clause_is_the_main_subjects():
    text = ("Анна Смирнова прокомментировала решение, о котором вчера сообщил министр Иван Петров: "
            "«Это решение давно назрело».")
    assert reports(text) == [("direct", "Это решение давно назрело", "Анна Смирнова")]


def test_a_relative_clause_whose_pronoun_is_the_subject_still_speaks():
    # «который заявил:» — the antecedent speaks (the relative pronoun is the subject, no «о»)
    text = ("Журналисты встретились с министром Иваном Петровым, который заявил: «Это решение "
            "давно назрело».")
    assert [r[2] for r in reports(text)] != ["Журналисты"]


def test_a_topic_relative_clause_not_closing_the_attribution_is_left_alone():
    text = "Министр Иван Петров, о котором писали газеты, заявил: «Это решение давно назрело»."
    assert reports(text) == [("direct", "Это решение давно назрело", "Министр Иван Петров")]
