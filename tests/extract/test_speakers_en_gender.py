"""English pronouns that agree in gender with their antecedent (issue 14, branch en-pronouns):
"She" after a man named last goes to the nearest person the article says is a woman (a title,
a gendered noun before the name or in its appositive, a pronoun bound to the name, "She"
opening the sentence after one that names only her); with no evidence nothing moves; when a
person of unknown gender stands nearer, the pronoun is left unresolved. Sentences written for
these tests; registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_gender import first_name_gender, name_gender_in
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _direct(text, registry, lex):
    """``(mention, speaker)`` of each direct quote of ``text``, in order."""
    out = attribute(text, registry, lex)
    out = out[out["kind"].isin(["direct", "nested"])]
    return list(zip(out["speaker_mention"], out["speaker"]))


EVIDENCE = [
    ("Mrs. Okafor opened the meeting.", "Okafor", "female"),
    ("Mr Lindqvist declined to comment.", "Lindqvist", "male"),
    ("The award went to actress Nora Pell on Sunday.", "Nora Pell", "female"),
    ("Tom Reyes, her former husband, was not there.", "Tom Reyes", "male"),
    ("Ada Brandt lost her seat in 2010.", "Ada Brandt", "female"),
    ("Ada Brandt, who lost her seat in 2010, ran again.", "Ada Brandt", "female"),
    ("Carl Voss said he would appeal.", "Carl Voss", "male"),
    ("In early March, Ada Brandt was in second place.  She gained a point.", "Ada Brandt",
     "female"),
]

NO_EVIDENCE = [
    # a pronoun farther on, after a possessive name, or after another name, is anybody's
    ("Carl Voss wrote after hearing the news of her death.", "Carl Voss"),
    ("Voss's daughter said she would appeal.", "Voss"),
    ("Carl Voss met Ada Brandt. She said little.", "Carl Voss"),
    # titles and nouns of either gender
    ("Sen. Carl Voss spoke first.", "Carl Voss"),
    ("Dr. Ada Brandt, the chairman of the board, spoke first.", "Ada Brandt"),
    # evidence both ways: nothing
    ("Mr. Kim spoke. Mrs. Kim did not.", "Kim"),
]


@pytest.mark.parametrize("text, name, gender", EVIDENCE)
def test_article_evidence(text, name, gender):
    assert name_gender_in(text, name) == gender


@pytest.mark.parametrize("text, name", NO_EVIDENCE)
def test_no_article_evidence(text, name):
    assert name_gender_in(text, name) is None


def test_surname_shared_by_two_full_names_counts_only_in_full():
    text = ("Gloria Hale and Victor Hale arrived. Hale thanked his staff. Gloria Hale lost "
            "her bag.")
    assert name_gender_in(text, "Gloria Hale") == "female"
    assert name_gender_in(text, "Victor Hale") is None


def test_first_names_of_one_sex_only():
    assert first_name_gender("Doris Quill") == "female"
    assert first_name_gender("Barry Quill") == "male"
    # of both sexes, a surname alone, an initial: nothing
    assert first_name_gender("Leslie Quill") is None
    assert first_name_gender("Quill") is None
    assert first_name_gender("J. Quill") is None


AGREE = [
    # the brief's case: "She" after a surname alone, the last full name a man's
    ('Governor Ada Brandt lost her seat in 2010 and returned to the senate in 2016.\n\n'
     'Senator Carl Voss said he would vote against the plan. Brandt, however, was more '
     'hopeful. She said: "We will find the votes."', [("She", "Ada Brandt")]),
    # a man after a woman named last
    ('Mr. Tom Reyes spoke first. The plan was then put to Mayor Nora Pell, who said she '
     'would wait. He said: "We cannot wait another year."', [("He", "Tom Reyes")]),
]

REGISTRY = [
    # the registry's gender of an actor is evidence: "She" passes the man named last
    ('Claire Dubois arrived in Dayton on Friday. Mr. Tom Reyes said he would meet her. She '
     'said: "We will find the votes."', [("She", "Claire Dubois")]),
    # a person of unknown gender nearer than the actor: no actor is guessed
    ('Claire Dubois arrived in Dayton on Friday. Leslie Ortiz greeted the crowd. Mr. Tom Reyes '
     'said he would meet them. She said: "We will find the votes."', [("She", "")]),
]

FIRST_NAMES = [
    # the first names say who is who when the article says nothing else
    ('Doris Quill founded the shelter in 1975. Her deputy, Barry Olsen, ran it for a decade. '
     'She said: "The animals come first."', [("She", "Doris Quill")]),
    # a first name of both sexes nearer than the woman: nothing decides
    ('Doris Quill founded the shelter in 1975. Leslie Marsh joined later, and Barry Olsen ran '
     'it for a decade. She said: "The animals come first."', [("She", "")]),
]

UNCHANGED = [
    # no evidence of anybody's gender (first names of both sexes): the nearest name, as before
    ('Senator Kim Voss met Governor Leslie Brandt on Friday. She said: "We will find the '
     'votes."', [("She", "Leslie Brandt")]),
    ('Governor Leslie Brandt met Senator Kim Voss on Friday. She said: "We will find the '
     'votes."', [("She", "Kim Voss")]),
]

UNRESOLVED = [
    # the nearest name is a man's, a person of unknown gender stands between him and the
    # woman: nothing decides, no speaker
    ('Mrs. Nora Pell chaired the session. Leslie Ortiz spoke next. Then Carl Voss said he '
     'would vote no. She said: "We will find the votes."', [("She", "")]),
]


@pytest.mark.parametrize("text, expected", AGREE + REGISTRY + FIRST_NAMES + UNCHANGED + UNRESOLVED)
def test_pronoun_agrees(text, expected, registry, lex):
    assert _direct(text, registry, lex) == expected
