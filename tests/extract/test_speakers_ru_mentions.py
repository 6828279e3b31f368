"""Russian speaker mentions that name nobody (discourse.extract.speakers.lang.ru
``names_nobody``, the dictionary's parts of speech and cases) and the subject before an adverb
only the dictionary knows (discourse.extract.quotes.lang.ru.speakers ``speaker_of``): a wrong
speaker is worse than none."""

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru import names_nobody


@pytest.mark.parametrize("mention", [
    "вскользь",  # an adverb the rules' endings miss
    "однажды",
    "очевидно",  # a short adjective or a parenthetical word
    "информацию",  # a noun only in the accusative: the verb's object
    "эту же информацию",
    "Ему",  # a pronoun in the dative opening a sentence
    "Основанием",  # a noun in the instrumental opening a sentence
    "Суркову",  # «ответил Суркову:»: the addressee in the dative
    "царившую в обществе атмосферу",  # an object, no word of it a nominative
    "вступлением в силу закона о запрете",
])
def test_words_that_name_nobody(mention):
    assert names_nobody(mention)


@pytest.mark.parametrize("mention", [
    "экспертов",  # «по словам экспертов»: a genitive speaker
    "заявлении",  # «в заявлении говорится»: the carrier
    "он", "его",  # pronouns are resolved, not dropped
    "Государственные СМИ",
    "представитель движения",
    "таблоидам доверенное лицо певицы",  # the listener before the speaker: a nominative follows
    "ситуацию председатель совета директоров",
    "Песков",
])
def test_speakers_kept(mention):
    assert not names_nobody(mention)


TEXTS = {
    # an adverb the endings miss stands between the subject and the verb
    "adverb": ("Власти страны молчат. Государственные СМИ лишь вскользь упоминают, что министр "
               "по-прежнему работает."),
    # a gerund without its comma: the object before it is no speaker
    "object": ("Позже пресс-служба министерства опровергла эту информацию сообщив, что "
               "журналисты всё неправильно поняли."),
    # the adverb after a conjunction: no subject before it, so no speaker at all
    # the document after the speaker says where it was said, not who said it
    "document": ("«Вам надлежит покинуть страну до конца месяца», — ответили власти в письме от "
                 "мая 1910 года."),
    # an outlet citing its source: the source speaks, the outlet only carries it
    "cited": ("Местные СМИ со ссылкой на пресс-службу полиции сообщили, что в городе "
              "задержаны трое подозреваемых."),
    "cited_after": ("Фестиваль перенесён на осень, сообщает агентство «Север» со ссылкой на "
                    "организатора Марину Котову."),
    # an unnamed source: the outlet stays
    "unnamed": ("Фестиваль перенесён на осень, сообщает агентство «Север» со ссылкой на свои "
                "источники."),
    "conjunction": ("Анна Петрова стала лидером партии, хотя всегда подчёркивала, что не хочет "
                    "власти."),
}


@pytest.fixture(scope="module")
def quotes():
    arts = pd.DataFrame({"doc_id": list(TEXTS), "text": list(TEXTS.values()), "lang": "ru"})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return {d: list(zip(g["text"], g["speaker_mention"], strict=True))
            for d, g in q.groupby("doc_id")}


def test_subject_before_an_adverb_the_dictionary_knows(quotes):
    assert quotes["adverb"] == [("министр по-прежнему работает", "Государственные СМИ")]


def test_an_object_before_a_gerund_is_no_speaker(quotes):
    # the main clause's subject speaks (round eight; before it, nobody rather than the object)
    assert quotes["object"] == [("журналисты всё неправильно поняли", "пресс-служба министерства")]


def test_an_adverb_after_a_conjunction_is_no_speaker(quotes):
    assert [m for _, m in quotes["conjunction"]] == [""]


def test_a_document_after_the_speaker_is_not_part_of_the_mention(quotes):
    assert [m for _, m in quotes["document"]] == ["власти"]


@pytest.mark.parametrize("doc,mention", [
    ("cited", "пресс-службу полиции"),
    ("cited_after", "организатора Марину Котову"),
    ("unnamed", "агентство «Север»"),
])
def test_an_outlet_citing_a_source_gives_the_source(quotes, doc, mention):
    assert [m for _, m in quotes[doc]] == [mention]
