"""A third grid of Russian news attribution: what the second left (issue 12, branch ru-grid3).

The second grid (`test_quotes_ru_grid2.py`) left out interview turns, «Он добавил, что «…»»,
colon blocks of two paragraphs, «P1, — заявила X. — P2.» without marks and «на сайте
ведомства». This grid writes documents of 2-4 paragraphs for those and for a few more standard
shapes: a quote followed by «— отметил он, добавив, что …», «Как заявил X, …» with the report
over two sentences, opinion verbs («считает, что», «уверен, что»), «призвал» / «пообещал» with
an infinitive, and a headline-like first line «X: …» without marks.

Each family is decided by /work/shared/ANNOTATION.md and tests/gold/wikinews_ru/NOTES.md:

- «добавил, что «…»»: the whole clause in marks is one `partial` (NOTES dev10-train-99855,
  dev16-train-108179), no overlapping `indirect`.
- «считает, что» / «уверен, что» are `indirect` (NOTES train-13146, «Бортников уверен, что»;
  «посчитал, что» like «считает, что»).
- «призвал/пообещал» + infinitive: requests and promises without a reported proposition are
  not annotated (ANNOTATION.md): nothing expected.
- «Как заявил X, P1. P2.»: P2 is a continuation sentence with no cue of its own: not annotated.
- the headline «X: P» without marks is `indirect` (ANNOTATION.md).
- «P1, — заявила X. — P2.» without marks: P1 is `indirect` («…, — сообщил X» without marks);
  the rules are silent on P2 (the same statement resumed, or a sentence of the author's):
  either nothing or an `indirect` with the same speaker is accepted.
- a colon block of two paragraphs: `embedded` (ANNOTATION.md); the rules are silent on one
  span or one per paragraph: both accepted, each with the speaker.
- interview turns (a dash or «Вопрос:»/«Ответ:»): the rules are silent on whose words a
  question is. Only what is wrong whatever the reading is asserted: the journalist's question
  is never the interviewee's, and no turn is given to another person.
- «на сайте ведомства»: the mention is the in-text word; the actor is the body named before.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers


@dataclass(frozen=True)
class Person:
    """A speaker and the forms the documents use of them."""

    key: str
    full: str          # role and name, nominative
    surname: str       # nominative
    agree: str         # "m" or "f"
    actor: str

    @property
    def pron(self) -> str:
        """The subject pronoun."""
        return "он" if self.agree == "m" else "она"


PEOPLE = [
    Person("peskov", "пресс-секретарь Кремля Дмитрий Песков", "Песков", "m", "Dmitry Peskov"),
    Person("zakharova", "официальный представитель МИД России Мария Захарова", "Захарова", "f",
           "Maria Zakharova"),
    Person("lavrov", "министр иностранных дел России Сергей Лавров", "Лавров", "m",
           "Sergey Lavrov"),
    Person("tikhanovskaya", "лидер белорусской оппозиции Светлана Тихановская", "Тихановская",
           "f", "Svetlana Tikhanovskaya"),
    Person("lukashenko", "президент Белоруссии Александр Лукашенко", "Лукашенко", "m",
           "Alexander Lukashenko"),
]

PROPS = ["переговоры продолжатся на следующей неделе",
         "решение будет принято до конца месяца",
         "делегация прибудет в Женеву в среду",
         "санкции не повлияют на экономику страны",
         "новые консультации пройдут в Минске"]
QUESTIONS = ["Когда продолжатся переговоры?", "Будет ли принято решение до конца месяца?",
             "Прибудет ли делегация в Женеву?"]
LEAD = "Переговоры в Женеве завершились в пятницу."


def _v(verb: str, agree: str) -> str:
    """The past tense agreeing with the subject."""
    return verb + {"m": "", "f": "а", "pl": "и"}[agree]


def _cap(s: str) -> str:
    """The first letter in upper case."""
    return s[:1].upper() + s[1:]


# one expected record: (kind, text, acceptable mentions, actor: "" any, "NONE" none)
Rec = tuple[str, str, tuple[str, ...], str]


@dataclass(frozen=True)
class Case:
    """A document, the acceptable record lists (any one of them), and actors no record may get."""

    cid: str
    text: str
    options: tuple[tuple[Rec, ...], ...]
    not_actors: tuple[str, ...] = ()
    # interview cases: no exact records; a turn's text -> actors it may have ("" = none)
    turns: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _rec(kind: str, text: str, mentions: tuple[str, ...] | str, actor: str = "") -> Rec:
    m = (mentions,) if isinstance(mentions, str) else mentions
    return (kind, text, m, actor)


def _prop(i: int) -> str:
    return PROPS[i % len(PROPS)]


# --- families ------------------------------------------------------------------------------

def _added_partial() -> list[Case]:
    """«Он добавил, что «…»»: one `partial` over the clause in marks (NOTES dev10-train-99855)."""
    out = []
    for p, verb, sep in itertools.product(PEOPLE, ("добавил", "отметил", "подчеркнул"),
                                          (" ", "\n\n")):
        p1, p2 = _prop(len(out)), _prop(len(out) + 1)
        text = (f"{_cap(p.full)} {_v('заявил', p.agree)}, что {p1}.{sep}"
                f"{_cap(p.pron)} также {_v(verb, p.agree)}, что «{p2}».")
        out.append(Case(f"added_partial-{p.key}-{verb}-{len(sep)}", text, ((
            _rec("indirect", p1, _cap(p.full), p.actor),
            _rec("partial", p2, (p.pron, _cap(p.pron)), p.actor)),)))
    return out


def _colon_two_paragraphs() -> list[Case]:
    """«X заявил:» and a block of two paragraphs without marks: `embedded`, one span or two."""
    out = []
    for p, verb in itertools.product(PEOPLE, ("заявил", "написал", "сказал")):
        a, b, c = (_cap(_prop(len(out) + i)) for i in range(3))
        text = f"{LEAD}\n\n{p.surname} {_v(verb, p.agree)}:\n\n{a}. {b}.\n\n{c}."
        one = (_rec("embedded", f"{a}. {b}.\n\n{c}.", p.surname, p.actor),)
        two = (_rec("embedded", f"{a}. {b}.", p.surname, p.actor),
               _rec("embedded", f"{c}.", p.surname, p.actor))
        out.append(Case(f"colon_two-{p.key}-{verb}", text, (one, two)))
    return out


def _dash_unmarked() -> list[Case]:
    """«P1, — заявила X. — P2.» without marks: P1 `indirect`; P2 nothing or the same speaker."""
    out = []
    for p, verb, lead in itertools.product(PEOPLE, ("заявил", "сообщил", "сказал"),
                                           (False, True)):
        a, b = _cap(_prop(len(out))), _cap(_prop(len(out) + 1))
        text = (LEAD + " " if lead else "") + f"{a}, — {_v(verb, p.agree)} {p.surname}. — {b}."
        first = _rec("indirect", a, p.surname, p.actor)
        out.append(Case(f"dash_unmarked-{p.key}-{verb}-{int(lead)}", text, (
            (first,), (first, _rec("indirect", f"{b}.", p.surname, p.actor)),
            (first, _rec("indirect", b, p.surname, p.actor)))))
    return out


BODIES = [
    # (sentence naming the body, its actor; NONE: a body the registry does not know)
    ("В МИД России прокомментировали итоги встречи.", "Ministry of Foreign Affairs of Russia"),
    ("Министерство обороны России распространило заявление.", "Ministry of Defence of Russia"),
    ("МЧС России распространило заявление.", "NONE"),
    ("Федеральная таможенная служба распространила заявление.", "NONE"),
]


def _site_of_the_body() -> list[Case]:
    """«Об этом говорится в сообщении на сайте ведомства»: the body named before speaks."""
    out = []
    for (i, (lead, actor)), tail in itertools.product(enumerate(BODIES), (
            "Об этом говорится в сообщении на сайте ведомства.",
            "Об этом говорится в заявлении на сайте ведомства.",
            "Об этом сообщается на сайте ведомства.")):
        prop = _cap(_prop(len(out)))
        text = f"{lead} {prop}. {tail}"
        out.append(Case(f"site-{i}-{len(out)}", text, (
            (_rec("indirect", prop, ("ведомства", "ведомство"), actor),),)))
    return out


def _added_gerund() -> list[Case]:
    """«P1», — отметил он, добавив, что p2: a `direct` and an `indirect`, one speaker."""
    out = []
    for p, verb in itertools.product(PEOPLE, ("отметил", "заявил", "сказал")):
        a, b = _cap(_prop(len(out))), _prop(len(out) + 1)
        lead = f"{_cap(p.full)} {_v('ответил', p.agree)} на вопросы журналистов."
        text = f"{lead} «{a}», — {_v(verb, p.agree)} {p.pron}, добавив, что {b}."
        out.append(Case(f"added_gerund-{p.key}-{verb}", text, ((
            _rec("direct", a, p.pron, p.actor),
            _rec("indirect", b, p.pron, p.actor)),)))
    return out


def _kak_two_sentences() -> list[Case]:
    """«Как заявил X, P1. P2.»: P2 has no cue of its own and is not annotated."""
    out = []
    for p, verb, form in itertools.product(PEOPLE, ("заявил", "сообщил", "отметил"),
                                           ("full", "surname")):
        a, b = _prop(len(out)), _cap(_prop(len(out) + 1))
        who = p.full if form == "full" else p.surname
        text = f"Как {_v(verb, p.agree)} {who}, {a}. {b}."
        out.append(Case(f"kak_two-{p.key}-{verb}-{form}", text, (
            (_rec("indirect", a, who, p.actor),),)))
    return out


def _opinion() -> list[Case]:
    """«X считает, что P» / «X уверен, что P»: `indirect` (NOTES train-13146)."""
    out = []
    for p, verb, form in itertools.product(PEOPLE, ("считает", "уверен", "полагает",
                                                    "убежден"), ("full", "surname")):
        if verb in ("уверен", "убежден"):
            verb = verb + ("" if p.agree == "m" else "а")
        a = _prop(len(out))
        who = p.full if form == "full" else p.surname
        text = f"{_cap(who)} {verb}, что {a}."
        out.append(Case(f"opinion-{p.key}-{verb}-{form}", text, (
            (_rec("indirect", a, _cap(who), p.actor),),)))
    return out


INFINITIVES = ["продолжить переговоры на следующей неделе",
               "принять решение до конца месяца",
               "направить делегацию в Женеву"]


def _requests_promises() -> list[Case]:
    """«X призвал стороны …» / «X пообещал …» with an infinitive: not annotated."""
    out = []
    for p, verb, inf in itertools.product(PEOPLE, ("призвал стороны", "пообещал",
                                                   "призвал власти", "пообещал в ближайшее "
                                                   "время"), INFINITIVES):
        v, _, rest = verb.partition(" ")
        text = f"{LEAD} {_cap(p.full)} {_v(v, p.agree)}{' ' + rest if rest else ''} {inf}."
        out.append(Case(f"request-{p.key}-{verb.replace(' ', '_')}-{INFINITIVES.index(inf)}",
                        text, ((),)))
    return out


def _headline() -> list[Case]:
    """The first line «Лавров: P» without marks: `indirect` (ANNOTATION.md)."""
    out = []
    for p, n in itertools.product(PEOPLE, range(3)):
        a = _cap(_prop(len(out)))
        text = f"{p.surname}: {a}\n\n{LEAD}"
        out.append(Case(f"headline-{p.key}-{n}", text if n == 0 else
                        f"{p.surname}: {a}\n\n{LEAD} {_cap(_prop(len(out) + n))}.",
                        ((_rec("indirect", a, p.surname, p.actor),),) if n == 0 else
                        ((_rec("indirect", a, p.surname, p.actor),),)))
    return out


def _interview() -> list[Case]:
    """Interview turns: the question is never the interviewee's; no turn goes to another."""
    out = []
    for p, (qi, shape) in itertools.product(PEOPLE, itertools.product(
            range(len(QUESTIONS)), ("dash", "labels"))):
        q, a = QUESTIONS[qi], _cap(_prop(qi)) + "."
        lead = f"{_cap(p.full)} {_v('дал', p.agree)} интервью газете «Известия»."
        if shape == "dash":
            text = f"{lead}\n\n— {q}\n\n— {a}"
        else:
            text = f"{lead}\n\nВопрос: {q}\n\nОтвет: {a}"
        others = tuple(o.actor for o in PEOPLE if o is not p)
        out.append(Case(f"interview-{p.key}-{qi}-{shape}", text, (), others,
                        ((q, ("",)), (a, (p.actor, "")))))
    return out


