"""English reported speech after verbs of saying (issue 14): each general form the rules of
:mod:`discourse.extract.quotes.lang.en.reported` read, on sentences written for the test (not
taken from the gold sets), with the span a reader would mark as what was said and the words
that name who said it; and the non-speech uses of the same verbs, which give no quote."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def reports(text: str, lex) -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of every indirect quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == "indirect"]
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, content, mention", [
    # a clause set off by commas between the speaker and the verb
    ("The official, who asked not to be named, said the talks had collapsed overnight.",
     "the talks had collapsed overnight", "The official"),
    ("The mayor, in a statement issued by her office, announced the bridge would reopen soon.",
     "the bridge would reopen soon", "The mayor"),
    ("Council spokesperson Anna Berg, when asked whether the staff had been tested for the "
     "virus after the meeting ended, told local radio the rules had been followed.",
     "the rules had been followed", "Council spokesperson Anna Berg"),
    ("A senior diplomat, whom the paper did not name, said the embassy would close next week.",
     "the embassy would close next week", "A senior diplomat"),
    # a fixed listener or setting phrase, then the clause without "that"
    ("The governor told reporters the budget would be balanced by June.",
     "the budget would be balanced by June", "The governor"),
    ("The ministry said in a statement the pipeline had been shut for repairs.",
     "the pipeline had been shut for repairs", "The ministry"),
    ("The coach went on to say his players had earned the win.",
     "his players had earned the win", "The coach"),
    # a clause whose verb is an irregular past tense
    ("The trade paper stated the truck overran the barrier near the depot.",
     "the truck overran the barrier near the depot", "The trade paper"),
    ("Witnesses said the driver fled the scene on foot.",
     "the driver fled the scene on foot", "Witnesses"),
    # a time adverbial before "that"
    ("The sheriff said late Thursday that the owner caught two men trying to steal his car.",
     "the owner caught two men trying to steal his car", "The sheriff"),
    # "US" is a subject, "us" an object
    ("The statement also said US troops had left the base.", "US troops had left the base",
     "The statement"),
    # an adverb of manner after the verb belongs to the verb, not to the report
    ("The minister has said publicly the old mine should be reopened for tourists.",
     "the old mine should be reopened for tourists", "The minister"),
    ("The minister said only the board could decide on the mine.",
     "only the board could decide on the mine", "The minister"),
    # after a listener, a report whose subject runs long before its verb
    ("Captain Ann Ruiz told the press a two-day search involving four boats and two planes "
     "covering the whole bay (about 400 km2) had found no further signs of the crew.",
     "a two-day search involving four boats and two planes covering the whole bay (about 400 "
     "km2) had found no further signs of the crew", "Captain Ann Ruiz"),
    # a listener noun phrase, then a clause opening with a determiner
    ("She told the committee members the vote had been delayed.",
     "the vote had been delayed", "She"),
    # a clause without "that" whose subject is a name and whose verb is in the present
    ("The council claims Northwind operates three illegal dumps near the river.",
     "Northwind operates three illegal dumps near the river", "The council"),
    # an adverb between the auxiliary and the verb; an adverbial before the clause's subject
    ("The driver has since said his statement to the police was coerced.",
     "his statement to the police was coerced", "The driver"),
    ("In a radio interview, she said as a student she was barred from the archive.",
     "she was barred from the archive", "she"),
    # "according to" a study, poll or data that the article names or points at
    ("According to a survey published by the Daily Courier, most voters opposed the tax.",
     "most voters opposed the tax", "the Daily Courier"),
    ("According to figures from the port authority, shipments fell by a third in May.",
     "shipments fell by a third in May", "the port authority"),
    ("According to the study, older bridges were inspected less often than new ones.",
     "older bridges were inspected less often than new ones", "the study"),
    # a weekday without "on" between the cue and the clause
    ("The mayor said Tuesday the library would stay open.", "the library would stay open",
     "The mayor"),
    # "warned" with no listener: the noun phrase is the clause's subject
    ("The union warned the strike could last for weeks.", "the strike could last for weeks",
     "The union"),
    # a subject ending in -us and a verb in -s; a relative clause inside the reported clause
    ("The doctor explained the virus spreads through droplets.",
     "the virus spreads through droplets", "The doctor"),
    ("The envoy said the talks, which began in May, would resume in the autumn.",
     "the talks, which began in May, would resume in the autumn", "The envoy"),
    # an adverb set off by commas between the speaker and the verb
    ("The party's campaign, meanwhile, said the governor was out of touch.",
     "the governor was out of touch", "The party's campaign"),
    # a second report after "but" with a pronoun subject and a present verb
    ("Critics say the scheme wastes money, but its backers say it saves lives.",
     "it saves lives", "its backers"),
    # a closing attribution whose speaker is postmodified
    ("The vote will be delayed a month, two officials familiar with the plan said.",
     "The vote will be delayed a month", "two officials familiar with the plan"),
    ("There was no sign of fraud, election officials in the county have said repeatedly.",
     "There was no sign of fraud", "election officials in the county"),
    # a closing attribution with a setting phrase, and one with an appositive relative clause
    ("The plant will close, said Ms. Ortiz in a statement released Monday.",
     "The plant will close", "Ms. Ortiz"),
    ("The plant will close, said Ms. Ortiz, a manager who has worked there for years.",
     "The plant will close", "Ms. Ortiz"),
    # a time adverbial between the cue and the reported clause is not part of it
    ("The inspector said yesterday morning the bridge would be closed for repairs.",
     "the bridge would be closed for repairs", "The inspector"),
    ("The minister said last week the talks had stalled.", "the talks had stalled",
     "The minister"),
    # an adverbial whose noun phrase is followed by the clause's own subject
    ("The governor acknowledged in an interview his office had made mistakes.",
     "his office had made mistakes", "The governor"),
    ("The mayor was quoted as saying the city would not pay the fine.",
     "the city would not pay the fine", "The mayor"),
    # a count as the object of "reported" / "confirmed"
    ("Health officials reported 312 new infections in the capital.",
     "312 new infections in the capital", "Health officials"),
    ("On Sunday the county confirmed a total of 41 deaths.", "a total of 41 deaths",
     "the county"),
    # fresh text (issue 14, dev4): a focus adverb or a number right after the listener opens
    # the report
    ("The sheriff told the radio even a small crowd would be more than his deputies could "
     "handle.", "even a small crowd would be more than his deputies could handle", "The sheriff"),
    ("The captain told reporters 12 sailors had been rescued.", "12 sailors had been rescued",
     "The captain"),
    # a quantifier standing alone is the subject of "said"
    ("One voter said the rents had risen and several said they wanted a change of course.",
     "they wanted a change of course", "several"),
    ("One voter said the rents had risen and several said they wanted a change of course.",
     "the rents had risen", "One voter"),
    # "P and according to X Q": the report follows the source
    ("The singer toured Asia for a month and according to her agent she fell ill in Osaka.",
     "she fell ill in Osaka", "her agent"),
    # an approximate count opens the report ("said about the plan" would be a topic)
    ("The ministry said about 300 families had left the valley.",
     "about 300 families had left the valley", "The ministry"),
    # the source keeps a role in apposition, as a name would
    # a quotation inside the report that runs on after it stays in the report
    ('The mayor said the company, "A giant of the valley", had failed its workers.',
     'the company, "A giant of the valley", had failed its workers', "The mayor"),
    ("According to a post by Rosa Klein, head of the local museum, the statue was stolen.",
     "the statue was stolen", "Rosa Klein, head of the local museum"),
    # ... but a time adverbial is no role
    ("According to the county health office, as of Monday, 41 cases were confirmed.",
     "as of Monday, 41 cases were confirmed", "the county health office"),
    # a closing source after a subject with an appositive and a comma before "according to"
    ("Ana Ruiz, former mayor of the town, has died, according to her son on Friday.",
     "Ana Ruiz, former mayor of the town, has died", "her son"),
])
def test_report_after_a_verb_of_saying(lex, text, content, mention):
    assert (content, mention) in reports(text, lex)


@pytest.mark.parametrize("text, content", [
    ("It was reported that the factory would close by the end of the year.",
     "the factory would close by the end of the year"),
    ("Later, it was alleged on local radio that the mayor had taken bribes.",
     "the mayor had taken bribes"),
])
def test_agentless_passive_report_has_no_speaker(lex, text, content):
    assert reports(text, lex) == [(content, "")]


@pytest.mark.parametrize("text", [
    # ", said X" only closes a report when X is no clause of its own
    "The official, who asked not to be named, said the talks had collapsed overnight.",
    "Late on Friday, the minister, in a message read by an aide, announced taxes would rise.",
])
def test_the_subject_of_a_reported_clause_is_no_speaker(lex, text):
    got = reports(text, lex)
    assert got and all(not text.startswith(span) for span, _ in got), got


@pytest.mark.parametrize("text, content", [
    # a quotation after a colon is a quote of its own, not part of the reported clause
    ('According to the prosecutor, the letter could help the case: "It shows intent. That is '
     'what the law asks."', "the letter could help the case"),
    # a contrasting clause with its own subject is the author's
    ("Some members said the deal was dead, while others wanted more talks.", "the deal was dead"),
    # a report inside an opening subordinate clause ends with it
    ("When the senator announced her retirement in 2018, two rivals entered the race.",
     "her retirement in 2018"),
    # a long subject before the closing attribution
    ("Veteran stage actor and former community theatre director Jon Marsh, aged 81, has died, "
     "the regional arts council Northern Stages (NS) announced yesterday.",
     "Veteran stage actor and former community theatre director Jon Marsh, aged 81, has died"),
    # a new clause of the author's after a semicolon; a semicolon inside a quoted fragment
    # or before a clause without a subject of its own stays in the report
    ("The trade journal states the jet was a freighter; it lists a tail number of N-123.",
     "the jet was a freighter"),
    ('The coach said the team was "tired; we need a break" before the final.',
     'the team was "tired; we need a break" before the final'),
    ('The coach recalled thinking "I am here to work; I have a plan" at the time.',
     'thinking "I am here to work; I have a plan" at the time'),
    ("The agency said one worker was hurt; no visitors were injured.",
     "one worker was hurt; no visitors were injured"),
    # a coordinated quotation that opens its own sentence is no part of the report (dev4)
    ('The pupil said the ceiling fell in, and "[i]t felt like the end of the world".',
     "the ceiling fell in"),
])
def test_the_reported_clause_ends_where_another_begins(lex, text, content):
    assert [span for span, _ in reports(text, lex)] == [content]


@pytest.mark.parametrize("text", [
    "According to estimates, the crowd numbered in the thousands.",  # nobody gives them
    # the same verbs used for no speech
    "The said bill was passed by the assembly in 2019.",
    "The senator is said to be furious about the vote.",
    "The plan, said to cost millions, was dropped last year.",
    "He was told to leave the building at once.",
    "She was reported missing by her family on Monday.",
    "The station reported the news at noon.",  # a topic, no count
    # a cue form that is a noun, and a name in apposition before the cue
    "After the June gaffes, which had been widely mocked, opposition questions about his health "
    "continued.",
    # the rest of an attribution, then a direct quote: the quote, no report (dev4)
    'One resident told Ana Reyes of WXYZ 7 news, "We are used to it."',
    'The geologist told the press last week, "The past weeks we had hundreds of small quakes."',
])
def test_no_speaker_no_report(lex, text):
    assert reports(text, lex) == []


def test_a_second_cue_after_but_opens_a_report_of_its_own(lex):
    text = ("The mayor said that she had met the developers but denied that she made any promise "
            "about the permits.")
    assert reports(text, lex) == [("she had met the developers", "The mayor"),
                                  ("she made any promise about the permits", "The mayor")]


def test_an_attribution_inside_the_report_splits_it_in_two(lex):
    text = "If the birds had been farmed, they reasoned, the samples would show little diversity."
    assert reports(text, lex) == [("If the birds had been farmed", "they"),
                                  ("the samples would show little diversity", "they")]


def test_a_participle_after_a_quoted_fragment_opens_a_report(lex):
    text = 'The mayor said the plan was "dead on arrival," adding that it would never pass.'
    assert reports(text, lex) == [('the plan was "dead on arrival,"', "The mayor"),
                                  ("it would never pass", "The mayor")]


@pytest.mark.parametrize("text", [
    # a cue inside an opening subordinate clause does not report the main clause
    "Even though the driver admitted to speeding, two passengers were charged with the crash.",
    # a plea is no statement
    "Several of the suspects pleaded guilty or were convicted before the trial began.",
])
def test_no_report_outside_the_cue_clause(lex, text):
    assert reports(text, lex) == []


@pytest.mark.parametrize("text", [
    # an estimate or belief with no agent reports no statement
    "It is estimated that the new fund will enable more than two billion in loans.",
    # a progressive first-person cue, as in a speech, is the speaker's own statement
    "I am announcing here today that our climate funding will double by 2020.",
])
def test_no_agentless_report_of_estimates_or_own_speech(lex, text):
    assert reports(text, lex) == []


def test_a_cue_word_inside_a_quoted_fragment_does_not_cut_the_report(lex):
    # "charges" is a cue form (to charge), but inside the quotation it is the speaker's noun
    text = ('The prosecutor said the suspects must face "fraud and bribery charges", adding the '
            'state would seek their extradition.')
    assert reports(text, lex) == [
        ('the suspects must face "fraud and bribery charges"', "The prosecutor"),
        ("the state would seek their extradition", "The prosecutor")]


def test_mention_reports_a_that_clause_and_ends_the_report_before_it(lex):
    assert reports("She mentioned that the vote had been delayed until June.", lex) == [
        ("the vote had been delayed until June", "She")]
    # "and mentioned <noun phrase>": the speaker's second act, not part of what was noted
    text = "The engineer noted that the bridge was unsafe, and mentioned a plan to close it in May."
    assert reports(text, lex) == [("the bridge was unsafe", "The engineer")]
    # the participle as an adjective is no cue
    assert reports("The above-mentioned bill was passed by the assembly in 2019.", lex) == []


def test_it_with_a_verb_of_saying_proper_is_a_speaker(lex):
    # "it" for an agency or a statement, with say/state/add/announce/write/tell
    text = "The agency issued a statement on Monday. It also stated the office would stay closed."
    assert reports(text, lex) == [("the office would stay closed", "It")]
    # with a verb of finding, "it" is a study or a model: no speech
    text = "The study was published in May. It suggested the drug had cut deaths by a third."
    assert reports(text, lex) == []
    assert reports("Well, it tells us that the planet formed far from its star.", lex) == []


def test_a_relative_pronoun_closing_a_sentence_is_no_speaker(lex):
    text = "The appeal was helped by Senator Jane Roe, who noted the man's record to the judge."
    assert ("The appeal was helped by Senator Jane Roe", "who") not in reports(text, lex)


def test_a_question_with_telling_is_no_report(lex):
    text = ("Would you mind telling us a little about your work, your team, and what led you to "
            "this subject?")
    assert reports(text, lex) == []


@pytest.mark.parametrize("text, expected", [
    # "…, but, according to X, P": the second source's report, not the first verb's object
    ("The club's notice specified no reason, but, according to a spokesman, the coach had "
     "resigned on Friday.", [("the coach had resigned on Friday", "a spokesman")]),
    # a participle after a document ("a statement posted to") is no cue of its own
    ("In a statement posted to its website on Monday, the club confirmed the coach had resigned.",
     [("the coach had resigned", "the club")]),
    # "posts which state …": a cue form before "which" is a noun and does not cut the report
    ("According to the new rules, members must delete replies and posts which state false "
     "claims about others.",
     [("members must delete replies and posts which state false claims about others",
       "the new rules")]),
])
def test_cue_forms_that_are_not_a_second_report(lex, text, expected):
    assert reports(text, lex) == expected


def test_a_promise_with_an_infinitive_is_no_report(lex):
    text = "The mayor vowed to issue an order regarding those caught damaging the statues."
    assert reports(text, lex) == []


def test_a_name_after_a_document_source_is_no_part_of_the_source(lex):
    # "According to official statements, Mayor Ruiz, …": the name is the report's subject, and
    # would give the report a speaker (and a camp) it does not have
    got = reports("According to official statements, Mayor Ruiz, now at home, is to keep working.",
                  lex)
    assert got and {mention for _, mention in got} == {"official statements"}


def test_an_approximate_count_after_told_is_the_listener(lex):
    got = reports("The senator told about 500 supporters that the race was close.", lex)
    assert all(not span.startswith("about") for span, _ in got), got
