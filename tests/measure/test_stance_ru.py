"""Stance in Russian: hand-labelled sentences (labelled before the rules were run on them).

Each case is a short Russian sentence and the stance a reader takes it to express toward each
target it mentions (favour, against or none). The rules need not get all of them right; the test
asserts the share they do and that no case flips favour into against or back, which is the error
a reader of the report would mind most.
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.measure.stance import RUSSIAN, load_stance_lexicon, load_targets, stance_language, stance_of

# (sentence, {target: expected label}); a target not listed is expected not to be mentioned.
CASES: list[tuple[str, dict[str, str]]] = [
    ("Мы решительно осуждаем агрессию России против Украины.", {"russia": "against"}),
    ("Россия — наш надёжный союзник и стратегический партнёр.", {"russia": "favour"}),
    ("Евросоюз ввёл новые санкции против Белоруссии.", {"west": "none", "lukashenko": "against"}),
    ("Лукашенко сфальсифицировал результаты выборов.", {"lukashenko": "against"}),
    ("Режим Лукашенко жестоко подавляет мирные протесты.", {"lukashenko": "against"}),
    ("Мы благодарим наших западных партнёров за поддержку.", {"west": "favour"}),
    ("Кремль поддержал инициативу Минска.", {"russia": "none", "lukashenko": "favour"}),
    ("Запад ведёт против нас гибридную войну и лицемерно говорит о правах человека.",
     {"west": "against"}),
    ("НАТО угрожает безопасности России.", {"west": "against", "russia": "none"}),
    ("Песков заявил, что переговоры прошли в конструктивной атмосфере.", {"russia": "none"}),
    ("Президент России встретился с главой МИД Франции в понедельник.", {"russia": "none"}),
    ("Соединённые Штаты являются нашим важнейшим партнёром.", {"west": "favour"}),
    ("США грубо вмешиваются во внутренние дела нашей страны.", {"west": "against"}),
    ("Мы не поддерживаем политику Вашингтона.", {"west": "against"}),
    ("Мы не осуждаем Россию, мы призываем к диалогу.", {"russia": "none"}),
    ("Нелегитимный президент Лукашенко должен уйти.", {"lukashenko": "against"}),
    ("Белоруссия и Россия — братские народы.", {"lukashenko": "favour", "russia": "favour"}),
    ("Оппозиция обвиняет Кремль в убийстве Навального.", {"russia": "against"}),
    ("Встреча прошла в Москве.", {}),
    ("В России прошли выборы в Государственную думу.", {}),
    ("Минск приветствует решение Москвы возобновить поставки.", {"lukashenko": "none",
                                                                  "russia": "favour"}),
    ("Агрессия со стороны НАТО недопустима.", {"west": "against"}),
    ("Евросоюз оказал помощь беженцам.", {"west": "favour"}),
    ("Путин похвалил Лукашенко за стабильность.", {"russia": "none", "lukashenko": "favour"}),
    ("Мы высоко ценим сотрудничество с Евросоюзом.", {"west": "favour"}),
    ("Российские войска обстреляли жилые кварталы Харькова.", {"russia": "against"}),
    ("Лукашенко выступил с обращением к нации.", {"lukashenko": "none"}),
    ("Наши западные партнёры снова применяют двойные стандарты.", {"west": "against"}),
    ("Мы уважаем выбор белорусского народа.", {}),
    ("Захарова назвала заявление Госдепа очередной провокацией.", {"russia": "none",
                                                                  "west": "against"}),
    ("Москва готова к конструктивному диалогу с Вашингтоном.", {"russia": "favour",
                                                                "west": "none"}),
    ("Россия нарушила международное право, аннексировав Крым.", {"russia": "against"}),
    ("Брюссель критикует Минск за репрессии.", {"west": "none", "lukashenko": "against"}),
    ("На западе страны прошли дожди.", {}),
    ("Белорусские власти задержали сотни демонстрантов.", {"lukashenko": "none"}),
]


def _results():
    lex, targets = load_stance_lexicon(), load_targets()
    ids = ("russia", "west", "lukashenko")
    out = []
    for text, expected in CASES:
        got = stance_of(text, targets, lex)
        for tid in ids:
            exp = expected.get(tid)
            mentioned = got[tid].mentions > 0
            out.append((text, tid, exp if exp is not None else "absent",
                        got[tid].label if mentioned else "absent"))
    return pd.DataFrame(out, columns=["text", "target", "expected", "got"])


def test_russian_sentences_are_read_by_the_russian_rules():
    assert all(stance_language(text) is RUSSIAN for text, _ in CASES)
    assert len(CASES) >= 30


def test_share_right_on_hand_labelled_russian_sentences():
    res = _results()
    mentioned = res[res["expected"] != "absent"]
    share = float((mentioned["expected"] == mentioned["got"]).mean())
    # measured 2026-12-06: see docs/validation.md, "Russian measures"
    assert share >= 0.7, res[res["expected"] != res["got"]].to_string()


def test_mentions_are_found_where_expected_and_only_there():
    res = _results()
    found = res["got"] != "absent"
    expected = res["expected"] != "absent"
    assert (found == expected).mean() >= 0.9, res[found != expected].to_string()


def test_no_case_flips_favour_into_against():
    res = _results()
    flips = res[((res["expected"] == "favour") & (res["got"] == "against"))
                | ((res["expected"] == "against") & (res["got"] == "favour"))]
    assert len(flips) <= 1, flips.to_string()


@pytest.mark.parametrize("text", ["Встреча прошла в Москве.", "В России прошли выборы.",
                                  "На западе страны прошли дожди."])
def test_places_and_the_compass_are_not_mentions(text):
    got = stance_of(text, load_targets(), load_stance_lexicon())
    assert all(s.mentions == 0 for s in got.values())
