"""English speakers, round twenty-nine (issue 14): the boundary and the slips of a mention after
a quote. A name after its verb of saying keeps the appositive a comma closes ('"...," said Tom
Hale, a lawyer for the city, in a statement'), as the order with the verb last already did; a
role the writer forgot to close with a comma still gives the name and its role ('"...," Anna
Berg, press secretary for the campaign told reporters'); the person a quote is "from" speaks it
('read another quote from Mrs. Lane: "..."'); a stretch opening with a preposition or a light
verb names nobody ("Within hours of the vote", "make Jane Doe"). Sentences written for these
tests, with negatives; registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_closed_appositive import (
    closed_appositive_end,
    role_before_verb,
)
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _direct(text, registry, lex):
    """``(mention, speaker)`` of each direct quote of ``text``, in order."""
    out = attribute(text, registry, lex)
    out = out[out["kind"].isin(["direct", "nested"])]
    return list(zip(out["speaker_mention"], out["speaker"]))


CLOSED = [
    ('"We will appeal the ruling," said Tom Hale, a lawyer for the city, in a statement.',
     "Tom Hale, a lawyer for the city"),
    ('"The river is running dry," says Nora Quist, deputy director of the Delta Water Project, '
     'another advocacy group.', "Nora Quist, deputy director of the Delta Water Project"),
    ('"Nobody saw this coming," said Paul Brandt, a historian at the University of Ohio, Athens.',
     "Paul Brandt, a historian at the University of Ohio, Athens"),
    ('"The vote was rigged," wrote Ida Marsh, the head of the county\'s election board, on '
     'Facebook.', "Ida Marsh, the head of the county's election board"),
]


@pytest.mark.parametrize("text, mention", CLOSED)
def test_appositive_closed_by_a_comma_after_an_inverted_name(text, mention, registry, lex):
    assert _direct(text, registry, lex)[0][0] == mention


@pytest.mark.parametrize("text", [
    '"We will appeal," said Tom Hale, in a statement, on Monday.',  # an adverbial
    '"We will appeal," said Tom Hale, 45, a lawyer.',  # an age
    '"We will appeal," said Tom Hale, speaking to reporters, on Monday.',  # a participle
    '"We will appeal," said Tom Hale, who represents the city, on Monday.',  # a relative clause
    '"We will appeal," said Tom Hale, Ohio Republican, on Monday.',  # a capitalised role
    '"We will appeal," said Tom Hale, a claim the city denies, on Monday.',  # no person
    '"We will appeal," Tom Hale said, a day after the ruling, on Monday.',  # the verb after
])
def test_no_closed_appositive(text):
    ms = text.index("Tom")
    me = ms + len("Tom Hale")
    assert closed_appositive_end(text, ms, me, frozenset()) == me


UNCLOSED = [
    ('"We will fight this in court," Maria Lopez, a spokeswoman for the union told reporters.',
     "Maria Lopez, a spokeswoman for the union"),
    ('"It was a fair deal," Anna Berg, press secretary for the Hale campaign told the Courier.',
     "Anna Berg, press secretary for the Hale campaign"),
]


@pytest.mark.parametrize("text, mention", UNCLOSED)
def test_role_without_its_closing_comma(text, mention, registry, lex):
    mention_found, speaker = _direct(text, registry, lex)[0]
    assert mention_found == mention and speaker == mention.split(",")[0]


@pytest.mark.parametrize("role", [
    "in a statement to the press told",  # an adverbial
    "who chairs the board told",  # a relative clause
    "the city council told",  # no person
    "a spokeswoman, told",  # closed by its comma: the other rules' shape
    "a spokeswoman who was there told",
])
def test_no_unclosed_role(role):
    text = f'"It was fair," Anna Berg, {role} reporters.'
    a = text.index(role)
    assert role_before_verb(text, a, len(text), frozenset({"told", "said"}), frozenset()) is None


QUOTED_SOURCE = [
    ('The senator then read another quote from Mrs. Lane: “I do not want my daughter to have '
     'died for nothing.”', "Mrs. Lane"),
    ('At the rally the mayor shared a message from Tom Hale: "Keep the library open."', "Tom Hale"),
]


@pytest.mark.parametrize("text, mention", QUOTED_SOURCE)
def test_the_words_are_those_of_whom_they_are_from(text, mention, registry, lex):
    assert _direct(text, registry, lex)[0][0] == mention


@pytest.mark.parametrize("text, mention", [
    # no "from" before the colon: the one who reads speaks
    ('The senator then read a statement: “We stand with the families.”', "The senator"),
    # a thing the words are from, not a person: the clause rules' choice stands
    ('The senator then read a letter from the company: “We stand with the families.”',
     "The senator"),
])
def test_no_quoted_source(text, mention, registry, lex):
    assert _direct(text, registry, lex)[0][0] == mention


def test_opening_adverbial_names_nobody(registry, lex):
    text = ("Within hours of the vote, protesters had made a banner of Hale's warning to the "
            "council: “Nobody will be left behind.”")
    assert _direct(text, registry, lex)[0][0] != "Within hours of the vote"


@pytest.mark.parametrize("mention, nobody", [
    ("Within hours of the vote", True),
    ("During the long debate over the budget", True),
    ("On Saturday Labor backbencher Pat Conroy", False),  # a name at its end
    ("On Monday the senator", False),  # a noun for a person at its end
    ("Under Secretary of State Tom Hale", False),  # "Under": a title
    ("Within", False),  # one word: the other rules'
])
def test_opens_with_preposition(mention, nobody):
    from discourse.extract.speakers.lang.en_quoted_source import opens_with_preposition
    assert opens_with_preposition(mention, frozenset({"senator"})) is nobody


@pytest.mark.parametrize("mention, nobody", [
    ("make Taylor Swift", True),
    ("buy plane tickets for a woman", True),
    ("see liberal societies", True),
    ("made similar", True),
    ("draw", False),  # one word: the other rules'
    ("Make America Great Again PAC", False),  # capitalised: a name
    ("the makers of the film", False),
])
def test_opens_with_verb(mention, nobody):
    from discourse.extract.speakers.lang.en_quoted_source import opens_with_verb
    assert opens_with_verb(mention) is nobody


def test_verb_stretch_is_no_mention(registry, lex):
    text = ('Just spoke with @SenHale - says he "was wrong" to make Jane Doe remarks re: @joniernst '
            '- "Never meant to offend anybody"')
    out = attribute(text, registry, lex)
    assert not any(m.startswith("make ") for m in out["speaker_mention"])
