"""Reported speech in whole articles (issue 14, the dev12 round): an approximate count opening
the report after the cue's adverbials ("said on Saturday, about 20 buildings collapsed").
English sentences of our own, with the negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.en.count_clause import opens_count_clause
from discourse.extract.quotes.tokens import Toks, token_columns


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("Regional officials said on Sunday, about 40 houses were destroyed by the flood.",
     "about 40 houses were destroyed by the flood", "Regional officials"),
    ("Regional officials said on Sunday about 40 houses were destroyed by the flood.",
     "about 40 houses were destroyed by the flood", "Regional officials"),
    ("The fire service said in its update, at least 12 people were taken to hospital.",
     "at least 12 people were taken to hospital", "The fire service"),
    ("The organisers announced on Twitter on Friday, more than 300 runners had signed up.",
     "more than 300 runners had signed up", "The organisers"),
])
def test_a_count_after_the_adverbials_opens_the_report(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text", [
    # a topic, no number
    "The mayor spoke on Sunday, about the bridge and the road.",
    # a number with no clause after it
    "The mayor spoke on Sunday about 40 minutes after the vote.",
])
def test_no_report_without_a_counted_clause(text):
    assert _reports(text) == []


def _toks(text: str) -> Toks:
    return Toks(*token_columns(text))


@pytest.mark.parametrize("words, expected", [
    ("about 40 houses were destroyed .", True),
    ("at least 12 people were taken to hospital .", True),
    ("nearly two dozen homes burned down .", True),
    ("about the plan for the bridge .", False),
    ("at the station the trains stopped .", False),
    ("40 houses were destroyed .", False),
])
def test_opens_count_clause(words, expected):
    toks = _toks(words)
    assert opens_count_clause(toks, 0, len(toks.words) - 1) is expected


# "According to X, a <description>, P": the description is X's appositive (according_apposition)
@pytest.mark.parametrize("text, report, mention", [
    ("According to Northwind, a shipping company, two of its vessels were held at the port.",
     "two of its vessels were held at the port", "Northwind, a shipping company"),
    ("According to Tom Hale, a lawyer for the family, the trial will start in May.",
     "the trial will start in May", "Tom Hale, a lawyer for the family"),
])
def test_an_article_appositive_after_the_source_is_passed(text, report, mention):
    assert (report, mention) in _reports(text)


@pytest.mark.parametrize("text, report", [
    # an age between commas: the report opens with the noun phrase
    ("According to police, a man, 34, was killed in the crash.", "a man, 34, was killed in the crash"),
    # no second comma before the verb: the article opens the report
    ("According to the Herald, a man was killed and two others were hurt.",
     "a man was killed and two others were hurt"),
])
def test_an_article_phrase_that_opens_the_report_stays(text, report):
    assert report in [r for r, _ in _reports(text)]


# "X said P, with Y claiming Q": two reports (with_participle)
@pytest.mark.parametrize("text, first, second", [
    ("The pilot told investigators he lost power, with some witnesses claiming the engine had "
     "caught fire.", ("he lost power", "The pilot"),
     ("the engine had caught fire", "some witnesses")),
    ("The coach said the team played well, with several players saying the pitch was too wet.",
     ("the team played well", "The coach"), ("the pitch was too wet", "several players")),
])
def test_a_with_clause_of_saying_ends_the_report(text, first, second):
    got = _reports(text)
    # the second report's speaker is read after "with" by the attribution (en_inner), not here
    assert first in got and second[0] in [r for r, _ in got]


def test_a_with_clause_without_a_cue_stays_in_the_report():
    text = "The mayor said the road would reopen soon, with work starting on Monday."
    assert [r for r, _ in _reports(text)] == ["the road would reopen soon, with work starting on Monday"]


@pytest.mark.parametrize("words, cue_at, expected", [
    ("he lost power , with some witnesses claiming the engine failed", 7, 3),
    ("he lost power , claiming the engine failed", 4, None),
    ("he lost power , and some witnesses claiming the engine failed", 7, None),
])
def test_with_participle_comma(words, cue_at, expected):
    from discourse.extract.quotes.lang.en.with_participle import with_participle_comma

    assert with_participle_comma(_toks(words), cue_at) == expected


# "X, <appositive>, killed Y, according to Z.": the sentence before the source (according_close)
def test_a_predicate_before_a_closing_source_is_the_report():
    text = ("A third storm on Monday, forty kilometres away in a coastal village near the port, "
            "destroyed two houses, according to rescuers.")
    assert ("A third storm on Monday, forty kilometres away in a coastal village near the port, "
            "destroyed two houses") in [r for r, _ in _reports(text)]


@pytest.mark.parametrize("text", [
    # an act of asking before the source: the source of a quote to come, no report
    "Tom Hale, the top Democrat on the committee, asked Lee, according to a transcript.",
])
def test_an_act_of_saying_before_a_closing_source_is_no_report(text):
    assert _reports(text) == []


# ", stated Minister Ann al-Hadi, Q": a name with a lower-case particle closes the attribution
def test_an_inverted_attribution_reads_a_name_with_a_particle():
    text = ("The fire was set in a storeroom near the market, stated Interior Minister Samir "
            "al-Hadi, and spread to the harbour.")
    got = _reports(text)
    assert ("The fire was set in a storeroom near the market",
            "Interior Minister Samir al-Hadi") in got
    assert ("and spread to the harbour", "Interior Minister Samir al-Hadi") in got


@pytest.mark.parametrize("words, e, expected", [
    ("said Samir al-Hadi , and", 2, 3),
    ("said Maria dos Santos , and", 2, 4),
    ("said Jan van der Berg , and", 2, 5),
    ("said Samir , and", 2, 2),
    ("said the al-Hadi , and", 2, 2),  # no capitalised word before the particle
])
def test_name_end(words, e, expected):
    from discourse.extract.quotes.lang.en.name_particles import name_end

    toks = _toks(words)
    assert name_end(toks, e, len(toks.words)) == expected
