"""Reported speech in whole articles (issue 14, the dev11 round): what recurs across the fresh
split dev11 and the earlier Wikinews dev splits. An approximate or added count is what was
reported ("reported one more case", "confirmed over 20 deaths"). English sentences of our own,
with the negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.counts import approximate_count
from discourse.extract.quotes.tokens import Toks, token_columns


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, span text, cue, mention) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    return [(s, m) for k, s, _, m in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("The county health officer reported one more case at the care home on Friday.",
     "one more case at the care home on Friday", "The county health officer"),
    ("The ministry confirmed over 20 deaths in the northern provinces.",
     "over 20 deaths in the northern provinces", "The ministry"),
    ("Regional officials reported nearly two dozen injuries after the storm.",
     "nearly two dozen injuries after the storm", "Regional officials"),
    ("The agency reported one new infection among the crew.",
     "one new infection among the crew", "The agency"),
])
def test_an_approximate_or_added_count_is_reported(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("words, k, expected", [
    ("reported over 370 cases", 1, True),
    ("reported almost fifty cases", 1, True),
    ("reported one more case", 1, True),
    ("reported one of the cases", 1, False),   # a partitive, no count
    ("reported one day later", 1, False),
    ("reported around 2015 that", 1, False),   # a year, no count
    ("reported over the weekend", 1, False),   # a preposition
])
def test_approximate_count_reads_counts_only(words, k, expected):
    assert approximate_count(Toks(*token_columns(words)), k) is expected


def test_a_topic_after_the_cue_stays_no_report():
    assert _reports("The mayor reported on the weekend's events to the council.") == []


@pytest.mark.parametrize("text, parts, mention", [
    ("The two gunmen, according to the regional police, fled.",
     ["The two gunmen", "fled"], "the regional police"),
    ("Marsh, they said, wanted no funeral and no flowers.",
     ["Marsh", "wanted no funeral and no flowers"], "they"),
])
def test_both_parts_of_an_interrupted_report_however_short(text, parts, mention):
    got = _reports(text)
    for part in parts:
        assert (part, mention) in got


@pytest.mark.parametrize("text", [
    "Marsh, a farmer, arrived.",                  # an apposition, nobody speaks
    "On Monday, according to the schedule, the talks resume.",   # no short part to keep
    "Indeed, the station reported, the mayor resigned.",    # a sentence adverb, no report
    "They are, according to the rules, to be protected.",   # after a copula: no clause
])
def test_no_short_part_without_an_interrupting_source(text):
    assert all(len(s.split()) >= 3 for s, _ in _reports(text))


@pytest.mark.parametrize("text, report, mention", [
    ("The launch depends on the weather, which Space Agency Director Ana Ruiz has said may "
     "improve by Friday.", "may improve by Friday", "Space Agency Director Ana Ruiz"),
    ("They attacked the new voting rules, which critics have said amounted to a purge.",
     "amounted to a purge", "critics"),
    ("The fee, which the mayor has explained derives from a 1950s statute, stuck.",
     "derives from a 1950s statute", "the mayor"),
    ("The council, which Smith said had met twice, adjourned.", "had met twice", "Smith"),
])
def test_the_predicate_after_which_x_said_opens_with_any_finite_verb(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The report, which he said in 2019, was wrong.",             # an adverbial, no predicate
    "The budget which they believed was balanced ran a deficit.",  # belief, not saying
])
def test_no_relative_report_without_a_finite_verb_or_a_saying(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The ecologist has reported a correlation with the arrival of seals in the bay.",
     "a correlation with the arrival of seals in the bay"),
    ("Engineers reported a new mechanism by which salt water corrodes the cables.",
     "a new mechanism by which salt water corrodes the cables"),
])
def test_a_relation_found_is_reported(text, report):
    assert report in [s for s, _ in _reports(text)]


def test_a_link_is_no_content_head():
    assert _reports("The office reported the link to the new website.") == []


@pytest.mark.parametrize("text, report, mention", [
    ("The Georgians claim they were defending the border.", "they were defending the border",
     "The Georgians"),
    ("The Liberals state the tax will be repealed.", "the tax will be repealed", "The Liberals"),
])
def test_a_group_named_with_the_speaks_in_the_present(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The Texas state law was changed in May.",           # a compound noun
    "The Senators state championship was held in May.",  # no clause after the noun
])
def test_a_compound_noun_stays_no_cue(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The coast guard told The Jakarta Post it was ending the search.", "it was ending the search"),
    ("The senator told The Hill there would be a vote next week.", "there would be a vote next week"),
])
def test_it_or_there_and_an_auxiliary_open_the_clause_after_a_listener(text, report):
    assert report in [s for s, _ in _reports(text)]


def test_a_story_told_stays_no_report():
    assert _reports("He told the story it was based on.") == []


@pytest.mark.parametrize("text, report, mention", [
    ("In the wake of the director's death, his deputy said, the museum closed for a week.",
     "the museum closed for a week", "his deputy"),
    ("On Friday in Leeds, England, according to the police, a van struck two cyclists.",
     "a van struck two cyclists", "the police"),
])
def test_a_framing_phrase_before_the_source_is_no_report(text, report, mention):
    assert _reports(text) == [(report, mention)]


def test_a_clause_before_the_source_stays_a_part():
    got = _reports("After the ballots were counted, the clerk said, the result was clear.")
    assert ("After the ballots were counted", "the clerk") in got


@pytest.mark.parametrize("text, report", [
    ("The board chose him, which members said explained why he had no rival.",
     "explained why he had no rival"),
    ("She listed the towns that he said suffered the worst damage: Ely and Hull.",
     "suffered the worst damage"),
    ("The nickname, which he has explained derives from a cartoon, stuck with him.",
     "derives from a cartoon"),
])
def test_a_relative_predicate_ends_at_the_main_clause_or_a_colon(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "The governor threatened to cut funds from counties that did not comply.",
    "The two states agreed on a line along the river that would split the valley.",
])
def test_a_relative_that_after_a_noun_opens_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report", [
    ("The minister said in his letter that the talks would resume.", "the talks would resume"),
    ("The mayor said in her letter that classified files will be released.",
     "classified files will be released"),
])
def test_a_that_clause_after_an_adverbial_stays_a_report(text, report):
    assert report in [s for s, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    "The comedian posted a podcast dedicated to his late friend.",
    "The research team posted their findings online before publication.",
])
def test_posting_a_thing_is_no_report(text):
    assert _reports(text) == []


def test_posting_that_is_still_a_report():
    assert ("he would run again", "The senator") in _reports("The senator posted that he would run again.")


def test_a_participle_after_on_weekday_reports_for_the_main_subject():
    got = _reports("The prime minister posted a message on Facebook on Friday announcing he had "
                   "tested positive for the virus.")
    assert ("he had tested positive for the virus", "The prime minister") in got


@pytest.mark.parametrize("text, report, mention", [
    ("The appeals court found that the county could not ban the march.",
     "the county could not ban the march", "The appeals court"),
    ("The unanimous court decided the contract was void, sending the case back.",
     "the contract was void", "The unanimous court"),
    ("The judge determined the defendant's record made him a flight risk.",
     "the defendant's record made him a flight risk", "The judge"),
])
def test_a_courts_ruling_is_its_report(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    "The jury found him guilty on all counts.",              # no clause
    "The judge decided to postpone the hearing.",             # an infinitive: a decision
    "The court held a hearing on Monday.",
    "The researchers found that the sharks had left the bay.",    # a finding, no court
    "This year the jury decided two pianists had played well enough for a prize.",  # a contest
])
def test_no_ruling_without_a_court_and_a_clause(text):
    assert _reports(text) == []
