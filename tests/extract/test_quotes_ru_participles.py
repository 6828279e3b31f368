"""Reports after a participle of saying in commas (discourse.extract.quotes.lang.ru.participles).
Short news sentences of our own, with the cases that must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.lang.ru.participles import is_participle_cue


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_participle_cues_are_phrases_named_by_a_participle():
    assert is_participle_cue(Cue("сообщивший", "phrase", ("сообщивший",)))
    assert not is_participle_cue(Cue("сообщить", "verb", ("сообщил",)))


def test_a_noun_object_after_a_participle():
    text = "В Сомали освобождён журналист, сообщивший об изнасиловании женщины военными."
    assert quotes(text) == [("indirect", "об изнасиловании женщины военными", "журналист")]


def test_a_that_clause_up_to_the_main_clause():
    text = ("Горничная Нафиссатоу Диалло, утверждающая, что экс-глава МВФ домогался её, "
            "неоднократно лгала на допросах.")
    assert quotes(text) == [("indirect", "экс-глава МВФ домогался её", "Горничная Нафиссатоу Диалло")]


def test_the_object_of_a_preposition_and_a_time_after_the_report():
    text = ("Вместо сэра Алекса Фергюсона, объявившего об уходе с тренерского поста, может быть "
            "назначен наставник «Эвертона».")
    assert quotes(text) == [("indirect", "об уходе с тренерского поста", "сэра Алекса Фергюсона")]
    text = "Мятежники, сообщившие о смерти политика ранее в понедельник, покинули город."
    assert quotes(text) == [("indirect", "о смерти политика", "Мятежники")]


def test_a_topic_and_the_words_after_the_phrase_are_no_report():
    # "о данном изделии" names a topic; «замыленном» after the phrase is nobody's wording
    text = ("Большинство изданий, сообщивших о данном изделии, привели его фотографию в частично "
            "«замыленном» виде.")
    assert quotes(text) == []
    assert quotes("Тренер, объявивший о причинах ухода, покинул клуб.") == []
