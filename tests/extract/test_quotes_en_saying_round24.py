"""Reported speech, round twenty-four (the misses that recur over the fresh saying sets): a
sentence-final attribution followed by a participle of saying ("P, the official said, adding
that Q": P is kept, :mod:`discourse.extract.quotes.lang.en.tail_participle`) and a report framed
by an "as" clause ("As X noted, P", "P, as X pointed out.":
:mod:`discourse.extract.quotes.lang.en.as_noted`). English sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, mention, cue) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention, r.cue) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("The harbour will stay closed until March, the port authority said, adding that ferries "
     "would use the northern pier.", "The harbour will stay closed until March",
     "the port authority"),
    ("The vaccine supply is running low, the health minister said on Friday, noting that a new "
     "shipment was due next week.", "The vaccine supply is running low", "the health minister"),
    ("The bridge repairs will cost twice the estimate, said the city engineer, warning that "
     "traffic would be diverted for months.", "The bridge repairs will cost twice the estimate",
     "the city engineer"),
    # the first report holds a fragment in marks; the participle's clause is all in marks
    ("The new tariffs are “a tax on every family,” the union leader said, adding that “we will "
     "fight them in court.”", "The new tariffs are “a tax on every family", "the union leader"),
])
def test_report_before_participle_kept(text, report, mention):
    assert any(s == report and m == mention and c == "said"
               for s, m, c in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, not_report", [
    # a participle that is the author's ("leaving", "prompting") does not make P a report by
    # this rule; a quotation right after the attribution is introduced by it
    ("The council said, adding nothing, that the vote was delayed.", "The council"),
    # no attribution before the participle: a plain sentence with "adding"
    ("The storm hit the coast overnight, adding to the damage from last week.",
     "The storm hit the coast overnight"),
])
def test_no_report_before_participle(text, not_report):
    assert all(s != not_report for s, _, _ in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, report, mention, cue", [
    ("As the mayor noted, the budget will not cover the new schools.",
     "the budget will not cover the new schools", "the mayor", "noted"),
    ("Indeed, as the economist Ruth Lane points out, most of the new jobs are part-time.",
     "most of the new jobs are part-time", "the economist Ruth Lane", "points out"),
    ("In the north, as the regional governor said on Monday, the roads remain closed to trucks.",
     "the roads remain closed to trucks", "the regional governor", "said"),
    # the "as" clause closing the sentence: the report is the clause before it
    ("The reform has failed to cut waiting times, as the health secretary admitted on Tuesday.",
     "The reform has failed to cut waiting times", "the health secretary", "admitted"),
])
def test_as_clause_report(text, report, mention, cue):
    assert (report, mention, cue) in _reports(text), _reports(text)


@pytest.mark.parametrize("text", [
    # no verb of saying: evidence or expectation, not speech
    "As the figures show, the budget will not cover the new schools.",
    "As expected, the budget will not cover the new schools.",
    # the author's own earlier remark, not a source's
    "As I noted last week, the budget will not cover the new schools.",
    # "as" of manner or time, no subject-and-cue clause
    "As a result, the budget will not cover the new schools.",
    "As the mayor left the hall, the protesters began to chant.",
])
def test_no_as_clause_report(text):
    assert not any(m for _, m, _ in _reports(text) if m), _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    # a subordinate clause opening the sentence, its comma beyond the first five words
    ("When the inspectors opened the last container, the smugglers ran toward the fence, the "
     "coast guard said.", "When the inspectors opened the last container, the smugglers ran "
     "toward the fence", "the coast guard"),
    ("Although the river rose during the night, the old dam held, the engineers said.",
     "Although the river rose during the night, the old dam held", "the engineers"),
])
def test_tail_after_opening_subordinate_clause(text, report, mention):
    assert any(s == report and m == mention for s, m, _ in _reports(text)), _reports(text)


def test_opening_subordinate_clause_without_main_clause():
    # "When asked about it," has no clause of its own: no report by this rule
    text = "When asked about the delay at the border crossing, officials said nothing."
    assert all(not s.startswith("When") for s, _, _ in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, outer, outer_mention, inner, inner_mention", [
    ("The mayor said the bridge would reopen in May, the local paper reported.",
     "The mayor said the bridge would reopen in May", "the local paper",
     "the bridge would reopen in May", "The mayor"),
    ("A former aide told investigators that the funds had been moved abroad, the newspaper "
     "reported on Sunday.", "A former aide told investigators that the funds had been moved "
     "abroad", "the newspaper", "the funds had been moved abroad", "A former aide"),
])
def test_closing_tail_over_a_report(text, outer, outer_mention, inner, inner_mention):
    reports = [(s, m) for s, m, _ in _reports(text)]
    assert (outer, outer_mention) in reports, reports
    # the inner report no longer runs on over the tail's attribution
    assert (inner, inner_mention) in reports, reports


@pytest.mark.parametrize("text, report, mention", [
    ("The ferry service will be suspended for a week, the harbour master and the port's owner "
     "said.", "The ferry service will be suspended for a week",
     "the harbour master and the port's owner"),
    ("The minister will resign before the summit, The Daily Courier and The Evening Post "
     "reported Friday.", "The minister will resign before the summit",
     "The Daily Courier and The Evening Post"),
])
def test_tail_with_coordinated_speakers(text, report, mention):
    assert any(s == report and m == mention for s, m, _ in _reports(text)), _reports(text)


def test_closing_tail_not_over_a_noun_cue():
    # "Harbour report:" is a noun before a colon, no report by the harbour: nothing restored
    text = "Harbour report: the ferry won't sail before Monday, captain says"
    reports = _reports(text)
    assert not any(s.startswith("Harbour report") for s, _, _ in reports), reports


@pytest.mark.parametrize("text, report", [
    # a list after the colon
    ("Officials said three other people had been killed in the strikes: Sam Khan, Jude "
     "Mohammed and Abdul Rahman.", "three other people had been killed in the strikes"),
    # a quoted post after the colon
    ("The fact-checkers noted that the senator did change his position on the deal: > LIVE: "
     "the senator is right, the deal changed https://t.co/abc",
     "the senator did change his position on the deal"),
])
def test_report_ends_at_colon_before_list_or_post(text, report):
    assert report in [s for s, _, _ in _reports(text)], _reports(text)


def test_report_runs_over_colon_before_clause():
    text = ("Her aides said part of the problem was structural: she was in office while also "
            "serving as the party chair.")
    assert ("part of the problem was structural: she was in office while also serving as the "
            "party chair") in [s for s, _, _ in _reports(text)], _reports(text)


@pytest.mark.parametrize("text, report", [
    # a time is no colon of the sentence
    ("The plane landed hard at 9:54 a.m. during a storm, and struck a fence, according to "
     "airport officials.", "The plane landed hard at 9:54 a.m. during a storm, and struck a "
     "fence"),
    # a lower-case list after the colon is the speaker's own
    ("The governor said voters must ask themselves two questions: whether they trust the plan, "
     "and whether they can pay for it.", "voters must ask themselves two questions: whether "
     "they trust the plan, and whether they can pay for it"),
])
def test_report_runs_over_time_or_lower_case_list(text, report):
    assert report in [s for s, _, _ in _reports(text)], _reports(text)


@pytest.mark.parametrize("text", [
    # "as" of cause: the cue has an object
    "The leak hurt the campaign, as the files revealed rivalries, private doubts about the "
    "donors and proof that the chairman misled the board.",
    # the author's question
    "Too early to judge the governor, as the senator says in his interview?",
    # a line cut before its predicate
    "As the first secretary-general said in 1946, the charter of the new organization is",
])
def test_no_as_clause_report_in_these(text):
    assert not any(c in ("says", "said", "revealed") and m in (
        "the files", "the senator", "the first secretary-general") and not s.startswith(
        ("rivalries", "private")) for s, m, c in _reports(text)), _reports(text)


@pytest.mark.parametrize("text", [
    # a list of names runs into the comma: no tail with coordinated speakers
    "It is wrong to blame the port, as the mayors of Dover, Calais, Ostend and other towns "
    "claimed, for the delays.",
    "The council must be able to listen, adopt real changes and thereby respond to the voters.",
])
def test_no_coordinated_tail_speakers(text):
    assert not any(" and " in m for _, m, _ in _reports(text) if m), _reports(text)


def test_no_closing_tail_over_a_semicolon():
    text = ('She said the plan was "a good start"; however, "we will need more money", she '
            'added.')
    assert not any(s.startswith("She said") for s, _, _ in _reports(text)), _reports(text)


def test_no_colon_cut_when_the_source_follows():
    # the source after the colon's clause: the report is not cut at the colon
    text = ("In three states, voters have turned to the governor: Independent voters shift to "
            "the governor, giving her the lead in Ohio, Iowa and Utah, according to a new poll.")
    assert not any(s == "In three states, voters have turned to the governor"
                   for s, _, _ in _reports(text)), _reports(text)
