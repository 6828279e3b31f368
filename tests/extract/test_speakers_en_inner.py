"""English: the nearer speaker between the extractor's mention and a quote
(discourse.extract.speakers.lang.en_inner), a second quote after "..., adding:" and names or
documents the extractor cut (en_clause.extend_mention), on sentences written for these tests,
alone and through ``attribute_speakers``."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import ENGLISH
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _inner(text: str, mention: str, quote: str) -> str | None:
    ms = text.index(mention)
    got = ENGLISH.inner_speaker(text, ms, ms + len(mention), text.index(quote))
    return None if got is None else text[got[0]:got[1]]


@pytest.mark.parametrize(("text", "mention", "quote", "inner"), [
    # a relative clause's antecedent says it
    ("The radio host Ann Lee spoke to nursing student Maria Soto who said she thought the fire "
     "was an accident.", "The radio host Ann Lee", "she thought", "nursing student Maria Soto"),
    ("Reporters met the parents who said their son was innocent.", "Reporters", "their son",
     "the parents"),
    # a report of a report: the quote after the inner verb is the inner speaker's
    ('The Herald said Mayor Gray dubbed it "a total disgrace" on Friday.', "The Herald",
     "a total", "Mayor Gray"),
    ("The station reported on Monday a city official, whom it did not name, said the bridge "
     "was safe.", "The station", "the bridge", "a city official"),
    # nothing between: the mention stays
    ("The mayor said the bridge was safe.", "The mayor", "the bridge", None),
    ("The mayor told reporters the bridge was safe.", "The mayor", "the bridge", None),
    ("The mayor said at a meeting with residents the bridge was safe.", "The mayor",
     "the bridge", None),
    # a thing is no speaker; another sentence is no relative clause
    ("The mayor said it said nothing.", "The mayor", "nothing", None),
    # a pronoun takes up the outer subject: the mention stays
    ('The mayor said he thinks "the bridge is safe".', "The mayor", "the bridge", None),
    ("The mayor spoke. Residents who said the bridge was safe left.", "The mayor", "the bridge",
     None),
])
def test_inner_speaker(text, mention, quote, inner):
    assert _inner(text, mention, quote) == inner


def test_relative_clause_speaker_through_attribution(registry, lex):
    text = ("The radio host Ann Lee spoke to nursing student Maria Soto who said she thought the "
            "fire was an accident.")
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "indirect"].iloc[0]
    assert row["speaker_mention"] == "nursing student Maria Soto"


def test_fragment_named_by_the_inner_subject(registry, lex):
    text = 'The Herald said Claire Dubois dubbed it "a total disgrace" and left the room.'
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "partial"].iloc[0]
    assert row["speaker_mention"] == "Claire Dubois"
    assert row["speaker"] == "Claire Dubois"


@pytest.mark.parametrize("text", [
    # no opening mark before the first quote: the extractor takes a word inside it
    "But this time, I actually believe it is true,” she said, adding: “I am a fan of the plan "
    "and I have been for years.",
    "“But this time, I actually believe it is true,” she said, adding: “I am a fan of the plan "
    "and I have been for years.”",
])
def test_quote_after_adding_keeps_the_speaker_of_the_first(registry, lex, text):
    out = attribute(text, registry, lex)
    row = out[out["text"].str.startswith("I am a fan")].iloc[0]
    assert row["speaker_mention"] == "she"


@pytest.mark.parametrize(("text", "cut", "mention"), [
    ("According to Notes from Poland (NFP), some stores opened on Sunday.", "Notes",
     "Notes from Poland (NFP)"),
    ("According to Doctors for Peace, the clinic closed.", "Doctors", "Doctors for Peace"),
    # a document's modifier ends before the main verb or an adverbial of time
    ("A tweet sent from the mayor's account during the debate repeated the promise, saying "
     '"We will build it."', "A tweet", "A tweet sent from the mayor's account"),
    ("A letter signed by concerned parents of the school asked for a meeting.", "A letter",
     "A letter signed by concerned parents of the school"),
    # lower-case words after "from": no name to complete
    ("According to Smith from the council, the plan failed.", "Smith", "Smith"),
])
def test_extend_mention_completes_a_cut_name(text, cut, mention):
    ms = text.index(cut)
    a, b = ENGLISH.extend_mention(text, ms, ms + len(cut))
    assert text[a:b] == mention


def test_participle_after_the_subject_is_no_part_of_the_mention(registry, lex):
    text = ('On Tuesday, French minister Claire Dubois speaking to the Atlantic Council think '
            'tank called the agreement "null and void".')
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "partial"].iloc[0]
    assert row["speaker_mention"] == "French minister Claire Dubois"
    assert row["speaker"] == "Claire Dubois"


@pytest.mark.parametrize(("text", "report", "mention"), [
    ("The city banned the march, with officials saying this was for security reasons.",
     "this was", "officials"),
    ("Several local groups claiming the vote was rigged gathered on Saturday.", "the vote",
     "Several local groups"),
    ("In August, the parents tried to have him released by saying they forgave him.",
     "they forgave", "the parents"),
    ("Mr. Hale has come under fire — including from his own party — for saying the judge is "
     "biased.", "the judge", "Mr. Hale"),
    # the source a verb of citing names says it
    ("He may have been referring to commentary on local talk radio suggesting that the mayor "
     "lied.", "the mayor", "commentary on local talk radio"),
    ("The senator cited a report by the inspector general saying the agency lost the funds.",
     "the agency", "a report by the inspector general"),
    ("It cited the Air Force as stating Saha Airlines owned the plane.", "Saha Airlines",
     "the Air Force"),
    # no plain noun phrase: no speaker
    ("Because when you start adding more samples, the results change.", "more samples", None),
    ("Nearly all legal experts consider the claim of the group as incorrect, arguing there is "
     "no question about it.", "there is", None),
])
def test_participle_names_the_speaker_of_a_report(text, report, mention):
    got = ENGLISH.participle_subject(text, 0, text.index(report))
    assert (None if got is None else text[got[0]:got[1]]) == mention


def test_participle_report_through_attribution(registry, lex):
    text = "The city banned the march, with officials saying this was for security reasons."
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "indirect"].iloc[0]
    assert row["speaker_mention"] == "officials"


@pytest.mark.parametrize(("text", "mention"), [
    ('The vote was close. Calling the bill "a total disaster," Sen. Claire Dubois said she '
     "would vote against it.", "Sen. Claire Dubois"),
    ('Describing the plan as "reckless and cruel," the governor vowed to veto it.',
     "the governor"),
    ('Calling it a "culture of death" the archbishop asked for prayers.', "the archbishop"),
    ('Calling it "a disgrace" for families, she said she would vote against it.', "she"),
    # the participle is the subject, no speaker follows
    ('Calling it "a disgrace" is easy.', ""),
    # another quote or a dash after the fragment: no subject read there
    ('Calling the mayor "careless" and "the worst leader" the city has had, she left.', ""),
    ('Describing him as "intense" – as the chairman admits he is – she smiled.', ""),
])
def test_fragment_in_an_opening_participle_is_the_main_subjects(registry, lex, text, mention):
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "partial"].iloc[0]
    assert row["speaker_mention"] == mention


@pytest.mark.parametrize(("mention", "nobody"), [
    ("against the skeptics", True),
    ("for the Liberal Party's presidential nomination", True),
    ("very different", True),
    ("not for political", True),
    ("the weekend", True),
    ("Right", True),  # "Right before the shooting, X talked ..." opens an adverbial
    ("that morning", True),
    # a speaker's mention
    ("including Fox News reporter Jane Roe", False),
    ("officials", False),
    ("former CIA chief Jane Roe", False),
])
def test_a_phrase_opening_with_a_preposition_names_nobody(mention, nobody):
    assert ENGLISH.names_nobody(mention) is nobody


def test_a_phrase_taken_for_the_subject_gives_way_to_the_speaker(registry, lex):
    text = ("In fact, other lawyers have had very different things to say about the judge, "
            "describing him as “insulated,” and “very stubborn.”")
    out = attribute(text, registry, lex)
    assert not out["speaker_mention"].isin(["very different"]).any()


@pytest.mark.parametrize(("text", "fragment", "owner"), [
    # a named speaker's noun of saying before a that-clause or an "as"
    ("Reporters asked the mayor if Governor Ann Lee's claim that the plan was “a total "
     "disgrace” still held.", "a total", "Governor Ann Lee"),
    ("Smith’s insistence on Friday that the agency had “broken every rule” undermines the "
     "reason the board gave.", "broken every", "Smith"),
    ("Critics mocked Maria Soto's description of the bill as “a gift to families” on Monday.",
     "a gift", "Maria Soto"),
    # the pronoun subject of a naming verb right before the fragment
    ("The chief said that 40 shots were fired, an amount he described as “remarkable.”",
     "remarkable", "he"),
    ("The world, Lee argued, had arrived at what she called the triumph of “liberal "
     "democracy.”", "liberal", "she"),
    # no such noun or verb, a thing's statement, a pronoun's claim: nothing
    ("The mayor said the plan was “a total disgrace”.", "a total", None),
    ("The company's statement that it was “fully compliant” was challenged.", "fully", None),
    ("His claim that the plan was “a total disgrace” was challenged.", "a total", None),
    # another quotation between the noun and the fragment
    ("Lee's claim that the “plan” was “a total disgrace” was challenged.", "a total", None),
])
def test_fragment_owner(text, fragment, owner):
    got = ENGLISH.fragment_owner(text, 0, text.index(fragment))
    assert (None if got is None else text[got[0]:got[1]]) == owner


@pytest.mark.parametrize(("text", "fragment", "mention"), [
    ("Reporters asked the mayor if Governor Ann Lee's claim that the plan was “a total "
     "disgrace to the city” still held.", "a total", "Governor Ann Lee"),
    ("Mayor Tom Gray said that 40 shots were fired, an amount he described as “remarkable.”",
     "remarkable", "he"),
])
def test_fragment_owner_through_attribution(registry, lex, text, fragment, mention):
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "partial"].iloc[0]
    assert text[row["start"]:row["end"]].startswith(fragment)
    assert row["speaker_mention"] == mention


def test_fragment_inside_a_report_is_the_reports(registry, lex):
    text = ("He may have been referring to commentary on local talk radio suggesting that the "
            "mayor used “police state” tactics last fall to watch the council.")
    out = attribute(text, registry, lex)
    partial = out[out["kind"] == "partial"].iloc[0]
    assert partial["speaker_mention"] == "commentary on local talk radio"
    # a second fragment of a report of a report keeps the first fragment's speaker
    text = ('The newspaper said Claire Dubois dubbed it "the worst deal ever" and accused the '
            'mayor of hiring "the next big failure" for the job.')
    out = attribute(text, registry, lex)
    assert out[out["kind"] == "partial"]["speaker_mention"].tolist() == ["Claire Dubois"] * 2
