"""English clause rules of speaker attribution (discourse.extract.speakers.lang.en_clause): whose
clause a quote belongs to, on sentences written for these tests, alone and through
``attribute_speakers``."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import ENGLISH
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _subject(text: str) -> str | None:
    got = ENGLISH.sentence_subject(text, 0, text.index('"'))
    return None if got is None else text[got[0]:got[1]]


@pytest.mark.parametrize(("text", "subject"), [
    # the appositive stays in the mention, as the gold annotations keep it
    ('Tom Hale, the mayor of Dunmore, wrote of the plan, "It', "Tom Hale, the mayor of Dunmore"),
    # a participle or relative clause after the comma is no appositive
    ('The council\'s letter, released on Monday, read in part, "We', "The council's letter"),
    ('Tom Hale, who chairs the committee, wrote, "It', "Tom Hale"),
    # a description takes the name in apposition
    ('The new head of the agency, Rosa Klein, told staff: "We', "The new head of the agency, "
     "Rosa Klein"),
    # an opening adverbial is skipped; an adverb of time ends the subject
    ('In a letter to members, Rosa Klein wrote: "We', "Rosa Klein"),
    ("The union's statement yesterday read \"We", "The union's statement"),
    # "quoted X as saying": the one quoted, not the outlet
    ('The Herald quoted Rosa Klein, a nurse at the clinic, as saying "We', "Rosa Klein, a nurse at "
     "the clinic"),
    ('He then added, "We', "He"),
    # a role with its institution may run long (issue 14, dev4)
    ('Professor Jean Okafor, Director General of the National Institute for Biomedical Research '
     'that ran the trial in four cities, said, "We', "Professor Jean Okafor, Director General of "
     "the National Institute for Biomedical Research that ran the trial in four cities"),
    # "another" alone before a verb of saying: one more of those quoted
    ('And another wrote: "Nobody', "another"),
    ('Another tweeted: "Nobody', "Another"),
])
def test_sentence_subject(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text", [
    # another clause with its own subject stands between: its subject is not known here
    'The inquiry was opened last week, with the ombudsman confirming it was "not',
    # a passive clause: its subject is what was said, not who said it
    'The outbreak was declared a "public',
    # no verb after the subject
    'Rosa Klein, "We',
    # a copula describes its subject; a list heading is nobody
    'In the past, the relationship between the two projects was effectively, "Fedora',
    'More: Klein on the plan: "Very',
    # somebody's own words (an interview answer), not the author's clause
    'Yeah, so I think when I said that in the post, I meant, "You',
    'Let me quote just one, from President Harry Truman: "The',
    'Our common commitment, enshrined in the Charter, sounds: "to',
    # "another" that a copula describes
    'Another was tour manager Tom Hale: "I',
])
def test_no_sentence_subject(text):
    assert _subject(text) is None


@pytest.mark.parametrize(("text", "mention"), [
    ('"We are not leaving!" Rosa Klein told the crowd on Friday.', "Rosa Klein"),
    ('"We are not leaving!" she told the crowd.', "she"),
])
def test_subject_after(text, mention):
    end = text.index("!") + 1
    got = ENGLISH.subject_after(text, end, len(text))
    assert text[got[0]:got[1]] == mention


def test_no_subject_after_without_a_verb_of_saying():
    text = '"We are not leaving!" Rosa Klein and the crowd went home.'
    assert ENGLISH.subject_after(text, text.index("!") + 1, len(text)) is None


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Lisa Marsh of the Harbour Institute and contributor to Slate", "Slate", True),
    ("the fungus evolving in otherwise unrelated frogs", "otherwise unrelated frogs", True),
    ("a fellow at the Harbour Institute", "Harbour Institute", True),
    ("Lisa Marsh of the Harbour Institute", "Lisa Marsh", False),
    # these prepositions name a speaker
    ("according to Slate", "Slate", False),
    ("a memo posted by Slate", "Slate", False),
])
def test_prepositional_object(text, mention, expected):
    assert ENGLISH.prepositional_object(text, 0, text.rindex(mention)) is expected


@pytest.mark.parametrize(("mention", "name"), [
    ("Lisa Marsh, a retired nurse", "Lisa Marsh"),
    ("Steve Oakes of the University of Leeds", "Steve Oakes"),
    ("lead author Professor Ann Gray of the medical school", "lead author Professor Ann Gray"),
    # no person's name before "of": a title or an organisation keeps the whole
    ("President of Ruritania Ivo Petrov", "President of Ruritania Ivo Petrov"),
    ("Supreme Court of Ruritania", "Supreme Court of Ruritania"),
    # a description before the name keeps both
    ("The new head of the agency, Rosa Klein", "The new head of the agency, Rosa Klein"),
    # a trim that would lose the only person's name keeps the whole
    ("Fraternal Order of Police president Chuck Canterbury",
     "Fraternal Order of Police president Chuck Canterbury"),
    ("Southeastern’s Vice President for Academic Affairs, Dr. Douglas McMillan",
     "Southeastern’s Vice President for Academic Affairs, Dr. Douglas McMillan"),
])
def test_trim_mention(mention, name):
    a, b = ENGLISH.trim_mention(mention, 0, len(mention))
    assert mention[a:b] == name


def test_quote_after_a_clause_takes_its_subject(registry, lex):
    text = ('Tom Hale, the mayor of Dunmore, wrote of the plan, "It cannot work as drafted."\n\n'
            '"It never could," he added.')
    out = attribute(text, registry, lex)
    first = out.iloc[0]
    assert first["speaker_mention"] == "Tom Hale, the mayor of Dunmore"
    assert first["speaker"] == "Tom Hale"


def test_quote_after_a_colon_takes_the_sentence_subject(registry, lex):
    text = ("Rosa Klein, a member of the board, spoke on the radio on Monday when she made the "
            'announcement: "I have done all I can, and it is time for someone else."')
    out = attribute(text, registry, lex)
    assert out.iloc[0]["speaker"] == "Rosa Klein"


def test_speaker_named_after_the_quote(registry, lex):
    text = ("The crowd gathered at noon.\n\n"
            '"Our town is burning. We need help now!" Hale told the world on Thursday via Twitter.'
            '\n\n"Our house is burning. Let us talk about it in two days!" Dubois told the world '
            "on Thursday via Twitter.")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Hale", "Claire Dubois"]
    assert direct.iloc[0]["attribution"] == "subject_after"
    assert direct.iloc[1]["camp"] == "western"


def test_object_of_a_preposition_is_not_the_speaker(registry, lex):
    text = ('Lisa Marsh of the Harbour Institute and contributor to Slate wrote, "The ruling '
            'shows a shocking ignorance of the technology involved."')
    out = attribute(text, registry, lex)
    assert out.iloc[0]["speaker"] == "Lisa Marsh"
    assert out.iloc[0]["speaker_mention"].startswith("Lisa Marsh")


def test_mention_with_a_workplace_resolves_to_the_person(registry, lex):
    text = 'Steve Oakes of the University of Leeds said, "There is no such law anywhere."'
    out = attribute(text, registry, lex)
    assert out.iloc[0]["speaker"] == "Steve Oakes"
    assert out.iloc[0]["speaker_mention"] == "Steve Oakes of the University of Leeds"


def test_quoted_as_saying_names_the_one_quoted(registry, lex):
    text = ("The agency said it had acted.\n\nThe Herald quoted Rosa Klein, formerly a deputy "
            'director at the agency, as saying "The agency has a role in all of this."')
    out = attribute(text, registry, lex)
    row = out[out["text"].str.startswith("The agency has")].iloc[0]
    assert row["speaker"] == "Rosa Klein"


@pytest.mark.parametrize(("text", "cut", "mention"), [
    ("AT&T stated it would appeal.", "T", "AT&T"),
    ("According to a May 2, 2020 council press release, the plan", "a May 2",
     "a May 2, 2020 council press release"),
    ("According to NHS data, waiting times", "NHS", "NHS data"),
    ("according to a statement posted to his official account, he died", "a statement",
     "a statement posted to his official account"),
    ("according to Dunmore's first selectman, Ann Gray, there were ten", "Dunmore",
     "Dunmore's first selectman, Ann Gray"),
    # nothing cut short: unchanged
    ("according to the mayor, the plan", "the mayor", "the mayor"),
])
def test_extend_mention(text, cut, mention):
    ms = text.index(cut) if cut != "T" else text.index("T&") + 2
    a, b = ENGLISH.extend_mention(text, ms, ms + len(cut))
    assert text[a:b] == mention


def test_document_with_an_author_resolves_to_the_author(registry, lex):
    text = ("According to a memo posted online by Senator Rosa Klein, the hearing was cancelled "
            "because the governor did not recognise the Senate.")
    out = attribute(text, registry, lex)
    row = out[out["kind"] == "indirect"].iloc[0]
    assert row["speaker_mention"] == "a memo posted online by Senator Rosa Klein"
    assert row["speaker"] == "Rosa Klein"


@pytest.mark.parametrize(("text", "subject"), [
    ('The union called the offer "an insult', "The union"),
    ('The union rejected the offer, accusing the board of "bad', "The union"),
])
def test_fragment_subject(text, subject):
    got = ENGLISH.fragment_subject(text, 0, text.index('"'))
    assert text[got[0]:got[1]] == subject


def test_no_fragment_subject_without_a_verb_of_saying():
    text = 'He specialised in moving people out, a process called "exfiltration'
    assert ENGLISH.fragment_subject(text, 0, text.index('"')) is None


@pytest.mark.parametrize(("text", "mention"), [
    ('"Our port is closed," according to a tweet on Friday by French Minister of Transport '
     'Claire Dubois. The ships wait.', "French Minister of Transport Claire Dubois"),
    ('"Our port is closed," according to Harbour Radio. The ships wait.', "Harbour Radio"),
])
def test_source_after_the_quote(text, mention):
    got = ENGLISH.subject_after(text, text.index(",") + 1, len(text))
    assert text[got[0]:got[1]] == mention


def test_no_source_after_the_quote_that_names_nobody():
    text = '"Our port is closed," according to reports. The ships wait.'
    assert ENGLISH.subject_after(text, text.index(",") + 1, len(text)) is None


def test_quote_according_to_a_document_goes_to_its_author(registry, lex):
    text = ("The ships wait outside.\n\n"
            '"Our port is closed to every ship until the storm is over," according to a tweet on '
            "Friday by French Minister of Transport Claire Dubois. The ships wait.")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"]
    assert direct.iloc[0]["speaker"] == "Claire Dubois"
    assert direct.iloc[0]["camp"] == "western"
    assert direct.iloc[0]["speaker_mention"] == "French Minister of Transport Claire Dubois"


@pytest.mark.parametrize(("text", "mention"), [
    # a description the name is the appositive of: the mention keeps it, as the gold does
    ("French minister Claire Dubois's spokesperson, Tom Hale, said it",
     "French minister Claire Dubois's spokesperson, Tom Hale"),
    ("Harbour University port expert and former French security official, Tom Hale, said it",
     "Harbour University port expert and former French security official, Tom Hale"),
    # an adverbial, a clause: the name alone
    ("Last week, Tom Hale, said it", "Tom Hale"),
    ("The ships wait, Tom Hale, said it", "Tom Hale"),
    ("The ships wait, Tom Hale said it", "Tom Hale"),
    ("The spokesperson, Tom Hale sailed home", "Tom Hale"),
    # a verb of saying closes the name like a comma (issue 14, dev and dev5)
    ("The spokesperson, Tom Hale said it", "The spokesperson, Tom Hale"),
    ("Harbour Radio's spokesperson, Tom Hale told us", "Harbour Radio's spokesperson, Tom Hale"),
    # the description ends in the institution its speaker serves (dev5)
    ("A member of the Dunmore Harbour Board, Tom Hale said it",
     "A member of the Dunmore Harbour Board, Tom Hale"),
    ("The chairman of the Dunmore Harbour Board, Tom Hale, said it",
     "The chairman of the Dunmore Harbour Board, Tom Hale"),
    ("A member of the board that runs the harbour, Tom Hale said it", "Tom Hale"),
    # an opening adverbial is no part of the description (dev)
    ("Yesterday, Dunmore's harbour spokesman, Tom Hale, said it",
     "Dunmore's harbour spokesman, Tom Hale"),
])
def test_extend_mention_over_the_description_before_a_name(text, mention):
    ms = text.index("Tom Hale")
    got = ENGLISH.extend_mention(text, ms, ms + len("Tom Hale"))
    assert text[got[0]:got[1]] == mention


def test_description_before_a_name_does_not_give_its_possessor_the_quote(registry, lex):
    text = ("French minister Claire Dubois's spokesperson, Tom Hale, said it is possible that "
            '"the port carries out transports that affect our security".')
    out = attribute(text, registry, lex)
    assert list(out["speaker_mention"].unique()) == [
        "French minister Claire Dubois's spokesperson, Tom Hale"]
    assert set(out["speaker"]) == {"Tom Hale"}
    assert set(out["camp"]) == {"unknown"}  # Claire Dubois is western: no camp without evidence


def test_quote_after_a_sentence_with_another_subject_is_not_a_continuation(registry, lex):
    text = ('Claire Dubois wrote on Twitter, "We must always protect our harbour workers."\n\n'
            "Tom Hale, who ran the port until December, also criticized the decision on the "
            'radio. "The statement tonight shows a complete lack of understanding of the port."'
            '\n\nThe decision was taken. "Nobody asked the workers about it, not once."')
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].reset_index(drop=True)
    assert list(direct["speaker"]) == ["Claire Dubois", "Tom Hale", "Tom Hale"]
    assert direct.at[1, "speaker_mention"] == "Tom Hale"
    assert direct.at[1, "camp"] == "unknown"  # not Dubois's (western) words
    # no person is the subject of "The decision was taken.": the last speaker continues
    assert direct.at[2, "attribution"] == "continuation"


@pytest.mark.parametrize(("mention", "name"), [
    ("Harbour Radio's editorial director, Tom Hale", "Tom Hale"),
    ("French minister Claire Dubois’s spokesperson, Tom Hale", "Tom Hale"),
])
def test_a_possessed_description_resolves_by_the_name_not_the_possessor(mention, name):
    got = ENGLISH.trim_mention(mention, 0, len(mention))
    assert mention[got[0]:got[1]] == name


def test_a_possessed_description_gives_the_quote_to_the_name(registry, lex):
    text = ("Harbour Radio's editorial director, Tom Hale, said the port was closed for "
            '"reasons of security that nobody explained".')
    out = attribute(text, registry, lex)
    assert set(out["speaker"]) == {"Tom Hale"}


def test_editorial_stop_ends_the_quote_before_the_next_sentence(registry, lex):
    # "…incurable[.]" closes a sentence: the next sentence's "He went on to say" is no
    # attribution of the quote, whose speaker is named before it (issue 14, dev4)
    text = ('Professor Jean Okafor, director of the Institut National de Recherche Biomédicale, '
            'said, "From now on, we will no longer call this disease incurable[.]" He went on to '
            'say thousands of deaths could be prevented.')
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].iloc[0]
    assert direct["speaker_mention"].startswith("Professor Jean Okafor, director of")
    # "Recherche Biomédicale" names an institute, not a person the pronoun could stand for
    assert set(out["speaker"]) == {"Jean Okafor"}


@pytest.mark.parametrize(("text", "mention"), [
    # a prepositional phrase between the subject and its verb holds no speaker (issue 14, dev5)
    ('Dunmore Radio, in a Facebook post on Tuesday, called it "a disgrace to the harbour".',
     "Dunmore Radio"),
    ('The port was shut, while Tom Hale, in a letter to the council, called it "a needless '
     'blow".', "Tom Hale"),
    # the agent in a modifier of the subject is no speaker either
    ('The account for Harbour Talk, which replaced the old morning show, hosted by Tom Hale and '
     'Ann Bell, who both worked for the port, tweeted: "We salute you, Dunmore."',
     "The account for Harbour Talk"),
])
def test_a_mention_inside_a_modifier_gives_the_quote_to_the_subject(registry, lex, text, mention):
    out = attribute(text, registry, lex)
    assert list(out["speaker_mention"]) == [mention]


def test_a_subject_whose_clause_goes_on_after_its_modifier_keeps_the_mention(registry, lex):
    # "was the first chance ..." is the main clause: the hearing says nothing (NewsMTSC)
    text = ("The hearing, which for days had been in doubt, was the first chance for the public "
            "to see Ann Bell explain in detail what she claims happened at the harbour.")
    out = attribute(text, registry, lex)
    assert "The hearing" not in set(out["speaker_mention"])


@pytest.mark.parametrize("text", [
    "The plan of Dunmore Radio, in a post on Tuesday, was",  # no verb of saying after the phrase
    "Dunmore Radio reported, in a post on Tuesday, that",  # the phrase follows the verb
    "the mayor of Dunmore, in a post on Tuesday, said",  # no name or pronoun before the phrase
])
def test_no_interposed_subject(text):
    ms = text.index("a post")
    assert ENGLISH.interposed_subject(text, 0, ms, ms + len("a post")) is None


def test_interposed_subject_is_the_name_before_the_phrase():
    text = "Sales rose, while Dunmore Radio, in a post on Tuesday, called it"
    ms = text.index("a post")
    got = ENGLISH.interposed_subject(text, 0, ms, ms + len("a post"))
    assert text[got[0]:got[1]] == "Dunmore Radio"


@pytest.mark.parametrize(("text", "raw", "mention"), [
    # the end of an adverbial is no part of the speaker (issue 14, dev5 and NewsMTSC)
    ("Speaking at the start of the service Dean Tom Hale said", "the service Dean Tom Hale",
     "Dean Tom Hale"),
    ("With the acquisition Harbour Foods said", "the acquisition Harbour Foods", "Harbour Foods"),
    # a noun for a person, a determiner alone or no preposition before the mention: unchanged
    ("Speaking at the harbour performer Tom Hale said", "performer Tom Hale",
     "performer Tom Hale"),
    ("On Monday at home his wife Ann said", "his wife Ann", "his wife Ann"),
    ("A report from the BBC said", "the BBC", "the BBC"),
    ("The acquisition Harbour Foods said", "The acquisition Harbour Foods",
     "The acquisition Harbour Foods"),
    # a phrase with a preposition in it is no noun before a name (NewsMTSC)
    ("voters in the battleground state of Dunmore declared", "the battleground state of Dunmore",
     "the battleground state of Dunmore"),
    ("cast a shadow over the integrity of the entire Hale", "the integrity of the entire Hale",
     "the integrity of the entire Hale"),
])
def test_a_noun_for_no_person_before_a_name_is_left_out(text, raw, mention):
    ms = text.index(raw)
    got = ENGLISH.extend_mention(text, ms, ms + len(raw))
    assert text[got[0]:got[1]] == mention


def test_according_to_a_report_gives_a_quote_after_saying_to_the_one_who_says_it(registry, lex):
    text = ("According to the Dunmore Herald, Ann Bell got her licence in the spring and talks "
            'of her boat by saying, "It is like a part of me now."')
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].iloc[0]
    assert direct["speaker_mention"] == "Ann Bell"
    text = 'According to the Dunmore Herald, the mayor was clear: "It is over now."'
    out = attribute(text, registry, lex)
    assert out[out["kind"] == "direct"].iloc[0]["speaker_mention"] == "the Dunmore Herald"


def test_a_report_cited_as_saying_goes_to_the_one_cited(registry, lex):
    # "X cited Y as saying ...": Y, not X (issue 14, dev5)
    text = ("The Herald also cited Tom Hale, chief of the Dunmore Harbour Board, as saying the "
            "ships were late.")
    out = attribute(text, registry, lex)
    assert list(out["speaker_mention"]) == ["Tom Hale, chief of the Dunmore Harbour Board"]
    assert list(out["speaker"]) == ["Tom Hale"]


def test_extend_mention_over_a_chain_of_possessives():
    # an organisation's possessive between the name and the role (issue 14, dev5)
    text = "According to the Dunmore Council' Harbour and Ports Board's chief engineer, it was"
    ms = text.index("the Dunmore")
    got = ENGLISH.extend_mention(text, ms, ms + len("the Dunmore Council"))
    assert text[got[0]:got[1]] == ("the Dunmore Council' Harbour and Ports Board's chief "
                                   "engineer")


@pytest.mark.parametrize(("text", "mention"), [
    # a role without an article after the name stays in the mention (issue 14, dev5)
    ("Dr Tom Hale, retail expert from Dunmore University, said the shelves were empty",
     "Dr Tom Hale, retail expert from Dunmore University"),
    # an adverbial, a clause, no speaker's noun, no verb of saying: the name alone
    ("Dr Tom Hale, in remarks to the Herald, said the shelves were empty", "Dr Tom Hale"),
    ("Dr Tom Hale, who chairs the board, said the shelves were empty", "Dr Tom Hale"),
    ("Dr Tom Hale, tired and hungry, said the shelves were empty", "Dr Tom Hale"),
    ("Dr Tom Hale, retail expert from Dunmore University, left the shelves empty", "Dr Tom Hale"),
])
def test_extend_mention_over_a_role_without_an_article(text, mention):
    got = ENGLISH.extend_mention(text, 0, len("Dr Tom Hale"))
    assert text[got[0]:got[1]] == mention


@pytest.mark.parametrize(("text", "raw", "mention"), [
    # coordinated roles before a name describe one person (issue 14, dev5)
    ("Longtime Harbour Radio writer and performer Tom Hale tweeted", "performer Tom Hale",
     "Longtime Harbour Radio writer and performer Tom Hale"),
    # no coordination, an opening adverbial, a verb: the mention as it was
    ("Longtime Harbour Radio performer Tom Hale tweeted", "performer Tom Hale",
     "performer Tom Hale"),
    ("In Dunmore writer and performer Tom Hale tweeted", "performer Tom Hale",
     "performer Tom Hale"),
    ("Ann Bell met writer and performer Tom Hale", "performer Tom Hale", "performer Tom Hale"),
    ("And others asked", "others", "others"),  # a sentence opening with "And" (UN debates)
])
def test_extend_mention_over_coordinated_roles(text, raw, mention):
    ms = text.index(raw)
    got = ENGLISH.extend_mention(text, ms, ms + len(raw))
    assert text[got[0]:got[1]] == mention


def test_a_passive_quoted_as_saying_names_no_relayer(registry, lex):
    # "is often quoted — or often quoted by me — as saying": no "— or often" as the speaker
    text = ("The poet Tom Hale is often quoted — or often quoted by me anyway — as saying that "
            "there are many terrifying things in the harbour.")
    out = attribute(text, registry, lex)
    assert not out["speaker_mention"].str.startswith("—").any()
