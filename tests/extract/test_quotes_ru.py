"""Russian quotation and reported speech, construction by construction (ANNOTATION.md, "Russian
text"): each test is one way Russian news marks a statement, with the span and the speaker
mention the rules must give."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.core import paths
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.quotes.lang import LANGUAGES


def quotes(text: str, lang: str | None = "ru") -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one article."""
    articles = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    if lang is not None:
        articles["lang"] = [lang]
    q = extract_quotes(articles)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- quotations in marks -----------------------------------------------------------------------


def test_guillemets_with_the_dialogue_dash_after():
    assert quotes("«Мы готовы к переговорам», — заявил Песков.") == [
        ("direct", "Мы готовы к переговорам", "Песков")]


def test_attribution_with_role_and_name_after_the_dash():
    assert quotes("«Ситуация остаётся напряжённой», — отметила официальный представитель МИД "
                  "Мария Захарова.") == [
        ("direct", "Ситуация остаётся напряжённой", "официальный представитель МИД Мария Захарова")]


def test_quotation_interrupted_by_its_attribution_is_two_spans_with_one_speaker():
    assert quotes("«Мы открыты, — сказала она, — но не для давления».") == [
        ("direct", "Мы открыты", "она"), ("direct", "но не для давления", "она")]


def test_attribution_closing_the_quotation_inside_its_marks():
    assert quotes("«Это была опасная ситуация, — сказала она». После этого она ушла.") == [
        ("direct", "Это была опасная ситуация", "она")]


def test_attribution_after_a_quotation_in_wiki_italics():
    assert quotes("''«Нам особо приятно осознавать это»'', — сказал Дмитрий Святаш.") == [
        ("direct", "Нам особо приятно осознавать это", "Дмитрий Святаш")]


def test_colon_after_the_speaker():
    assert quotes("Песков: «Россия не вмешивается во внутренние дела соседей».") == [
        ("direct", "Россия не вмешивается во внутренние дела соседей", "Песков")]


def test_verb_and_colon_before_the_quote():
    assert quotes("Министр иностранных дел России Сергей Лавров заявил: «Это провокация».") == [
        ("direct", "Это провокация", "Министр иностранных дел России Сергей Лавров")]


def test_low_nine_marks_inside_guillemets_are_nested():
    got = quotes("«Он сказал мне: „Мы никуда не уйдём“, и ушёл», — рассказала она.")
    assert ("direct", "Он сказал мне: „Мы никуда не уйдём“, и ушёл", "она") in got
    assert ("nested", "Мы никуда не уйдём", "Он") in got


def test_a_quotation_in_wiki_italics_after_a_colon_is_direct():
    assert quotes("Спикер палаты общин Джон Беркау сказал: ''«Все присутствующие здесь должны "
                  "соблюдать порядок»''.") == [
        ("direct", "Все присутствующие здесь должны соблюдать порядок",
         "Спикер палаты общин Джон Беркау")]


def test_straight_quotes():
    assert quotes('"Мы будем бороться до конца", — заявил лидер партии.') == [
        ("direct", "Мы будем бороться до конца", "лидер партии")]


def test_a_statement_of_an_institution_carried_by_its_document():
    assert quotes("«Это абсолютно неприемлемо», — говорится в заявлении МИД России.") == [
        ("direct", "Это абсолютно неприемлемо", "МИД России")]


def test_a_fragment_after_a_verb_of_saying_is_partial_without_an_overlapping_report():
    assert quotes("Президент Франции заявил, что санкции «не дали результата» за год.") == [
        ("partial", "не дали результата", "Президент Франции")]


def test_a_short_fragment_with_a_verb_far_from_its_cue_is_partial_not_a_scare_quote():
    got = quotes("В своём заявлении Моралес подчеркнул, что Боливия «не боится» США и их "
                 "европейских союзников, и он «предоставит убежище американцу».")
    assert ("partial", "не боится", "Моралес") in got
    assert ("partial", "предоставит убежище американцу", "Моралес") in got


# --- speech without quotation marks ------------------------------------------------------------


def test_dialogue_line_opening_with_a_dash():
    assert quotes("— Мы не признаём выборы, — заявила Тихановская. — Мы требуем новых.") == [
        ("direct", "Мы не признаём выборы", "Тихановская"),
        ("direct", "Мы требуем новых.", "Тихановская")]


def test_block_after_a_colon_line_is_embedded():
    text = ("Тогда он сказал:\nЯ использовал три процента возможностей аппарата. "
            "Это будет непросто.")
    assert quotes(text) == [("embedded", "Я использовал три процента возможностей аппарата. "
                                         "Это будет непросто.", "он")]


def test_a_list_after_a_colon_is_not_a_statement():
    text = "Портфели распределены так:\nГлавный секретарь кабинета — Ёсихидэ Суга, министр."
    assert quotes(text) == []


