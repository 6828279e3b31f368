"""The words and dictionary readings the Russian speaker rules share (:mod:`.ru`, :mod:`.ru_names`,
:mod:`.ru_subject`): the title, role and relational lexicons, the word pattern of a description,
and pymorphy3's readings of one word as a name (a first name in the nominative, a name word and
its cases, a place).

Apart so that the rules on a mention (:mod:`.ru`), on a person's name (:mod:`.ru_names`) and on
the subject of the sentence before (:mod:`.ru_subject`) read words alike without importing each
other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser

__all__ = ["DESCRIPTION_WORD", "TITLES"]

# Lower-case titles and role words dropped when looking for a person's name.
TITLES = frozenset(
    """президент премьер-министр премьер министр глава пресс-секретарь представитель
    официальный официальная генеральный генеральная секретарь посол депутат мэр губернатор
    председатель заместитель замминистра спикер лидер руководитель директор господин
    госпожа г-н г-жа генерал полковник экс-президент бывший бывшая вице-премьер вице-президент
    канцлер король королева сенатор судья прокурор адвокат политик дипломат журналист
    эксперт аналитик профессор доктор член министра президента главы""".split()
)
# Role nouns (lemmas) that make a capitalised mention at the start of a sentence a description:
# «Полиция сообщила», «Министр заявил».
_ROLE_LEMMAS = frozenset(
    """полиция власть власти министр министерство ведомство правительство представитель
    пресс-секретарь пресс-служба спикер глава президент премьер премьер-министр председатель
    руководитель директор посол депутат мэр губернатор эксперт аналитик источник очевидец
    свидетель житель участник организатор сторонник противник оппозиционер активист
    правозащитник адвокат юрист врач учёный ученый исследователь журналист сотрудник
    чиновник официальный военный генерал командование штаб прокуратура суд следствие
    следователь спасатель пожарный сотрудники пользователь собеседник оратор""".split()
)
# A head noun whose name after it is its complement, not its apposition:
# «пресс-секретарь Путина» is Peskov, «соратники Навального» are not Navalny.
_RELATIONAL = frozenset(
    """соратник сторонник адвокат защитник жена муж сын дочь брат сестра мать отец друг
    помощник советник пресс-секретарь представитель спикер пресс-служба окружение штаб
    команда администрация союзник критик противник оппонент семья родственник сотрудник
    аппарат офис канцелярия""".split()
)

_CAP = "A-ZА-ЯЁ"
DESCRIPTION_WORD = re.compile(r"[\w'’\-]+")


@lru_cache(maxsize=4096)
def _is_first_name_nominative(word: str) -> bool:
    """Is ``word`` a first name in the nominative, as the dictionary knows it (``Дмитрий``,
    ``Марк``; not ``Дмитрия``, not a word it does not know)?"""
    return any("Name" in p.tag and "nomn" in p.tag and "sing" in p.tag and p.is_known
               for p in _parses(word))


@lru_cache(maxsize=8192)
def _first_name_alone(word: str) -> bool:
    """A first name alone names a person when the dictionary reads it first as a first name in
    the nominative («Татьяна приехала»; not «Роман», not «Марии»)."""
    parses = _parses(word)
    return bool(parses) and parses[0].is_known and "Name" in parses[0].tag and (
        parses[0].tag.case == "nomn")


@lru_cache(maxsize=8192)
def _name_word(word: str, opens: bool) -> tuple[frozenset | None, bool] | None:
    """``(cases, named)`` of a word that may be part of a person's name: the cases of its name
    readings (None: any, for a word the dictionary does not know) and whether the dictionary
    reads it as a name; None when it is no name word (a common word, a place, Latin letters,
    or a word opening a sentence whose likeliest reading is not a name: «Со», «Роман»)."""
    if not CYRILLIC.search(word):
        return None
    parses = _parses(word)
    if not parses:
        return None
    names = [p for p in parses if any(t in p.tag for t in _NAME_TAGS)]
    if names and not (opens and parses[0].is_known and parses[0] not in names):
        return frozenset(p.tag.case for p in names if p.tag.case), True
    if parses[0].is_known or opens:
        return None
    return None, False


@lru_cache(maxsize=8192)
def _first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _parses(word))


def _place(word: str) -> bool:
    parses = _parses(word)
    return bool(parses) and "Geox" in parses[0].tag


_NAME_TAGS = ("Name", "Surn", "Patr")
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple:
    return tuple(analyser().parse(word))
