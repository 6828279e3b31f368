"""Tests for discourse.measure.stance_language: the function words the stance rules read."""

from __future__ import annotations

from discourse.measure import stance
from discourse.measure.stance_language import ENGLISH, LANGUAGES, RUSSIAN, stance_language


def test_each_language_has_its_rules_and_others_are_read_as_english():
    assert LANGUAGES["en"] is ENGLISH and LANGUAGES["ru"] is RUSSIAN
    assert stance_language("Мы осуждаем агрессию России.") is RUSSIAN
    assert stance_language("We condemn the aggression.") is ENGLISH
    # a code without rules of its own is read by the English rules
    assert stance_language("Wir verurteilen das.", "de") is ENGLISH
    # the stance module still offers the same names
    assert stance.RUSSIAN is RUSSIAN and stance.stance_language is stance_language


def test_english_owners_and_links():
    # possessives and demonym adjectives own the word after them; plain names do not
    assert ENGLISH.owner("west's") and ENGLISH.owner("western") and ENGLISH.owner("russian")
    assert not ENGLISH.owner("russia") and not ENGLISH.owner("nato")
    assert {"because", "and", "which"} <= ENGLISH.links
    assert ENGLISH.is_negator("doesn't") and not ENGLISH.is_negator("note")
    # Russian reads the genitive instead and has no owner rule
    assert RUSSIAN.owner is None and RUSSIAN.doer_after_noun is not None
