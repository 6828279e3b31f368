"""English reports without a "that" clause, round 8 (issue 14): the construction classes read on
the fresh Wikinews split ``dev6`` and the second NewsMTSC saying set's dev part, each on a
sentence written for the test (not taken from either), with the span a reader marks as what was
said and the speaker's words; and the near uses that report nothing.

- verbs of naming and judging with an object and its predicate, no quotation marks
  (:mod:`discourse.extract.quotes.lang.en.naming`): the span is "X Y";
- verbs of saying read before only with "that" ("commented P", "shared that P", "said in May P");
- where a report ends: before the author's ", meaning …", "without elaborating", "and <Name>
  has …" after a backshifted report; an opening "Although …" clause is no report.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def quotes(text: str, lex, kind: str = "indirect") -> list[tuple[str, str]]:
    """``(span, speaker mention)`` of every quote of ``kind`` found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    q = q[q["kind"] == kind]
    return [(r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, content, mention", [
    # call X Y: an adjective or an indefinite noun phrase after the object
    ("The ministry called its response necessary and lawful, citing the treaty.",
     "its response necessary and lawful", "The ministry"),
    ("The mayor called the closure a blow to small shops.", "the closure a blow to small shops",
     "The mayor"),
    ("Union leaders called it an insult to every worker in the plant.",
     "it an insult to every worker in the plant", "Union leaders"),
    ("Biden called Vladimir Putin a killer without a soul.",
     "Vladimir Putin a killer without a soul", "Biden"),
    # a list goes on after its commas: noun phrases, coordinated adjectives
    ("The senator called the governor a liar, a coward, and the worst leader in decades.",
     "the governor a liar, a coward, and the worst leader in decades", "The senator"),
    ("The lawyer described the pilot as an experienced, careful flier.",
     "the pilot as an experienced, careful flier", "The lawyer"),
    # an accusation keeps its quoted words (the gold annotates it), a name its report
    ("The senator accused her rival of peddling “fiction, not facts” on Tuesday.",
     "her rival of peddling “fiction, not facts” on Tuesday", "The senator"),
    # describe / label / name / characterize X as Y
    ("The coach described the defeat as the worst of his career.",
     "the defeat as the worst of his career", "The coach"),
    ("In 2015 the State Department labeled the group as a terrorist organisation and froze its "
     "assets.", "the group as a terrorist organisation", "the State Department"),
    ("The report's authors characterized the outbreak as preventable.",
     "the outbreak as preventable", "The report's authors"),
    # blame X for / on Y, accuse X of Y; a name with its apposition before the verb
    ("Ana Ruiz, a spokeswoman for the port, blamed the storm and a broken crane for the delays.",
     "the storm and a broken crane for the delays", "Ana Ruiz, a spokeswoman for the port"),
    ("The governor blamed the shortage on hoarding by wholesalers.",
     "the shortage on hoarding by wholesalers", "The governor"),
    ("Prosecutors accused the firm of hiding losses from investors.",
     "the firm of hiding losses from investors", "Prosecutors"),
    # a second gerund of the accusation goes on with it; a dash inside a range is no end
    ("The lawsuit's author accused the manager of locking the doors and hiding the keys.",
     "the manager of locking the doors and hiding the keys", "The lawsuit's author"),
    ("Regulators accused the bank of moving 15–25 million dollars offshore.",
     "the bank of moving 15–25 million dollars offshore", "Regulators"),
    # a participle after the main verb phrase: the main subject speaks
    ("Maria Lopez rejected the plan, calling it a gift to developers as well as a threat to "
     "the river.", "it a gift to developers as well as a threat to the river", "Maria Lopez"),
])
def test_naming_reports(lex, text, content, mention):
    assert (content, mention) in quotes(text, lex)


