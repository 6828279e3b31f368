"""Speed pass twenty-five in :func:`discourse.extract.speakers.lang.en_names.person_runs`: a
stretch with fewer than two capitals A-Z is answered with no run before the two patterns run
(``tests/reference/speakers_en_person_runs.py`` ran them on every stretch). The answers are
the same."""

from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en_names import person_runs
from tests.reference.speakers_en_person_runs import reference_person_runs
from tests.strategies import SETTINGS, TEXTS

# written for this test: a name cut at either end of the stretch, a title and a surname, one
# capital only, capitals outside A-Z, a name right after a word character or a dot
CASES = [
    'He said "yes, we will" and she said that they would not. ',
    "Yesterday Dave Meltzer said so, and Senator Jane Roe agreed.",
    "as Prime Minister Ardern put it",
    "Mayor Li said, then President Xi said",
    "Émile Zola and Ángela Merkel spoke",
    "x.Dave Meltzer and 5Dave Meltzer and _Dave Meltzer",
    "the Nevada Independent reported; in Vermont Jo Ann said",
    "Hillary Clinton’s denunciation of Democratic Party's plan",
    "A B C De Fg",
]
PIECES = ["Dave", "Meltzer", "Senator", "President", "Xi", "the", "said", "as", " ", "  ", ".",
          ",", "'s", "’s", "\n", "x", "É", "Jo", "A"]
STRETCHES = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _same_everywhere(text: str, width: int = 40) -> int:
    asked = 0
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + width) + 1):
            assert person_runs(text, start, end) == reference_person_runs(text, start, end), \
                (text, start, end)
            asked += 1
    return asked


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_reference(text):
    _same_everywhere(text)


def test_names_still_found():
    text = "On Friday, Dave Meltzer said so, and Senator Jane Roe agreed."
    assert [text[a:b] for a, b in person_runs(text, 0, len(text))] == [
        "Dave Meltzer", "Jane Roe"]
    text = "as Prime Minister Ardern put it"
    assert [text[a:b] for a, b in person_runs(text, 0, len(text))] == ["Ardern"]


@SETTINGS
@given(STRETCHES | TEXTS)
def test_same_on_generated_texts(text):
    _same_everywhere(text, 25)


def test_real_news_gives_the_reference(shared_dir):
    """Stretches of 80 Wikinews texts from a space to another 3 to 117 words on."""
    csv.field_size_limit(sys.maxsize)
    asked = runs = 0
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k >= 80:
                break
            text = row["text"]
            spaces = [i for i, c in enumerate(text) if c == " "][::3]
            for i, a in enumerate(spaces):
                for b in spaces[i + 1:i + 40:5]:
                    got = person_runs(text, a, b)
                    assert got == reference_person_runs(text, a, b)
                    asked += 1
                    runs += bool(got)
    assert asked > 5000 and 0 < runs < asked
