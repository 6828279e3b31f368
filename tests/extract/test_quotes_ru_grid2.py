"""A second grid of Russian news attribution: whole-article shapes (issue 12, branch ru-grid2).

The first grid (`test_quotes_ru_grid.py`) puts speakers into one-sentence shapes. Whole articles
hold shapes one sentence cannot: a report whose content stands in the sentence before («…. Об
этом заявил X»), reports continued by a pronoun or a role after a first attribution («Он также
отметил, что …», «По её словам, …», «Как подчеркнул дипломат, …»), a «…» quotation running over
paragraphs (each new paragraph reopened with «), dialogue after a sentence that names the
speaker («…», — заявил он), a colon before a block without marks, a role whose genitive
complement is itself a role with a name («представитель генсека ООН Антониу Гутерриша»: the
name is the Secretary-General's, not the speaker's) and institutional sources («говорится в
заявлении МИД», «как сообщает ТАСС со ссылкой на источник»). Every document is written for this
grid (2-4 sentences or paragraphs), genders and inflections varied; each case checks every
record found: its text, kind, mention and, where the registry knows the speaker, the actor.

Left out as ambiguous (ANNOTATION.md does not say): interview turns opening with a dash or with
«Вопрос:»/«Ответ:» (whose words the question is), and the plural «они» of a group the registry
does not know beyond the mention.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers


@dataclass(frozen=True)
class Person:
    """A speaker and the forms a whole article uses of them."""

    key: str
    full: str          # the first mention, nominative, role and name
    surname: str       # nominative
    agree: str         # "m" or "f": the past verb's ending
    role: str          # a role noun that refers back («дипломат»), nominative
    actor: str

    @property
    def pron(self) -> str:
        """The subject pronoun."""
        return "он" if self.agree == "m" else "она"

    @property
    def poss(self) -> str:
        """The possessive of «По его словам»."""
        return "его" if self.agree == "m" else "её"


PEOPLE = [
    Person("peskov", "пресс-секретарь Кремля Дмитрий Песков", "Песков", "m", "пресс-секретарь",
           "Dmitry Peskov"),
    Person("zakharova", "официальный представитель МИД России Мария Захарова", "Захарова", "f",
           "дипломат", "Maria Zakharova"),
    Person("lavrov", "министр иностранных дел России Сергей Лавров", "Лавров", "m", "министр",
           "Sergey Lavrov"),
    Person("tikhanovskaya", "лидер белорусской оппозиции Светлана Тихановская", "Тихановская",
           "f", "политик", "Svetlana Tikhanovskaya"),
    Person("lukashenko", "президент Белоруссии Александр Лукашенко", "Лукашенко", "m",
           "белорусский лидер", "Alexander Lukashenko"),
]

# propositions, lower case (capitalised where they open a sentence)
PROPS = ["переговоры продолжатся на следующей неделе",
         "решение будет принято до конца месяца",
         "делегация прибудет в Женеву в среду",
         "санкции не повлияют на экономику страны"]
LEAD = "Переговоры в Женеве завершились в пятницу."


def _v(verb: str, agree: str) -> str:
    """The past tense agreeing with the subject: заявил, заявила, заявили."""
    return verb + {"m": "", "f": "а", "pl": "и"}[agree]


def _cap(s: str) -> str:
    """The first letter in upper case."""
    return s[:1].upper() + s[1:]


# One expected record: (kind, text, acceptable mentions, actor or "" for none expected,
# actors that must NOT be given)
Rec = tuple[str, str, tuple[str, ...], str, tuple[str, ...]]


@dataclass(frozen=True)
class Case:
    """One document and every record expected from it, in text order."""

    cid: str
    text: str
    records: tuple[Rec, ...]


def _rec(kind: str, text: str, mentions: tuple[str, ...] | str, actor: str = "",
         not_actors: tuple[str, ...] = ()) -> Rec:
    m = (mentions,) if isinstance(mentions, str) else mentions
    return (kind, text, m, actor, not_actors)


# --- the family builders ---------------------------------------------------------------------

def _ob_etom() -> list[Case]:
    """«P. Об этом заявил X.»: the sentence before is the report (ANNOTATION.md)."""
    out = []
    props = itertools.cycle(PROPS)
    for p, verb, form, lead in itertools.product(PEOPLE, ("заявил", "сообщил", "сказал",
                                                           "написал"), ("full", "surname"),
                                                 (False, True)):
        prop = _cap(next(props))
        who = p.full if form == "full" else p.surname
        text = (LEAD + " " if lead else "") + f"{prop}. Об этом {_v(verb, p.agree)} {who}."
        out.append(Case(f"ob_etom-{p.key}-{verb}-{form}-{int(lead)}", text,
                        (_rec("indirect", prop, who, p.actor),)))
    sources = [
        ("Об этом говорится в заявлении МИД России.", ("МИД России",),
         "Ministry of Foreign Affairs of Russia"),
        ("Об этом пишет «Коммерсантъ».", ("«Коммерсантъ»", "Коммерсантъ"), ""),
        ("Об этом сообщает пресс-служба Кремля.", ("пресс-служба Кремля",), "Kremlin"),
        ("Об этом сообщает ТАСС со ссылкой на источник.", ("ТАСС",), ""),
        ("Об этом сообщает РИА Новости со ссылкой на источник в правительстве.",
         ("РИА Новости",), ""),
        ("Об этом сообщили в пресс-службе Кремля.", ("пресс-службе Кремля",), "Kremlin"),
        ("Об этом говорится в сообщении на сайте Кремля.", ("Кремля",), "Kremlin"),
        ("Об этом говорится в заявлении на официальном сайте МИД России.", ("МИД России",),
         "Ministry of Foreign Affairs of Russia"),
    ]
    for (i, (tail, mentions, actor)), lead in itertools.product(enumerate(sources),
                                                                (False, True)):
        prop = _cap(PROPS[i % len(PROPS)])
        text = (LEAD + " " if lead else "") + f"{prop}. {tail}"
        out.append(Case(f"ob_etom-source{i}-{int(lead)}", text,
                        (_rec("indirect", prop, mentions, actor),)))
    return out


def _continued() -> list[Case]:
    """A first attribution, then a report continued by a pronoun, «по его словам» or a role."""
    out = []
    for p, verb, cont, sep in itertools.product(
            PEOPLE, ("заявил", "сообщил", "сказал"),
            ("also", "added", "po_slovam", "kak_role", "stressed"), (" ", "\n\n")):
        p1, p2 = PROPS[len(out) % 4], PROPS[(len(out) + 1) % 4]
        first = f"{_cap(p.full)} {_v(verb, p.agree)}, что {p1}."
        if cont == "also":
            second, mention = f"{_cap(p.pron)} также {_v('отметил', p.agree)}, что {p2}.", p.pron
        elif cont == "added":
            second, mention = f"{_cap(p.pron)} {_v('добавил', p.agree)}, что {p2}.", p.pron
        elif cont == "po_slovam":
            second, mention = f"По {p.poss} словам, {p2}.", p.poss
        elif cont == "kak_role":
            second, mention = f"Как {_v('подчеркнул', p.agree)} {p.role}, {p2}.", p.role
        else:
            second, mention = f"{_cap(p.pron)} также {_v('подчеркнул', p.agree)}, что {p2}.", \
                p.pron
        out.append(Case(f"continued-{p.key}-{verb}-{cont}-{len(sep)}", first + sep + second, (
            _rec("indirect", p1, _cap(p.full), p.actor),
            _rec("indirect", p2, (mention, _cap(mention)), p.actor))))
    return out


def _continued_past_other() -> list[Case]:
    """A pronoun continues the first speaker past a second speaker of the other gender."""
    out = []
    men = [p for p in PEOPLE if p.agree == "m"]
    women = [p for p in PEOPLE if p.agree == "f"]
    pairs = [(a, b) for a in men for b in women] + [(b, a) for a in men for b in women]
    for (a, b), cont in itertools.product(pairs, ("also", "po_slovam")):
        p1, p2, p3 = PROPS[len(out) % 4], PROPS[(len(out) + 1) % 4], PROPS[(len(out) + 2) % 4]
        if cont == "also":
            third, mention = f"{_cap(a.pron)} также {_v('отметил', a.agree)}, что {p3}.", a.pron
        else:
            third, mention = f"По {a.poss} словам, {p3}.", a.poss
        text = (f"{_cap(a.surname)} {_v('заявил', a.agree)}, что {p1}. "
                f"{b.surname} {_v('сообщил', b.agree)}, что {p2}. {third}")
        out.append(Case(f"past_other-{a.key}-{b.key}-{cont}", text, (
            _rec("indirect", p1, a.surname, a.actor),
            _rec("indirect", p2, b.surname, b.actor),
            _rec("indirect", p3, (mention, _cap(mention)), a.actor))))
    return out


def _paragraphs() -> list[Case]:
    """A «…» quotation over paragraphs: no closing mark at a paragraph's end, « reopening the
    next (Russian typography); the tag in the first paragraph. One span, breaks included."""
    out = []
    for p, verb, n in itertools.product(PEOPLE, ("заявил", "сказал", "написал"), (2, 3)):
        paras = [_cap(PROPS[(len(out) + i) % 4]) + "." for i in range(n)]
        body = "\n\n«".join(paras)
        text = f"{_cap(p.full)} {_v(verb, p.agree)}: «{body[:-1]}»."
        out.append(Case(f"paragraphs-colon-{p.key}-{verb}-{n}", text, (
            _rec("direct", body[:-1], _cap(p.full), p.actor),)))
    for p, verb in itertools.product(PEOPLE, ("заявил", "сказал")):
        a, b, c = (_cap(PROPS[(len(out) + i) % 4]) for i in range(3))
        text = f"«{a}, — {_v(verb, p.agree)} {p.surname}. — {b}.\n\n«{c}»."
        out.append(Case(f"paragraphs-dash-{p.key}-{verb}", text, (
            _rec("direct", a, p.surname, p.actor),
            _rec("direct", f"{b}.\n\n«{c}", p.surname, p.actor))))
    return out


def _dialogue() -> list[Case]:
    """Dialogue dashes after a sentence naming the speaker; the pronoun reaches them."""
    out = []
    for p, shape in itertools.product(PEOPLE, ("said", "split", "asked", "exclaimed")):
        lead = f"{_cap(p.full)} {_v('ответил', p.agree)} на вопросы журналистов."
        a, b = _cap(PROPS[len(out) % 4]), PROPS[(len(out) + 1) % 4]
        if shape == "said":
            text, recs = f"{lead} «{a}», — {_v('заявил', p.agree)} {p.pron}.", ((a,),)
        elif shape == "split":
            text = f"{lead} «{a}, — {_v('сказал', p.agree)} {p.pron}, — а {b}»."
            recs = ((a,), (f"а {b}",))
        elif shape == "asked":
            text, recs = f"{lead} «{a}?» — {_v('спросил', p.agree)} {p.pron}.", ((a + "?",),)
        else:
            text, recs = (f"{lead} «{a}!» — {_v('воскликнул', p.agree)} {p.pron}.",
                          ((a + "!",),))
        out.append(Case(f"dialogue-{p.key}-{shape}", text, tuple(
            _rec("direct", r[0], p.pron, p.actor) for r in recs)))
    return out


def _colon_block() -> list[Case]:
    """«X заявил:» closing a paragraph and a block without marks after it (a Wikinews template
    that lost its marks: `embedded`), and the headline «X: «…»» (`direct`)."""
    out = []
    for p, verb in itertools.product(PEOPLE, ("заявил", "написал", "сказал")):
        a, b = _cap(PROPS[len(out) % 4]), _cap(PROPS[(len(out) + 1) % 4])
        text = f"{LEAD}\n\n{p.surname} {_v(verb, p.agree)}:\n\n{a}. {b}."
        out.append(Case(f"colon_block-{p.key}-{verb}", text, (
            _rec("embedded", f"{a}. {b}.", p.surname, p.actor),)))
    for p in PEOPLE:
        a = _cap(PROPS[len(out) % 4])
        out.append(Case(f"colon_headline-{p.key}", f"{p.surname}: «{a}».\n\n{LEAD}", (
            _rec("direct", a, p.surname, p.actor),)))
    return out


# A role whose complement is a role with a name: the name is the complement's, so the speaker is
# the description (no actor) and never the named person, nor the organisation of the complement
# («ООН» is the Secretary-General's).
INNER = [
    # (nominative outer + inner + genitive name, genitive of the whole, the inner person)
    ("представитель генсека ООН Антониу Гутерриша",
     "представителя генсека ООН Антониу Гутерриша", "António Guterres"),
    ("советник президента Александра Лукашенко", "советника президента Александра Лукашенко",
     "Alexander Lukashenko"),
    ("помощник министра обороны Сергея Шойгу", "помощника министра обороны Сергея Шойгу",
     "Sergei Shoigu"),
    ("заместитель министра иностранных дел Сергея Лаврова",
     "заместителя министра иностранных дел Сергея Лаврова", "Sergey Lavrov"),
    ("представитель министра обороны Сергея Шойгу", "представителя министра обороны Сергея Шойгу",
     "Sergei Shoigu"),
]
# ... and the name that is the head's own, in the head's case, after a role with its complement
OWN = [
    ("пресс-секретарь президента Владимира Путина Дмитрий Песков",
     "пресс-секретаря президента Владимира Путина Дмитрия Пескова", "Dmitry Peskov"),
    ("пресс-секретарь президента России Дмитрий Песков",
     "пресс-секретаря президента России Дмитрия Пескова", "Dmitry Peskov"),
    ("официальный представитель МИД Мария Захарова",
     "официального представителя МИД Марии Захаровой", "Maria Zakharova"),
]


def _roles_of_roles() -> list[Case]:
    """The genitive name belongs to the nearest noun it fits: the speaker is not that person."""
    out = []
    for (i, (nom, gen, inner)), shape in itertools.product(enumerate(INNER),
                                                           ("po_slovam", "that", "tail")):
        prop = PROPS[(i + len(out)) % 4]
        if shape == "po_slovam":
            text, span, mention = f"По словам {gen}, {prop}.", prop, gen
        elif shape == "that":
            text, span, mention = f"{_cap(nom)} заявил, что {prop}.", prop, _cap(nom)
        else:
            text, span, mention = f"{_cap(prop)}, заявил {nom}.", _cap(prop), nom
        out.append(Case(f"inner-{i}-{shape}", text, (
            _rec("indirect", span, mention, "", (inner, "United Nations")),)))
    for (i, (nom, gen, own)), shape in itertools.product(enumerate(OWN),
                                                         ("po_slovam", "that", "tail")):
        prop = PROPS[(i + len(out)) % 4]
        if shape == "po_slovam":
            text, span, mention = f"По словам {gen}, {prop}.", prop, gen
        elif shape == "that":
            text, span, mention = f"{_cap(nom)} заявил{'а' if 'Мария' in nom else ''}, что {prop}.", \
                prop, _cap(nom)
        else:
            text, span, mention = f"{_cap(prop)}, заявил{'а' if 'Мария' in nom else ''} {nom}.", \
                _cap(prop), nom
        out.append(Case(f"own-{i}-{shape}", text, (_rec("indirect", span, mention, own),)))
    return out


def _organisations() -> list[Case]:
    """Impersonal and institutional sources; an outlet citing an unnamed source speaks itself
    (tests/gold/wikinews_ru/NOTES.md, train-539), one citing a named body gives the body."""
    rows = [
        ("{P}, говорится в заявлении МИД России.", "МИД России",
         "Ministry of Foreign Affairs of Russia", True),
        ("В заявлении МИД России говорится, что {p}.", "МИД России",
         "Ministry of Foreign Affairs of Russia", False),
        ("{P}, сообщает пресс-служба Кремля.", "пресс-служба Кремля", "Kremlin", True),
        ("Как сообщает пресс-служба Кремля, {p}.", "пресс-служба Кремля", "Kremlin", False),
        ("Как сообщает ТАСС со ссылкой на источник, {p}.", "ТАСС", "", False),
        ("Как сообщает РИА Новости со ссылкой на источник, {p}.", "РИА Новости", "", False),
        ("{P}, сообщает ТАСС со ссылкой на источник.", "ТАСС", "", True),
        ("{P}, сообщает BBC со ссылкой на источник в правительстве.", "BBC", "", True),
        ("Как сообщает ТАСС со ссылкой на пресс-службу Кремля, {p}.", "пресс-службу Кремля",
         "Kremlin", False),
        ("Как сообщает ТАСС, {p}.", "ТАСС", "", False),
        ("Как сообщает Интерфакс со ссылкой на осведомлённый источник, {p}.", "Интерфакс", "",
         False),
        ("{P}, сообщает ТАСС со ссылкой на осведомленные источники.", "ТАСС", "", True),
        ("{P}, говорится в сообщении на сайте МИД России.", "МИД России",
         "Ministry of Foreign Affairs of Russia", True),
        ("Как говорится в заявлении на сайте Кремля, {p}.", "Кремля", "Kremlin", False),
    ]
    out = []
    for (i, (shape, mention, actor, cap_first)), lead in itertools.product(enumerate(rows),
                                                                           (False, True)):
        prop = PROPS[i % 4]
        text = shape.format(P=_cap(prop), p=prop)
        span = _cap(prop) if cap_first else prop
        out.append(Case(f"org-{i}-{int(lead)}", (LEAD + " " if lead else "") + text,
                        (_rec("indirect", span, mention, actor),)))
    return out


FAMILIES = {"ob_etom": _ob_etom, "continued": _continued, "past_other": _continued_past_other,
            "paragraphs": _paragraphs, "dialogue": _dialogue, "colon_block": _colon_block,
            "roles_of_roles": _roles_of_roles, "organisations": _organisations}
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
    assert len(GRID) > 300
    assert len({c.cid for c in GRID}) == len(GRID)
    assert len({c.text for c in GRID}) == len(GRID)


@pytest.mark.parametrize("case", GRID, ids=[c.cid for c in GRID])
def test_grid_case(case: Case, results: dict[str, list[tuple[str, str, str, str]]]):
    got = results[case.cid]
    assert [(k, t) for k, t, _, _ in got] == [(k, t) for k, t, _, _, _ in case.records], got
    for (_, _, mention, speaker), (_, _, mentions, actor, not_actors) in zip(got, case.records):
        assert mention in mentions, got
        if actor:
            assert speaker == actor, got
        assert speaker not in not_actors, got


# --- the two readers this round added, directly

def test_complement_name_needs_the_registry_to_place_the_person():
    from discourse.extract.speakers.lang.ru_inner_role import complement_name
    reg = load_actors()

    def inner(mention: str) -> list[tuple[str, bool]]:
        return [(m.actor.name, complement_name(reg, mention, m.start, m.actor, None))
                for m in reg.find_mentions(mention) if m.actor.kind == "person"]

    assert inner("советника президента Александра Лукашенко") == [("Alexander Lukashenko", True)]
    # the name fits the whole description: the press secretary's own
    assert inner("пресс-секретаря президента Дмитрия Пескова") == [("Dmitry Peskov", False)]
    # a role before the name with no complement: the name is the role's
    assert inner("министра иностранных дел России Сергея Лаврова") == [("Sergey Lavrov", False)]
    # an adjective is no head governing a complement
    assert ("Sergei Shoigu", True) not in inner("бывшего министра обороны Сергея Шойгу")


def test_an_unknown_name_after_a_role_of_a_role_keeps_its_reading():
    # the registry knows nobody here: the rule does not apply, the mention stays as written
    got = _read("По словам помощника министра Ивана Петрова, переговоры продолжатся.")
    assert got and got[0][2] == "помощника министра Ивана Петрова"


def test_an_outlet_before_a_lower_case_listener_word_is_still_a_listener():
    # «рассказал ТАСС источник»: TASS heard it, the source spoke (no «со ссылкой на»)
    got = _read("Переговоры продолжатся на следующей неделе, рассказал ТАСС источник в "
                "правительстве.")
    assert got and got[0][2] != "ТАСС"


def test_a_consonant_and_et_is_a_verb_only_by_the_dictionary():
    from discourse.extract.quotes.lang.ru.verb_endings import consonant_et_verb
    for verb in ("прибудет", "хочет", "скажет", "напишет", "пойдет"):
        assert consonant_et_verb([verb]), verb
    for noun in ("совет", "ответ", "бюджет", "предмет", "запрет", "пакет", "самолет"):
        assert not consonant_et_verb([noun]), noun


def test_a_title_in_marks_without_a_verb_stays_a_name():
    # «Тихий Дон» has no verb; «Россия хочет мира» has one (verb_endings)
    assert _read("Песков посмотрел фильм «Тихий Дон».") == []
    got = _read("«Россия хочет мира», — заявил Песков.")
    assert [(k, t) for k, t, _, _ in got] == [("direct", "Россия хочет мира")]


def test_a_cited_body_in_the_accusative_speaks():
    got = _read("Переговоры продолжатся на следующей неделе, сообщает ТАСС со ссылкой на "
                "пресс-службу Кремля.")
    assert [(m, s) for _, _, m, s in got] == [("пресс-службу Кремля", "Kremlin")]


def _read(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, text, speaker_mention, speaker)`` of each record of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker) for r in q.itertuples()]
