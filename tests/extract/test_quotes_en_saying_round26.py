"""Reported speech, round twenty-six (the misses that recur over the fresh saying sets): a
source after a report that holds a quoted fragment ("X told Y that P “…” …, according to Z":
both reports, :mod:`discourse.extract.quotes.lang.en.source_over_report`); an inner report after
a cue phrase with its listener or a post-modified group noun ("X said staff working for Y told
her P": :mod:`discourse.extract.quotes.lang.en.inner_heads`); a report's end before ", describing
X as Y" (:mod:`discourse.extract.quotes.lang.en.participle_cut`); a report in a purpose infinitive
("took to Twitter to warn voters that P": :mod:`discourse.extract.quotes.lang.en.purpose_to`);
", in fact," inside an opening clause's report
(:mod:`discourse.extract.quotes.lang.en.parentheticals`); the report inside an "as"-framed one
("As X noted, Y has acknowledged that P": :mod:`discourse.extract.quotes.lang.en.as_inner`); a
noun's report opening with a fronted adverbial ("the claim that in all his years, he …":
:mod:`discourse.extract.quotes.lang.en.fronted`). English sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, mention, cue) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention, r.cue) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, outer, inner", [
    ("The mayor told the city council that the budget was “a disaster in slow motion” for the "
     "schools, according to the Daily Courier.",
     "The mayor told the city council that the budget was “a disaster in slow motion” for the "
     "schools", "the budget was “a disaster in slow motion” for the schools"),
    ("The coach said that the referee had been “completely blind” all evening, according to two "
     "players.", "The coach said that the referee had been “completely blind” all evening",
     "the referee had been “completely blind” all evening"),
])
def test_source_over_report_with_fragment(text, outer, inner):
    found = _reports(text)
    assert (outer, found[0][1], "according to") in found or any(
        s == outer and c == "according to" for s, _, c in found), found
    assert any(s == inner and c in ("told", "said") for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # a quotation standing as the speaker's sentence: the source is a note on its attribution
    ("“We will not give up,” the minister said, according to the state news agency."),
    ("The minister said, “We will not give up,” according to the state news agency."),
])
def test_source_note_on_a_quote_stays_a_note(text):
    assert not any(c == "according to" for _, _, c in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, inner, mention", [
    # the inner cue is a phrase with its listener
    ("The senator said her chief of staff told reporters that the vote would be delayed.",
     "the vote would be delayed", None),
    # the inner speaker is a bare group noun with a post-modifier
    ("The nurse said that hospital staff working for Dr. Reyes told her the ward was full.",
     "the ward was full", "hospital staff working for Dr. Reyes"),
    ("The mayor said security guards working for Mr. Tanaka told him the trucks had left.",
     "the trucks had left", "security guards working for Mr. Tanaka"),
])
def test_inner_report_kept(text, inner, mention):
    found = _reports(text)
    assert any(s == inner and (mention is None or m == mention) for s, m, _ in found), found


@pytest.mark.parametrize("text, not_inner", [
    # a bare noun that is no group of people: "reported" is a participle, no inner report
    ("The mayor said funds for schools reported in the budget would rise next year.",
     "would rise next year"),
    # a capitalised post-modified phrase is left to the other readings ("Staff" opens no name)
    ("The report said costs of the program told a different story.", "a different story"),
])
def test_no_inner_report(text, not_inner):
    assert not any(s == not_inner for s, _, _ in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, report", [
    ("The coach said the team had trained harder than ever this season, describing the new "
     "stadium as “a fortress” for the club.",
     "the team had trained harder than ever this season"),
    ("The minister said that the talks had made little progress, calling the proposal a waste "
     "of time.", "the talks had made little progress"),
    ("The lawyer argued that the evidence had been gathered without a warrant, accusing the "
     "police of cutting corners.", "the evidence had been gathered without a warrant"),
])
def test_report_ends_before_naming_participle(text, report):
    assert any(s == report for s, _, _ in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, report", [
    # a participle that is no cue of any pass stays in the report (the gold keeps "…, ruling
    # out that …", "…, reaching speeds of …" inside)
    ("The sheriff said the car drove for more than a mile, reaching speeds of 90 miles an hour.",
     "the car drove for more than a mile, reaching speeds of 90 miles an hour"),
])
def test_report_keeps_other_participle(text, report):
    assert any(s == report for s, _, _ in _reports(text)), _reports(text)


@pytest.mark.parametrize("text, report, mention, cue", [
    ("The governor took to Facebook to warn residents that the dam could fail by Friday.",
     "the dam could fail by Friday", "The governor", "warn"),
    ("The union used the hearing to argue that the new rules would cost thousands of jobs.",
     "the new rules would cost thousands of jobs", "The union", "argue"),
    ("She called a press conference to announce that the clinic would reopen in the spring.",
     "the clinic would reopen in the spring", "She", "announce"),
    # a second purpose infinitive is the act's second aim, not part of the report
    ("The senator used the debate to insist that the plan was affordable and to attack his "
     "rival's record on crime.", "the plan was affordable", "The senator", "insist"),
])
def test_purpose_infinitive_report(text, report, mention, cue):
    assert (report, mention, cue) in _reports(text), _reports(text)


@pytest.mark.parametrize("text", [
    # an infinitive after a verb of wanting or trying states nothing yet
    "The mayor wants to say that the bridge will reopen soon.",
    "The company refused to say that the factory would close next year.",
    "The group is trying to argue that the rules are unfair to small farms.",
])
def test_no_report_in_other_infinitives(text):
    assert _reports(text) == [], _reports(text)


@pytest.mark.parametrize("text, report", [
    ("When the minister announced that the plant would, in fact, stay open, the workers "
     "cheered in the yard.", "the plant would, in fact, stay open"),
    ("After the coach said that the striker had, of course, been injured all along, the fans "
     "went quiet.", "the striker had, of course, been injured all along"),
])
def test_parenthetical_inside_opening_clause(text, report):
    assert any(s == report for s, _, _ in _reports(text)), _reports(text)


def test_parenthetical_after_opening_clause_ends_it():
    # "however" after a clause's last word belongs to the main clause: the report stops
    # before the main clause ("the council voted …" is the author's)
    found = _reports("When the mayor said the bridge would reopen, however, the council voted "
                     "against the plan.")
    assert found and all("council" not in s for s, _, _ in found), found


@pytest.mark.parametrize("text, inner, mention, cue", [
    ("As the auditor noted, the ministry has admitted that its accounts were not checked for "
     "years.", "its accounts were not checked for years", "the ministry", "admitted"),
    ("Indeed, as Ms. Okafor pointed out, the company said that the recall would cost millions.",
     "the recall would cost millions", "the company", "said"),
])
def test_report_inside_as_framed_report(text, inner, mention, cue):
    found = _reports(text)
    assert (inner, mention, cue) in found, found
    assert len(found) == 2, found  # the "as" clause's report over the whole main clause too


def test_as_framed_report_without_inner_cue():
    # the main clause is no report: only the "as" clause's report
    found = _reports("As the auditor noted, the ministry has lost track of its accounts for "
                     "years.")
    assert len(found) == 1 and found[0][2] == "noted", found


@pytest.mark.parametrize("text, report", [
    ("Reporters were surprised by the minister’s claim that in all his years in office, he "
     "never met the contractor.", "in all his years in office, he never met the contractor"),
    ("The council rejected the mayor’s assertion that after the storm, the bridge had been "
     "safe to use.", "after the storm, the bridge had been safe to use"),
])
def test_noun_report_with_fronted_adverbial(text, report):
    assert any(s == report for s, _, _ in _reports(text)), _reports(text)


def test_relative_clause_after_noun_is_no_report():
    # "that" as the relative's object, even after a comma-less phrase: nothing reported
    assert _reports("The claims that he made in his speech were false.") == []
