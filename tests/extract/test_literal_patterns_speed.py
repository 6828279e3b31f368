"""Speed pass twenty-one: patterns that were passed to ``re`` functions as strings at every
article or mention are compiled once at import (``normalise_language``, ``article_date``; the
mention tidier's word pattern is compared with its copy in
``tests/extract/test_speakers_en_close_to_speed.py``). The answers are those of the copies in
``tests/reference/literal_patterns.py``."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.speakers.attribute import article_date
from discourse.text.lang import normalise_language
from tests.reference.literal_patterns import reference_article_date, reference_normalise_language
from tests.strategies import SETTINGS, TEXTS

# written for this test
VALUES = ["en", "EN", "en-GB", "en_US", "ru-RU", " Russian", "русский", "de-AT-x", "-en", "_",
          "", None, math.nan, 3.5, "2020-09-20", "2020-09-20T10:00:00Z", "2020-9-20", "２０２０-09-20",
          "20200920", "2020-09-2", "2020-09-20\n", "١٢٣٤-05-06"]
CODES = st.text(alphabet=st.sampled_from(list("enruRUGB-_ 0129\n١")), max_size=12)


@pytest.mark.parametrize("value", VALUES)
def test_written_values_give_the_reference_answers(value):
    assert normalise_language(value) == reference_normalise_language(value)
    assert article_date(value) == reference_article_date(value)


def test_the_answers_are_the_expected_ones():
    assert normalise_language("en_GB") == "en" and normalise_language("ru-RU") == "ru"
    assert article_date("2020-09-20T10:00:00Z") == "2020-09-20"
    assert article_date("2020-9-20") is None


@SETTINGS
@given(CODES | TEXTS)
def test_generated_values_give_the_reference_answers(value):
    assert normalise_language(value) == reference_normalise_language(value)
    assert article_date(value) == reference_article_date(value)
