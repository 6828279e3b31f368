"""English speakers named by their relation to somebody else with a title between ("a spokesman
for President Vladimir Putin", "the wife of President Obama", "a lawyer for Russian opposition
leader Alexei Navalny"): the titled person is whose spokesman, wife or lawyer speaks, not the
speaker. They resolved to Putin, Obama and Navalny. A title of the head stays the head's
("Secretary of State Mike Pompeo", "Counselor to the President Kellyanne Conway"). And a bare
"the website" is no voice of the last organisation named. Sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes

ARTICLE = ("Russia and the United States met in Geneva. Barack Obama and Vladimir Putin spoke. "
           "Alexei Navalny was jailed.\n\n")


def speaker(sentence: str) -> tuple[str, str]:
    """``(speaker, camp)`` of the one quote of a short article ending with ``sentence``."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [ARTICLE + sentence]}),
                                  actors=load_actors())
    [row] = list(q.itertuples())
    return (row.speaker if isinstance(row.speaker, str) else "", row.camp)


@pytest.mark.parametrize("sentence", [
    "A spokesman for President Vladimir Putin said the talks would continue.",
    "The wife of President Obama said the campaign would continue.",
    "A lawyer for Russian opposition leader Alexei Navalny said the appeal would be filed.",
    "Aides to former President Obama said the talks would continue next week.",
], ids=["spokesman-for-president", "wife-of-president", "lawyer-for-leader", "aides-to-former"])
def test_the_titled_person_after_the_preposition_is_not_the_speaker(sentence):
    assert speaker(sentence) == ("", "unknown")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Secretary of State Mike Pompeo said the talks would continue.", "Mike Pompeo"),
    ("Minister of Foreign Affairs Sergey Lavrov said the talks would continue.", "Sergey Lavrov"),
    ("President Vladimir Putin said the talks would continue.", "Vladimir Putin"),
], ids=["secretary-of-state", "minister-of-foreign-affairs", "titled-speaker"])
def test_a_name_after_its_own_title_is_the_speaker(sentence, expected):
    assert speaker(sentence)[0] == expected


def test_a_bare_website_is_no_voice_of_the_last_organisation():
    # "The website" after "Znak.com reported" resolved to the FSB, the last registry organisation
    # named: a website is a medium's as often as an institution's; the institution's own website
    # names it ("The Kremlin website said")
    text = ("MOSCOW. The FSB said the attackers were killed.\n\nZnak.com reported that three people "
            "died in the blast on Monday.\n\nThe website further reported that a fourth offender "
            "escaped and remains wanted.\n\nThe Kremlin website said the president would visit "
            "the city on Friday.\n")
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}),
                                  actors=load_actors())
    got = [(m, s if isinstance(s, str) else "") for m, s in zip(q["speaker_mention"], q["speaker"])]
    assert got[2:] == [("The website", ""), ("The Kremlin website", "Kremlin")]
