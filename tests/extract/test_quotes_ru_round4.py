"""Russian quotation, round four: plural subjects in -тели after the verb, short past tenses,
the subject of "Об этом X сообщил(и) …". Sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.ru.phrases import is_verb_form

LEAD = "Вчера вечером в центре города был закрыт крупный автомобильный завод. "


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- a plural in -тели is a noun: the subject after the verb -----------------------------------

def test_a_plural_subject_in_teli_after_the_verb_speaks():
    text = "Пожар начался ночью в торговом центре, сообщили представители городской полиции."
    assert quotes(text) == [("indirect", "Пожар начался ночью в торговом центре",
                             "представители городской полиции")]


def test_a_plural_subject_after_a_quotation_speaks():
    assert quotes("«Под завалами никого нет», — заявили спасатели.") == [
        ("direct", "Под завалами никого нет", "спасатели")]


@pytest.mark.parametrize("word", ["представители", "спасатели", "жители", "зрители",
                                  "наблюдатели", "исследователи"])
def test_plurals_in_teli_are_not_verbs(word):
    assert not is_verb_form(word)


@pytest.mark.parametrize("word", ["хотели", "летели", "заявили", "сообщили"])
def test_past_tenses_in_li_stay_verbs(word):
    assert is_verb_form(word)


# --- short past tenses ----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["дал", "смог", "лёг", "поднёс", "принесла", "привёз", "ушла",
                                  "опровергла", "достигли", "привлекла", "помогла", "сожгла"])
def test_short_and_irregular_past_tenses_are_verbs(word):
    assert is_verb_form(word)


@pytest.mark.parametrize("word", ["бизнес", "интерес", "навес", "налог", "стекла", "библиотек",
                                  "коллег", "ипотека"])
def test_nouns_like_those_pasts_are_not(word):
    assert not is_verb_form(word)


@pytest.mark.parametrize("text,span,speaker", [
    ("Директор Иван Орлов ответил журналистам «Завод дал сбой».", "Завод дал сбой",
     "Директор Иван Орлов"),
    ("Губернатор области Олег Гусев сказал «Тигр лёг спать».", "Тигр лёг спать",
     "Губернатор области Олег Гусев"),
])
def test_a_quotation_with_a_short_past_tense_is_no_title(text, span, speaker):
    got = quotes(text)
    assert [(s, m) for _, s, m in got] == [(span, speaker)]


def test_the_subject_ends_before_a_prefixed_past_tense():
    assert quotes("Старик поднёс руку к груди и сказал: «Я здесь родился».") == [
        ("direct", "Я здесь родился", "Старик")]


# --- "Об этом X сообщил …" ----------------------------------------------------------------------

@pytest.mark.parametrize("second,speaker", [
    ("Об этом представители МОК сообщили в понедельник 13 августа.", "представители МОК"),
    ("Об этом сообщил в понедельник Иван Петров.", "Иван Петров"),
    ("Об этом в понедельник сообщила пресс-служба мэрии.", "пресс-служба мэрии"),
    ("Об этом в своём блоге написала глава фонда Мария Орлова.", "глава фонда Мария Орлова"),
    ("Об этом журналистам сообщил продюсер Олег Гусев.", "продюсер Олег Гусев"),
    ("Об этом сообщили в понедельник 13 августа.", ""),  # a date after the verb is nobody
])
def test_the_speaker_of_an_anaphoric_report(second, speaker):
    got = quotes(LEAD + second)
    assert [(k, m) for k, _, m in got] == [("indirect", speaker)]
    assert got[0][1].startswith("Вчера вечером в центре города был закрыт")


# --- a short fragment opening with an infinitive, with no verb of saying near it ---------------

@pytest.mark.parametrize("text,span", [
    ("Партия намерена лишь «забрать вещи» из города.", "забрать вещи"),
    ("Власти планируют «не стать участником» соглашения.", "не стать участником"),
    ("Папа пообещал, что будет «безоговорочно уважать и подчиняться» решениям.",
     "безоговорочно уважать и подчиняться"),
])
def test_a_short_fragment_opening_with_an_infinitive_is_a_partial_quote(text, span):
    assert [(k, s) for k, s, _ in quotes(text)] == [("partial", span)]


@pytest.mark.parametrize("text", [
    "Закон о «иностранных агентах» приняли в среду.",  # a label: a noun phrase
    "Он получил «Золотую печать» в среду.",  # capitalised: a name
    "Город стал «морской столицей» региона.",
])
def test_short_fragments_without_an_infinitive_stay_dropped(text):
    assert quotes(text) == []


def test_english_keeps_dropping_short_unattributed_fragments():
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": [
        "The party plans to “take its things” from the city."]}))
    assert q.empty


# --- a subject after the first verb, an object pronoun before it -------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Ночью ей позвонил брат Пётр и сказал: «Дом сгорел».", "брат Пётр"),
    ("По её словам, около полуночи ей позвонил младший брат Пётр и сказал: «Дом сгорел».",
     "младший брат Пётр"),
    ("Вечером ему позвонили и сказали: «Приезжайте».", ""),  # not "Вечером"
    ("Затем Песков пожал плечами и сказал: «Это не к нам».", "Песков"),
    ("Песков пожал плечами и сказал: «Это не к нам».", "Песков"),
])
def test_the_subject_of_the_first_verb_before_и_сказал(text, speaker):
    got = quotes(text)
    assert got[-1][0] == "direct" and got[-1][2] == speaker


# --- a common noun opening the clause before the colon ---------------------------------------

def test_a_common_noun_subject_before_a_verb_the_lexicon_lacks_and_a_colon():
    text = "Тогда омбудсмен спросил у одной из девочек: «Как поплавали?»"
    assert quotes(text) == [("direct", "Как поплавали?", "омбудсмен")]


def test_the_subject_ends_before_был():
    text = "Судья был пьян, размахивал удостоверением и кричал: «Я судья!»"
    assert quotes(text)[-1][2] == "Судья"


def test_a_passive_clause_before_the_colon_names_nobody():
    text = "В 1993 году на могиле было оставлено зашифрованное сообщение: «Факел передается дальше»."
    assert quotes(text) == [("direct", "Факел передается дальше", "")]


# --- a quotation alone at the head of its paragraph ---------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Местный фермер Сергей Петров вышел к журналистам.\n\n«Мы потеряли всё. Ничего не "
     "осталось».", "Местный фермер Сергей Петров"),
    ("На трагедию сразу отреагировал и мэр города Олег Гусев.\n\n«Это страшный день для всех "
     "нас».", "мэр города Олег Гусев"),
    # the quotation's own "я понял" says a man spoke: not Мария Орлова
    ("Мария Орлова вышла к журналистам.\n\n«Я сразу понял, что дом сгорел».", ""),
    # a common noun is too weak to carry it
    ("Пара рассталась в мае.\n\n«Это правда, что я влюбился».", ""),
])
def test_a_standalone_quotation_takes_the_subject_of_the_sentence_before(text, speaker):
    got = quotes(text)
    assert [(k, m) for k, _, m in got] == [("direct", speaker)]


def test_a_dropped_subject_takes_a_subject_named_after_its_verb():
    text = "Ночью ей позвонил брат Пётр. «Дом сгорел», — сказал."
    assert quotes(text) == [("direct", "Дом сгорел", "брат Пётр")]


def test_a_dropped_subject_does_not_take_an_object_after_a_verb():
    # "посетил музей Эрмитаж": the object, the subject was dropped there too
    text = "Утром посетил музей Эрмитаж. «Это великий музей», — сказал."
    assert quotes(text) == [("direct", "Это великий музей", "")]
