"""English, round thirty-two (issue 14): the tag inside a quote whose closing mark is missing.

'“..., do what is right, Tom Hale added.': the opening mark has no closing mark, so the quote
ran to the end of its paragraph with its own tag inside; the last clause after a comma that is a
verb of saying with its speaker ends the quote (``quotes/lang/en/unclosed_tail.py``). Sentences
written for these tests, with negatives (a quote that goes on, a clause of the quote, a quote
already attributed); registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _direct(text, registry, lex):
    """``(quote text, speaker mention)`` of each direct quote of ``text``, in order."""
    out = attribute(text, registry, lex)
    out = out[out["kind"] == "direct"]
    return list(zip(out["text"], out["speaker_mention"]))


TAGGED = [
    ("“Somebody broke into this house and so I’m asking you, do what’s right, Tom Hale added.",
     "Somebody broke into this house and so I’m asking you, do what’s right,", "Tom Hale"),
    ("“The senator started early and spent heavily in the state, the Lee campaign said in a "
     "statement.",
     "The senator started early and spent heavily in the state,", "the Lee campaign"),
    ('"We asked the minister what happened at the port, said the mayor of Tulsa, Ann Lee.',
     "We asked the minister what happened at the port,", "the mayor of Tulsa, Ann Lee"),
    ("“Nobody told us the water was unsafe to drink, she said on Tuesday.",
     "Nobody told us the water was unsafe to drink,", "she"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), TAGGED)
def test_the_tag_ends_the_unclosed_quote(text, quote, mention, registry, lex):
    assert _direct(text, registry, lex) == [(quote, mention)]


UNTOUCHED = [
    # a quote that goes on in the next paragraph: its last clause is its own words
    "“We will win this state, and then we will win the whole country.",
    # a clause of the quote that holds a verb of saying
    "“I called him at home and asked, and he said nothing at all.",
    # the tag does not end the quote: more of the quote after it
    "“We will win this state, she said, and then we will win the whole country.",
    # the quote is attributed before it: its words stay whole
    "Tom Hale said: “We will win this state, and we will win it early, Ann Lee said.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_no_tag_cut_otherwise(text, registry, lex):
    quotes = _direct(text, registry, lex)
    assert quotes and quotes[0][0].endswith(("country.", "all.", "said.")), quotes


def test_a_closed_quote_is_not_read_by_the_rule(registry, lex):
    # the closing mark is there: the tag after it, as before
    assert _direct("“We will win this state,” Tom Hale added.", registry, lex) == [
        ("We will win this state,", "Tom Hale")]
