"""English speakers, round sixteen (issue 14, the second direct-quote set ``newsmtsc_direct2``):
what fresh US political news showed the rules still missed, on sentences written for these
tests, through ``attribute_speakers``; registry of one person (Claire Dubois), none of these
people."""

from __future__ import annotations

import pytest

from tests.attribute_en import first_speaker


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


@pytest.mark.parametrize("text, mention", [
    # a name after the verb of saying keeps its appositive up to the first noun phrase when no
    # comma closes it: before a relative clause, a participle's phrase, the sentence's end
    ('"We remember his visit," said Ann Hale, a 1990 Lincoln High graduate who became a '
     'teacher in Ohio.', "Ann Hale, a 1990 Lincoln High graduate"),
    ('"We need to stand up," said Tom Reyes, a survivor of the Dayton shooting speaking from '
     'a truck.', "Tom Reyes, a survivor of the Dayton shooting"),
    ('"Families are tired," said Ann Hale, the outreach director at Safe Streets! a nonprofit '
     'in Ohio.', "Ann Hale, the outreach director at Safe Streets"),
    ('"It is time," said Ann Hale, the vice chair of the House Public Safety and Homeland '
     'Security Committee.', "Ann Hale, the vice chair of the House Public Safety and Homeland "
                            "Security Committee"),
    ('"It is time," said Ann Hale, a senator elected in 2016 from Ohio.', "Ann Hale, a senator"),
    ('"It is time," said Ann Hale, a lawyer and Tom Reyes agreed.', "Ann Hale, a lawyer"),
])
def test_an_open_appositive_after_the_verb_stays_in_the_mention(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention
    assert speaker == mention.split(",")[0]


@pytest.mark.parametrize("text, mention", [
    # a phrase that names no person is no appositive; a bare role and one closed by a comma are
    # left as the extractor has them (the gold sets differ on those)
    ('"It is time," said Ann Hale, a claim that was later disputed.', "Ann Hale"),
    ('"It is time," said Ann Hale, a move that surprised nobody.', "Ann Hale"),
    ('"It is time," said Ann Hale, former chair of the board who left in May.', "Ann Hale"),
    ('"It is time," said Ann Hale, in a statement that was read aloud.', "Ann Hale"),
])
def test_no_appositive_where_none_names_the_speaker(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex)
    assert got == mention
    assert speaker == "Ann Hale"


def _any_kind_speaker(text, registry, lex):
    """``(speaker_mention, speaker)`` of the quote in marks of ``text`` (direct or partial: the
    extractor reads a quote run into the sentence before as a fragment of it)."""
    from tests.attribute_en import attribute

    out = attribute(text, registry, lex)
    row = out[out["kind"].isin(["direct", "partial"])].iloc[0]
    return row["speaker_mention"], row["speaker"]


@pytest.mark.parametrize("text, mention", [
    # a description with a name in apposition after the quote, the name with "of the Army"
    ('"I will weigh it," the judge, Col. Ann Hale of the Army, said during a hearing.',
     "the judge, Col. Ann Hale of the Army"),
    ('"I will weigh it," the ex-FBI director said on Monday.', "the ex-FBI director"),
])
def test_a_description_named_after_the_quote_speaks(text, mention, registry, lex):
    assert first_speaker(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text, mention, speaker", [
    # the speaker named right after a quote that closes with a comma beats a mention far before
    # it that the extractor took (a sentence run into the quote, a report before a colon)
    ('If someone else said that outside the hall, he would be in the back of a police wagon '
     'https://t.co/abc - The News Room (@NewsRoom) May 9, 2016 "It suggests a very bad taste '
     'reference to violence," the ex-FBI director said.', "the ex-FBI director", ""),
    ('The Times reported that the judge was willing to take the bait: "I will weigh it," the '
     'judge, Col. Ann Hale of the Army, said during a hearing.',
     "the judge, Col. Ann Hale of the Army", "Ann Hale"),
    # the verb first, a document that speaks, a quote closed by a semicolon
    ('A spokesperson told the Daily Times the attack took place at about 7:45 p.m. "No troops '
     'were injured. We thank the police;" read the statement; "we will not be deterred."',
     "the statement", ""),
    ('A spokesperson told the Daily Times the attack took place at about 7:45 p.m. "No troops '
     'were injured and the base is safe," said the deputy commander.', "the deputy commander",
     ""),
])
def test_the_speaker_named_after_the_quote_beats_a_distant_mention(text, mention, speaker,
                                                                   registry, lex):
    got, who = _any_kind_speaker(text, registry, lex)
    assert got == mention
    assert who == speaker


@pytest.mark.parametrize("text", [
    # the mention before stays where the quote does not close with a comma, where the words
    # after it name no speaker, or where only a pronoun does
    'Tom Reyes, a Texas Republican, made a plea for the records, asking whether the firm had '
    'paid anyone in the U.S. "We do not know if he was paid." He left the room.',
    'Tom Reyes, a Texas Republican, made a plea for the records, asking whether the firm had '
    'paid anyone in the U.S. "We do not know if he was paid," the crowd cheered.',
    'Tom Reyes, a Texas Republican, made a plea for the records, asking whether the firm had '
    'paid anyone in the U.S. "We do not know if he was paid," said the man arrested on Monday.',
    # (a pronoun tag after the quote, '," he said Tuesday.', is the mention since round 31, as
    # the direct and saying sets' gold marks it; the speaker stays the person named before:
    # tests/extract/test_speakers_en_round31.py)
])
def test_a_mention_before_stays_when_nobody_is_named_after(text, registry, lex):
    assert _any_kind_speaker(text, registry, lex)[0] == "Tom Reyes"


@pytest.mark.parametrize("text, mention", [
    # a kin noun before a name in apposition is the mention's description, as a role is
    ("Reyes's stepfather-in-law, Tom Hale, says the shootings all stemmed from a feud.",
     "Reyes's stepfather-in-law, Tom Hale"),
    ("Her grandfather, Tom Hale, said in an interview that she had a son.",
     "Her grandfather, Tom Hale"),
    # an adverbial before the name is no description
    ("In the car, Tom Hale said the shootings all stemmed from a feud.", "Tom Hale"),
])
def test_a_kin_description_before_a_name_stays_in_the_mention(text, mention, registry, lex):
    got, speaker = first_speaker(text, registry, lex, kind="indirect")
    assert got == mention
    assert speaker == "Tom Hale"