@pytest.mark.parametrize("text", [
    # topics, calls and descriptions that judge nothing
    "The council discussed the budget on Monday.",
    "She announced his candidacy in March.",
    "The mayor called a meeting for Tuesday.",
    "She called him on Monday to ask about the plan.",
    "They called the police after the shooting.",
    "The president called for calm in the capital.",
    "The witness described the scene in detail.",
    "He described how the fire spread through the building.",
    "He is considering moving to Texas next year.",
    # idioms, appointments, passives, nouns, negation
    "He called it a day after ten hours at the table.",
    "The club named Smith as its new head coach.",
    "He was called a traitor by his rivals.",
    "Sheriff Arpaio was accused of racial profiling in 2013.",
    "The accused sat silently through the hearing.",
    "He did not blame the referees for the loss.",
    "The first article charged him with fraud, and the second accused him of perjury.",
    "While no players have accused the coach of abuse, several left the club.",
    "The senator named her chief of staff as his running mate.",
    "He worked on the discovery of a pattern called a “glider” in the game.",
    "Perry was indicted in 2014, accused of abusing the powers of his office.",
    "The army launched a programme dubbed “Shield 2030” in 2019 to renew its tanks.",
    "We call it a black day for the village.",  # the speaker's own usage, no report
    "Most of it has to do with calling me a liar in public.",
    "We seek to keep the door open, expand shared interests and share opportunities.",
    "It goes without saying that the treaty must be honoured.",
    # a quoted predicate is a partial of the mark pass, not a report
    "The senator called the demand “unprecedented” and left.",
    "Smith called the disappearance an “interesting” case.",
    "The paper called his fundraising “lackluster” this past September.",
])
def test_no_naming_report(lex, text):
    assert quotes(text, lex) == []


def test_report_inside_a_report_is_not_doubled(lex):
    # "said he blamed himself": the naming verb is inside Smith's report
    assert quotes("Smith said he blamed himself for the loss.", lex) == [
        ("he blamed himself for the loss", "Smith")]


@pytest.mark.parametrize("text, content, mention", [
    # "commented P" without "that"; "shared that P"; a month "May" in the adverbial
    ("The senator commented the vote was a step backwards for the state.",
     "the vote was a step backwards for the state", "The senator"),
    ("The organisers addressed the crowd, sharing that every ticket had been sold.",
     "every ticket had been sold", "The organisers"),
    ("The bank said in May the economy might shrink by two percent.",
     "the economy might shrink by two percent", "The bank"),
    # where the report ends
    ("According to the mayor's critics, the plan is a way to close the library, meaning the town "
     "would lose its only reading room.", "the plan is a way to close the library",
     "the mayor's critics"),
    ("Although known to have retired in Spain, his son said he died in London without "
     "elaborating.", "he died in London", "his son"),
    ("Lee suggested he would not run and Carter has decided to enter the primary instead.",
     "he would not run", "Lee"),
    # a noun object of "report" that holds a figure is what was reported
    ("The Growers Association reports a price of US$310 per tonne for the last quarter.",
     "a price of US$310 per tonne for the last quarter", "The Growers Association"),
    ("The local paper reports a driver and nine passengers on board.",
     "a driver and nine passengers on board", "The local paper"),
    # "— which X noted as Y —": the "as" phrase of the aside is X's report
    ("The mayor spoke at the funeral — which the paper noted as a rare gesture by a mayor — "
     "and left.", "a rare gesture by a mayor", "the paper"),
    # "and, according to X, Y": the source's report is Y only
    ("The group is the largest in the region and, according to Ankara, supportive of the rebels.",
     "supportive of the rebels", "Ankara"),
])
def test_saying_without_that_and_report_ends(lex, text, content, mention):
    assert quotes(text, lex) == [(content, mention)]


@pytest.mark.parametrize("text", [
    "The senator commented on the budget at length.",
    "He shared a photo of the flooded street.",
    "The mayor left without specifying if the bridge would reopen.",
    "Police reported a 2019 attack on the station.",  # a year names an event, no figure
    "Neighbours reported a fire at 12 Elm Street.",
    "Smith said Jones and Brown had agreed to the deal.",  # the subject, not a second clause
])
def test_near_uses_unchanged(lex, text):
    found = quotes(text, lex)
    if "Smith said" in text:
        assert found == [("Jones and Brown had agreed to the deal", "Smith")]
    else:
        assert found == []
