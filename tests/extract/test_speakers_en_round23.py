"""English speakers, round twenty-three (issue 14, the fifth direct-quote set
``newsmtsc_direct5``): the person a verb of addressing or naming takes as its object is not the speaker, an
adverb or a question's wh-word that opens the sentence is no part of its subject, a gerund
adverbial is no part of the mention,
and a mention that attributes the quote before it gives way to the words after the next quote;
on sentences written for these tests, through ``attribute_speakers``; registry of one person
(Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_addressee import addressee_subject
from discourse.extract.speakers.lang.en_clause import noun_phrase
from discourse.extract.speakers.quote_before import attributes_quote_before
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _mentions(text, registry, lex):
    """The speaker mentions of the quotes in marks of ``text`` (direct or partial: the
    extractor may read a quote after a link as a fragment), in order."""
    out = attribute(text, registry, lex)
    return out[out["kind"].isin(["direct", "partial"])]["speaker_mention"].tolist()


@pytest.mark.parametrize("text, mention", [
    # the object of a verb of addressing or naming is spoken to or of; the clause's subject
    ('Her mood has changed: in March, Ann Hale, without mentioning Ortega once, appeared to mock '
     'him and his plan: "Some people want to sell this city to the highest bidder."', "Ann Hale"),
    ('Even a banker who had flown in from Boston was wary, asking Ortega, "who else is '
     'bidding for the plant this month?"', "a banker"),
    ('The chairwoman was blunt, telling Ms. Ortega: "Your plan will not pass this committee '
     'in its present form."', "The chairwoman"),
    ('Ann Hale turned to the crowd, urging Governor Reyes: "Sign the bill before the end of '
     'the week, please."', "Ann Hale"),
])
def test_the_one_addressed_is_not_the_speaker(text, mention, registry, lex):
    assert _mentions(text, registry, lex) == [mention]


@pytest.mark.parametrize("text, mention", [
    # after a quote the verb's name is the speaker (inverted order)
    ('"Why now, after all these years of silence?" asked Ortega, "and why in this city?"',
     "Ortega"),
    # a verb that takes no person as its object: the name after it speaks
    ('As the hearing closed, said Ortega, "we will not give up on this plant."', "Ortega"),
])
def test_a_name_after_a_quote_or_a_verb_of_saying_still_speaks(text, mention, registry, lex):
    assert _mentions(text, registry, lex)[-1] == mention


def test_addressee_subject_reads_only_an_object_right_before_the_quote():
    t = 'The mayor was wary, asking Ortega, "who else is bidding?"'
    ms = t.index("Ortega")
    got = addressee_subject(t, 0, ms, ms + 6, t.index('"'), lambda *a: None, noun_phrase)
    assert t[got[0]:got[1]] == "The mayor"
    # words between the name and the quote: still the object of "asking"
    t2 = 'The mayor was wary, asking Ortega about the plant: "who else is bidding?"'
    ms = t2.index("Ortega")
    got = addressee_subject(t2, 0, ms, ms + 6, t2.index('"'), lambda *a: None, noun_phrase)
    assert t2[got[0]:got[1]] == "The mayor"
    # the name has a clause of its own before the quote: it may speak
    t4 = 'The mayor was wary, asking Ortega, who said, "nobody else is bidding."'
    ms = t4.index("Ortega")
    assert addressee_subject(t4, 0, ms, ms + 6, t4.index('"'), lambda *a: None, noun_phrase) is None
    # an adverbial opens the sentence: no subject is read
    t5 = 'In the end it was up to Ortega, by asking Hale: "who else is bidding?"'
    ms = t5.index("Hale")
    assert addressee_subject(t5, 0, ms, ms + 4, t5.index('"'), lambda *a: None, noun_phrase) is None
    # a subordinate clause opens the sentence: no subject is read
    t3 = 'When the mayor was wary, asking Ortega, "who else is bidding?"'
    ms = t3.index("Ortega")
    assert addressee_subject(t3, 0, ms, ms + 6, t3.index('"'), lambda *a: None, noun_phrase) is None


@pytest.mark.parametrize("text, mentions", [
    # a link with no full stop runs the second quote into "Hale said."; the words after it
    # attribute it, even a description
    ('"The budget is a disgrace to this city and to its people," Hale said. '
     'https://example.org/budget/2031/ "This plan cuts every school in the poorest districts '
     'of the city," the former mayor continued.', ["Hale", "the former mayor"]),
])
def test_a_mention_of_the_quote_before_gives_way_to_the_words_after(text, mentions, registry,
                                                                    lex):
    assert _mentions(text, registry, lex) == mentions


def test_attributes_quote_before():
    assert attributes_quote_before('"We will win," Hale said.', 15)
    assert attributes_quote_before('"Will we win?" Hale asked.', 15)
    assert not attributes_quote_before('Hale said: "We will win."', 0)
    assert not attributes_quote_before('He praised the "new deal" Hale made.', 26)


@pytest.mark.parametrize("text, mention", [
    # a preposition with a gerund after the subject tells how it speaks: the subject alone
    ('Council leader Ann Hale in announcing the cuts to the council said, "We have no other '
     'choice this year."', "Council leader Ann Hale"),
    ('Ann Hale after hearing the verdict in the city court said, "We have no other choice '
     'this year."', "Ann Hale"),
    # a prepositional phrase without a gerund modifies the subject: kept
    ('Scientists from the Wildlife Trust in the city said, "We have no other choice this '
     'year."', "Scientists from the Wildlife Trust in the city"),
])
def test_a_gerund_adverbial_is_not_part_of_the_mention(text, mention, registry, lex):
    assert _mentions(text, registry, lex) == [mention]


@pytest.mark.parametrize("text, mention", [
    # an adverb that opens the sentence without a comma is no part of the subject
    ('Soon shopkeepers started saying, "we cannot pay these rents any longer in this town."',
     "shopkeepers"),
    ('Later Ortega told the council, "We cannot pay these rents any longer in this town."',
     "Ortega"),
    # a question: the subject after the wh-word and the auxiliary, not the wh-word
    ('When will shopkeepers start saying, "we cannot pay these rents any longer?"',
     "shopkeepers"),
    ('Why do the tenants keep saying, "we cannot pay these rents any longer?"', "the tenants"),
])
def test_what_opens_the_sentence_is_not_the_subject(text, mention, registry, lex):
    assert _mentions(text, registry, lex) == [mention]


def test_without_leading_adverb_and_question_subject_leave_other_words():
    from discourse.extract.speakers.lang.en_adverbs import question_subject, without_leading_adverb
    assert without_leading_adverb("Evenson said so.", 0, 7) == 0
    assert without_leading_adverb("Later said so.", 0, 5) == 0  # nothing would be left
    assert question_subject("When Ortega spoke, ", 0, 19) is False  # no auxiliary: no question


@pytest.mark.parametrize("sign, mention, speaker", [
    # a role after the name in a signature stays in the mention; the name resolves
    ("— Tom Reyes, Regional Railway Manager", "Tom Reyes, Regional Railway Manager",
     "Tom Reyes"),
    ("— Tom Reyes, Deputy Minister of Transport", "Tom Reyes, Deputy Minister of Transport",
     "Tom Reyes"),
    # an outlet or a platform does not
    ("— Tom Reyes, The Harbour Gazette", "Tom Reyes", "Tom Reyes"),
])
def test_a_signature_keeps_the_role_after_the_name(sign, mention, speaker, registry, lex):
    text = ('"More women in technical jobs has been the biggest change of the last ten years."'
            "\n\n" + sign + "\n\nThe railway employs 1,200 people in the region.")
    out = attribute(text, registry, lex)
    row = out[out["kind"].isin(["direct", "partial"])].iloc[0]
    assert (row["speaker_mention"], row["speaker"]) == (mention, speaker)


@pytest.mark.parametrize("text, mention", [
    # an absolute phrase (a possessive and a part of the body) is no appositive
    ('Asked how she felt, Ms. Ortega, her hand on the railing, replied, "Better than I have '
     'felt in ten years."', "Ms. Ortega"),
    # an appositive that names the speaker stays
    ('Asked how she felt, Ms. Ortega, her sister, replied, "Better than I have felt in ten '
     'years."', "Ms. Ortega, her sister"),
])
def test_an_absolute_phrase_is_not_part_of_the_mention(text, mention, registry, lex):
    assert _mentions(text, registry, lex) == [mention]


@pytest.mark.parametrize("text, mention", [
    # the object of a causative verb speaks the words its verb of saying introduces
    ('Ortega spoke first. The uproar over the remark led Hale to express "I should not have '
     'said it that way, and I am sorry."', "Hale"),
    ('The report prompted Hale to tweet: "This is a disgrace and everybody in this city '
     'knows it."', "Hale"),
    ('The vote forced the senator to admit, "We do not have the numbers to pass this bill '
     'this year."', "the senator"),
])
def test_the_object_of_a_causative_verb_speaks(text, mention, registry, lex):
    assert _mentions(text, registry, lex)[-1] == mention
