"""English reported speech after verbs of saying, seventh round (issue 14): the general causes of
the misses read on the dev part of the second NewsMTSC saying set (``newsmtsc_saying2.jsonl``),
each on a sentence written for the test (not taken from the set), with the span a reader marks
as what was said and the speaker's words; and the near uses that must stay as they were."""

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
    # "X, <apposition or relative clause>, <verb>ed …, saying P": the participle's subject is the
    # name opening the sentence, past the apposition (the report was lost before)
    ("Jane Hill, D-Ore., objected, saying the budget had cut school meals.",
     "the budget had cut school meals", "Jane Hill"),
    ("The union, which represents hospital nurses, rejected the offer, saying it had ignored "
     "staffing.", "it had ignored staffing", "The union"),
    # "After / While <participle of saying> P, X <verb>": the main clause's subject is the
    # speaker, and P runs past the commas of a list to the comma before that subject
    ("After conceding that the plan had cost jobs, wages and savings, the mayor left the meeting.",
     "the plan had cost jobs, wages and savings", "the mayor"),
    ("While claiming the count was rigged, Smith refused to leave.", "the count was rigged",
     "Smith"),
    # a name, an adverb set off by commas, then its verb: "P, X said" keeps P
    ("Canada, too, wants lower tariffs on steel, the minister told reporters.",
     "Canada, too, wants lower tariffs on steel", "the minister"),
    # a programme's title in marks after "told <outlet>'s" is part of the listener, no quote
    ("The mayor told CBS’s “Face the Nation” on Sunday that the bridge would reopen.",
     "the bridge would reopen", "The mayor"),
    # a quoted fragment opened inside the sentence closes it before ", X said": the sentence
    # is the report (a mixed quote), also when a programme's title follows the cue
    ("Local farmers “cannot sell the grain at any price,” the minister told “Farm Hour.”",
     "Local farmers “cannot sell the grain at any price", "the minister"),
    ("She waved at the crowd, asking them to stay, and then shouting “go home now,” the "
     "officer added.", "She waved at the crowd, asking them to stay, and then shouting “go home "
     "now", "the officer"),
    # "X, <a long apposition with a relative clause>, tweeted in <time> that P"
    ("Ann Lee, Tom Ray’s former aide whom the governor hired in Ohio to run his office, wrote in "
     "March that the budget had been cut.", "the budget had been cut", "Ann Lee"),
    # "P, X said, "q…"": a quotation going on in lower case continues the sentence; P is a
    # report of its own
    ("The delay had cost the city millions, the auditor said, “whether the council admits it or "
     "not.”", "The delay had cost the city millions", "the auditor"),
    # "X, Y argued, <predicate with a quoted phrase later>": the second part keeps its report
    ("The economy, the minister argued, had reached what she called “a turning point for the "
     "region.”", "had reached what she called “a turning point for the region.”", "the minister"),
    # a reported clause whose subject opens with a possessive (after names joined by "and")
    ("The club says Lee's lawyers want a new hearing.", "Lee's lawyers want a new hearing",
     "The club"),
    ("Asked about the fines, the league says Smith and Jones’s appeals lack merit.",
     "Smith and Jones’s appeals lack merit", "the league"),
    # the report ends before the main subject's second verb phrase (", and chastised …")
    ("The minister said the state would not close the port, and thanked the workers for their "
     "patience.", "the state would not close the port", "The minister"),
    # (not before a participle that shares an object: "tried for, and convicted of, fraud")
    ("The charter states that judges are removed after being tried for, and convicted of, "
     "grave crimes.", "judges are removed after being tried for, and convicted of, grave crimes",
     "The charter"),
    # (not when the reported clause is in the simple past too: its own second verb phrase)
    ("The states said the agency broke federal law, and violated the Constitution.",
     "the agency broke federal law, and violated the Constitution", "The states"),
    # (not when it closes a list of the report's own verb phrases)
    ("Officials said a guard saw the men in the yard, stopped them at the gate, and learned "
     "they had keys.", "a guard saw the men in the yard, stopped them at the gate, and learned "
     "they had keys", "Officials"),
    # a document a cue is given in is no noun that takes the "that" ("said in his report that")
    ("Ferguson said in his report that the guard had lied.", "the guard had lied", "Ferguson"),
])
def test_report_after_a_verb_of_saying(lex, text, content, mention):
    assert (content, mention) in quotes(text, lex)


