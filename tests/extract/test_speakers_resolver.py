"""Evidence before a camp: descriptions and pronouns reach a registry actor only when the article
names it (or, for an institution, its country); otherwise the speaker stays unknown."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes

# Camps that an article never naming Russia, Belarus or Ukraine cannot give anyone.
FOREIGN = {"russian_official", "belarusian_official", "ukrainian_official", "opposition"}
COUNTRIES = ("RUS", "BLR", "UKR")


@pytest.fixture(scope="module")
def registry():
    return load_actors()


def _attribute(registry, text: str, date: str = "2020-09-10") -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "date": [date]})
    return extract_attributed_quotes(arts, actors=registry)


def _speaker_of(got: pd.DataFrame, mention: str) -> tuple[str, str]:
    row = got[got["speaker_mention"] == mention].iloc[0]
    return row["speaker"], row["camp"]


@pytest.mark.parametrize("text, mention", [
    ("A man was stabbed in Leeds on Friday. Police said the suspect had fled.", "Police"),
    ("A fire broke out in Ohio. “We are investigating,” the police said.", "the police"),
    ("The city council met on Monday. The mayor said the budget was balanced.", "The mayor"),
    ("A crash closed the M4. “I saw it all,” a man told reporters.", "a man"),
    ("The club lost again. The team said it would appeal the ban.", "The team"),
    ("The ruling was appealed. His lawyers said the verdict was unjust.", "His lawyers"),
])
def test_a_description_without_evidence_stays_unknown(registry, text, mention):
    assert _speaker_of(_attribute(registry, text), mention) == ("", "unknown")


def test_a_pronoun_does_not_follow_an_unfounded_institution(registry):
    got = _attribute(registry, "Two men were arrested in Bristol. Police said they had been "
                               "armed. They said the men would appear in court on Monday.")
    assert set(got["camp"]) == {"unknown"}


def test_an_institution_resolves_where_the_article_names_its_country(registry):
    got = _attribute(registry, "Protesters marched in Minsk, Belarus, on Sunday. Police said "
                               "that two hundred people had been detained.")
    assert _speaker_of(got, "Police") == ("Ministry of Internal Affairs of Belarus",
                                          "belarusian_official")


def test_a_person_resolves_where_named_before_or_by_the_country_in_the_description(registry):
    named = _attribute(registry, "Vitali Klitschko opened the bridge. The mayor said that it "
                                 "would carry ten thousand cars a day.")
    assert _speaker_of(named, "The mayor") == ("Vitali Klitschko", "ukrainian_official")
    country = _attribute(registry, "The Russian president said that talks would go on.")
    assert _speaker_of(country, "The Russian president")[1] == "russian_official"
    # the country named elsewhere is no evidence that an unnamed person is its mayor
    elsewhere = _attribute(registry, "Kyiv sent aid to Ohio. The mayor said that the city "
                                     "was grateful.")
    assert _speaker_of(elsewhere, "The mayor") == ("", "unknown")


def test_a_name_modifying_a_description_is_not_the_speaker(registry):
    got = _attribute(registry, "Alexei Navalny was detained. Associates of Navalny said that "
                               "he had been taken to a police station.")
    speaker, camp = _speaker_of(got, "Associates of Navalny")
    assert speaker != "Alexei Navalny"


def _names_none_of_the_countries(registry, text: str) -> bool:
    words = "|".join(re.escape(" ".join(w)) for c in COUNTRIES for w in registry.countries[c])
    if re.search(rf"\b(?:{words}|kremlin|soviet)", text, re.IGNORECASE):
        return False
    return not any(m.actor.country in COUNTRIES or m.actor.camp in FOREIGN
                   or any(r.camp in FOREIGN for r in m.actor.roles)
                   for m in registry.find_mentions(text))


def test_wikinews_articles_that_never_name_the_countries_give_none_of_their_camps(
        registry, shared_dir):
    frames = []
    for year in (2019, 2020):
        df = pd.read_csv(shared_dir / "corpora" / "wikinews_en" / f"wikinews_{year}.csv")
        df["doc_id"] = [f"wn{year}_{i:03d}" for i in range(len(df))]
        frames.append(df[["doc_id", "date", "text"]])
    arts = pd.concat(frames, ignore_index=True)
    arts = arts[[_names_none_of_the_countries(registry, t) for t in arts["text"]]]
    assert len(arts) >= 250  # of 295: the filter keeps the articles it is about
    quotes = extract_attributed_quotes(arts, actors=registry)
    assert len(quotes) > 1000
    wrong = quotes[quotes["camp"].isin(FOREIGN)]
    assert wrong.empty, wrong[["doc_id", "speaker_mention", "speaker", "camp"]].to_string()


@pytest.mark.parametrize("text, mention", [
    ("A source in the Kremlin said the meeting would not take place.", "A source in the Kremlin"),
    ("A Kremlin source said the meeting would not take place.", "A Kremlin source"),
    ("Sources at the Russian Foreign Ministry said the talks would continue.",
     "Sources at the Russian Foreign Ministry"),
    ("Источник в МИД России сообщил, что переговоры продолжатся.", "Источник в МИД России"),
    ("Источники в Кремле заявили, что встреча не состоится.", "Источники в Кремле"),
])
def test_an_unnamed_source_keeps_its_mention_and_reaches_no_actor(registry, text, mention):
    # ANNOTATION: unnamed people get no speaker, even when their mention names an institution;
    # an anonymous source in the Kremlin does not make a Kremlin statement
    assert _speaker_of(_attribute(registry, text), mention) == ("", "unknown")


@pytest.mark.parametrize("text, mention, speaker", [
    ("The Kremlin said the meeting would not take place.", "The Kremlin", "Kremlin"),
    ("The source of the leak, Vladimir Putin, said the talks would continue.", "Vladimir Putin",
     "Vladimir Putin"),
])
def test_an_institution_or_a_named_person_still_speaks(registry, text, mention, speaker):
    assert _speaker_of(_attribute(registry, text), mention)[0] == speaker
