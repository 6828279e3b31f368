"""The language of a text (:mod:`discourse.text.lang`): script, function words, metadata codes."""

from __future__ import annotations

import pytest

from discourse.text import detect_language, normalise_language


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
