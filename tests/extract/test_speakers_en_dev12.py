"""English speakers of whole articles, dev12 round (issue 14): the whole subject when the quote
extractor took a piece of it. An organisation whose name holds a comma or a colon after the
person who belongs to it ("Professor Ann Lee of Queen Mary, University of London, who led the
study, said:"), a predicate taken for a name ("Hale, for his part, paraphrased the first U.S.
astronaut, John Glenn, commenting:"), and an aside closing the subject ("Hale, for his part,")
left out of the mention. Sentences written for these tests, with negatives; registry of one
person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_names import person_runs
from discourse.extract.speakers.lang.en_whole_subject import (
    person_of_org,
    split_name_subject,
    without_trailing_aside,
)
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _direct(text, registry, lex):
    """``(speaker_mention, speaker)`` of each direct quote of ``text``, in order."""
    out = attribute(text, registry, lex)
    out = out[out["kind"] == "direct"]
    return list(zip(out["speaker_mention"], out["speaker"], strict=True))


WHOLE = [
    ('Professor Ann Lee of Queen Mary, University of London, who led the study, said: "The '
     'members will not be persuaded by their local parties this time."',
     ("Professor Ann Lee of Queen Mary, University of London", "Ann Lee")),
    ('Dr Tom Hale of the University of California, Davis, who wrote the report, said: "The '
     'drought has changed how every farm in the valley plans its year."',
     ("Dr Tom Hale of the University of California, Davis", "Tom Hale")),
    ('Lead author Ann Lee of the Institute for Coastal Studies: Research and Training (ICS) said, '
     '"Nobody expected the bloom to spread so far from the shore."',
     ("Lead author Ann Lee of the Institute for Coastal Studies: Research and Training (ICS)",
      "Ann Lee")),
    ('Hale, for his part, paraphrased the first U.S. astronaut in orbit, John Glenn, commenting '
     'before the launch: "We are ready to go. Let us get this thing going."', ("Hale", "Hale")),
    ('Tom Hale, for his part, paraphrased the old coach, commenting before the final: "We play '
     'the way we trained. Nothing else matters now."', ("Tom Hale", "Tom Hale")),
]


@pytest.mark.parametrize("text, expected", WHOLE)
def test_the_whole_subject_speaks(text, expected, registry, lex):
    assert _direct(text, registry, lex) == [expected]


STAYS = [
    # the mention after the comma names a person: the description before it is its appositive
    ('A spokesman for the Department of Justice, Tom Hale, said: "The case will go to trial in '
     'the spring."', "A spokesman for the Department of Justice, Tom Hale"),
    # a place after the comma is the person's ("of Boston, Massachusetts"), as before
    ('Tom Hale of Boston, Massachusetts, said: "We will win this race in every county."',
     "Tom Hale of Boston, Massachusetts"),
    # a participle before the name is no predicate: nothing stands before it
    ('Retired general Tom Hale said: "The army was never ready for this kind of war."',
     "Retired general Tom Hale"),
]


@pytest.mark.parametrize("text, mention", STAYS)
def test_other_mentions_stay(text, mention, registry, lex):
    assert [m for m, _ in _direct(text, registry, lex)] == [mention]


def test_split_name_needs_a_person_before_of():
    # "The President of the United States, Donald Trump": the piece is a person, and no name
    # stands before "of"
    text = 'The President of the United States, Donald Trump, said: "We will see."'
    ms = text.index("Donald")
    assert split_name_subject(text, 0, ms, ms + len("Donald Trump"), person_runs) is None
    text = 'The Director of the Center for Policy: Research and Practice said: "We will see."'
    ms = text.index("Research")
    assert split_name_subject(text, 0, ms, ms + len("Research and Practice"), person_runs) is None


def test_person_of_org_needs_a_colon_and_a_person():
    text = "Ann Lee of the Institute for Coastal Studies: Research and Training"
    assert text[slice(*person_of_org(text, 0, len(text), person_runs))] == "Ann Lee"
    assert person_of_org("Ann Lee of the Institute for Coastal Studies", 0, 44, person_runs) is None
    text = "The head of the Institute for Coastal Studies: Research and Training"
    assert person_of_org(text, 0, len(text), person_runs) is None


@pytest.mark.parametrize("subject, kept", [
    ("Tom Hale, for her part", "Tom Hale"),
    ("The senators, for their part,", "The senators"),
    ("The company, too", "The company"),
    ("Tom Hale, a lawyer for the city", "Tom Hale, a lawyer for the city"),
    ("Tom Hale", "Tom Hale"),
])
def test_an_aside_closing_the_subject_is_left_out(subject, kept):
    text = subject + " said it was over."
    assert text[:without_trailing_aside(text, 0, len(subject))].rstrip(",") == kept


# Reports opened by a participle of saying the older rules did not read (en_participle_source).
PARTICIPLE = [
    ('Shortly after noon, at 12:40 pm, the county issued a short statement announcing the road '
     'had been reopened to traffic.', "the county"),
    ('The town council issued an advisory explaining the water would stay off until the evening.',
     "The town council"),
    ('No injuries were reported at the plant, with local radio reporting no-one was inside the '
     'building.', "local radio"),
    ('On Monday, a group of farmers filed a motion alleging the permit had been granted '
     'unlawfully.', "a group of farmers"),
    # a coordinated subject: both members
    ('He and the town council released a statement on the council website noting the closure of '
     'the bridge and what it meant to the town.', "He and the town council"),
]


@pytest.mark.parametrize("text, mention", PARTICIPLE)
def test_the_participle_source_speaks(text, mention, registry, lex):
    out = attribute(text, registry, lex)
    assert list(out[out["kind"] == "indirect"]["speaker_mention"]) == [mention]


NO_PARTICIPLE_SOURCE = [
    # a comma between the subject and its verb: no speaker rather than a wrong one
    'Tom Hale, the mayor, issued a statement announcing the road had been reopened to traffic.',
    # a pronoun that names nobody after "with"
    'The plant stayed shut, with it later confirming that the road had been reopened.',
    # a subject read over its own verb before the comma: none rather than "... consider X"
    'Nearly all local engineers consider the design of the bridge as unsafe, warning the road '
    'had been reopened too early.',
]


@pytest.mark.parametrize("text", NO_PARTICIPLE_SOURCE)
def test_no_participle_source_where_the_shape_is_not_plain(text):
    from discourse.extract.speakers.lang.en import sentence_subject
    from discourse.extract.speakers.lang.en_participle_source import participle_source

    qs = text.index("the road") if "the road" in text else len(text)
    assert participle_source(text, 0, qs, sentence_subject) is None
