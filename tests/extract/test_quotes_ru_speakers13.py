"""Russian speakers, round twenty (dev13; issue 12, branch ru-speakers13): the institution past
the outlet that heard an indefinite plural (``quotes/lang/ru/sentences_recipient.py``), a
singular name before a plural verb in a report (``sentences_agreement.number_agreement`` from
``sentences_reports.py``, initials passed over) and a name with glued initials resolved to the
article's full name (``speakers/resolver.py``, «С.Балмера» → «Стив Балмер»). Short news
sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str]]:
    """``(kind, speaker mention)`` of each quote or report of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.speaker_mention) for r in q.itertuples()]


def speakers(text: str) -> list[tuple[str, str]]:
    """``(speaker mention, speaker)`` of each quote or report of one Russian article."""
    q = extract_attributed_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}),
                                  actors=load_actors())
    return [(r.speaker_mention, r.speaker) for r in q.itertuples()]


# --- the institution after «в», past the outlet or the addressee

def test_the_institution_speaks_past_an_outlet_in_marks():
    text = 'В пресс-службе губернатора "Ъ" сообщили, что совещание перенесено на пятницу.'
    assert mentions(text) == [("indirect", "пресс-службе губернатора")]


def test_the_institution_speaks_past_an_addressee():
    text = "В городской администрации журналистам сообщили, что ремонт моста завершится летом."
    assert mentions(text) == [("indirect", "городской администрации")]


def test_a_quotation_after_the_same_attribution():
    text = "В министерстве «Интерфаксу» сообщили: «Проверка продлится до конца месяца»."
    assert mentions(text) == [("direct", "министерстве")]


def test_an_addressee_alone_before_a_plural_verb_names_nobody():
    assert mentions("Журналистам сообщили, что ремонт моста завершится летом.") == [
        ("indirect", "")]
    # a time after «в» is no institution: nobody speaks
    assert mentions('В четверг "Ъ" сообщили, что ремонт моста завершится летом.') == [
        ("indirect", "")]


def test_a_singular_verb_keeps_its_subject_before_the_addressee():
    text = "Губернатор журналистам сообщил, что ремонт моста завершится летом."
    assert mentions(text)[0][1] != "" and "журналистам" not in mentions(text)[0][1]


# --- a singular name before a plural verb is its object

def test_a_singular_name_before_a_plural_verb_in_a_report_speaks_not():
    assert mentions("Макгрегора обвиняют в том, что он скрыл доходы от налоговой службы.") == [
        ("indirect", "")]
    text = "Перед выборами разразился скандал: Д. Шевчук обвиняли в подкупе избирателей."
    assert mentions(text)[-1] == ("indirect", "")


def test_two_names_joined_by_and_keep_the_plural_verb():
    text = "Иванов и Петренко заявили, что договорились о поставках зерна в следующем году."
    assert mentions(text) == [("indirect", "Иванов и Петренко")]


def test_a_name_in_apposition_is_left_to_its_mismatched_verb():
    # the name does not open its clause: an apposition to a subject, the verb mis-agreeing
    text = ("Ранее один из адвокатов семьи — Анна Коваленко заявили о том, что они будут "
            "обжаловать решение суда.")
    assert mentions(text)[0][1].endswith("Анна Коваленко")


# --- initials glued to the surname

def test_glued_initials_resolve_to_the_full_name_in_any_case():
    text = ("Директор компании Стив Балмер выступил перед сотрудниками. При этом в письме С.Балмера "
            "сказано, что компания не намерена искать замену.")
    assert ("С.Балмера", "Стив Балмер") in speakers(text)


def test_initials_of_another_first_name_stay_as_written():
    text = ("Директор компании Стив Балмер выступил перед сотрудниками. При этом в письме Д.Балмера "
            "сказано, что компания не намерена искать замену.")
    assert all(s != "Стив Балмер" for m, s in speakers(text) if m == "Д.Балмера")


# --- the source past a date, an emphatic «сам», or after «из» (sentences_sources.py)

def test_the_carrier_after_a_date_speaks():
    text = ("Иванов назначен послом в Чехии. Об этом сообщается 12 марта на сайте министерства "
            "иностранных дел.")
    assert mentions(text) == [("indirect", "министерства иностранных дел")]


def test_the_subject_before_an_emphatic_sam_speaks():
    text = "Футболист завершил карьеру. Об этом он сам сообщил в социальных сетях."
    assert mentions(text) == [("indirect", "он")]


def test_the_institution_after_iz_speaks_for_a_plural_verb():
    text = "Как сообщили из городской прокуратуры, проверка продлится до конца месяца."
    assert mentions(text) == [("indirect", "городской прокуратуры")]
    text = "Из пресс-службы министерства сообщили: «Проверка продлится до конца месяца»."
    assert mentions(text)[0][0] == "direct"


