"""English speakers, round twenty (issue 14, the fourth direct-quote set ``newsmtsc_direct4``):
colon lines after a label, one-word colon lines, texts quoted under their title or their
source, a verb of saying to come, a nested quotation whose speaker is an object, and a second
verb of naming after "and has"; on sentences written for these tests, through
``attribute_speakers``; registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _quoted(text, registry, lex):
    """``(speaker_mention, speaker)`` of the last quote in marks of ``text`` (direct or
    partial: the extractor reads a title as a fragment)."""
    out = attribute(text, registry, lex)
    row = out[out["kind"].isin(["direct", "partial"])].iloc[-1]
    return row["speaker_mention"], row["speaker"]


@pytest.mark.parametrize("text, mention, speaker", [
    # a label that names nobody opens the line; the headline after it names the speaker
    ("More: Ann Hale: Replace the mayor before the election\nMore: Hale on the mayor: 'He has "
     "lost the trust of every voter in this city.'", "Hale", "Ann Hale"),
    ('Update: Tom Reyes on the budget: "We will not pass this budget in its present form."',
     "Tom Reyes", "Tom Reyes"),
    ('BREAKING: Tom Reyes: "We will not pass this budget in its present form."',
     "Tom Reyes", "Tom Reyes"),
    # one word before the colon: a speaker when the article names that person in full
    ('Ann Hale met the mayor on Monday.\nHale: "Thank you for coming all this way, Mr Mayor."',
     "Hale", "Ann Hale"),
])
def test_a_colon_line_names_its_speaker_after_a_label(text, mention, speaker, registry, lex):
    assert _quoted(text, registry, lex) == (mention, speaker)


@pytest.mark.parametrize("text", [
    # the label alone, a place, a day, a word the article names nobody by
    'Update: "We will not pass this budget in its present form at all."',
    'Today: "Ann Hale is wrong about the budget and she knows it very well."',
    'Washington: "We will not pass this budget in its present form at all."',
    'Hale: "Thank you for coming all this way, Mr Mayor, we are very glad."',
    'Ann Hale met the mayor.\nMonday: "Thank you for coming all this way, Mr Mayor."',
])
def test_a_label_or_an_unvouched_word_before_a_colon_names_nobody(text, registry, lex):
    mention, speaker = _quoted(text, registry, lex)
    assert mention in ("", "Ann Hale") and speaker != "Hale"
    assert mention not in ("Update", "Today", "Washington", "Hale", "Monday")


@pytest.mark.parametrize("text, mention", [
    # a text under its title speaks itself; a text from, by or on a named source is the source's
    ('The campaign blasted out a Reuters story titled "Reyes says he would be better for the '
     'city than Hale."', "a Reuters story"),
    ('The Hill ran an article headlined "Reyes says the economy is booming like never '
     'before."', "an article"),
    ('The plaque was inscribed with a quote from Reyes that read: "I was a servant of this '
     'city and nothing more."', "Reyes"),
    ('A headline on ExampleNews.com from Monday, when the mayor and his deputy were asked to '
     'resign, read “Hale facing new council pressure to resign in budget probe.”',
     "ExampleNews.com"),
])
def test_a_quoted_text_is_its_title_s_or_its_source_s(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


def test_a_sign_that_reads_without_a_source_keeps_its_holder(registry, lex):
    # "reading" without "from X": the clause rules give the holder, not the sign
    out = attribute('One woman held up a sign reading "Keep your hands off our library, '
                    'Mayor Reyes."', registry, lex)
    assert "a sign" not in set(out["speaker_mention"])


@pytest.mark.parametrize("text, mention", [
    ('"We will fund every school that asks for it properly," Hale is to tell headteachers.',
     "Hale"),
    ('"We will fund every school that asks for it properly," Tom Reyes is expected to say on '
     'Monday.', "Tom Reyes"),
])
def test_a_verb_of_saying_to_come_after_the_quote(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text", [
    # the quote ends its sentence, or the verb is no verb of saying
    '"We will fund every school that asks for it." Hale is expected to say more on Monday.',
    '"We will fund every school that asks for it properly," Hale is to visit Leeds.',
])
def test_no_speaker_from_a_later_sentence_or_another_verb(text, registry, lex):
    assert _quoted(text, registry, lex)[0] != "Hale"


@pytest.mark.parametrize("text, inner", [
    # the object a speaker has or gets uttering a nested quotation speaks it
    ("\"When you got young girls in Leeds saying, 'I want to be like her,' things change,\" "
     "Hale said.", "young girls in Leeds"),
    ("\"I had my own staff asking, 'Why are we doing this again?' every morning,\" Hale said.",
     "my own staff"),
])
def test_a_nested_quotation_s_speaker_is_the_object_uttering_it(text, inner, registry, lex):
    out = attribute(text, registry, lex)
    assert list(out[out["kind"] == "nested"]["speaker_mention"]) == [inner]


def test_an_auxiliary_before_the_nested_verb_keeps_the_subject(registry, lex):
    # "We have been saying": no object, the subject ("We", the outer speaker) says it
    out = attribute("\"We have been saying, 'Give us the money now,' for a decade,\" Hale said.",
                    registry, lex)
    assert list(out[out["kind"] == "nested"]["speaker_mention"]) == ["We"]


@pytest.mark.parametrize("text, mention", [
    # a second verb of naming after "and has": the subject's, not a quote's carried over
    ('More: Hale on Reyes: "He has no plan for the city at all"\nReyes has escalated his '
     'feud with his former aide and has called her "totally incapable of governing" this week.',
     "Reyes"),
    ('The senator has a plan and called it "the best deal in a generation" on Monday.',
     "The senator"),
])
def test_a_fragment_after_and_has_called_is_the_subject_s(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text, mention", [
    # a clause joined after the mention's holds the verb of saying that introduces the quote:
    # its subject speaks
    ('I said the mayor should step down, and voters responded to my reasoning by saying '
     'something along the lines of: "We will elect whoever we want, thank you very much."',
     "voters"),
    ('We asked for a recount, and they responded by saying: "We will not stop until it is done '
     'right."', "they"),
])
def test_the_joined_clause_s_subject_speaks_the_quote_it_introduces(text, mention, registry,
                                                                    lex):
    assert _quoted(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text, mention", [
    # no verb of saying in the joined clause, a pronoun that takes up the mention's person, or
    # a reported clause ("and that ..."): the mention stays
    ('Ann Hale said the bill was dead, and Tom Reyes agreed: "We will not pass this budget at '
     'all this year."', "Tom Reyes"),
    # ('..., where she tearfully discussed her son, screaming "..."' gives "she" since round 27:
    # the pronoun of the clause the participle hangs on, as the Wikinews gold marks it;
    # test_speakers_en_round27.py, en_nearer.py)
    ('Ann Hale said that prices rose, and that workers suffered, saying "We will not stop until '
     'it is done right."', "Ann Hale"),
])
def test_the_mention_stays_without_a_joined_clause_of_saying(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text, mention", [
    # ", the latter of whom remarked:" / ", the former of whom said:": one of the two named
    ('Imposed in May, the plans led to the resignations of councillor Tom Reyes and deputy mayor '
     'Ann Hale, the latter of whom remarked: "We are giving too much away too easily."',
     "deputy mayor Ann Hale"),
    ('The plan drew criticism from Ann Hale and Tom Reyes, the former of whom said: "We are '
     'giving away far too much, far too easily."', "Ann Hale"),
])
def test_the_latter_or_the_former_of_two_named(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


def test_of_whom_without_two_names_picks_nobody_of_them(registry, lex):
    # "both of whom": no latter or former, the rule reads nothing
    mention, _ = _quoted('The plan drew criticism from Ann Hale and Tom Reyes, both of whom said: '
                         '"We are giving away far too much, far too easily."', registry, lex)
    assert mention not in ("Ann Hale", "Tom Reyes")
