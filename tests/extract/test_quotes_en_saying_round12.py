"""Reported speech, round twelve (the misses of the fifth NewsMTSC saying set's dev part): a
bare plural subject right after a finite form of saying ("said prosecutors had not proven P",
"says officials were told"), which the cue scan took for a compound noun ("voice actors
weren't"); the author's setting, comparison or comment after the report (", amid the fallout
over …", ", compared with 22 percent of whites", ", lending support to …", "— something the
White House sought to play down"). English sentences of our own, with the negatives: topics
("discussed the budget", "announced his candidacy"), non-speech uses ("said to be", "the said
bill", "considered moving") and a noun compound before an auxiliary ("the voice actors
were")."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str, str]]:
    """(span text, cue, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    ("The judge said prosecutors had not proven beyond a reasonable doubt that he meant to kill.",
     "prosecutors had not proven beyond a reasonable doubt that he meant to kill", "The judge"),
    ("The mayor said residents were told to boil their water.",
     "residents were told to boil their water", "The mayor"),
    ("Ms. Park says officials have ignored the warnings for years.",
     "officials have ignored the warnings for years", "Ms. Park"),
    ("The senator told reporters lawmakers would return on Monday.",
     "lawmakers would return on Monday", "The senator"),
])
def test_bare_plural_subject_after_a_finite_cue(text, report, mention):
    found = _reports(text)
    assert any(r == report and m == mention for r, _, m in found), found


@pytest.mark.parametrize("text, report", [
    ("The chairwoman announced Sunday she will soon step down, amid the fallout over the emails.",
     "she will soon step down"),
    ("Most respondents said the police were at fault, compared with 22 percent a year ago.",
     "the police were at fault"),
    ("The speaker said she supports an inquiry, lending weight to the proceedings.",
     "she supports an inquiry"),
    ("The company said sales fell sharply, prompting a review of its plans.",
     "sales fell sharply"),
    ("An adviser said the president was considering firing him — something the White House "
     "denied.", "the president was considering firing him"),
])
def test_the_authors_adjunct_after_the_report_is_left_out(text, report):
    assert [r for r, _, _ in _reports(text)] == [report]


def test_a_comparison_the_speaker_makes_inside_the_report_stays():
    # "compared" without "with"/"to" is a verb of the report, no adjunct of the author's
    assert [r for r, _, _ in _reports(
        "The analyst said the two plans, compared side by side, would cost the same.")] == [
        "the two plans, compared side by side, would cost the same"]


@pytest.mark.parametrize("text", [
    "The committee discussed the budget for three hours on Tuesday.",
    "The governor announced his candidacy in Des Moines on Friday.",
    "The ship is said to be the largest ever built in the yard.",
    "The said bill was sent back to the committee last week.",
    "The board considered moving the meeting to the spring.",
    "Several anime voice actors were hired for the new series.",
    "The news anchors were replaced after the ratings fell.",
])
def test_no_report_in_topics_and_non_speech_uses(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, report, mention", [
    ("LaPierre said, Mr. Hutchinson would be the best representative for the group.",
     "Mr. Hutchinson would be the best representative for the group", "LaPierre"),
    ("The coach says, the players have earned a rest.",
     "the players have earned a rest", "The coach"),
    ("The spokesman told CNN, Mr. Ortiz had left the country in May.",
     "Mr. Ortiz had left the country in May", "The spokesman"),
])
def test_a_clause_after_said_and_a_comma_is_the_report(text, report, mention):
    found = _reports(text)
    assert any(r == report and m == mention for r, _, m in found), found


@pytest.mark.parametrize("text", [
    # a quotation after the comma is a direct quote, no report; an aside, no clause
    "She said, “We are ready for the vote.”",
    "When the coach said, the players left the field.",
    # a word in -ed after a preposition or a determiner is an adjective, no verb of a clause
    "Investigators revealed new details of a probe relating to purported illicit financing.",
    # a name between "a" and the form: the noun ("a Senate rule"), no cue
    "She was silenced for violating a Senate rule against impugning the motives of a senator.",
])
def test_no_report_after_a_comma_aside_an_adjective_or_a_noun(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    # after "X said," a participle with an adverb, or the predicate of an interrupted sentence
    "“Laws should not be ashamed of mercy,” Kennedy said, perhaps drawing on his faith as he "
    "petitioned his audience.",
    "Hyten’s job, he said, is to “create the conditions for diplomacy to work.”",
])
def test_no_report_from_an_adverb_or_a_verb_after_said_and_a_comma(text):
    assert not any(r.startswith(("perhaps", "is to")) for r, _, _ in _reports(text))


@pytest.mark.parametrize("text, report", [
    ("The official insisted that the agency was “not an investigative body” in November and "
     "called the arrest a “sovereign” matter.", "the agency was “not an investigative body” in November"),
    ("The senator said the governor is a liar and called the plan a disgrace.",
     "the governor is a liar"),
    ("The candidate said the voters should decide, citing the refusal to hold hearings in 2016.",
     "the voters should decide"),
])
def test_the_speakers_next_act_or_reason_ends_the_report(text, report):
    assert [r for r, _, _ in _reports(text)] == [report]


def test_a_past_report_with_its_own_coordinated_verb_stays_whole():
    # "lied and cheated": the report's own subject did both; no naming verb, no cut
    assert [r for r, _, _ in _reports("The judge said the defendant lied and cheated for years.")] == [
        "the defendant lied and cheated for years"]


def test_citing_after_a_closing_attribution_is_no_report_of_its_own():
    found = _reports("An official said agents arrested her with $25,000 in her purse, the New York "
                     "Post reported, citing federal authorities.")
    assert found and not any(r.startswith("citing") for r, _, _ in found)


@pytest.mark.parametrize("text, mention", [
    ("Kelly said the plan would fail.", "Kelly"),  # first in its sentence, a name's ending
    ("Emily said the plan would fail.", "Emily"),
    ("Emily Connolly told reporters the vote was rigged.", "Emily Connolly"),
    ("Sen. Kelly said the plan would fail.", "Sen. Kelly"),
    ("Finally, Kelly said the plan would fail.", "Kelly"),
    ("He audibly said the plan would fail.", "He"),  # a lower-case "-ly" is an adverb
])
def test_a_capitalised_name_in_ly_is_the_subject_not_an_adverb(text, mention):
    assert [r[2] for r in _reports(text)] == [mention]


@pytest.mark.parametrize("text", [
    "Racially charged quips on Roseanne led to a flurry of criticism.",
    "Actually said he would go.",
])
def test_a_capitalised_adverb_first_in_its_sentence_names_nobody(text):
    assert _reports(text) == []