# --- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "span", "mention"), [
    ("Министр иностранных дел Сергей Лавров заявил, что Россия не будет вводить санкции.",
     "Россия не будет вводить санкции", "Министр иностранных дел Сергей Лавров"),
    ("Она заявила, что уходит из большой политики.", "уходит из большой политики", "Она"),
    ("По словам Пескова, президент проведёт встречу в пятницу.",
     "президент проведёт встречу в пятницу", "Пескова"),
    ("По его словам, переговоры продолжатся на следующей неделе.",
     "переговоры продолжатся на следующей неделе", "его"),
    ("Как сообщил РИА Новости источник в правительстве, решение уже принято.",
     "решение уже принято", "источник в правительстве"),
    ("Встреча состоится в пятницу, — сообщил представитель Кремля.",
     "Встреча состоится в пятницу", "представитель Кремля"),
    ("Переговоры зашли в тупик, сообщает агентство Reuters.", "Переговоры зашли в тупик",
     "агентство Reuters"),
    ("По мнению экспертов, кризис продлится до конца года.", "кризис продлится до конца года",
     "экспертов"),
    ("Запад применяет двойные стандарты, говорится в заявлении МИД России.",
     "Запад применяет двойные стандарты", "МИД России"),
    ("Президент подписал указ об отставке губернатора, сообщает пресс-служба Кремля.",
     "Президент подписал указ об отставке губернатора", "пресс-служба Кремля"),
    ("Лавров назвал санкции бессмысленной мерой.", "санкции бессмысленной мерой", "Лавров"),
    ("Прокурор обвинил чиновника в получении взятки.", "чиновника в получении взятки",
     "Прокурор"),
])
def test_reported_speech(text, span, mention):
    assert quotes(text) == [("indirect", span, mention)]


@pytest.mark.parametrize(("text", "span", "mention"), [
    # a participial or relative phrase in commas between the subject and the verb
    ("Вице-президент федерации Клаудия Верду, ставшая свидетелем на свадьбе, пояснила, что пара "
     "искала помощи у федерации.", "пара искала помощи у федерации",
     "Вице-президент федерации Клаудия Верду"),
    ("Продюсеры сериала, в котором актёр играет главную роль, объявили о закрытии сериала после "
     "скандала.", "закрытии сериала после скандала", "Продюсеры сериала"),
    # a gloss in parentheses after the speaker of a sentence-final attribution (the gloss
    # belongs to the mention, as the gold marks it: sentences_mention_bounds, round 24)
    ("Бегун сбежал из расположения своей делегации в Москве, сообщила Кубинская федерация лёгкой "
     "атлетики (Federación Cubana de Atletismo; FCA).",
     "Бегун сбежал из расположения своей делегации в Москве",
     "Кубинская федерация лёгкой атлетики (Federación Cubana de Atletismo; FCA)"),
    # a long speaker phrase after "по мнению", up to its comma
    ("По мнению члена комитета Совфеда по обороне и безопасности Валерия Шнякина, присуждение "
     "премии возлагает на неё большую ответственность.",
     "присуждение премии возлагает на неё большую ответственность",
     "члена комитета Совфеда по обороне и безопасности Валерия Шнякина"),
    # the speaker after an adverbial opening
    ("В своём заявлении Моралес подчеркнул, что Боливия не боится санкций США.",
     "Боливия не боится санкций США", "Моралес"),
    ("В интервью РБК глава МИД Сергей Лавров заявил, что переговоры продолжатся в мае.",
     "переговоры продолжатся в мае", "глава МИД Сергей Лавров"),
])
def test_speaker_phrases(text, span, mention):
    assert quotes(text) == [("indirect", span, mention)]


@pytest.mark.parametrize(("text", "span", "mention"), [
    ("28 августа мать девушки Даниела Липницкая заявила о завершении спортивной карьеры дочери.",
     "завершении спортивной карьеры дочери", "мать девушки Даниела Липницкая"),
    ("В марте Норвежская академия наук и литературы объявила о присуждении премии математику.",
     "присуждении премии математику", "Норвежская академия наук и литературы"),
    ("В министерстве обороны ДНР подтвердили смерть полевого командира Моторолы.",
     "смерть полевого командира Моторолы", "министерстве обороны ДНР"),
    ("Африканская чума впервые добралась до области, констатирует «Комсомольская правда».",
     "Африканская чума впервые добралась до области", "«Комсомольская правда»"),
    ("Ларри Пейдж и Сергей Брин заявили, что уходят с постов руководителей.",
     "уходят с постов руководителей", "Ларри Пейдж и Сергей Брин"),
])
def test_speaker_phrases_with_dates_coordination_institutions_and_names_in_marks(text, span,
                                                                                 mention):
    assert quotes(text) == [("indirect", span, mention)]


def test_apposition_between_the_speaker_and_the_verb():
    assert quotes("Кевин Аллен, журналист газеты ''USA Today'', вспоминает: «Никто не был так "
                  "вежлив, как он».") == [("direct", "Никто не был так вежлив, как он",
                                          "Кевин Аллен")]


