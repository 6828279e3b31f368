"""English speakers, round ten (issue 14, the fresh Wikinews split dev8): what fresh text showed
the rules still missed, on sentences written for these tests, through ``attribute_speakers``;
registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import coordinated_names
from tests.attribute_en import attribute, first_speaker


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


@pytest.mark.parametrize("text, mention", [
    # a second role after ", and" belongs to the description before the name (dev8)
    ('His daughter, and member of the Labour Party, Ann Bell wrote, "I thank all for their '
     'concern."', "His daughter, and member of the Labour Party, Ann Bell"),
    # capitalised words of an institution are no verbs ("United" is no "-ed" participle)
    ('Following the vote, a United States Department of State spokesperson, Tom Hale, said, '
     '"We are disappointed."', "a United States Department of State spokesperson, Tom Hale"),
    # a role coordinated with the title that opens the mention
    ('Labour Party leader and Prime Minister Tom Hale said, "We will never take your support for '
     'granted."', "Labour Party leader and Prime Minister Tom Hale"),
    # "speaking for" an institution is a role, as "a spokesman for" is
    ('Tom Hale, speaking for the Health Ministry, reported, "The numbers are high."',
     "Tom Hale, speaking for the Health Ministry"),
])
def test_the_mention_keeps_the_description_of_its_speaker(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention
    assert speaker in mention and speaker.endswith(("Bell", "Hale"))


@pytest.mark.parametrize("text, mention", [
    # an adverbial, not a role
    ('Tom Hale, speaking to reporters, said, "The numbers are high."', "Tom Hale"),
    ('Tom Hale, speaking for himself, said, "The numbers are high."', "Tom Hale"),
    # "and" joins two clauses here, not two roles
    ('The team met and Prime Minister Tom Hale said, "We won."', "Prime Minister Tom Hale"),
    # a clause before the name's comma is no description of it
    ('After the vote ended, Tom Hale said, "We won."', "Tom Hale"),
])
def test_the_mention_takes_no_adverbial_or_clause(text, mention, registry, lex):
    assert first_speaker(text, registry, lex)[0] == mention


def test_names_counted_by_a_floating_quantifier_are_several_speakers(registry, lex):
    # the mention is the names, not "all"; no one of them is the speaker (dev8)
    text = ("The debate ended. Hale, Bell, Reed, and Ortiz all agreed that vaccines have done more "
            "good than harm. Bell and Reed both argued the rules should not be mandatory.")
    out = attribute(text, registry, lex)
    assert list(out["speaker_mention"]) == ["Hale, Bell, Reed, and Ortiz", "Bell and Reed"]
    assert list(out["speaker"]) == ["", ""]
    assert list(out["camp"]) == ["unknown", "unknown"]


def test_coordinated_full_names_name_no_one_speaker(registry, lex):
    out = attribute("Tom Hale and Ann Bell said the plan would fail.", registry, lex)
    assert list(out["speaker_mention"]) == ["Tom Hale and Ann Bell"]
    assert list(out["speaker"]) == [""]


def test_one_name_with_and_in_it_stays_a_name(registry, lex):
    # a firm the registry does not know: two words, no full name of a person, one speaker
    out = attribute("Marks and Spencer said the plan would fail.", registry, lex)
    assert out["speaker"].iloc[0] != ""
    assert out["attribution"].iloc[0] != "unresolved"


@pytest.mark.parametrize("mention, names", [
    ("La Riva, Hawkins, Blankenship, and Carroll", ["La Riva", "Hawkins", "Blankenship",
                                                    "Carroll"]),
    ("Joe Biden and Kamala Harris", ["Joe Biden", "Kamala Harris"]),
    ("Prime Minister Tom Hale and Ann Bell", []),  # a title: a description among them
    ("the minister and his aides", []),
    ("Bank of England", []),
])
def test_coordinated_names(mention, names):
    assert coordinated_names(mention) == names


@pytest.mark.parametrize("text, mention, speaker", [
    ("The patient was moved. Presidential physician Tom Hale issued a statement saying the "
     "patient was recovering.", "Presidential physician Tom Hale", "Tom Hale"),
    ("The deal was announced. Ann Bell's former business partner Tom Hale held a press conference "
     "claiming Bell knew about the deals.", "Ann Bell's former business partner Tom Hale",
     "Tom Hale"),
])
def test_the_author_of_a_statement_issued_before_a_participle_speaks(text, mention, speaker,
                                                                    registry, lex):
    assert first_speaker(text, registry, lex, "indirect") == (mention, speaker)


def test_a_statement_issued_in_a_subordinate_clause_gives_no_main_subject(registry, lex):
    # the residents did not issue the statement: no speaker rather than a wrong one
    text = ("Residents were angry after the council released a statement saying the park would "
            "close.")
    out = attribute(text, registry, lex)
    assert "Residents" not in set(out["speaker_mention"])


@pytest.mark.parametrize("text", [
    # an opening adverbial or a dateline the subject rule did not read: no speaker rather than
    # "Last week" or "May 2"
    'Last week, the local paper the Daily Post published a report saying it had seen emails '
    '"linking" the mayor to the deal.',
    'May 2, 2018: Mayor Tom Hale issues a statement saying that the "reckless" plan must stop.',
])
def test_a_statement_issued_after_an_opening_phrase_gives_no_false_subject(text, registry, lex):
    out = attribute(text, registry, lex)
    assert not set(out["speaker_mention"]) & {"Last week", "May 2", "May"}


def test_the_agent_of_a_passive_speaks_the_participle_after_it(registry, lex):
    # not the passive's subject ("Election implications ... were described by Johnson as ...,
    # saying", dev8)
    text = ("The results came in. Election implications were described by Tom Hale as a "
            "\"historic mandate\", saying he intends to leave the union by January.")
    out = attribute(text, registry, lex)
    report = out[out["kind"] == "indirect"].iloc[0]
    assert (report["speaker_mention"], report["speaker"]) == ("Tom Hale", "Tom Hale")


@pytest.mark.parametrize("text, mention", [
    # the participle's object is not the subject (dev8)
    ("The rule passed. State legislators supporting the law argued it was to prevent fraud.",
     "State legislators supporting the law"),
    ("The rule passed. Groups opposing the bill said it was unfair.",
     "Groups opposing the bill"),
])
def test_a_subject_with_a_participle_keeps_its_head(text, mention, registry, lex):
    assert first_speaker(text, registry, lex, "indirect")[0] == mention


@pytest.mark.parametrize("text, mention", [
    # a noun in -ing, an adverbial before the subject: the mention stays
    ("At the morning briefing the minister said it was unfair.", "the minister"),
    ("During the hearing the senator said it was unfair.", "the senator"),
])
def test_an_adverbial_with_a_noun_in_ing_is_no_subject(text, mention, registry, lex):
    assert first_speaker(text, registry, lex, "indirect")[0] == mention


@pytest.mark.parametrize("text, mention", [
    # the group that the names are examples of speaks, none of them alone (dev7)
    ('Political commentators such as Tom Hale and Ann Bell described the speech as "flat".',
     "Political commentators such as Tom Hale and Ann Bell"),
    ("Critics such as Tom Hale said the plan would fail.", "Critics such as Tom Hale"),
])
def test_examples_after_such_as_belong_to_the_group(text, mention, registry, lex):
    out = attribute(text, registry, lex)
    assert out["speaker_mention"].iloc[0] == mention
    assert out["speaker"].iloc[0] == ""


def test_such_as_in_an_adverbial_leaves_the_subject(registry, lex):
    out = attribute("In cities such as Boston, Tom Hale said the plan would fail.", registry, lex)
    assert (out["speaker_mention"].iloc[0], out["speaker"].iloc[0]) == ("Tom Hale", "Tom Hale")


def test_a_possessive_role_before_the_name_is_kept(registry, lex):
    # "His opponent, Biden, in a message ..., accused" (dev7)
    text = ('Ann Bell spoke first. His opponent, Tom Hale, in a message to donors, accused Bell '
            'of "trying to scare the country."')
    assert first_speaker(text, registry, lex, "partial") == ("His opponent, Tom Hale", "Tom Hale")
