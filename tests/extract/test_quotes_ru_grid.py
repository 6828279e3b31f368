"""A grid of standard Russian news attribution shapes (issue 12, branch ru-grid).

Every speaker (pronouns, a bare name, a role before a name, a name with its apposition in commas,
a feminine name, institutions, an anonymous source) is put into every standard shape of Russian
news attribution (a that-clause, «по словам», «как сообщил», a dash after the quote, quotation
marks, a colon, «Об этом сообщил» after a sentence, a closing verb without marks) with each
reporting verb, inflected as the construction demands. Each case checks the quote or report
span, its kind, the speaker mention and, where the registry knows the person, the actor.
The sentences are written for this grid; the whole grid goes through the extractor once.
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
class Speaker:
    """One speaker: its forms, its verb agreement and what the extractor should name."""

    key: str
    nom: str            # nominative, as subject after the verb (apposition without the last comma)
    gen: str            # the «По словам …» phrase, complete (pronouns: «По его словам»)
    gen_mention: str    # the mention expected in the «по словам» shape
    agree: str          # "m", "f" or "pl": the past verb's ending
    pronoun: bool = False
    actor: str = ""     # the registry's actor, "" when none is expected
    apposed: bool = False   # a name followed by its apposition in commas
    mentions: tuple[str, ...] = ()   # other acceptable mentions of the nominative form


SPEAKERS = [
    Speaker("on", "он", "По его словам", "его", "m", pronoun=True),
    Speaker("ona", "она", "По её словам", "её", "f", pronoun=True),
    Speaker("oni", "они", "По их словам", "их", "pl", pronoun=True),
    Speaker("peskov", "Дмитрий Песков", "По словам Дмитрия Пескова", "Дмитрия Пескова", "m",
            actor="Dmitry Peskov"),
    Speaker("role_peskov", "пресс-секретарь президента Дмитрий Песков",
            "По словам пресс-секретаря президента Дмитрия Пескова",
            "пресс-секретаря президента Дмитрия Пескова", "m", actor="Dmitry Peskov"),
    Speaker("peskov_apposed", "Песков, пресс-секретарь президента",
            "По словам Пескова, пресс-секретаря президента",
            "Пескова, пресс-секретаря президента", "m", actor="Dmitry Peskov", apposed=True,
            mentions=("Песков",)),
    Speaker("landsbergis", "глава МИД Литвы Габриэлюс Ландсбергис",
            "По словам главы МИД Литвы Габриэлюса Ландсбергиса",
            "главы МИД Литвы Габриэлюса Ландсбергиса", "m", actor="Gabrielius Landsbergis"),
    Speaker("zakharova", "официальный представитель МИД Мария Захарова",
            "По словам официального представителя МИД Марии Захаровой",
            "официального представителя МИД Марии Захаровой", "f", actor="Maria Zakharova"),
    Speaker("tikhanovskaya", "Светлана Тихановская", "По словам Светланы Тихановской",
            "Светланы Тихановской", "f", actor="Svetlana Tikhanovskaya"),
    Speaker("mid", "МИД России", "По сообщению МИД России", "МИД России", "m",
            actor="Ministry of Foreign Affairs of Russia"),
    Speaker("press_service", "пресс-служба Кремля", "По сообщению пресс-службы Кремля",
            "пресс-службы Кремля", "f", actor="Kremlin"),
    Speaker("source", "источник в правительстве", "По словам источника в правительстве",
            "источника в правительстве", "m"),
]

VERBS = ["заявил", "сказал", "сообщил", "отметил", "подчеркнул", "добавил", "написал"]

# propositions, taken in turn (lower case; capitalised where they open the sentence)
PROPS = ["переговоры продолжатся на следующей неделе",
         "решение будет принято до конца месяца",
         "делегация прибудет в Женеву в среду"]


def _verb(verb: str, agree: str) -> str:
    """The past tense agreeing with the subject: заявил, заявила, заявили."""
    return verb + {"m": "", "f": "а", "pl": "и"}[agree]


def _cap(s: str) -> str:
    """The first letter in upper case (a sentence opens with it)."""
    return s[:1].upper() + s[1:]


def _subject(sp: Speaker) -> str:
    """The speaker opening a sentence: an apposition closes with its comma before the verb."""
    return _cap(sp.nom) + ("," if sp.apposed else "")


@dataclass(frozen=True)
class Case:
    """One grid sentence and the record expected from it."""

    cid: str
    text: str
    span: str
    kind: str
    mention: tuple[str, ...]
    actor: str


def _case(shape: str, sp: Speaker, verb: str, prop: str) -> Case | None:
    """The sentence of one shape, speaker and verb; None where the combination is not news
    Russian (a colon after a bare pronoun, «Об этом отметил»)."""
    v = _verb(verb, sp.agree)
    nom = (sp.nom, *sp.mentions)
    if shape in ("that", "colon_headline", "colon_verb"):
        nom = tuple(_cap(m) for m in nom)   # the speaker opens the sentence
    cp = _cap(prop)
    ind = "indirect"
    if shape == "that":
        return Case("", f"{_subject(sp)} {v}, что {prop}.", prop, ind, nom, sp.actor)
    if shape == "po_slovam":
        if verb != VERBS[0]:
            return None     # no verb in the shape: one case per speaker
        return Case("", f"{sp.gen}, {prop}.", prop, ind, (sp.gen_mention,), sp.actor)
    if shape == "kak":
        if sp.pronoun:
            text = f"Как {sp.nom} {v}, {prop}."
        else:
            text = f"Как {v} {sp.nom}, {prop}."
        return Case("", text, prop, ind, nom, sp.actor)
    if shape == "dash":
        return Case("", f"{cp}, — {v} {sp.nom}.", cp, ind, nom, sp.actor)
    if shape == "dash_tail":
        if sp.apposed:
            return None     # «Песков, пресс-секретарь президента, журналистам» is no news style
        return Case("", f"{cp}, — {v} {sp.nom} журналистам в понедельник.", cp, ind, nom,
                    sp.actor)
    if shape == "quoted_dash":
        return Case("", f"«{cp}», — {v} {sp.nom}.", cp, "direct", nom, sp.actor)
    if shape == "colon_headline":
        if sp.pronoun or sp.apposed or verb != VERBS[0]:
            return None     # a headline names the speaker plainly: «Песков: …»
        return Case("", f"{_cap(sp.nom)}: «{cp}».", cp, "direct", nom, sp.actor)
    if shape == "ob_etom":
        if sp.pronoun or verb not in ("заявил", "сказал", "сообщил", "написал"):
            return None     # «Об этом отметил» is not Russian; «Об этом сообщил он» is no news
        text = f"{cp}. Об этом {v} {sp.nom}."
        return Case("", text, cp, ind, nom, sp.actor)
    if shape == "bare_tail":
        return Case("", f"{cp}, {v} {sp.nom}.", cp, ind, nom, sp.actor)
    if shape == "colon_verb":
        return Case("", f"{_subject(sp)} {v}: «{cp}».", cp, "direct", nom, sp.actor)
    raise ValueError(shape)


SHAPES = ["that", "po_slovam", "kak", "dash", "dash_tail", "quoted_dash", "colon_headline",
          "ob_etom", "bare_tail", "colon_verb"]


def _grid() -> list[Case]:
    """Every shape x speaker x verb that is news Russian, propositions taken in turn."""
    cases = []
    for i, (shape, sp, verb) in enumerate(itertools.product(SHAPES, SPEAKERS, VERBS)):
        c = _case(shape, sp, verb, PROPS[i % len(PROPS)])
        if c is not None:
            cases.append(Case(f"{shape}-{sp.key}-{verb}", c.text, c.span, c.kind, c.mention,
                              c.actor))
    return cases


GRID = _grid()


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[str, str, str, str]]]:
    """All grid sentences through the extractor and the speaker attribution, once."""
    arts = pd.DataFrame({"doc_id": [c.cid for c in GRID], "text": [c.text for c in GRID],
                         "lang": ["ru"] * len(GRID)})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    out: dict[str, list[tuple[str, str, str, str]]] = {c.cid: [] for c in GRID}
    for r in q.itertuples():
        out[str(r.doc_id)].append((str(r.kind), str(r.text), str(r.speaker_mention),
                                   str(r.speaker)))
    return out


def test_the_grid_is_large_and_distinct():
    assert len(GRID) > 300
    assert len({c.text for c in GRID}) == len(GRID)


@pytest.mark.parametrize("case", GRID, ids=[c.cid for c in GRID])
def test_grid_case(case: Case, results: dict[str, list[tuple[str, str, str, str]]]):
    got = results[case.cid]
    assert len(got) == 1, got
    kind, span, mention, speaker = got[0]
    assert (kind, span) == (case.kind, case.span)
    assert mention in case.mention
    if case.actor:
        assert speaker == case.actor


def test_po_dannym_is_no_report():
    # ANNOTATION.md: «по данным» is not annotated (data, not words), unlike «по сообщению»
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["По данным МИД России, переговоры продолжатся "
                                                   "на следующей неделе."], "lang": ["ru"]})
    assert extract_quotes(arts).empty


def _read(text: str) -> list[tuple[str, str, str, str]]:
    """``(kind, text, speaker_mention, speaker)`` of each record of one Russian article."""
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]})
    q = attribute_speakers(extract_quotes(arts), arts, load_actors())
    return [(r.kind, r.text, r.speaker_mention, r.speaker) for r in q.itertuples()]


# --- two-word propositions (short_propositions.py): a subject and its predicate are a report

@pytest.mark.parametrize(("text", "span", "mention"), [
    ("Переговоры продолжатся, — заявил Песков.", "Переговоры продолжатся", "Песков"),
    ("Суд отложен, сообщила Захарова.", "Суд отложен", "Захарова"),
    ("По словам Пескова, переговоры продолжатся.", "переговоры продолжатся", "Пескова"),
    ("Как сообщила Захарова, суд отложен.", "суд отложен", "Захарова"),
    ("Как он заявил, переговоры продолжатся.", "переговоры продолжатся", "он"),
])
def test_two_word_proposition_is_a_report(text: str, span: str, mention: str):
    assert [(k, t, m) for k, t, m, _ in _read(text)] == [("indirect", span, mention)]


def test_two_word_proposition_after_which_об_этом_points_back():
    got = _read("Переговоры отложены. Об этом сообщил Дмитрий Песков.")
    assert got == [("indirect", "Переговоры отложены", "Дмитрий Песков", "Dmitry Peskov")]


@pytest.mark.parametrize("text", [
    "Это правда, — заявил Песков.",        # a pronoun and a noun: no predicate
    "Он согласен, — сказал Песков.",       # a pronoun subject: too little to stand alone
    "Всё нормально, — сказал он.",
    "Вопрос закрыт? — спросил Песков.",   # no closing comma before the dash
])
def test_two_words_without_a_noun_and_its_predicate_stay_unread(text: str):
    assert _read(text) == []


# --- «как» variants (reported_kak.py): negatives

def test_a_bare_role_after_the_name_is_not_taken_for_an_apposition():
    # «президент» alone may be P's subject: the first comma still opens P
    got = _read("Как заявил Песков, президент, как и прежде, готов к диалогу.")
    assert got[0][1] == "президент, как и прежде, готов к диалогу"


def test_a_clause_after_the_first_comma_is_not_an_apposition():
    got = _read("Как заявил Песков, переговоры, которые начались в среду, продолжатся.")
    assert got[0][1] == "переговоры, которые начались в среду, продолжатся"


def test_a_relative_clause_on_the_apposition_belongs_to_it():
    got = _read("Как заявила Анна Смирнова, пресс-секретарь районного суда, который вынес "
                "приговор, осуждённый подал апелляцию.")
    assert [(k, t, m) for k, t, m, _ in got] == [
        ("indirect", "осуждённый подал апелляцию", "Анна Смирнова")]


def test_the_outlet_we_is_not_a_pronoun_speaker():
    # «Как мы сообщали»: the outlet's back-reference, no report of someone's words
    assert all(m != "мы" for _, _, m, _ in _read("Как мы сообщали, переговоры продолжатся на "
                                                  "следующей неделе."))


# --- a relational head and an abbreviation before a name (ru_org_complement.py)

def test_a_name_after_a_person_complement_is_not_the_heads():
    # «представителя генсека ООН …»: the representative of the Secretary-General, who is named
    got = _read("По словам пресс-секретаря генсека ООН Антониу Гутерриша, переговоры "
                "продолжатся на следующей неделе.")
    assert got and got[0][2] == "пресс-секретаря генсека ООН Антониу Гутерриша"