def test_an_indefinite_plural_with_no_subject_reports_without_a_speaker():
    assert quotes("Журналистов, которых обвиняли в том, что они пытались обратить местных жителей "
                  "в свою веру, отпустили.") == [
        ("indirect", "они пытались обратить местных жителей в свою веру, отпустили", "")]


def test_this_happened_is_no_report_of_the_sentence_before():
    got = quotes("Актёра лишили престижной премии. Это произошло после того, как его обвинили в "
                 "домогательствах к несовершеннолетнему.")
    assert all(span != "Актёра лишили престижной премии" for _, span, _ in got)


def test_a_gerund_after_a_comma_closes_no_report():
    # "назвав" opens a naming of its own (the subject is the main clause's); it does not make
    # the clause before it a report of "их"
    assert quotes("Министр отверг обвинения в расизме в адрес партии, назвав их пустыми словами.") \
        == [("indirect", "обвинения в расизме в адрес партии", "Министр"),
            ("indirect", "их пустыми словами", "Министр")]


def test_this_was_reported_with_an_adverbial_between():
    assert quotes("Скончался известный археолог Иван Петров. Об этом в Facebook рассказала его "
                  "вдова Елена.") == [
        ("indirect", "Скончался известный археолог Иван Петров", "его вдова Елена")]


def test_agentless_report_has_no_speaker():
    assert quotes("Сообщается, что в результате пожара никто не пострадал.") == [
        ("indirect", "в результате пожара никто не пострадал", "")]


def test_this_was_reported_by_makes_the_sentence_before_a_report():
    assert quotes("Министр подал в отставку. Об этом сообщил его пресс-секретарь.") == [
        ("indirect", "Министр подал в отставку", "его пресс-секретарь")]


def test_headline_speaker_and_colon():
    assert quotes("СМИ: Сын политика попал в ДТП в Москве\nВ среду произошла авария.") == [
        ("indirect", "Сын политика попал в ДТП в Москве", "СМИ")]


@pytest.mark.parametrize("headline", [
    "Отравление Скрипаля: следы вещества обнаружили в пиццерии",
    "Теракт в Иерусалиме: убиты двое полицейских",
    "Новый рекорд: Эверест покорил 80-летний японец",
])
def test_a_topic_before_the_headline_colon_is_no_speaker(headline):
    assert quotes(headline + "\nВ среду стало известно об этом.") == []


def test_a_negated_verb_reports_nothing():
    assert quotes("В тексте обвинения не указывается, что он был на месте преступления.") == []


# --- names and titles in guillemets ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Об этом сообщила газета «Коммерсантъ» со ссылкой на источники.",
    "Партия «Единая Россия» получила большинство мест в Государственной думе.",
    "ПАО «Газпром» увеличило экспорт газа в Европу на десять процентов.",
    "Операция «Буря в пустыне» началась в январе 1991 года.",
    "В прокат вышел фильм «Брат 2» режиссёра Алексея Балабанова.",
    "Документальный фильм «Александр Ширвиндт: „Ирония спасает от всего“» вышел в эфир.",
])
def test_names_and_titles_in_guillemets_are_not_quotes(text):
    assert quotes(text) == []


# --- the language of each article --------------------------------------------------------------


def test_each_article_is_read_by_the_rules_of_its_language():
    articles = pd.DataFrame({
        "doc_id": ["en", "ru", "ru_detected"],
        "text": ["“We are open,” she said.", "«Мы открыты», — сказала она.",
                 "«Мы открыты», — сказала она."],
        "lang": ["en", "ru", ""],
    })
    q = extract_quotes(articles)
    assert list(zip(q["doc_id"], q["text"], q["speaker_mention"], q["lang"])) == [
        ("en", "We are open,", "she", "en"), ("ru", "Мы открыты", "она", "ru"),
        ("ru_detected", "Мы открыты", "она", "ru")]


def test_language_codes_of_the_metadata_are_normalised():
    articles = pd.DataFrame({"doc_id": ["a"], "text": ["«Мы открыты», — сказала она."],
                             "language": ["Russian"]})
    assert extract_quotes(articles)["lang"].tolist() == ["ru"]


def test_russian_is_a_registered_language_with_its_own_lexicon():
    ru = LANGUAGES["ru"]
    lex = load_cues(paths.data_file(ru.cues_file))
    assert lex.language == "ru"
    # verbs by lemma: both aspects, every gender of the past, the present, the gerund
    forms = {f for c in lex.cues if c.lemma == "заявить" for f in c.forms}
    assert {"заявил", "заявила", "заявили", "заявляет", "заявит", "заявив"} <= forms
    assert (lex.genders["заявил"], lex.genders["заявила"], lex.genders["заявили"]) == (
        "m", "f", "pl")
