"""English speakers: the full name that ends a description after a role noun names the speaker
("said the former mayor Jane Doerr" is Jane Doerr), and a name inside a relational frame, a group
or a medium does not ("the father of Tom Hulme", "the Hulme family"); on sentences written for
these tests, through ``attribute_speakers``; registry of one person (Claire Dubois), none of
these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_described_name import described_name
from tests.attribute_en import first_speaker


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


_QUOTE = '"We will fix the roads before winter," said '


@pytest.mark.parametrize("mention, speaker", [
    ("state Sen. Jane Doerr", "Jane Doerr"),
    ("former Gov. Jane Doerr", "Jane Doerr"),
    ("campaign manager Jane Doerr", "Jane Doerr"),
    ("the former mayor Jane Doerr", "Jane Doerr"),
    ("the spokeswoman Jane Doerr", "Jane Doerr"),
    ("the former mayor Ahmed bin Salem", "Ahmed bin Salem"),
    # the name belongs to whom the head is related to: the speaker is someone else, unnamed
    ("the father of Tom Hulme", ""),
    ("lawyers for Tom Hulme", ""),
    ("critics of Tom Hulme", ""),
    ("the wife of former Gov. Tom Hulme", ""),
    # a group, a medium, a company: no person
    ("the Hulme family", ""),
    ("the newspaper The Daily Star", ""),
    ("the company Green Energy Partners", ""),
    # the word before the name is a place, not a role: left as it was
    ("the mayor of Springfield Jane Doerr", ""),
])
def test_described_name_speaker(mention, speaker, registry, lex):
    got_mention, got = first_speaker(_QUOTE + mention + ".", registry, lex)
    assert got_mention == mention
    assert got == speaker


@pytest.mark.parametrize("mention, name", [
    ("the former mayor Jane Doerr", "Jane Doerr"),
    ("state Sen. Jane Doerr Jr.", "Jane Doerr Jr."),
    ("a Democratic strategist Jane O'Doerr-Smith", "Jane O'Doerr-Smith"),
    ("the mayor Hulme", None),  # one word: no full name
    ("the mayor J. Doerr", None),  # an initial: no full name
    ("the former mayor's husband Tom Hulme", None),  # kin: not a role noun
    ("an aide to Mayor Tom Hulme", None),
    ("the Chief Technological Officer", None),  # a title in capitals, no name
])
def test_described_name_span(mention, name):
    span = described_name(mention)
    assert (mention[span[0]:span[1]] if span else None) == name
