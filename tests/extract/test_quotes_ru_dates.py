"""Russian reported speech with words between the verb of saying and its subject: a date («Как
заявил в четверг 27 декабря Владимир Путин, …», «пишет 9 сентября газета …»), whose day number
is no speaker, and the particles of an adverb's phrase («Янукович чуть ли не впервые заявил»),
which are none either. Short news sentences of our own; the first and the fifth came from
Russian Wikinews articles of the example corpus, where "27" and "не впервые" stood as the
speakers."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def attributed(text: str) -> list[tuple[str, str, str]]:
    """``(span, speaker mention, actor)`` of each quote, as ``discourse quotes`` gives them."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}),
                                  actors=load_actors())
    return [(r.text, r.speaker_mention, r.speaker if isinstance(r.speaker, str) else "")
            for r in q.itertuples()]


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Как заявил в четверг 27 декабря Владимир Путин, в настоящее время он не видит оснований "
     "не подписывать закон.", "Владимир Путин", "Vladimir Putin"),
    ("Как заявил 5 марта Сергей Лавров, переговоры с американской стороной продолжатся в "
     "апреле.", "Сергей Лавров", "Sergey Lavrov"),
    ("Как сообщил 12 июня 2019 года глава МВД Владимир Колокольцев, все обвинения против "
     "журналиста сняты.", "глава МВД Владимир Колокольцев", "Vladimir Kolokoltsev"),
    ("Переговоры продолжатся в апреле, сообщил 12 июня 2019 г. глава МВД Владимир "
     "Колокольцев.", "глава МВД Владимир Колокольцев", "Vladimir Kolokoltsev"),
], ids=["day-and-month-after-a-weekday", "day-and-month", "with-the-year", "year-abbreviated"])
def test_a_date_after_the_verb_is_skipped_to_the_speaker(text, mention, actor):
    [(_, got_mention, got_actor)] = attributed(text)
    assert (got_mention, got_actor) == (mention, actor)


def test_a_number_that_is_no_date_is_still_read_as_it_was():
    # "12 человек" is who spoke: only a day number followed by a month is skipped
    text = "Как сообщили 12 пассажиров автобуса, водитель уснул за рулём на трассе."
    assert [m for _, m, _ in attributed(text)] == ["12 пассажиров автобуса"]


def test_the_same_report_without_a_date_is_unchanged():
    text = "Как заявил Сергей Лавров, переговоры с американской стороной продолжатся в апреле."
    assert [(m, a) for _, m, a in attributed(text)] == [("Сергей Лавров", "Sergey Lavrov")]


@pytest.mark.parametrize("text", [
    "Кроме того, Виктор Янукович чуть ли не впервые заявил, что на момент написания письма он "
    "уже не являлся президентом Украины.",
    "Виктор Янукович едва ли не впервые заявил, что на момент написания письма он уже не "
    "являлся президентом Украины.",
], ids=["chut-li-ne", "edva-li-ne"])
def test_the_particles_of_an_adverbs_phrase_are_skipped_to_the_subject(text):
    # "не впервые" was taken for the speaker
    assert [(m, a) for _, m, a in attributed(text)] == [("Виктор Янукович", "Viktor Yanukovych")]


def test_a_surname_that_reads_as_a_particle_stays_in_the_name():
    # (the capitalised «Ли» is a surname, not the particle)
    text = ("Стэн Ли рассказал однажды, как они познакомились:\nКогда я был молод, в моей голове "
            "был образ идеальной девушки.\n\nОни поженились в 1947 году.")
    assert [m for _, m, _ in attributed(text)] == ["Стэн Ли"]
