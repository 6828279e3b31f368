"""Russian quotation, round nine (the fresh split dev6): "цитировать" takes whose words are
cited as its object, the medium being its subject; the object of a participle in commas is no
subject of the verb after it; a site's owner speaks ("сообщается на сайте клуба"), a site alone
is no speaker; "по информации (от) X", "согласно сообщению X" report X; "выражали опасения, что"
is a cue; a gloss in brackets may follow the listener before ", что"; ", об этом сообщают X"
closes the clause before it; «как отмечает X» between a subject and its verb reports the whole
clause; «успел заявить, что» is a cue; after «, после которого» the main clause's subject speaks
(a duration after a pronoun, «она несколько минут», is no subject); «который» in the nominative
stands for the noun before it. Short news sentences of our own."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- the object of "цитировать" speaks, the medium carries ----------------------------------------

def test_the_object_after_the_medium_speaks():
    text = "«Реформа идёт по плану», — цитирует Lenta.ru пресс-службу министерства финансов."
    assert quotes(text) == [("direct", "Реформа идёт по плану", "пресс-службу министерства финансов")]


def test_the_object_after_the_verb_speaks_when_the_medium_stands_before_it():
    text = ("Газета «Таймс» цитирует пресс-секретаря мэрии Лондона:\nГород готов к празднику. "
            "Все службы работают в обычном режиме.")
    assert [q[2] for q in quotes(text)] == ["пресс-секретаря мэрии Лондона"]


def test_a_medium_alone_after_the_verb_stays_the_speaker():
    text = "«Реформа идёт по плану», — цитирует РБК."
    assert quotes(text) == [("direct", "Реформа идёт по плану", "РБК")]


# --- a participle's object is no subject ------------------------------------------------------

def test_the_object_of_a_participle_in_commas_is_not_the_subject():
    text = ("Мария Новак, в прошлом занимавшая пост министра финансов и сменившая на посту "
            "лидера своей партии известного политика и бизнесмена Игоря Ковача (Igor Kovač), "
            "который также был заподозрен в коррупции, заявила, что намерена реформировать налоговую систему "
            "страны.")
    assert quotes(text) == [("indirect", "намерена реформировать налоговую систему страны",
                             "Мария Новак")]


def test_a_subject_after_a_participial_phrase_in_the_nominative_stays():
    text = ("Возглавлявший ведомство десять лет, бывший министр Иван Петров заявил, что уходит "
            "из политики.")
    assert quotes(text) == [("indirect", "уходит из политики", "бывший министр Иван Петров")]


# --- a site's owner speaks ------------------------------------------------------------------------

def test_the_owner_of_a_site_speaks():
    text = ("Клуб продлил контракт с тренером ещё на два года. Об этом сообщается на официальном "
            "сайте лондонского клуба.")
    assert [q[2] for q in quotes(text)] == ["лондонского клуба"]


def test_a_site_with_no_owner_is_no_speaker():
    text = ("На своем сайте за некоторое время до смерти писатель разместил текст в котором "
            "говорилось о необходимости «новых действий, показательных и символичных».")
    assert quotes(text) == [("partial", "новых действий, показательных и символичных", "")]


# --- "по информации (от) X" ------------------------------------------------------------------------

def test_po_informatsii_names_its_source():
    text = "По информации газеты, сейчас ведутся переговоры о покупке трети акций компании."
    assert [(q[0], q[2]) for q in quotes(text)] == [("indirect", "газеты")]


def test_po_informatsii_ot_names_who_gave_it():
    text = ("По информации от представителей резиденции, у принца лёгкие симптомы болезни, но в "
            "остальном он здоров.")
    assert [(q[0], q[2]) for q in quotes(text)] == [("indirect", "представителей резиденции")]


# --- new cues: «выражали опасения, что», «согласно сообщению X» ---------------------------------

def test_vyrazhali_opaseniya_reports_a_fear_voiced():
    text = ("Его адвокаты выражали опасения, что подзащитного отправят в военную тюрьму на "
            "другом конце света.")
    assert [(q[0], q[2]) for q in quotes(text)] == [("indirect", "Его адвокаты")]


def test_soglasno_soobshcheniyu_names_its_source():
    text = ("Согласно сообщению пресс-службы городской полиции, задержанный распространял "
            "листовки без разрешения властей.")
    assert [(q[0], q[2]) for q in quotes(text)] == [
        ("indirect", "пресс-службы городской полиции")]


def test_soglasno_dokumentu_is_no_report():
    text = "Согласно документу, правительству поручено подготовить законопроект до конца года."
    assert quotes(text) == []


# --- shapes of the attribution ----------------------------------------------------------------

def test_a_gloss_in_brackets_between_the_listener_and_chto():
    text = ("Инженер объяснял газете «Гардиан» (The Guardian), что он чувствует себя брошенным "
            "правительством своей страны.")
    assert [(q[0], q[2]) for q in quotes(text)] == [("indirect", "Инженер")]


def test_ob_etom_after_the_comma_points_back_at_the_clause():
    text = "Результат теста на вирус у министра финансов положительный, об этом сообщают СМИ."
    assert quotes(text) == [("indirect", "Результат теста на вирус у министра финансов "
                                         "положительный", "СМИ")]


def test_kak_otmechaet_between_the_subject_and_its_verb_reports_the_clause():
    text = ("Тогда будущий министр работала юристом и именно в этот период, как отмечает издание, "
            "решила заняться политикой.")
    assert quotes(text) == [("indirect", text[:-1], "издание")]


def test_kak_otmechaet_after_a_connective_reports_what_follows():
    text = "Кроме того, как отмечает агентство, новая схема позволяет быстрее доставлять грузы."
    assert quotes(text) == [("indirect", "новая схема позволяет быстрее доставлять грузы",
                             "агентство")]


def test_uspel_zayavit_reports():
    text = ("У здания суда задержали активиста Игоря Смирнова, который успел заявить, что на суд "
            "«оказывают давление чиновники».")
    assert quotes(text) == [("partial", "оказывают давление чиновники", "активиста Игоря Смирнова")]


# --- the main clause's subject speaks after «, после которого» ----------------------------------

def test_posle_kotorogo_shares_the_main_subject():
    text = ("На встрече с избирателями она несколько минут не могла говорить из-за кашля, после "
            "которого отшутилась: «Это была аллергия на моего соперника».")
    assert quotes(text) == [("direct", "Это была аллергия на моего соперника", "она")]



def test_a_relative_pronoun_in_the_nominative_is_the_subject():
    text = ("Его сменит госсекретарь Анна Петрова, которая объявила о намерении уйти в отставку в "
            "начале будущего года.")
    assert quotes(text) == [("indirect", "намерении уйти в отставку в начале будущего года",
                             "госсекретарь Анна Петрова")]
