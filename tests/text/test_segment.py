"""Sentence and paragraph boundaries (:mod:`discourse.text.segment`): the fast paths against the
plain code they replaced, and the two abbreviation tests merged into one."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from discourse.text import (
    INNER_SENTENCE_END,
    SENTENCE_END,
    is_abbreviation,
    paragraph_spans,
    sentence_spans,
)
from discourse.text.segment import _END
from tests.reference.text_segment import (
    ALTERNATION_END,
    PLUS_INNER_SENTENCE_END,
    PLUS_SENTENCE_END,
    reference_is_abbreviation,
    reference_paragraphs,
    reference_sentence_spans,
    regex_paragraphs,
)
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS

SPACES = st.text(alphabet=st.sampled_from(list(" \t\r\n\x0b\x0c\x1c\x85\u2028\u3000ab.")),
                 max_size=60)


@SETTINGS
@given(text=SPACES)
@example("a\rb")
@example(" a \u2028b\x85 \r\n c\t\n\n")
@example("\x0ba\x0c")
def test_paragraphs_equal_the_reference(text):
    assert paragraph_spans(text) == reference_paragraphs(text) == regex_paragraphs(text)


@SETTINGS
@given(text=st.text(max_size=80) | TEXTS)
def test_paragraphs_of_any_text_equal_the_reference(text):
    assert paragraph_spans(text) == reference_paragraphs(text) == regex_paragraphs(text)


SENTENCE_ENDS = st.text(alphabet=st.sampled_from(list(".!?…\"'”’»“)] \n\tab")), max_size=40)


@SETTINGS
@given(text=SENTENCE_ENDS | TEXTS | QUOTE_TEXTS)
def test_sentence_end_patterns_match_as_their_plus_forms(text):
    # "[.!?…][.!?…]*" is "[.!?…]+" spelled so that the regex engine can skip ahead in C
    for new, old in ((SENTENCE_END, PLUS_SENTENCE_END), (INNER_SENTENCE_END, PLUS_INNER_SENTENCE_END)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for lo in range(0, len(text), 7):
            a, b = new.search(text, lo, len(text) - 1), old.search(text, lo, len(text) - 1)
            assert (a and a.span()) == (b and b.span())


@SETTINGS
@given(text=SENTENCE_ENDS | TEXTS | QUOTE_TEXTS | SPACES)
@example(text="a.\n\n \nb ..a x!!” y\n \n?)\n")
def test_sentence_split_pattern_matches_as_its_alternation(text):
    # ``_END`` opens with one character class (the engine skips ahead in C), the same matches
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in ALTERNATION_END.finditer(text)]
    for lo in range(0, len(text), 5):
        a, b = _END.search(text, lo), ALTERNATION_END.search(text, lo)
        assert (a and a.span()) == (b and b.span())


SENTENCES = st.lists(st.sampled_from(["Mr", "mr", ".", "..", "!", "?", "…", "”", "“", "'", ")", "]",
                                       "\"", " ", "  ", "\t", "\n", "\n\n", "\r", "\u2028", "\x85",
                                       "\u3000", "a", "b", "He", "İ", "ß", "U.S", "J", "No", "no"]),
                     max_size=30).map("".join)


@SETTINGS
@given(text=SENTENCES | SENTENCE_ENDS | TEXTS | QUOTE_TEXTS | SPACES)
@example(text="Mr. Smith said so. “We agree,” she said.\n\nNext.")
@example(text=" a.” b. \u3000C.. d!) E.\x85 ")
@example(text="Mr.… Next. Mr.” Next. Mr.) Next")
def test_sentence_spans_equal_the_reference(text):
    # speed pass nine: one strip per sentence, the single full stop read off the match
    assert sentence_spans(text) == reference_sentence_spans(text)


ABBREVIATED = st.lists(st.sampled_from(["Mr", "mr", "U.S", "e.g", "J", "j", "No", "no", "Mass", "mass",
                                        "x.y.z", "ab", "A.b", ".", " ", "..", "İ", "ß", "Sen", "42",
                                        "\n"]),
                       max_size=12).map("".join)


@SETTINGS
@given(text=ABBREVIATED | TEXTS)
@example(text="Approx. 5 in Calif. on просп. Мира, a.b.c.d.e. and U.S.A. Massachusetts. İİİİİİİ.")
@example(text="xapprox. xcalif. ab.cdefgh. abcdefg.")
def test_one_abbreviation_test_for_the_two_copies_it_replaced(text):
    # (speed pass nine: a word longer than every abbreviation is none, tested in one C call)
    # ``text._is_abbreviation`` and ``quotes._is_abbrev_at`` tested the same; one function now
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert is_abbreviation(text, dot) == reference_is_abbreviation(text, dot), (text, dot)


def test_abbreviations_that_are_words_end_sentences_in_lower_case():
    # "Mass." (Massachusetts) keeps its stop; "mass." at the end of a sentence is the word
    text = "They were attending mass. The seaman was named later. He lives in Boston, Mass. now."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "They were attending mass.", "The seaman was named later.", "He lives in Boston, Mass. now."]


# --- Russian abbreviations -------------------------------------------------------------------------


def test_russian_abbreviations_and_initials_do_not_end_sentences():
    from discourse.text import sentence_end, sentence_spans, sentence_start

    text = ("В 2016 г. Путин посетил ул. Ленина в г. Москве. Т. е. это было давно. Театр им. "
            "Н. П. Акимова, т. е. известный, и т. д. Москвичи пришли. Жили В. В. Путин и др. "
            "Петербуржцы. Цена 5 млн руб. Затем рост.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "В 2016 г. Путин посетил ул. Ленина в г. Москве.", "Т. е. это было давно.",
        "Театр им. Н. П. Акимова, т. е. известный, и т. д. Москвичи пришли.",
        "Жили В. В. Путин и др. Петербуржцы.", "Цена 5 млн руб. Затем рост."]
    pos = text.index("Путин посетил")
    assert text[sentence_start(text, 0, pos):sentence_end(text, pos, len(text))] == (
        "В 2016 г. Путин посетил ул. Ленина в г. Москве.")


def test_abbreviations_are_data_by_language_and_the_scripts_do_not_collide():
    from discourse.text import ABBREVIATIONS, ABBREVIATIONS_BY_LANGUAGE

    en, ru = ABBREVIATIONS_BY_LANGUAGE["en"], ABBREVIATIONS_BY_LANGUAGE["ru"]
    assert {"г", "ул", "им", "руб", "млн", "др", "т", "е"} <= ru and {"mr", "sen", "u.s"} <= en
    assert ABBREVIATIONS == en | ru
    # each set is in its own script, so their union splits neither language's text otherwise
    assert all(not any("а" <= c <= "я" for c in w) for w in en)
    assert all(not any("a" <= c <= "z" for c in w) for w in ru)


# Runs of terminal punctuation, the closing marks after them, white space of every kind
# (``\s`` and ``str.isspace``), abbreviations, lower- and upper-case words.
STARTS = st.lists(st.sampled_from([".", "..", "!", "?", "…", "?!", '"', "'", "”", "’", "»", ")",
                                   "“", "(", " ", "  ", "\t", "\n", "\u3000", "\x85", "\x1c",
                                   "a", "b", "He", "Mr", "mr", "U.S", "J", "no", "İ", "ß", "1"]),
                  max_size=40).map("".join)


@SETTINGS
@given(text=QUOTE_TEXTS | STARTS | SENTENCE_ENDS, a=st.floats(0, 1), b=st.floats(0, 1))
@example("He left. Mr. Smith said: yes", 0.0, 1.0)
@example("a.. b?!” C. mr. D.) e. J. K", 0.3, 1.0)
@example("x.\u3000Y ..Z", 0.1, 0.7)
@example("v1.2.3.4.5.6.7.8.9 x", 0.0, 1.0)  # more runs than are read one by one, none an end
@example("He left.\u3000Mr. No. a.b.c.d.e.f.g.h.i x", 0.0, 1.0)  # ... and an end before them
def test_sentence_start_equals_the_reference(text, a, b):
    # speed pass nine: the runs of terminal punctuation read from ``pos`` back by
    # ``str.rfind`` (``regex_sentence_start_in``: every match of the window, read backwards;
    # ``reference_sentence_start_in``: read front to back, as first written)
    from discourse.text.segment import _sentence_start_in
    from tests.reference.text_segment import reference_sentence_start_in, regex_sentence_start_in

    pos = int(b * len(text))
    lo = int(a * pos)
    got = _sentence_start_in(text, lo, pos)
    assert got == regex_sentence_start_in(text, lo, pos) == reference_sentence_start_in(
        text, lo, pos)
    for lo2 in range(0, pos + 1, 3):  # every window start, also inside a run of punctuation
        assert _sentence_start_in(text, lo2, pos) == regex_sentence_start_in(text, lo2, pos)