FAMILIES = {"added_partial": _added_partial, "colon_two": _colon_two_paragraphs,
            "dash_unmarked": _dash_unmarked, "site": _site_of_the_body,
            "added_gerund": _added_gerund, "kak_two": _kak_two_sentences,
            "opinion": _opinion, "request": _requests_promises, "headline": _headline,
            "interview": _interview}
GRID = [c for build in FAMILIES.values() for c in build()]


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[str, str, str, str]]]:
    """Every grid document through the extractor and the speaker attribution, once."""
    arts = pd.DataFrame({"doc_id": [c.cid for c in GRID], "text": [c.text for c in GRID],
                         "lang": ["ru"] * len(GRID)})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    q = q.sort_values(["doc_id", "start"], kind="stable")
    out: dict[str, list[tuple[str, str, str, str]]] = {c.cid: [] for c in GRID}
    for r in q.itertuples():
        out[str(r.doc_id)].append((str(r.kind), str(r.text), str(r.speaker_mention),
                                   "" if pd.isna(r.speaker) else str(r.speaker)))
    return out


def test_the_grid_is_large_and_distinct():
    assert len(GRID) > 200
    assert len({c.cid for c in GRID}) == len(GRID)
    assert len({c.text for c in GRID}) == len(GRID)


def _matches(got: list[tuple[str, str, str, str]], option: tuple[Rec, ...]) -> bool:
    if [(k, t) for k, t, _, _ in got] != [(k, t) for k, t, _, _ in option]:
        return False
    for (_, _, mention, speaker), (_, _, mentions, actor) in zip(got, option):
        if mention not in mentions or (actor and speaker != actor.replace("NONE", "")):
            return False
    return True


