"""Russian quotations whose attribution drops its subject (``«…», — заявила.``): the speaker is
the nearest earlier subject agreeing with the verb in gender and number
(:mod:`discourse.extract.quotes.lang.ru.dropped`). Sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.lang.ru.dropped import past_gender


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize(("verb", "gender"), [
    ("заявил", "male"), ("заявила", "female"), ("заявили", "plural"), ("отказался", "male"),
    ("поделилась", "female"), ("говорится", None), ("заявляет", None)])
def test_past_gender(verb, gender):
    assert past_gender(verb) == gender


def test_the_subject_of_the_sentence_before_speaks():
    text = ("Официальный представитель ведомства Ольга Смирнова выступила на брифинге в среду. "
            "«Никаких переговоров на этой неделе не будет», — заявила.")
    assert quotes(text) == [("direct", "Никаких переговоров на этой неделе не будет",
                             "Официальный представитель ведомства Ольга Смирнова")]


def test_the_speaker_of_the_quotation_before_carries_over():
    text = ("«Мы закроем завод к лету», — сказал директор компании Игорь Белов. "
            "«Рабочие получат выплаты», — добавил.")
    assert quotes(text)[1] == ("direct", "Рабочие получат выплаты", "директор компании Игорь Белов")


def test_the_verb_chooses_the_subject_of_its_gender():
    # the nearest subject is Петрова (female); the verb is masculine, so Сидоров speaks
    text = ("Глава района Иван Сидоров приехал на место аварии. Его заместитель Анна Петрова "
            "осталась в городе.\n\n«Мы поможем всем пострадавшим», — заявил.")
    assert quotes(text) == [("direct", "Мы поможем всем пострадавшим", "Глава района Иван Сидоров")]


def test_no_subject_of_the_verbs_gender_leaves_the_quotation_unattributed():
    # a wrong speaker is worse than none: a plural subject does not speak for "заявила"
    text = ("Мэр Иван Сидоров и его заместитель Анна Петрова приехали на место. "
            "«Мы поможем всем пострадавшим», — заявила.")
    assert quotes(text) == [("direct", "Мы поможем всем пострадавшим", "")]


def test_the_object_of_a_preposition_is_no_subject():
    text = ("Премьер-министр Олег Гусев встретился с Дмитрием Орловым в Казани.\n\n"
            "«Мы обсудили все вопросы сотрудничества», — сказал.")
    assert quotes(text) == [("direct", "Мы обсудили все вопросы сотрудничества",
                             "Премьер-министр Олег Гусев")]


def test_an_impersonal_cue_gets_no_carried_speaker():
    text = ("Министр Олег Гусев выступил в парламенте. «Срок продлён до мая», — говорится в "
            "документе.")
    assert quotes(text)[0][2] != "Министр Олег Гусев"


def test_the_carried_mention_resolves_to_the_actor():
    text = ("Пресс-секретарь президента Дмитрий Песков ответил на вопросы журналистов. "
            "«Мы не видим в этом угрозы», — заявил он. «Это внутреннее дело соседей», — добавил.")
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    assert list(q["kind"]) == ["direct", "direct"]
    assert list(q["camp"]) == ["russian_official", "russian_official"]


def test_the_subject_of_the_main_clause_speaks_after_posle_chego():
    text = ("Водитель, одетый в форму охранника, вышел из машины, после чего крикнул "
            "«Всем оставаться на местах!»")
    assert quotes(text) == [("direct", "Всем оставаться на местах!", "Водитель")]


def test_an_object_pronoun_before_the_verb_is_no_subject():
    # "ей позвонил брат": the subject (брат) follows the verb; "ей" must not speak
    text = ("По словам соседки, ночью ей позвонил брат и сказал: «Я скоро приеду к тебе».")
    assert all(mention != "ей" for _, _, mention in quotes(text))


def test_a_cue_in_nul_is_a_past_tense_verb():
    # "крикнул", "подчеркнул": the lexicon knows them as verbs though their ending is rare
    assert past_gender("подчеркнул", verb=True) == "male"
    assert past_gender("крикнула", verb=True) == "female"
