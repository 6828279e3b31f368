"""English speakers in whole articles (issue 14, the dev9 round): a weekday before a name is no
part of it ("It was reported on Saturday Ann Hale was hurt. ... Hale claimed ..."), on sentences
written for these tests, through ``attribute_speakers``; registry of one person (Claire Dubois),
none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


@pytest.mark.parametrize("day", ["Saturday", "Monday"])
def test_a_weekday_before_a_name_is_no_part_of_it(day, registry, lex):
    text = (f"It was reported on {day} Ann Hale was hurt in the crash. Hale later claimed to have "
            "no memory of the night.")
    out = attribute(text, registry, lex)
    rows = out[out["speaker_mention"] == "Hale"]
    assert list(rows["speaker"]) == ["Ann Hale"]


def test_a_name_that_is_a_weekday_alone_stays(registry, lex):
    text = 'Tuesday Weld said the film "was the best work of my life."'
    out = attribute(text, registry, lex)
    assert set(out["speaker"]) == {"Tuesday Weld"}