def _strip(s: str) -> str:
    return s.strip(" .,—-«»\n")


# Left (docs/validation.md, "A third Russian grid"): the second paragraph of a colon block is
# lost; the paragraph after a block may be the author's narration (NOTES.md: «Выйти из отпуска
# Астахов должен был сегодня.» after Песков's block), which no rule here tells apart. Strict:
# a fix must remove the mark.
_LEFT = {"colon_two"}


def _param(c: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason="left: the block's second paragraph")] \
        if c.cid.split("-")[0] in _LEFT else []
    return pytest.param(c, id=c.cid, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in GRID])
def test_grid_case(case: Case, results: dict[str, list[tuple[str, str, str, str]]]):
    got = results[case.cid]
    for _, _, _, speaker in got:
        assert speaker not in case.not_actors, got
    if case.turns:
        for turn, allowed in case.turns:
            for _, text, _, speaker in got:
                if _strip(turn) in _strip(text) or _strip(text) in _strip(turn):
                    assert speaker in allowed, got
        return
    assert any(_matches(got, option) for option in case.options), got


# --- the two readers this round added, directly ----------------------------------------------

def _read(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, text, speaker_mention, speaker)`` of each record of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    q = q.sort_values("start", kind="stable")
    return [(str(r.kind), str(r.text), str(r.speaker_mention),
             "" if pd.isna(r.speaker) else str(r.speaker)) for r in q.itertuples()]


