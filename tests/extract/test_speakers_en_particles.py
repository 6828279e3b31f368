"""Names with lower-case particles and ministers' portfolios: the mention and the speaker name.

"Ayman al-Zawahiri", "Mohammed bin Salman", "Charles de Gaulle" and "Ursula von der Leyen" are
whole names: a reader of capitalised words cut them ("Ayman") or kept their end ("Salman",
"Gaulle"); "Minister of Foreign Affairs Abdulaziz Kamilov" is Abdulaziz Kamilov, not "Affairs
Abdulaziz Kamilov". The sentences are written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.en import ENGLISH
from discourse.extract.speakers.lang.en_particles import particle_tail
from discourse.extract.speakers.names import name_in_mention
from discourse.text.particles import is_joined_particle

LEAD = "The talks ended on Tuesday in the capital after a long day.\n\n"


def _one(sentence: str) -> dict:
    articles = pd.DataFrame({"doc_id": ["a"], "text": [LEAD + sentence]})
    quotes = extract_attributed_quotes(articles)
    assert len(quotes) == 1, quotes[["text", "speaker_mention"]]
    return quotes.iloc[0].to_dict()


@pytest.mark.parametrize(("attribution", "mention", "speaker"), [
    ("said Ayman al-Zawahiri", "Ayman al-Zawahiri", "Ayman al-Zawahiri"),
    ("said President Abdel Fattah el-Sisi", "President Abdel Fattah el-Sisi",
     "Abdel Fattah el-Sisi"),
    ("said Osama bin Laden", "Osama bin Laden", "Osama bin Laden"),
    ("said Charles de Gaulle", "Charles de Gaulle", "Charles de Gaulle"),
    ("said Mark van der Berg", "Mark van der Berg", "Mark van der Berg"),
    ("said Minister of Information Moammar al-Eryani",
     "Minister of Information Moammar al-Eryani", "Moammar al-Eryani"),
    ("said Minister of Foreign Affairs Abdulaziz Kamilov",
     "Minister of Foreign Affairs Abdulaziz Kamilov", "Abdulaziz Kamilov"),
    ("said Secretary of Homeland Security Kirstin Nilsen",
     "Secretary of Homeland Security Kirstin Nilsen", "Kirstin Nilsen"),
    ("said Secretary of State John Smithers", "Secretary of State John Smithers", "John Smithers"),
])
def test_particles_and_portfolios_in_the_speaker(attribution: str, mention: str,
                                                 speaker: str) -> None:
    got = _one(f'"We will respond to this attack," {attribution}.')
    assert (got["speaker_mention"], got["speaker"], got["camp"]) == (mention, speaker, "unknown")


def test_an_appositive_after_a_name_with_a_particle_is_read_as_after_any_name() -> None:
    plain = _one('"We will respond to this attack," said Yousef Otaiba, the ambassador.')
    joined = _one('"We will respond to this attack," said Yousef al-Otaiba, the ambassador.')
    assert plain["speaker_mention"] == "Yousef Otaiba, the ambassador"
    assert joined["speaker_mention"] == "Yousef al-Otaiba, the ambassador"
    assert joined["speaker"] == "Yousef al-Otaiba"


@pytest.mark.parametrize(("mention", "name"), [
    ("Crown Prince Mohammed bin Rashid", "Mohammed bin Rashid"),
    ("Ayman al-Zawahiri", "Ayman al-Zawahiri"),
    ("Ohio Gov. John Kasich", "John Kasich"),
    ("Minister of Information Moammar al-Eryani", "Moammar al-Eryani"),
    ("Defense Secretary Mark Espinal", "Mark Espinal"),
])
def test_name_in_mention(mention: str, name: str) -> None:
    got = name_in_mention(mention, ENGLISH)
    assert got is not None and got[0].endswith(name)


@pytest.mark.parametrize("mention", [
    "an al-Qaeda spokesman",  # an organisation's name in a description, no person's name
    "Southern's Vice President for Academic Affairs",  # a portfolio, no name after it
    "Members of the committee",
])
def test_no_name_in_mention(mention: str) -> None:
    assert name_in_mention(mention, ENGLISH) is None


def test_national_security_adviser_keeps_its_words() -> None:
    # no title before "National Security": the portfolio words are not dropped there
    assert name_in_mention("National Security Adviser John Bolt", ENGLISH) == (
        "National Security Adviser John Bolt", "Bolt")


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("said Ayman al-Zawahiri on Monday", "Ayman", "Ayman al-Zawahiri"),
    ("said Mohammed bin Rashid al-Maktoum.", "Mohammed", "Mohammed bin Rashid al-Maktoum"),
    ("said Ursula von der Leyen, the president", "Ursula", "Ursula von der Leyen"),
    ("said Maria de la Cruz", "Maria", "Maria de la Cruz"),
    ("said Smith de facto", "Smith", "Smith"),  # no capitalised word after the particle
    ("said Smith al fresco", "Smith", "Smith"),
    ("said the al-Qaeda leader", "the", "the"),  # the mention does not end in a capital
])
def test_particle_tail(text: str, name: str, whole: str) -> None:
    ms = text.index(name)
    assert text[ms:particle_tail(text, ms, ms + len(name))] == whole


def test_joined_particles() -> None:
    assert is_joined_particle("el-Sisi") and is_joined_particle("bin-Laden")
    assert not is_joined_particle("al-") and not is_joined_particle("also-ran")
