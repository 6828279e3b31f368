"""Russian quotation and speakers, round fifteen (the fresh split dev9): where an unnamed source
sits belongs to its mention, Kommersant's «Ъ» is a listener between a verb and its speaker, a
reflexive verb in -нется ends a subject. Short news sentences of our own, with the cases that
must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, span, speaker mention, speaker)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker) for r in q.itertuples()]


# --- an unnamed source and where it sits -------------------------------------------------------

def test_the_place_of_a_source_before_its_verb():
    text = "Источник в правительстве сообщил, что премьер не поладил с двумя вице-премьерами."
    assert quotes(text) == [("indirect", "премьер не поладил с двумя вице-премьерами",
                             "Источник в правительстве", "")]


def test_the_place_of_a_source_after_its_verb():
    text = "Как рассказал источник в правоохранительных органах, задержанный проделал отверстие в потолке."
    assert [m for _, _, m, _ in quotes(text)] == ["источник в правоохранительных органах"]


def test_a_time_or_a_medium_after_a_source_is_no_place():
    text = "Как сообщил источник в понедельник, визит министра отложен до осени."
    assert [m for _, _, m, _ in quotes(text)] == ["источник"]


def test_a_source_noun_opening_a_sentence_is_no_name():
    text = "Собеседник в администрации президента сообщил, что визит министра отложен до осени."
    assert [(m, s) for _, _, m, s in quotes(text)] == [("Собеседник в администрации президента", "")]


# --- Kommersant's «Ъ» ---------------------------------------------------------------------------

def test_kommersant_heard_it_the_source_spoke():
    text = 'Как рассказал "Ъ" один из участников той встречи, Россия уступила представителям региона.'
    assert [m for _, _, m, _ in quotes(text)] == ["один из участников той встречи"]
    text = "Как сообщил «Ъ» глава пресс-службы президента Айрат Мурзагалиев, указ уже подписан."
    assert [s for _, _, _, s in quotes(text)] == ["Айрат Мурзагалиев"]


def test_kommersant_with_a_date_after_it_spoke_itself():
    text = 'Как сообщал "Ъ" 6 июня, член бюро партии не исключил лишения губернатора партбилета.'
    assert [m.strip('"') for _, _, m, _ in quotes(text)] == ["Ъ"]


def test_an_outlet_in_marks_and_a_place_after_a_source():
    text = ('Источник "Ъ" в правительстве пояснил причину отказа иначе: "Все ждали предложения '
            'от премьера. Но приказа не последовало".')
    assert [(k, m) for k, _, m, _ in quotes(text)] == [("direct", 'Источник "Ъ" в правительстве')]
    text = "Источник «Интерфакса» в министерстве сообщил, что визит министра отложен до осени."
    assert [m for _, _, m, _ in quotes(text)] == ["Источник «Интерфакса» в министерстве"]


def test_a_newspaper_in_marks_before_a_time_keeps_its_mention():
    text = "Газета «Ведомости» в понедельник сообщила, что визит министра отложен до осени."
    assert [m for _, _, m, _ in quotes(text)] == ["Газета «Ведомости»"]


# --- "выражал надежду": the past imperfective of "выразить надежду" -----------------------------

def test_the_past_imperfective_of_expressing_hope():
    text = ("Премьер неоднократно выражал надежду на то, что его кабинет просуществует до "
            "середины августа.")
    assert quotes(text) == [("indirect", "его кабинет просуществует до середины августа",
                             "Премьер", "")]


def test_hope_without_a_clause_reports_nothing():
    assert quotes("Премьер неоднократно выражал надежду на скорое примирение сторон.") == []


# --- the unquoted part coordinated after a fragment -------------------------------------------

def test_a_predicate_coordinated_after_a_fragment_is_a_report():
    text = ("Новый глава полиции сказала, что она «просто в восторге» и очень рада вернуться на "
            "службу.")
    assert [(k, s) for k, s, _, _ in quotes(text)] == [
        ("partial", "просто в восторге"), ("indirect", "очень рада вернуться на службу")]


def test_a_second_fragment_or_a_main_verb_after_a_comma_is_no_report():
    text = "Министр заявил, что переговоры «зашли в тупик» и «больше не имеют смысла»."
    assert [k for k, _, _, _ in quotes(text)] == ["partial", "partial"]
    text = "Министр заявил, что переговоры «зашли в тупик», и покинул зал заседаний в знак протеста."
    assert [k for k, _, _, _ in quotes(text)] == ["partial"]


# --- a closing attribution before a colon that ends its paragraph ----------------------------

def test_a_closing_attribution_before_a_lost_block():
    text = ("Говорить о судьбе мессенджера пока преждевременно, решат контролирующие органы, "
            "заявил пресс-секретарь ведомства Вадим Ампелонский:\n\n\nВ июне сервис был включен в реестр.")
    assert [(k, m) for k, _, m, _ in quotes(text)] == [
        ("indirect", "пресс-секретарь ведомства Вадим Ампелонский")]


def test_a_colon_after_a_time_or_a_subject_before_the_verb_closes_nothing():
    text = "Иветта Зельдина, жена актёра, говорила два дня назад:\nТочные причины пока не известны."
    assert [k for k, _, _, _ in quotes(text) if k == "indirect"] == []
    text = "В сообщении Белого дома, выпущенном в воскресенье, говорится:\nПрезидент примет участие."
    assert [s for _, s, _, _ in quotes(text) if s.startswith("В сообщении")] == []
    # the words after the verb are its object: the subject and its apposition stand before it
    text = ("Пресс-служба телекомпании «Красный Квадрат», производителя шоу, цитирует "
            "гендиректора Илью Кривицкого:\nМы очень рады этому решению.")
    assert [s for _, s, _, _ in quotes(text) if s.startswith("Пресс-служба")] == []


# --- a court's verdict is no statement ---------------------------------------------------------

def test_what_a_court_finds_a_thing_is_a_verdict():
    assert quotes("Мособлсуд признал приговор законным и обоснованным.") == []
    assert quotes("Суд присяжных признал химикат фактором появления рака у истца.") == []
    assert quotes("Судья признал бывшего премьера виновным в уклонении от уплаты налогов.") == []


def test_what_a_person_admits_stays_a_report():
    text = "Министр признал свою ошибку в деле о пропавших миллионах."
    assert [(k, s) for k, s, _, _ in quotes(text)] == [
        ("indirect", "свою ошибку в деле о пропавших миллионах")]
    # a court's "признал, что P" is its finding, reported (as "постановил, что P")
    text = "Суд признал, что ведомство допустило ошибку в деле о пропавших миллионах."
    assert [k for k, _, _, _ in quotes(text)] == ["indirect"]


def test_an_object_after_a_closing_verb_is_no_speaker():
    # the subject and an apposition in commas before "признал": no "P, признал X" tail
    text = ("Двое других подозреваемых, находящихся в США, признали себя виновными в соучастии "
            "в этом заговоре.")
    assert quotes(text) == []
    text = ("Суд присяжных в Лос-Анджелесе, штат Калифорния, признал доктора Конрада Мюррея "
            "виновным в непредумышленном убийстве.")
    assert quotes(text) == []


def test_a_closing_admission_keeps_its_speaker():
    text = "Ситуация в регионе остаётся сложной, признал министр обороны."
    assert quotes(text) == [("indirect", "Ситуация в регионе остаётся сложной", "министр обороны", "")]


def test_a_noun_object_after_the_verb_is_the_report_not_what_precedes():
    text = ("Эрик Шмидт, возглавлявший в течение десяти лет крупнейшую интернет-компанию мира, "
            "объявил о своем уходе с поста гендиректора Google.")
    assert [(s, m) for _, s, m, _ in quotes(text)] == [
        ("своем уходе с поста гендиректора Google", "Эрик Шмидт")]
    text = ("Как только мэр в сентябре покинул свой пост, Бинг объявил о своем участии в борьбе "
            "за его место.")
    assert [s for _, s, _, _ in quotes(text)] == ["своем участии в борьбе за его место"]


def test_about_this_after_a_closing_verb_keeps_the_tail():
    text = "Переговоры окончательно зашли в тупик, сообщил министр иностранных дел."
    assert [s for _, s, _, _ in quotes(text)] == ["Переговоры окончательно зашли в тупик"]


# --- a reflexive verb in -нется ends the subject ------------------------------------------------

def test_a_verb_in_nyetsya_is_no_part_of_the_subject():
    text = "Юноша клянется в преданности лидеру, утверждает, что «победа над неверными близка»."
    assert [m for _, _, m, _ in quotes(text)] == ["Юноша"]
