"""English speakers, round fourteen (issue 14, the direct-quote set ``newsmtsc_direct``): what
fresh US political news showed the rules still missed, on sentences written for these tests,
through ``attribute_speakers``; registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import first_speaker


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


@pytest.mark.parametrize("text, mention", [
    # a name in "-ly" is no adverb before the verb: alone, after a first name or a title
    ('"We will not back down," Kelly said.', "Kelly"),
    ('"We will not back down," Kelly says in the recording.', "Kelly"),
    ('"We will not back down," Ann Kelly told reporters.', "Ann Kelly"),
    ('"We will not back down," Mr. Kelly said.', "Mr. Kelly"),
    ("\"We will not back down,\" Bill O'Reilly said on his show.", "Bill O'Reilly"),
    ('"We will not back down," Connolly said.', "Connolly"),
    ('Megyn Kelly said, "We will not back down."', "Megyn Kelly"),
])
def test_a_name_in_ly_is_a_speaker(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention
    assert speaker and speaker in mention


@pytest.mark.parametrize("text", [
    # a capitalised adverb opening a sentence names nobody
    '"We will not back down," Finally said the man.',
    '"We will not back down." Reportedly, the talks ended.',
])
def test_a_capitalised_adverb_is_no_speaker(text, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert "ly" not in got and not (speaker or "").endswith("ly")


@pytest.mark.parametrize("text, mention", [
    # "Here" and "There" open a sentence and name nobody; the clause after the colon has the
    # subject of the participle of saying
    ('Here is the exchange, from the transcript: The President then returned to the budget, '
     'saying, "It is a good plan and it has been through a lot."', "The President"),
    ('Here is the exchange: Tom Hale then turned to the budget, saying, "It is a good plan."',
     "Tom Hale"),
])
def test_the_subject_after_a_colon_speaks_when_the_sentence_opens_with_here(text, mention,
                                                                             registry, lex):
    assert first_speaker(text, registry, lex)[0] == mention


def test_there_names_nobody(registry, lex):
    text = 'There was a long pause before the vote, saying, "It is a good plan."'
    got, speaker = first_speaker(text, registry, lex)
    assert got != "There" and speaker != "There"


@pytest.mark.parametrize("text, mention, kind", [
    # a second verb of saying or naming after "and" is the subject's, past an opening adverbial
    ('Earlier in his show, Tom Hale blasted a report and accused the Times of "trying to '
     'distract you."', "Tom Hale", "partial"),
    ('In the wake of that report, Tom Hale stepped up his criticism and said she belongs in '
     '"jail."', "Tom Hale", "partial"),
    # "saying that" before a quote introduces it as "saying," does, past an opening participle
    ('Speaking in Paris, Prime Minister Tom Hale called on the rebels to release the hostages, '
     'saying that "their lives are the top priority."', "Prime Minister Tom Hale", "direct"),
])
def test_the_clause_subject_speaks_after_and_or_saying_that(text, mention, kind, registry, lex):
    got, speaker = first_speaker(text, registry, lex, kind)
    assert got == mention and speaker == "Tom Hale"


@pytest.mark.parametrize("text", [
    # "and" before a noun joins two subjects of another verb, not a second verb of Tom Hale's
    'Tom Hale met the mayor and critics called it "a disaster for the city."',
    # a relative clause's verb is its antecedent's
    'Tom Hale met Ann Bell, who called it "a disaster for the city."',
])
def test_and_before_a_noun_or_a_relative_clause_is_no_second_verb(text, registry, lex):
    got, speaker = first_speaker(text, registry, lex, "partial")
    assert speaker != "Tom Hale"


@pytest.mark.parametrize("text, mention", [
    # an unnamed source is described by whom it is close to: the source speaks, whole
    ('Axios quoted a source close to Tom Hale who said, "He is coming to support the president."',
     "a source close to Tom Hale"),
    ('"He is coming to support the president," said a source close to Mr. Hale, who asked not '
     'to be named.', "a source close to Mr. Hale"),
    ('"He is coming," said one person familiar with Hale\'s thinking.',
     "one person familiar with Hale's thinking"),
    ('"He is coming," said a source close to the White House on Monday.',
     "a source close to the White House"),
])
def test_a_source_close_to_somebody_is_an_unnamed_speaker(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention
    assert not speaker  # neither Tom Hale nor the White House speaks


def test_a_name_with_close_to_as_appositive_still_speaks(registry, lex):
    got, speaker = first_speaker('Tom Hale, close to the president, said, "He is coming."', registry, lex)
    assert speaker == "Tom Hale"


@pytest.mark.parametrize("text, speaker", [
    # the name after a noun for a group is the group's: the person before "of" speaks
    ('"I think he has it locked up," said Tom Hale of the pro-life group Choose Life America.',
     "Tom Hale"),
    ('"I think he has it locked up," said Tom Hale of the advocacy group Families First.',
     "Tom Hale"),
    # a role before the last name still keeps the person named last
    ('"We are ready," said Fraternal Order of Police president Chuck Canterbury.',
     "Chuck Canterbury"),
])
def test_a_group_named_after_its_member_does_not_speak_for_him(text, speaker, registry, lex):
    assert first_speaker(text, registry, lex)[1] == speaker


@pytest.mark.parametrize("text, mention", [
    # several people named after a quote: a plural title, "and", each one's state, "also"
    ('"We need to move on," Sens. Ann Bell and Tom Hale said.', "Sens. Ann Bell and Tom Hale"),
    ('"We need to move on," Reps. Ann Bell and Tom Hale said.', "Reps. Ann Bell and Tom Hale"),
    ('"We need to move on," Ann Bell and Tom Hale also said.', "Ann Bell and Tom Hale"),
    ('"We need to move on," Bell, of California, and Hale, of New York, also said in their '
     'statement.', "Bell, of California, and Hale, of New York"),
])
def test_several_speakers_after_a_quote_are_the_mention(text, mention, registry, lex):
    assert first_speaker(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text", [
    '"We need to move on," Sens. Ann Bell and Tom Hale said.',
    'Reps. Ann Bell and Tom Hale said: "We need to move on."',
])
def test_a_plural_title_before_a_list_of_names_leaves_no_one_speaker(text, registry, lex):
    assert not first_speaker(text, registry, lex)[1]


@pytest.mark.parametrize("text, mention", [
    # a name after a quote, then its appositive or relative clause (commas, "and", "Mr." in it),
    # then the verb of saying
    ('"We got it," Tom Hale, who serves as attorney for both Mr. Bell and President Ann Reed, '
     'said on his radio program.', "Tom Hale"),
    ('"Follow the transcript," Tom Hale, the chairman of the oversight and reform committee, '
     'before which Bell testified on Wednesday, told reporters.', "Tom Hale"),
])
def test_the_name_before_a_long_appositive_speaks(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention and speaker == "Tom Hale"


def test_an_appositive_without_a_verb_of_saying_names_no_speaker(registry, lex):
    # the stretch ends with the sentence, not with a verb of saying: the quote's speaker is not
    # named after it
    text = '"Follow the transcript." Tom Hale, the chairman of the committee, went home.'
    got, _ = first_speaker(text, registry, lex)
    assert got == ""


def test_an_opening_participle_is_no_part_of_its_objects_mention(registry, lex):
    # the relative clause's antecedent speaks the fragment, without "Pushing back against"
    text = ('Pushing back against opponents who have characterized the bill as a "bailout," Tom '
            'Hale added that it "gives the island a path to real reform."')
    assert first_speaker(text, registry, lex, "partial")[0] == "opponents"


@pytest.mark.parametrize("text, mention", [
    # a noun phrase joined to the quote by "and other" is no speaker after it: the colon's
    # subject before the quote speaks
    ('The group chanted: "Hey hey, ho, ho, Tom Hale must go" and other derogatory remarks aimed '
     'at the mayor.', "The group"),
])
def test_and_other_after_a_quote_is_no_speaker(text, mention, registry, lex):
    assert first_speaker(text, registry, lex)[0] == mention


def test_a_speaker_after_a_quote_without_and_other_stays(registry, lex):
    text = '"Hey hey, ho, ho, Tom Hale must go," other protesters said.'
    assert first_speaker(text, registry, lex)[0] == "other protesters"


def test_a_verb_with_a_colon_at_the_lines_end_introduces_the_next_block(registry, lex):
    # "and editor Tom Hale tweeted:" opens the next post; the quote before it is Ann Bell's
    text = ('Editor Jim Roberts quoted Ann Bell as saying: "There are too many guns on the '
            'street," and editor Tom Hale tweeted:\nVA Gov. speaks')
    got, speaker = first_speaker(text, registry, lex)
    assert got == "Ann Bell" and speaker == "Ann Bell"


def test_a_verb_after_the_quote_without_a_colon_still_signs_it(registry, lex):
    text = '"There are too many guns on the street," editor Tom Hale tweeted.\nVA Gov. speaks'
    assert first_speaker(text, registry, lex)[0] == "editor Tom Hale"
