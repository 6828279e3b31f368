"""English speakers, round thirty-one (issue 14): the clause nearest a quote names its speaker.
"Another <noun>" opens a subject ('Another co-author, engineering professor Ann Lee, said,');
the last clause of a coordination before a colon speaks (', and she criticised the plan in a
statement:'); a speech tag right after the quote gives its pronoun (an aside's '"...," he said,'
after the sentence's subject); an adverbial clause hanging on a quote is no attribution ('"..."
when Tom Hale resigned, Ann Lee said.'); a nested quotation's speaker is the noun phrase a
relative clause hangs on ("people who told me, '...'"), the "I" of the quotative "like" ("I was
like, '...'") or the pronoun of a coordination's last clause ("I was reading and she says,
'...'"). Sentences written for these tests, with negatives; registry of one person (Claire
Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_near_clause import JOINED_TO_QUOTE, tag_pronoun
from discourse.extract.speakers.lang.en_nested_relative import pronoun_clause, relative_or_like
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _mentions(text, registry, lex, kinds=("direct", "nested", "partial")):
    """The mention of each quote of ``text`` of ``kinds``, in order."""
    out = attribute(text, registry, lex)
    return list(out[out["kind"].isin(list(kinds))]["speaker_mention"])


NEARER = [
    ('Another co-author, marine biology professor Ann Lee, said, "We saw the same pattern in '
     'every reef we studied."', ["Another co-author, marine biology professor Ann Lee"]),
    ('Another resident, Tom Hale, told reporters: "Nobody warned us about the water at all."',
     ["Another resident, Tom Hale"]),
    ('The mayor, however, stayed silent, and Ann Lee criticised the plan in a statement to the '
     'Post: "This will cost the city far more than anyone has admitted."', ["Ann Lee"]),
    ('"It was a long night for all of us here," when the storm hit the town, Tom Hale said.',
     ["Tom Hale"]),
    ('"We were finished with the work by then," after the mayor closed the site, Ann Lee said.',
     ["Ann Lee"]),
]


@pytest.mark.parametrize("text, mentions", NEARER)
def test_the_nearer_clause_names_the_speaker(text, mentions, registry, lex):
    assert _mentions(text, registry, lex, ("direct",)) == mentions


def test_a_tag_after_the_quote_gives_its_pronoun(registry, lex):
    text = ('Tom Hale, who had led the campaign against the plan, first answered with a shrug -- '
            '"We need the vote first," he said, to laughs -- and then left the room.')
    out = attribute(text, registry, lex)
    assert list(out["speaker_mention"]) == ["he"]
    assert list(out["speaker"]) == ["Tom Hale"]  # the pronoun keeps the subject's person


def test_a_pronoun_tag_after_a_sentence_that_introduced_the_quote(registry, lex):
    # round 16 kept the name before here; the gold of direct set 10 and saying set 4 marks the tag
    text = ('Ann Lee, a Maine Democrat, pressed the board for the files, asking whether the firm '
            'had paid anyone abroad. "We still do not know, for one, who signed the cheques," she '
            'said Monday.')
    out = attribute(text, registry, lex)
    assert list(out[out["kind"] == "direct"]["speaker_mention"]) == ["she"]
    assert list(out[out["kind"] == "direct"]["speaker"]) == ["Ann Lee"]


NO_SPEAKER = [
    # the subject of "when"'s clause does not speak, and no tag follows it
    '"It was a long night for all of us here," when Tom Hale left the town.',
    # "Another" alone, "Another thing": no person
    'Another thing is clear now: "We saw the same pattern in every reef we studied."',
]


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_no_speaker_where_none_is_named(text, registry, lex):
    assert _mentions(text, registry, lex, ("direct",)) in ([""], [None], [])


NESTED = [
    ('"I met people who told me, \'We want our jobs back,\' and I believed them," Ann Lee said.',
     "people"),
    ('"We heard from a lot of voters that said, \'Nobody asked us about the plan,\'" Tom Hale '
     'told reporters.', "a lot of voters"),
    ('"I was just like, \'People, this is not a game we can afford to lose,\'" Ann Lee said.',
     "I"),
    ('"I was reading the paper and she turns and says, \'They closed the plant,\'" Tom Hale said.',
     "she"),
]


@pytest.mark.parametrize("text, mention", NESTED)
def test_nested_speaker(text, mention, registry, lex):
    out = attribute(text, registry, lex)
    assert list(out[out["kind"] == "nested"]["speaker_mention"]) == [mention]


def test_pieces():
    assert relative_or_like("It is what they said, ", 0) is None  # no noun phrase before it
    assert relative_or_like("This is it, which said, ", 0) is None  # no relative of a person
    assert relative_or_like("I like, ", 0) is None  # no form of "be": the verb "like"
    assert relative_or_like("We were all like, ", 0) == ((0, 2), True)
    assert pronoun_clause("I was reading and he said nothing to ", 0) is None
    assert tag_pronoun('"We need it," Tom Hale said.', 12) is None  # a name: left to the others
    assert tag_pronoun('"We need it," she said.', 12) == (14, 17)
    # "as X put it" attributes: no clause dropped
    assert JOINED_TO_QUOTE.match('"It is over," as Tom Hale put it.', 12) is None
    assert JOINED_TO_QUOTE.match('"It is over," when Tom Hale left.', 12).end() == 19
