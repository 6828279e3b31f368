"""Country words (:mod:`discourse.extract.actors.countries`): the pattern grouped by first letter
finds what the plain alternation it replaced found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from discourse.core import paths
from discourse.core.yamlio import load_yaml
from discourse.extract.actors import load_actors
from discourse.extract.actors.countries import CountryFinder
from tests.reference.actors_countries import reference_country_regex
from tests.strategies import SETTINGS

# as the registry is given them (discourse.extract.actors.load): the name, then the words
COUNTRIES = {code: [entry["name"], *entry.get("words", [])] for code, entry in
             load_yaml(paths.data_file("actors.yaml"))["countries"].items()}
# the shipped words, and made-up ones that share first letters, prefixes and spaces
MADE_UP = {"AAA": ["russ", "rus land", "r", "1st state", "ruthenia"], "BBB": ["rusk", "Kiev-Pech"],
           "DDD": ["russ"]}
# forms that open with no letter or digit keep the plain spelling
ODD = {"CCC": ["-dash", "  spaced  out "]}
PIECES = ["Russia", "RUSSIA", "Russian Federation", "Russian\n\tFederation", "russia", "Moscow",
          "US", "us", "U.S.", "EU", "Eu", "UK", "Kyiv", "Kiev-Pech", "-", "_", "'s", " ", "\n",
          "x", "Rus Land", "RUS LAND", "R", "1st State", "1ST STATE", "Ruthenia", "-Dash", "Rusk",
          "Belarusian", "Byelorussian", "Washington", "American", "America", "é", "1"]


@SETTINGS
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=40))
def test_country_mentions_equal_the_plain_pattern(text):
    for countries in (COUNTRIES, MADE_UP, {**COUNTRIES, **MADE_UP}, {**COUNTRIES, **ODD}):
        grouped, plain = CountryFinder(countries)._regex, reference_country_regex(countries)
        assert (grouped.pattern == plain.pattern) == ("CCC" in countries)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_country_mentions_on_news():
    finder = CountryFinder(COUNTRIES)
    assert finder.mentions("Russia") == load_actors().country_mentions("Russia")  # the same words
    # capitalised or in capitals, spaces of any kind inside; never glued by a hyphen
    text = "Russia's army and the Russian\nFederation; US-backed, the UK and Kiev, not anti-Russia."
    assert finder.mentions(text) == [(0, "RUS"), (22, "RUS"), (57, "GBR"), (64, "UKR")]
