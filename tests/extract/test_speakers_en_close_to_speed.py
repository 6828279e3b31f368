"""Speed pass eighteen in :mod:`discourse.extract.speakers.lang.en`: the unnamed source before a
mention ("a source close to Bannon") is searched only when the text before the mention ends
with "to" or "with" and white space; the start found is the same as the plain search's
(``tests/reference/speakers_close_to.py``) at every position of generated and real texts."""

from __future__ import annotations

import csv
import sys

from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.lang.en import _source_close_to, extend_mention
from tests.reference.speakers_close_to import reference_source_close_to
from tests.strategies import SETTINGS, TEXTS

PIECES = ["a source close to ", "Sources familiar with", " ", "\n", "\t", "\u00a0", "\u2003",
          "two aides loyal to", "the allies allied with  ", "to", "with", "close", " to ",
          "official", "A", "Bannon", ".", ",", "Many", "people", "familiar", "loyal", "\r\n"]
CLOSE_TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def same_everywhere(text: str) -> None:
    for ms in range(len(text) + 1):
        assert _source_close_to(text, ms) == reference_source_close_to(text, ms), (text, ms)


@SETTINGS
@given(CLOSE_TEXTS | TEXTS)
def test_same_start_as_the_plain_search(text):
    same_everywhere(text)


def test_the_source_is_still_found():
    text = "said a source close to\u00a0\nTom Hale"
    ms = text.index("Tom")
    assert text[_source_close_to(text, ms):ms] == "a source close to\u00a0\n"
    t = "according to a person familiar with Mr. Trump's thinking"
    s, _ = extend_mention(t, t.index("Mr."), len(t))
    assert t[s:].startswith("a person familiar with")


def test_same_start_on_real_news(shared_dir):
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:60]
    for text in texts:
        same_everywhere(text)
