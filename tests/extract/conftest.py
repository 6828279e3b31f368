"""Fixtures shared by the extraction tests: the cue lexicon, small actor registries written
from YAML text in a test module, and a registry of one French person (Claire Dubois)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import load_cues


@pytest.fixture(scope="session")
def lex():
    """The cue lexicon of ``data/cues.yaml``, loaded once for the session."""
    return load_cues()


@pytest.fixture(scope="session")
def registry_from(tmp_path_factory) -> Callable:
    """``registry_from(yaml_text)`` writes the text as an ``actors.yaml`` and loads it."""

    def load(text: str):
        path = tmp_path_factory.mktemp("reg") / "actors.yaml"
        path.write_text(text, encoding="utf-8")
        return load_actors(path)

    return load


# One person the English speaker tests name, with a surname alias and a country of her own.
DUBOIS_YAML = """
countries:
  FRA: {name: France, words: [french, france, paris]}
actors:
  - name: Claire Dubois
    kind: person
    gender: female
    country: FRA
    camp: western
    aliases: [Dubois]
"""


@pytest.fixture(scope="session")
def dubois_registry(registry_from):
    """A registry holding only Claire Dubois (:data:`DUBOIS_YAML`)."""
    return registry_from(DUBOIS_YAML)
