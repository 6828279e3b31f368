"""A sentence opener before a surname is no two-word name ("As Gianforte", "When Biden").

``person_runs`` reads capitalised runs of two to four words as candidate names and strips a
capitalised sentence opener ("But Jane Roe said" gives "Jane Roe"); when only the opener and one
word remain, the run is an opener and a surname, and a pronoun after it must not take "As
Gianforte" or "When Bethea" for a person (both were speakers on NewsMTSC sentences).
"""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import person_runs
from tests.attribute_en import first_speaker


def _runs(text: str) -> list[str]:
    return [text[a:b] for a, b in person_runs(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "As Gianforte moved closer, the room went quiet.",
    "When Bethea arrived, the doors were shut.",
    "But Kowalski left early.",
])
def test_an_opener_and_a_surname_is_no_name(text):
    assert _runs(text) == []


@pytest.mark.parametrize("text, name", [
    ("But Jane Roe left early.", "Jane Roe"),
    ("When Mary Ann Hale arrived, the doors were shut.", "Mary Ann Hale"),
    ("The deal was signed by Ann Lee on Monday.", "Ann Lee"),
])
def test_a_name_after_an_opener_is_still_found(text, name):
    assert _runs(text) == [name]


def test_the_pronoun_after_an_opener_and_a_surname_takes_no_made_up_name(dubois_registry, lex):
    mention, speaker = first_speaker(
        'As Gianforte moved on top of the reporter, he said, "I am sick and tired of this!"',
        dubois_registry, lex)
    assert (mention, speaker) == ("he", "")