@pytest.mark.parametrize("text", [
    # a list in an opening clause without a verb of saying stays no report
    "After the floods, storms and fires, the town rebuilt its school.",
    # a participle after a comma that is no verb of saying
    "Jane Hill, D-Ore., objected, citing the rules.",
])
def test_no_report_where_none_is_said(lex, text):
    assert quotes(text, lex) == []


@pytest.mark.parametrize("text", [
    # "that" completing a noun after the listener's programme is no report of the speaker's
    "“We will run,” the senator told ABC’s “This Week,” in response to suggestions that she "
    "would retire.",
    # a quote introduced by a colon, or a fragment followed by a participle, closes no report
    "Kaine cited the moment when she dodged the question: “but if you do that, you fail,” "
    "he said.",
    "He saw the role as a “chance to face my fears,” having doubted his voice for years.",
])
def test_no_report_around_a_quote(lex, text):
    assert quotes(text, lex) == []


def test_a_title_after_told_is_no_quote(lex):
    text = "“The sanctions work,” the envoy told “Meet the Press.”"
    assert quotes(text, lex, "direct") == [("The sanctions work,", "the envoy")]
    assert quotes(text, lex, "partial") == []


@pytest.mark.parametrize("text, content", [
    # a passive "told": the subject is the listener; the report has no speaker, or the agent
    ("His daughters were told the request had been rejected, despite the fee.",
     "the request had been rejected"),
    ("The nurse was told that her contract had ended.", "her contract had ended"),
])
def test_a_report_told_to_the_subject(lex, text, content):
    assert quotes(text, lex) == [(content, "")]


def test_a_report_told_by_an_agent(lex):
    assert quotes("She was told by the county clerk that the ballots had been counted.", lex) == [
        ("the ballots had been counted", "the county clerk")]


@pytest.mark.parametrize("text", [
    # a passive "told" before an infinitive or none: an order, or nothing reported
    "He was told to leave the room.",
    "He did as he was told.",
    # "said something / nothing …" as an object names no proposition
    "It does not matter that the mayor said something rude and silly.",
    # a participle's object before a form in -s ("citing committee rules"): no speaker there
    "Neither man would say what was discussed, citing committee rules on secrecy.",
    # "It is telling that P" is an adjective; "…, observing X" after a comma is an act
    "It is telling that most countries have signed the pact.",
    "The king was briefed, and flew to the port on Monday, observing the rescue and visiting "
    "the wounded.",
    # a possessive and a noun in -s before a comma are no subject and verb
    "The treaty was signed by recognizing Poland’s new borders, drawn after the war, as final.",
    # a bare cue form after "any <adjective> news" is a noun ("any credible news report")
    "He did not point to any credible news report to back up his claim, but he may have meant "
    "a blog post.",
    # a participle after a noun ("The deal announced Wednesday comes as …"): no report
    "The deal announced Wednesday comes as the government released two prisoners.",
    # the tail of a time after a programme's title ("on Sunday morning, in announcing …")
    "“We will win,” Gohmert told “Fox & Friends” on Sunday morning, in announcing his bid.",
    # the cue's adverbial after a quote's attribution is no report
    "“It is not over,” the coach told reporters during a visit to the training ground.",
])
def test_no_report_from_these(lex, text):
    assert quotes(text, lex) == []


def test_a_name_in_apposition_stays_in_the_participles_speaker(lex):
    # "The mayor of X, Name, <verb>ed …, adding, "…"": the description and the name (a quote's
    # speaker is not moved to the description alone)
    text = ('The mayor of Leeds, Ann Cole, sent her condolences on Monday, adding, "We will find '
            'out what happened."')
    assert quotes(text, lex, "direct") == [("We will find out what happened.",
                                            "The mayor of Leeds, Ann Cole")]
