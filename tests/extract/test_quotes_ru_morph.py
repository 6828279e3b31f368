"""The Russian dictionary readings the sentence rules share (``quotes/lang/ru/morph.py``)."""

from discourse.extract.actors.forms import analyser
from discourse.extract.quotes.lang.ru.morph import readings


def test_readings_are_the_dictionarys_parses_of_a_russian_word():
    got = readings("заявили")
    assert [p.tag for p in got] == [p.tag for p in analyser().parse("заявили")]
    assert any(p.tag.POS == "VERB" and "plur" in p.tag for p in got)


def test_a_word_without_a_cyrillic_letter_has_no_reading():
    assert readings("Reuters") == () and readings("2020") == ()


def test_a_word_is_parsed_once():
    readings.cache_clear()
    readings("журналистам")
    readings("журналистам")
    assert readings.cache_info().misses == 1
