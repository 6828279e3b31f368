"""English speakers, round thirty-two (issue 14): the subject, not the clause's object or a thing.

A mention that runs over its clause's verb into the object is cut to the subject ('Schale
predicts Clinton will win ..., and added: "..."' -> "Schale", not "Schale predicts Clinton";
``en_predicate_mention``); a relative clause that ends the introducing stretch speaks for the
person it hangs on when the sentence's subject is a thing ('The incident was filmed by Jack
Posobiec, who ... yelled at the crowd: "..."' -> "Jack Posobiec"; ``en_relative_colon``).
Sentences written for these tests, with negatives; registry of one person (Claire Dubois), none
of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_names import _HEADS
from discourse.extract.speakers.lang.en_predicate_mention import subject_before_verb
from discourse.extract.speakers.lang.en_relative_colon import relative_speaker
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _mentions(text, registry, lex, kinds=("direct", "partial")):
    """The mention of each quote of ``text`` of ``kinds``, in order."""
    out = attribute(text, registry, lex)
    return list(out[out["kind"].isin(list(kinds))]["speaker_mention"])


PREDICATE = [
    ('Tom Hale predicts Ann Lee will win the seat by two points, and added that turnout will '
     'decide it: "I do not mind being behind at this stage."', ["Tom Hale"]),
    ('The memo references Ann Lee’s recent remarks on the budget, calling them "reckless and '
     'dangerous for the city."', ["The memo"]),
    ('Before his speech, Hale applied one of his old nicknames to Lee, one that mocked her '
     'height: “Little Ann is on a mission nobody asked for.”', ["Hale"]),
]


@pytest.mark.parametrize(("text", "mentions"), PREDICATE)
def test_the_subject_before_the_verb(text, mentions, registry, lex):
    assert _mentions(text, registry, lex) == mentions


@pytest.mark.parametrize(("mention", "kept"), [
    ("Tom Hale predicts Ann Lee", "Tom Hale"),
    ("The memo references Ann Lee", "The memo"),
    ("Ahead of the vote, Hale applied the rule to Lee", "Hale"),
    # no verb inside: the mention is left to the other rules
    ("Justice Department attorneys Tom Hale and Ann Lee", None),
    ("a report released Monday by the Hale Group", None),
    ("the reports Ann Lee cited", None),
    ("Ann Lee, a lawyer who heads Foro Civil", None),
    ("Newly elected Assemblywoman Ann Lee", None),
    ("the protesters Tom Hale interviewed", None),
])
def test_subject_before_verb_alone(mention, kept):
    text = f"{mention} said: “We will not stop here at all.”"
    got = subject_before_verb(text, 0, len(mention), _HEADS)
    assert (None if got is None else text[got[0]:got[1]]) == kept


RELATIVE = [
    ('The incident was filmed by Tom Hale, who stood up as the mayor was led off stage and '
     'yelled at the crowd: “You are all cowards.”', ["Tom Hale"]),
    ('The video was posted by Sen. Ann Lee, who wrote: “This is what the city did to us all.”',
     ["Sen. Ann Lee"]),
]


@pytest.mark.parametrize(("text", "mentions"), RELATIVE)
def test_the_relative_clause_speaks(text, mentions, registry, lex):
    assert _mentions(text, registry, lex) == mentions


@pytest.mark.parametrize("text", [
    # the subject is a person: it keeps the quote
    'The senator was joined by Tom Hale, who told the crowd: “We will not stop here at all.”',
    # a main verb after the relative clause: the sentence's subject speaks
    'Ann Lee, who led the petition, said: “We will not stop here at all.”',
    # "which" hangs on a thing
    'The report was written by the Hale Group, which said: “We will not stop here at all.”',
])
def test_no_relative_speaker_otherwise(text):
    qs = text.index("“") + 1
    subject = text.index(" was ") if " was " in text else text.index(",")
    assert relative_speaker(text, 0, 0, subject, qs, _HEADS) is None


def test_a_relative_clause_with_a_comma_is_not_read():
    text = ('The rally was led by Tom Hale, who led the march, and shouted: “We will not stop '
            'here at all.”')
    assert relative_speaker(text, 0, 0, len("The rally"), text.index("“") + 1, _HEADS) is None
