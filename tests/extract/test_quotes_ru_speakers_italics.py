"""A speaker's name in wiki italics after the verb (``discourse/extract/quotes/lang/ru/
speakers_italics.py``; sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes.lang.ru.speakers_italics import past_italics
from discourse.extract.quotes.tokens import Toks, tokens


def _mentions(text: str) -> list[str]:
    out = extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}),
                                    actors=load_actors(None))
    return list(out["speaker_mention"])


@pytest.mark.parametrize("text, mention", [
    ("«Завод закроют до весны», — пишет ''Financial Times'', ссылаясь на свои источники.",
     "Financial Times"),
    ("«Завод закроют до весны», пишет ''Le Monde''.", "Le Monde"),
    ("Как сообщает ''Billboard'', певица выпустит новый альбом в марте.", "Billboard"),
])
def test_a_name_in_italics_is_the_speaker(text, mention):
    assert _mentions(text) == [mention]


def _toks(text: str) -> Toks:
    return Toks.of(tokens(text))


@pytest.mark.parametrize("text, k, moved", [
    ("пишет ''Financial Times'', ссылаясь", 1, 3),  # a closed name: past the pair
    ("пишет ''газета, ссылаясь на источники", 1, 1),  # no closing pair
    ("пишет ''местная'' газета", 1, 1),  # lower case: no name
    ("пишет газета ''Financial Times''", 1, 1),  # no italics at k
])
def test_past_italics(text, k, moved):
    toks = _toks(text)
    assert past_italics(toks, k, len(toks.words)) == moved
