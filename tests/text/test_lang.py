"""The language of a text (:mod:`discourse.text.lang`): script, function words, metadata codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.text import detect_language, normalise_language
from tests.reference.text_lang import reference_detect_language
from tests.strategies import SETTINGS, TEXTS


@pytest.mark.parametrize(("text", "code"), [
    ("«Мы готовы к переговорам», — заявил Песков журналистам в пятницу.", "ru"),
    ("“We are open,” Peskov told reporters on Friday.", "en"),
    # a Russian article full of Latin names and links is still Russian
    ("Компания Apple и Google Inc. (https://www.apple.com) представили iPhone и Pixel, "
     "сообщил CEO Tim Cook в интервью CNN.", "ru"),
    # an English article quoting a Russian phrase is still English
    ("The Kremlin spokesman Dmitry Peskov said the phrase «мы готовы» meant that Moscow was "
     "ready for talks with the opposition and the West.", "en"),
    # nearly balanced scripts: the function words decide
    ("Путин и Lukashenko в Sochi", "ru"),
    ("the Kremlin and Кремль", "en"),
    ("", "en"),
    ("12345 — 678", "en"),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(("value", "code"), [
    ("ru", "ru"), ("RU", "ru"), ("ru-RU", "ru"), ("rus", "ru"), ("Russian", "ru"),
    ("русский", "ru"), ("en", "en"), ("en_GB", "en"), ("English", "en"), ("de", "de"),
    ("", ""), (None, ""), (float("nan"), ""),
])
def test_normalise_language(value, code):
    assert normalise_language(value) == code


# Letters the counts must tell apart: ASCII letters, Cyrillic (U+0400..U+04FF, with Ё, Ї and the
# block's edges), Latin look-alikes outside ASCII, and function words of both languages; the
# characters next to the block and at the ends of UTF-8's two-byte forms (Cyrillic letters are
# counted by their first byte there), and a lone surrogate.
_LETTER_PIECES = ["a", "Z", "é", "ß", "İ", "K", "ａ", "Ѐ", "ӿ", "Ԁ", "ё", "Ї", "я", "Я", "и",
                  "the", "and", "что", "не", " ", "\n", "1", ".", "«", "»", "“", "\x00", "😀",
                  "\u03ff", "\u0400", "\u04ff", "\u0500", "\u0080", "\u07ff", "\u0800",
                  "\ud800", "\udfff", "\U0001d400"]


@given(text=st.lists(st.sampled_from(_LETTER_PIECES), max_size=60).map("".join)
       | st.text(max_size=80) | TEXTS)
@SETTINGS
def test_detect_language_equals_the_reference(text):
    assert detect_language(text) == reference_detect_language(text)


def test_detect_language_reads_the_first_5000_characters_as_the_reference():
    tail = "Мы готовы к переговорам и не только. " * 200
    for text in ("The Kremlin said so. " * 230 + tail, "x" * 4999 + tail, "Я" * 5001 + "the " * 99):
        assert detect_language(text) == reference_detect_language(text)