def test_a_that_clause_in_marks_over_sentences_is_one_partial():
    got = _read("Лавров сказал, что «переговоры продолжатся. Решение будет принято до конца "
                "месяца».")
    assert [(k, t) for k, t, _, _ in got] == [
        ("partial", "переговоры продолжатся. Решение будет принято до конца месяца")]


def test_a_quotation_after_a_colon_or_alone_stays_direct():
    # no «что» before the mark: a sentence of its own, `direct` as before
    got = _read("Лавров заявил: «Переговоры продолжатся на следующей неделе».")
    assert [k for k, _, _, _ in got] == ["direct"]
    got = _read("«Что будет с переговорами, решат в пятницу», — сказал Лавров.")
    assert [k for k, _, _, _ in got] == ["direct"]


def test_a_question_that_closes_a_dialogue_is_kept():
    # no dash line after it: not an interview turn answered below (the rule keeps it)
    from discourse.extract.quotes.document import Doc
    from discourse.extract.quotes.lang.ru.interview_questions import interviewer_question

    class _Lex:  # the reader needs only the text and the paragraphs
        pass

    text = "Лавров ответил на вопросы.\n\n— Когда продолжатся переговоры?\n\nОтвета не было."
    doc = Doc(text, _Lex(), lambda toks, lex: [])  # type: ignore[arg-type]
    k = next(i for i, (ps, _) in enumerate(doc.paras) if text[ps] == "—")
    end = doc.paras[k][1]
    assert not interviewer_question(doc, end, k)
    text2 = text.replace("Ответа не было.", "— Переговоры продолжатся на следующей неделе.")
    doc2 = Doc(text2, _Lex(), lambda toks, lex: [])  # type: ignore[arg-type]
    assert interviewer_question(doc2, doc2.paras[k][1], k)
    # an answer (no question mark) is never the interviewer's
    assert not interviewer_question(doc2, doc2.paras[k + 1][1], k + 1)


def test_an_unknown_agency_is_not_the_media_regulator():
    # «ведомство» alone names no body: with no agency the registry knows before it, no actor
    got = _read("МЧС России распространило заявление. Учения продолжатся на следующей неделе. "
                "Об этом говорится в сообщении на сайте ведомства.")
    assert [(m, s) for _, _, m, s in got] == [("ведомства", "")]
    got = _read("Роскомнадзор распространил заявление. Сайт будет заблокирован на следующей "
                "неделе. Об этом говорится в сообщении на сайте ведомства.")
    assert [(m, s) for _, _, m, s in got] == [("ведомства", "Roskomnadzor")]
