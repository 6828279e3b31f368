"""English speakers, round nine (issue 14, the fresh Wikinews split dev7): what fresh text showed
the rules still missed, on sentences written for these tests, through ``attribute_speakers``;
registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def test_a_pull_quote_signed_after_no_break_spaces_and_a_zero_width_joiner(registry, lex):
    # web pages put no-break spaces before the dash and a joiner after it (dev7, an interview's
    # pull quote)
    text = ("The manager spoke about her staff.\n\n"
            "\"More women are getting into technical fields.\"\u00a0\u00a0— \u200dAnn Bell, "
            "Divisional Manager\n\nThe interview follows.")
    out = attribute(text, registry, lex)
    assert list(out["speaker"]) == ["Ann Bell"]
    assert list(out["attribution"]) == ["signature_line"]