def test_no_source_where_none_is_named():
    # a date with no carrier after it names nobody
    text = "Иванов назначен послом в Чехии. Об этом сообщается 12 марта."
    assert mentions(text) == [("indirect", "")]


def test_the_carrier_before_a_participle_phrase_speaks():
    text = ("В заявлении министерства обороны, опубликованном в Telegram, говорится, что учения "
            "завершатся в пятницу.")
    assert mentions(text) == [("indirect", "министерства обороны")]


def test_a_personal_verb_after_a_comma_gets_no_carrier():
    # «сообщил» names its own subject: the carrier before the comma is not its source
    text = "В заявлении министерства, опубликованном вчера, сообщил глава ведомства, что учения завершатся."
    assert all(m != "министерства" for _, m in mentions(text))


# --- a mention that closes a list of names in marks (sentences_lists.py)

def test_the_head_of_a_list_of_titles_speaks():
    text = ("В интервью газете автор «Белого шума», «Мао II» и «Космополиса» сказал, что его "
            "следующий роман выйдет осенью.")
    assert mentions(text) == [("indirect", "автор «Белого шума», «Мао II» и «Космополиса»")]


def test_a_list_of_parties_speaks_together():
    text = "«Яблоко» и «Справедливая Россия» заявили, что не поддержат законопроект о налогах."
    assert mentions(text) == [("indirect", "«Яблоко» и «Справедливая Россия»")]


def test_one_name_in_marks_stays_as_it_is():
    text = "«Справедливая Россия» заявила, что не поддержит законопроект о налогах."
    assert mentions(text) == [("indirect", "«Справедливая Россия»")]


def test_such_as_takes_its_list_in():
    text = ("Такие организации, как «Репортёры без границ» и «Мемориал» выразили протест, назвав "
            "приговор политически мотивированным.")
    assert mentions(text)[-1][1] == "Такие организации, как «Репортёры без границ» и «Мемориал»"


def test_kak_pravilo_is_no_list():
    text = "Такие эксперты, как правило, считают, что рост цен продолжится до конца года."
    assert all("правило" not in m for _, m in mentions(text))


# --- a quoted infinitive after «продолжить» (sentences_aspect.py)

def test_a_quoted_infinitive_after_prodolzhit_is_the_reporters():
    text = "Губернатор пообещал, что министр продолжит «заниматься дорожным строительством»."
    assert mentions(text) == [("partial", "Губернатор")]


def test_a_quoted_infinitive_with_no_report_has_no_speaker():
    assert mentions("Министр продолжит «заниматься дорожным строительством».") == [("partial", "")]


def test_prodolzhit_before_words_still_speaks():
    assert mentions("Министр продолжил: «Мы будем строить дороги»." ) == [("direct", "Министр")]


# --- a mention that opens with «и» (sentences_conjunction.py)

def test_the_subject_before_an_insertion_speaks_not_the_insertions_tail():
    text = ("5 мая 2014 года президент Эквадора Рафаэль Корреа, вслед за коллегами из Перу и "
            "Чили заявил, что поддержит новый договор о торговле.")
    assert mentions(text) == [("indirect", "президент Эквадора Рафаэль Корреа")]


def test_the_name_after_an_oblique_list_speaks():
    text = ("Возможно, дело в том, что о смене директоров Брауна и Смита Yandex сообщил "
            "одновременно с публикацией итогов года.")
    assert mentions(text) == [("indirect", "Yandex")]
    assert speakers(text) == [("Yandex", "Yandex")]  # one script: not «Смита Yandex»


def test_a_lone_conjunction_names_nobody():
    text = ("Министр выступил на совещании. «Это незначительное увеличение», — и добавил, что "
            "«дополнительные расходы были обоснованы».")
    assert all(m != "и" for _, m in mentions(text))


# --- a bare statement noun names nobody (speakers/lang/ru_carriers.py)

def test_a_bare_statement_noun_reaches_no_earlier_organisation():
    text = ("В заявлении министерства говорится, что ранен депутат Государственной думы Иван "
            "Петров. В заявлении также говорится, что погибший был его охранником.")
    got = speakers(text)
    assert got[-1] == ("заявлении", "")


def test_a_statement_noun_with_its_author_still_resolves():
    text = "В заявлении Кремля говорится, что встреча состоится в пятницу."
    assert speakers(text)[0][0] == "Кремля" and speakers(text)[0][1] != ""


def test_an_indefinite_plural_inside_a_report_gives_the_fragment_to_the_report():
    text = ("В Сеуле напомнили, что Пекин рассматривают как партнёра, а Токио считают «главным "
            "соперником на рынке»."
    )
    assert mentions(text)[-1] == ("partial", "Сеуле")
