"""«По словам X P» with no comma after the source (``discourse/extract/quotes/lang/ru/
sentences_source_no_comma.py``; sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes.lang.ru.sentences_source_no_comma import nominative_only


def _reports(text: str) -> list[tuple[str, str]]:
    out = extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}),
                                    actors=load_actors(None))
    return list(zip(out["text"], out["speaker_mention"]))


@pytest.mark.parametrize("text, report, mention", [
    ("По словам спасателей туристы провели в горах двое суток, но чувствуют себя хорошо.",
     "туристы провели в горах двое суток, но чувствуют себя хорошо", "спасателей"),
    ("По мнению аналитиков компания потеряла часть рынка из-за задержки поставок, однако "
     "сохранит прибыль.", "компания потеряла часть рынка из-за задержки поставок, однако сохранит "
     "прибыль", "аналитиков"),
    ("По словам пожарных Ильи Смирнова и Олега Козлова огонь уничтожил склад, но люди не "
     "пострадали.", "огонь уничтожил склад, но люди не пострадали",
     "пожарных Ильи Смирнова и Олега Козлова"),
])
def test_the_report_begins_at_its_subject(text, report, mention):
    assert _reports(text) == [(report, mention)]


@pytest.mark.parametrize("text, report, mention", [
    # the comma is there: nothing to move
    ("По словам спасателей, туристы провели в горах двое суток.",
     "туристы провели в горах двое суток", "спасателей"),
    # a long genitive source with a preposition inside, then the comma
    ("По мнению члена комитета по обороне Ивана Петрова, решение было принято слишком поздно.",
     "решение было принято слишком поздно", "члена комитета по обороне Ивана Петрова"),
])
def test_a_closed_source_is_left(text, report, mention):
    assert _reports(text) == [(report, mention)]


@pytest.mark.parametrize("low, want", [
    ("пешеходы", True), ("конечная", True), ("врачей", False), ("прокуратуры", False),
    ("обороне", False),
])
def test_nominative_only(low, want):
    assert nominative_only(low) is want


def test_a_word_outside_the_genitive_phrase_leaves_the_reading():
    # «уже» cannot be in the source's genitive phrase: the rule does not say where the clause
    # begins, and the reading stays as the comma-based one gave it
    got = _reports("По словам аналитиков уже весной компания потеряла часть рынка из-за задержки "
                   "поставок, однако сохранит прибыль.")
    assert [m for _, m in got] == ["аналитиков уже весной компания потеряла часть рынка из-за "
                                   "задержки поставок"]
