"""Target-aware sentiment, English rules of the third round (issue 15): each rule on sentences of
our own. The NewsMTSC numbers that chose them are in docs/validation.md."""

from __future__ import annotations

import pytest

from discourse.measure.targeted import sentiment_toward


def span(sentence: str, mention: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(mention, start + 1)
    return start, start + len(mention)


def analyse(sentence: str, mention: str, nth: int = 0, **kw):
    a, b = span(sentence, mention, nth)
    return sentiment_toward(sentence, a, b, **kw)


def test_headline_single_quotes_are_the_speakers_words():
    s = "‘I have been much tougher and smarter than anyone,’ Smith tweeted."
    assert analyse(s, "Smith").is_speaker and analyse(s, "Smith").score == 0.0
    # an apostrophe inside the quotation does not close it
    s = "‘Smith’s plan is a wonderful success,’ Jones said."
    assert analyse(s, "Jones").score == 0.0
    assert analyse(s, "Smith").score > 0.3


def test_a_quotation_opened_in_the_sentence_before():
    # only the closing straight mark is in this sentence: the words before it are quoted
    s = 'But I am really optimistic and happy," Smith replied.'
    assert analyse(s, "Smith").is_speaker and analyse(s, "Smith").score == 0.0
    # a quotation that goes on into the next sentence is the speaker's too
    s = 'Smith said: "We are proud, grateful and happy'
    assert analyse(s, "Smith").score == 0.0
    s = "Smith said: “We are proud, grateful and happy"
    assert analyse(s, "Smith").score == 0.0


def test_a_report_that_names_its_source_last_is_the_sources_speech():
    s = "The attack was horrific, cruel and cowardly, the sheriff said."
    assert analyse(s, "the sheriff").score == 0.0
    # the same words before a target that is not the source still count
    assert analyse("The attack was horrific, cruel and cowardly, and the sheriff left.",
                   "the sheriff").score < -0.1
    s = "The plan was a disgrace and a failure, according to Smith."
    assert analyse(s, "Smith").score == 0.0
    s = "According to Smith, the plan was a disgrace and a failure."
    assert analyse(s, "Smith").score == 0.0


def test_a_quotation_about_the_target_weighs_more_than_narration():
    from dataclasses import replace

    from discourse.measure.targeted import DEFAULT_RULES

    quoted = "“Smith was a weak leader,” Jones said."
    told = "Smith was a weak leader, Jones wrote in a memo on Monday."
    assert DEFAULT_RULES.quoted_target_weight > 1
    assert analyse(quoted, "Smith").raw < analyse(told, "Smith").raw < 0
    plain = replace(DEFAULT_RULES, quoted_target_weight=1.0)
    assert analyse(quoted, "Smith").raw == pytest.approx(DEFAULT_RULES.quoted_target_weight * analyse(
        quoted, "Smith", params=plain).raw)
    # the speaker's words about someone else do not gain weight
    assert analyse(quoted, "Jones").score == 0.0


def test_a_verb_of_saying_reports_and_does_not_judge():
    # VADER reads "argued" (-1.5) and "warned" (-1.1) as negative
    assert analyse("Smith argued for the new budget on Tuesday.", "Smith").score == 0.0
    assert analyse("Smith warned the committee about the budget.", "Smith").score == 0.0
    # a word that casts doubt on what is said still counts
    assert analyse("Smith claimed the budget was balanced.", "Smith").score < 0


def test_a_place_or_recipient_is_seldom_the_one_judged():
    from discourse.measure.targeted import DEFAULT_RULES, ENGLISH

    assert "in" in ENGLISH.oblique_preps and 0 < DEFAULT_RULES.oblique_weight < 1
    place = analyse("The corrupt and incompetent governor lost the vote in Ohio.", "Ohio")
    person = analyse("The corrupt and incompetent governor Ohio lost the vote.", "Ohio")
    assert person.raw < 0
    assert place.raw == pytest.approx(DEFAULT_RULES.oblique_weight * analyse(
        "The corrupt and incompetent governor lost the vote for Ohio.", "Ohio").raw)
    # Russian has no such words: the rule is off there
    from discourse.measure.targeted import RUSSIAN

    assert not RUSSIAN.oblique_preps


def test_lone_quotation_marks_are_read_in_english_only():
    from discourse.measure.targeted import ENGLISH, RUSSIAN

    assert ENGLISH.lone_marks and not RUSSIAN.lone_marks
    s = "«Путин выступил с речью"  # the quotation goes on into the next sentence
    assert not analyse(s, "Путин", language=RUSSIAN).in_quote
    assert analyse(s, "Путин", language=ENGLISH).in_quote
