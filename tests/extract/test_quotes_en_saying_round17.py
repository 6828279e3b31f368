"""Reported speech, round seventeen (the misses of the seventh NewsMTSC saying set's dev part and
the mention boundaries found in the English example corpus): speaker mentions that a domain's
dot cut ("Znak.com"), that a hedge opens ("seemingly Honcharuk") or an adverb closes ("the
ministry further"), or that run over the channel ("via news agency Interfax"); "P, <place>,
said Name." (a place in apposition before the cue); "added to that anger" (no speech);
"Name: proposition" headlines. English sentences of our own, with the negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, span text, cue, mention) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    return [(s, m) for k, s, _, m in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize("text, report, mention", [
    # a domain name is one mention, not the part after its dot
    ("Lenta.ru reported the governor had resigned on Monday.",
     "the governor had resigned on Monday", "Lenta.ru"),
    ("Later, Politico.com said the vote would be delayed.", "the vote would be delayed",
     "Politico.com"),
    # a hedge before the name qualifies the attribution
    ("In the recording someone, apparently Smith, says the money had already been moved.",
     "the money had already been moved", "Smith"),
    # an adverb between the subject and its verb is not part of the speaker
    ("The Interior Ministry further indicated that no other vehicles were involved.",
     "no other vehicles were involved", "The Interior Ministry"),
    ("The county sheriff's office subsequently confirmed that two deputies were injured.",
     "two deputies were injured", "The county sheriff's office"),
    # the channel the words came through is not the speaker
    ("The bus was headed to a football match, according to the mayor of Tula via news agency "
     "TASS.", "The bus was headed to a football match", "the mayor of Tula"),
])
def test_mention_boundaries(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


@pytest.mark.parametrize("text, mention", [
    # names and nouns in -ly, and a mention of one word, stay as they are
    ("The family said the boy had been found safe.", "The family"),
    ("Kelly said the boy had been found safe.", "Kelly"),
    ("Senator Emily Daly said the boy had been found safe.", "Senator Emily Daly"),
    ("The assembly said the budget had been approved.", "The assembly"),
])
def test_mentions_that_end_in_ly_are_kept(text, mention):
    assert [m for _, m in _reports(text)] == [mention]


@pytest.mark.parametrize("text, report, mention", [
    ("Officers arrested the driver near Dayton, Ohio, said Chief Ann Marsh.",
     "Officers arrested the driver near Dayton, Ohio", "Chief Ann Marsh"),
    ("The plant will close in June in Flint, Michigan, said Mary Barra, the company's chief "
     "executive.", "The plant will close in June in Flint, Michigan",
     "Mary Barra"),  # (the speaker pass extends the mention over its apposition)
    ("The tax bill passed in Albany, New York, said Governor Hochul on Tuesday.",
     "The tax bill passed in Albany, New York", "Governor Hochul"),
])
def test_an_inverted_tail_after_a_place_in_apposition(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


def test_a_name_in_apposition_before_a_verb_with_an_object_is_no_tail():
    # "…, the campaign's director, Tim Murtaugh, declared victory": the name is the subject
    assert _reports("Voters in Ohio backed the plan, the campaign's director, Tim Murtaugh, "
                    "declared victory.") == []


def test_added_to_a_noun_is_no_speech():
    text = ("The chief added to that anger on Thursday when he said that the video was unclear, "
            "though he insisted that the account was correct.")
    found = _reports(text)
    assert all(not s.startswith("that anger") for s, _ in found), found
    assert ("the video was unclear", "he") in found
    assert [s for s, _ in _reports("The mayor added to reporters that the road would reopen.")] == [
        "the road would reopen"]


@pytest.mark.parametrize("text, report, mention", [
    ("Hartley: Trump hasn't shown the judgment to lead the party\nHartley said on Sunday that "
     "the president should step aside.",
     "Trump hasn't shown the judgment to lead the party", "Hartley"),
    ("March 3, 2019 -- Susan Collins: The tariffs will hurt farmers in Maine",
     "The tariffs will hurt farmers in Maine", "Susan Collins"),
    ("Gary Mendel: Congress must pass the bill this year", "Congress must pass the bill this year",
     "Gary Mendel"),
])
def test_a_name_colon_proposition_headline_is_a_report(text, report, mention):
    found = [(s, c, m) for k, s, c, m in _quotes(text) if k == "indirect"]
    assert (report, ":", mention) in found, found


@pytest.mark.parametrize("text", [
    "Editorial: The city must fix its roads before winter",
    "The Latest: Senate passes the budget bill",
    "Exclusive: Officials say the plant will close",
    "- Ohio: A new poll shows the governor is ahead",
    "Photograph: Jane Smith for the Observer",
    # a column's title in marks, a question
    "—Mulshine: “The upcoming rally: Will this be his moment?”",
    "Mulshine: Will this be the governor's moment?",
    # a transcript: several labelled lines, in capitals or not
    "CORNISH: That's the mayor.\nSMITH: We will be ready by Monday.",
    "Tim Alberta: Well, I assumed that he would run.\nJeff Roe: She is, but I would like to wait.",
    # a topic: a participle headline, a noun phrase; a description in title case
    "Aaron Holt: Navy Yard gunman treated for paranoia",
    "Asia Bibi: Pakistan Supreme Court's historic ruling",
    "Old White Guys: The party is led by a couple of old men",
    # a possessive, not a speaker
    "Obama's Sunny Presser: Millions will have insurance next year",
])
def test_no_headline_report(text):
    assert [q for q in _quotes(text) if q[2] == ":"] == []


@pytest.mark.parametrize("text, report, mention", [
    ("He backed a strategy which Democrats warn could result in a shutdown of the government.",
     "could result in a shutdown of the government", "Democrats"),
    ("She voted for a bill that economists warn will cost billions of dollars.",
     "will cost billions of dollars", "economists"),
    ("He backed the plan that critics claim will fail within a year.",
     "will fail within a year", "critics"),
])
def test_a_present_verb_of_saying_in_a_relative_clause(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


@pytest.mark.parametrize("text", [
    "Her warnings could not be ignored by the board.",
    "The rules that warn drivers could be dropped next year.",
])
def test_no_relative_report_without_a_subject_before_the_verb(text):
    assert _reports(text) == []


def test_despite_name_saying_after_a_comma():
    text = ("Lew said the White House is willing to negotiate, despite President Obama repeatedly "
            "saying he won't have those talks.")
    assert ("he won't have those talks", "President Obama") in _reports(text), _reports(text)
    # opening the sentence, the report would run over the main clause: none is read
    assert all(m != "Obama" for _, m in _reports(
        "Despite Obama saying he won't have those talks, Lew will talk to them."))


@pytest.mark.parametrize("text, report, mention", [
    ("Pence blasts Democrats, says impeachment is a sham", "impeachment is a sham", "Pence"),
    ("Jane Smith slams budget deal, says the cuts will hurt schools",
     "the cuts will hurt schools", "Jane Smith"),
    ("Trump wins Nevada, says he loves the voters there", "he loves the voters there", "Trump"),
])
def test_name_verbs_object_comma_says_p(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    # an inverted tail and a subject with a relative clause keep their readings
    ("The Senate passed the bill, says Smith.", "The Senate passed the bill", "Smith"),
    ("The senator, who leads the panel, says the bill is dead.", "the bill is dead",
     "The senator"),
])
def test_comma_says_keeps_other_readings(text, report, mention):
    assert _reports(text) == [(report, mention)]
