"""The author of the words a medium cites (round thirty-one, branch ru-speakers15:
``discourse/extract/quotes/lang/ru/sentences_cited_authors.py`` and
``discourse/extract/speakers/lang/ru_agents.py``). Sentences written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru import names_nobody
from discourse.extract.speakers.lang.ru_agents import instrumental_name


def _extract(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


@pytest.mark.parametrize(("text", "words", "mention"), [
    # a genitive after the noun of cited words: whose letter, whose words
    ("Газета приводит письмо губернатора Ивана Петрова: «Я ухожу в отставку».",
     "Я ухожу в отставку", "губернатора Ивана Петрова"),
    ("Телеканал цитирует обращение «Союза журналистов»: «Мы требуем освободить коллег».",
     "Мы требуем освободить коллег", "«Союза журналистов»"),
    # a passive participle after a comma: its agent in the instrumental
    ("Все будет хорошо», — цитирует запись, оставленную Петровым в блоге, агентство ТАСС.",
     "Все будет хорошо", "Петровым"),
    # the noun of cited words fronted after the dash, its verb at the sentence's end
    ("«Мы построим новый мост через реку до конца года», — эти слова мэра города Олега "
     "Смирнова, сказанные им на встрече с жителями, приводит в среду местная газета.",
     "Мы построим новый мост через реку до конца года", "мэра города Олега Смирнова"),
])
def test_the_author_of_cited_words_speaks(text, words, mention):
    pred = _extract(text)
    rows = pred[pred["text"] == words]
    assert len(rows) == 1, pred[["text", "kind", "speaker_mention"]].to_string()
    assert rows.iloc[0]["speaker_mention"] == mention


@pytest.mark.parametrize(("text", "words", "mention"), [
    # the medium cites a person, no noun of words: the person (sentences_cited's case) stays
    ("«Мы победим», — цитирует агентство министра Сергея Шойгу.", "Мы победим",
     "министра Сергея Шойгу"),
    # the mention is the author already, the outlet after it cut (sentences_cited): kept
    ("«Мы готовы к переговорам», — цитирует слова председателя комитета РИА Новости.",
     "Мы готовы к переговорам", "председателя комитета"),
    # a noun of words with nobody named after it: the reading before is kept
    ("Газета Иван Петров приводит письмо: «Я ухожу в отставку».", "Я ухожу в отставку",
     "Газета Иван Петров"),
])
def test_without_a_named_author_nothing_moves(text, words, mention):
    pred = _extract(text)
    rows = pred[pred["text"] == words]
    assert len(rows) == 1, pred[["text", "kind", "speaker_mention"]].to_string()
    assert rows.iloc[0]["speaker_mention"] == mention


def test_an_instrumental_name_names_someone():
    assert instrumental_name("Медведевым") and not names_nobody("Медведевым")
    assert instrumental_name("Иваном Петровым")
    # objects in other cases, and lower-case words, stay nobody's
    assert not instrumental_name("Путину") and not instrumental_name("Основанием")
    assert not instrumental_name("губернатором") and not instrumental_name("Ему")
