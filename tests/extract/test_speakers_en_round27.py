"""English speakers, round twenty-seven (issue 14): whole articles name a speaker short after
naming them in full. The sentence before a quote may give its speaker as a surname, "he"/"she"
or a role ("The senator spoke about the budget. "...""), a block quote may be signed with a
lower-case role ("— Rachel Burns, chair of the committee"), and the clause that introduces a
quote may have a pronoun subject of its own nearer than the name ('X told jurors he was
thinking: "..."'). Sentences written for these tests, with negatives; registry of one person
(Claire Dubois), none of these people."""

from __future__ import annotations

import re

import pytest

from discourse.extract.speakers.lang.en_nearer import nearer_pronoun
from discourse.extract.speakers.lang.en_signature_lower import LOWER_ROLE
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _direct(text, registry, lex):
    """``(mention, speaker)`` of each direct quote of ``text``, in order."""
    out = attribute(text, registry, lex)
    out = out[out["kind"].isin(["direct", "nested"])]
    return list(zip(out["speaker_mention"], out["speaker"]))


SHORT_SUBJECT = [
    # a surname alone, after the full name earlier in the article
    ('Senator Paul Hines met voters in Dayton on Friday.\n\nHines spoke about the budget. '
     '"We need to cut waste first."', [("Hines", "Paul Hines")]),
    ('Governor Ada Brandt toured the flooded towns.\n\nBrandt also visited a shelter. '
     '"Nobody here will be left on their own."', [("Brandt", "Ada Brandt")]),
    # a sentence of a subject and its verb alone
    ('Senator Paul Hines and Governor Ada Brandt met on Friday. Hines said the budget was a '
     'mess. Brandt disagreed. "The budget is balanced."', [("Brandt", "Ada Brandt")]),
    # a pronoun of one person
    ('Senator Paul Hines met voters in Dayton on Friday. He criticized the trade deal. '
     '"It is a bad deal for Ohio workers."', [("He", "Paul Hines")]),
    ('"It is a bad deal," Senator Paul Hines said.\n\nMayor Ruth Oakes disagreed. She defended '
     'the plan. "It brings jobs to Dayton."',
     [("Senator Paul Hines", "Paul Hines"), ("She", "Ruth Oakes")]),
    # the last sentence of the paragraph above a quote alone in its own
    ('Senator Paul Hines met voters in Dayton on Friday.\n\nHines spoke about the budget.\n\n'
     '"We need to cut waste first."', [("Hines", "Paul Hines")]),
    ('Governor Ada Brandt toured the flooded towns. She stopped at a shelter.\n\n'
     '"Nobody here will be left on their own."', [("She", "Ada Brandt")]),
    # a role, as written (resolved by the title the article gave the name: en_role_antecedent)
    ('Senator Paul Hines met voters in Dayton on Friday.\n\nThe senator spoke about the budget. '
     '"We need to cut waste first."', [("The senator", "Paul Hines")]),
]

NOT_SHORT_SUBJECT = [
    # a group, a thing, a capitalised word the article gives as no name
    'Democrats walked out of the hearing. Republicans criticized the plan. "It is a giveaway."',
    'The company lost money again this year. "We are confident in the plan."',
    'Officials met in Geneva on Monday. They criticized the plan. "It is a giveaway to banks."',
    'The company lost money again this year.\n\n"We are confident in the plan."',
]


@pytest.mark.parametrize("text, expected", SHORT_SUBJECT)
def test_short_subject_of_the_sentence_before(text, expected, registry, lex):
    assert _direct(text, registry, lex) == expected


@pytest.mark.parametrize("text", NOT_SHORT_SUBJECT)
def test_no_short_subject_names_nobody(text, registry, lex):
    assert [m for m, _ in _direct(text, registry, lex)] == [""]


def test_signature_with_a_lower_case_role(registry, lex):
    text = ('The committee released a statement after the vote.\n\n"The committee stands by its '
            'findings and will publish the full report next week."\n\n— Rachel Burns, chair of '
            'the committee')
    assert _direct(text, registry, lex) == [("Rachel Burns, chair of the committee",
                                             "Rachel Burns")]


def test_lower_case_role_pattern():
    assert re.fullmatch(LOWER_ROLE, "a former player for the club")
    assert re.fullmatch(LOWER_ROLE, "chair of the committee")
    for channel in ("via Twitter", "on Facebook", "in a statement"):
        assert re.fullmatch(LOWER_ROLE, channel) is None


NEARER = [
    ('Ms. Lind told the court she was thinking: "Where is the exit?"', ("she", "Lind")),
    ('Tom Brandt held a rally in Columbus, where he angrily described the closing of the plant, '
     'shouting "They sold this town out!"', ("he", "Tom Brandt")),
]


@pytest.mark.parametrize("text, expected", NEARER)
def test_pronoun_of_the_clause_that_introduces_the_quote(text, expected, registry, lex):
    mention, speaker = _direct(text, registry, lex)[0]
    assert mention == expected[0] and expected[1] in speaker


@pytest.mark.parametrize("text", [
    'Smith said he was tired: "Go home."',  # no verb of speech or thought before the colon
    'Anna Berg, who said she was leaving, told reporters: "This is my last day."',
    'Tom Brandt spoke as he left the hall, shouting "We will be back!"',  # "as": not taken
])
def test_no_nearer_pronoun(text):
    me = text.index(" ")
    assert nearer_pronoun(text, me, text.index('"') + 1) is None


ROLE_ANTECEDENT = [
    # a title before the name, its abbreviation, a comma appositive after it or before it
    ('Senator Maria Alvarez toured the shipyard.\n\n"The contract is fair," the senator said.',
     ("the senator", "Maria Alvarez")),
    ('Sen. Maria Alvarez toured the shipyard.\n\n"The contract is fair," the senator said.',
     ("the senator", "Maria Alvarez")),
    ('Ruth Oakes, the mayor of Dayton, opened the bridge. Tom Hale, an engineer, was there.\n\n'
     '"It took nine years," the mayor said.', ("the mayor", "Ruth Oakes")),
    ("The city's mayor, Ruth Oakes, opened the bridge on Monday.\n\n"
     '"It took nine years," the mayor said.', ("the mayor", "Ruth Oakes")),
]


@pytest.mark.parametrize("text, expected", ROLE_ANTECEDENT)
def test_role_resolved_by_the_article(text, expected, registry, lex):
    assert _direct(text, registry, lex) == [expected]


@pytest.mark.parametrize("text", [
    # no evidence of the role in the article, another role, an indefinite description
    'Ruth Oakes has run Dayton since 2019.\n\n"It took nine years," the mayor said.',
    'Judge Ruth Oakes opened the hearing.\n\n"It took nine years," the mayor said.',
    'Mayor Ruth Oakes opened the bridge.\n\n"It took nine years," a spokeswoman said.',
])
def test_role_not_resolved_without_evidence(text, registry, lex):
    (_mention, speaker), = _direct(text, registry, lex)
    assert speaker == ""
