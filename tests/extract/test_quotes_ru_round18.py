"""Russian quotation and reported speech, round eighteen (the fresh split dev12). Short news
sentences of our own, with the cases that must not move."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, span, speaker mention, speaker)`` of each quote of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = extract_attributed_quotes(arts, actors=load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker if isinstance(r.speaker, str) else "")
            for r in q.itertuples()]


# --- a quotation interrupted by an attribution that runs on to its sentence's end -------------

def test_an_attribution_with_a_long_tail_still_splits_the_quotation():
    got = quotes("Новость дня.\n\n«Это было трудное решение,\u00a0— сказала она журналистам, "
                 "выступая на форуме в Петербурге в 2015 году.\u00a0— Но мы не могли поступить "
                 "иначе».")
    assert [(k, s, m) for k, s, m, _ in got] == [
        ("direct", "Это было трудное решение", "она"),
        ("direct", "Но мы не могли поступить иначе", "она")]


def test_a_dash_inside_the_speech_after_the_attribution_is_no_second_part():
    # one span: the dash after the attribution's sentence opens no new part when the
    # quotation ends with the attribution («…, — сказал он.»), and a dash inside the words
    # themselves splits nothing
    got = quotes("Новость дня.\n\n«Бюджет — это главный закон года», — сказал министр финансов.")
    assert [(k, s, m) for k, s, m, _ in got] == [
        ("direct", "Бюджет — это главный закон года", "министр финансов")]


# --- a quotation opening its paragraph behind wiki italics ------------------------------------

def test_a_quotation_in_wiki_italics_interrupted_by_its_attribution_is_two_directs():
    got = quotes("Концерт прошёл в пятницу.\n\n''«Этот праздник — один из самых тёплых для "
                 "каждого из нас,'' — сказал депутат Иван Петров. — ''Учителя "
                 "формируют будущее нашей страны»''.")
    assert [(k, s, m) for k, s, m, _ in got] == [
        ("direct", "Этот праздник — один из самых тёплых для каждого из нас", "депутат Иван Петров"),
        ("direct", "Учителя формируют будущее нашей страны", "депутат Иван Петров")]


def test_a_name_in_wiki_italics_at_a_paragraphs_head_stays_no_quote():
    assert quotes("Новость дня.\n\n''«Новое время»'' — так называлась газета.") == []


# --- words in marks that a promise, thanks or critique quotes ------------------------------------

def test_the_words_in_marks_of_a_promise_thanks_or_critique_are_the_speakers():
    assert quotes("После встречи премьер Иван Петров поблагодарил «своего друга» Лукашенко.") == [
        ("partial", "своего друга", "премьер Иван Петров", "Иван Петров")]
    assert quotes('Министр Пётр Сидоров пообещал в случае победы сформировать правительство из '
                  '"абсолютно новых людей".') == [
        ("partial", "абсолютно новых людей", "Министр Пётр Сидоров", "Пётр Сидоров")]
    assert quotes("В своём обращении он подверг критике консерваторов за их «недостаточно "
                  "жёсткую» политику.") == [("partial", "недостаточно жёсткую", "он", "")]


def test_a_name_or_a_requested_measure_in_marks_stays_no_quote():
    # a name after thanks; the name of an offence in a proposal or a request; nobody named
    for text in ("Министр Иван Петров поблагодарил сотрудников компании «Газпром нефть».",
                 "Губернатор Олег Иванов поблагодарил театр «Современник» за гастроли.",
                 "Депутаты Иван Петров и Олег Сидоров предложили ввести уголовную ответственность "
                 "за «пропаганду терроризма».",
                 "Прокурор Андрей Смирнов просил переквалифицировать обвинение на более мягкое "
                 "— «причинение смерти по неосторожности».",
                 "Было обещано сформировать правительство из «абсолютно новых людей»."):
        assert quotes(text) == [], text


# --- a characterisation "X как «Y»" after определить, оценить, оправдывать -------------------------

def test_a_characterisation_in_marks_is_the_speakers_word():
    assert quotes("Министр Иван Петров определил будущее отрасли как «безнадёжное».") == [
        ("partial", "безнадёжное", "Министр Иван Петров", "Иван Петров")]
    assert quotes("Министр Иван Петров оценил ситуацию как «критическую».") == [
        ("partial", "критическую", "Министр Иван Петров", "Иван Петров")]


def test_a_block_after_a_justification_under_a_colon_is_embedded():
    got = quotes("В 1994 году премьер Иван Петров оправдывал решение как «необходимый» шаг:\n"
                 "Без этих мер страна столкнулась бы с ситуацией, которая была бы хуже.")
    assert ("embedded", "Без этих мер страна столкнулась бы с ситуацией, которая была бы хуже.",
            "премьер Иван Петров", "Иван Петров") in got


def test_an_acquittal_or_a_named_winner_is_no_quote():
    for text in ("Суд оправдал обвиняемого по делу «Кировлеса».",
                 "Жюри определило победителя конкурса «Голос».",
                 "Эксперты оценили ущерб от урагана «Катрина» в миллиард долларов."):
        assert quotes(text) == [], text


# --- a block under a colon line whose second verb has an adverb after "и" ------------------------

def test_the_first_verbs_subject_speaks_past_an_adverb_after_and():
    got = quotes("Новость дня.\n\nВ своём письме актёр Иван Петров не стеснялся в выражениях и "
                 "фактически отказался от гражданства:\nКто вы такой, чтобы судить меня? Я отдаю "
                 "вам свой паспорт.")
    assert [(k, spk) for k, _, _, spk in got] == [("embedded", "Иван Петров")]


def test_a_block_in_the_third_person_under_such_a_line_stays_the_authors():
    assert quotes("Новость дня.\n\nДепутат Иван Петров пришёл в зал и молча сел:\nЗаседание "
                  "началось в десять часов утра.") == []
