"""Russian spellings of names with particles: «Мухаммед бен Сальман», «Айман аз-Завахири».

The speaker name of an unknown person kept only the end of such a name («Сальман») or none,
and the nominative of «Мухаммеда бен Сальмана» lost its first name (the dictionary reads «бен»
as the first name Бен). The sentences are written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru_names import normal_name

LEAD = "Переговоры завершились во вторник в столице после долгого дня.\n\n"


@pytest.mark.parametrize(("attribution", "speaker"), [
    ("заявил наследный принц Мухаммед бен Сальман", "Мухаммед бен Сальман"),
    ("сказал Айман аз-Завахири", "Айман аз-Завахири"),
])
def test_the_whole_name_is_the_speaker(attribution: str, speaker: str) -> None:
    articles = pd.DataFrame({"doc_id": ["a"], "text": [
        f"{LEAD}«Мы ответим на это нападение», — {attribution}."]})
    quotes = extract_attributed_quotes(articles)
    assert list(quotes["speaker"]) == [speaker]
    assert list(quotes["camp"]) == ["unknown"]


@pytest.mark.parametrize(("name", "nominative"), [
    ("Мухаммеда бен Сальмана", "Мухаммед бен Сальман"),
    ("Башара аль-Асада", "Башар аль-Асад"),
    ("Урсулы фон дер Ляйен", "Урсула фон дер Ляйен"),
    ("Болгарии Бойко Борисов", "Бойко Борисов"),  # a place before a name still goes
])
def test_normal_name_keeps_particles(name: str, nominative: str) -> None:
    assert normal_name(name) == nominative
