"""Russian persons' names for speaker attribution: the runs of capitalised words that may name a
person («Иван Петров», «Бориса Березовского Екатерина Сабирова»), the gender of a name, its
nominative (``normal_name``: «Кирилла Бородина» -> «Кирилл Бородин»), a surname's case forms and
the full name of a first name standing alone.

Apart from :mod:`.ru` (the rules on a mention: descriptions, names heading it, mentions naming
nobody), which gives these to :data:`~discourse.extract.speakers.lang.ru.RUSSIAN`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, lemma
from discourse.extract.speakers.lang.ru_organisations import organisation_nominative
from discourse.extract.speakers.lang.ru_words import (
    _CAP,
    _INITIAL,
    _NAME_TAGS,
    _RELATIONAL,
    _ROLE_LEMMAS,
    TITLES,
    _first_name,
    _first_name_alone,
    _is_first_name_nominative,
    _name_word,
    _parses,
    _place,
)
from discourse.text.particles import PARTICLES, is_joined_particle

__all__ = ["NOT_PERSON_WORDS", "full_first_name", "name_gender", "normal_name", "person_runs",
           "surname_form"]

# Words that make a capitalised run an organisation, a place or a date, not a person.
NOT_PERSON_WORDS = frozenset(
    """россия рф москва кремль мид минобороны правительство госдума дума совет федерация
    министерство служба комитет партия союз республика область край город суд университет
    агентство газета канал телеканал радио компания банк фонд центр институт академия
    организация армия флот объединённые объединенные нации оон нато ес сша украина
    белоруссия беларусь европа европейский государственная государственный национальный
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    понедельник вторник среда четверг пятница суббота воскресенье""".split()
)
# (not right after a word character or a dot; the lookbehind after the capital, two characters
# wide, so that the engine skips from capital to capital: see the English _PERSON_RUN)
_PERSON_RUN = re.compile(
    rf"[{_CAP}](?<![\w.][\s\S])[а-яёa-z][\w'’\-]*(?: [{_CAP}][а-яёa-z][\w'’\-]*){{0,4}}(?![\w'’])"
)
# A run after one of these words names a place («в Москве», «у Марии» is not the speaker).
_NOT_BEFORE_NAME = re.compile(r"\b(?:в|во|на|из|под|над|у)\s+$")
# «штата Вирджиния», «города София», «реки Лена»: a place named like a woman
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:штат|город|округ|провинци|област|район|рек|остров|улиц|площад|мыс|озер|гор)"
    r"[а-яё]{0,3}\s+$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…]\s*|\n\s*|[—–]\s*)$")
_RUN_WORD = re.compile(r"\S+")


def person_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of runs of two or three words in ``text[start:end]`` that may be a person's name
    («Иван Петров», «Настасья Кински»): every word capitalised and read as a name (a first name,
    a surname or a patronymic by the dictionary, or a Cyrillic word it does not know), at least
    one a name by the dictionary, all in one case; no organisation, place or date word, no word
    opening a sentence unless its likeliest reading is a name, nothing inside a title in «».
    «Королевство Эсватини», «Со» opening a sentence are no names; «Бориса Березовского
    Екатерина Сабирова» holds two («Бориса Березовского», «Екатерина Сабирова»)."""
    out = []
    for m in _PERSON_RUN.finditer(text, start, end):
        words = m.group().lower().split()
        lo = m.start()
        if len(words) > 2 and words[0] in TITLES and lemma(words[0]) not in _RELATIONAL:
            # «Министр Олег Петров» opening a sentence: the title is capitalised, the name
            # after it is a name (after «Адвокат», the name may be whose lawyer it is)
            lo = m.start() + len(m.group().split()[0])
            lo += len(text[lo:]) - len(text[lo:].lstrip())
            words = words[1:]
        if not TITLES.isdisjoint(words) or _in_title(text, m.start()):
            continue
        for a, b, cases in _name_groups(text, lo, m.end()):
            if _NOT_BEFORE_NAME.search(text, max(0, a - 6), a):
                continue
            if cases and cases <= _OBJECT_CASES:
                continue  # «восхищалась Памелой Андерсон», «победу над Новаком Джоковичем»
            if not NOT_PERSON_WORDS.isdisjoint(text[a:b].lower().split()):
                continue
            out.append((a, b))
    return out


def _in_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside «…» opened on its line (a film's or a book's title: «Возлюбленные
    Марии»)? Quotations in marks are the quote spans' business; a name inside them is not
    an antecedent either."""
    lo = text.rfind("\n", 0, pos) + 1
    return text.rfind("«", lo, pos) > text.rfind("»", lo, pos)


# A name only in the instrumental or the dative is an object («восхищалась Памелой Андерсон»,
# «приставал к Джеймсу Эшби»): no one a later «он»/«она» says something as.
_OBJECT_CASES = frozenset(("ablt", "datv"))


def _name_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, frozenset | None]]:
    """The names of two or three words in the capitalised run ``text[lo:hi]``, with the cases all
    their words may stand in (None: not known): its stretches of name words, split where the case
    changes («Бориса Березовского | Екатерина Сабирова»)."""
    groups: list[list[tuple[int, int, frozenset | None, bool, bool]]] = []
    cur: list[tuple[int, int, frozenset | None, bool, bool]] = []
    cases: frozenset | None = None
    first_name = False  # the word before is a first name: a surname may be a common word
    for w in _RUN_WORD.finditer(text, lo, hi):
        opens = bool(_SENTENCE_OPENS.search(text, max(0, w.start() - 3), w.start()))
        read = _name_word(w.group(), opens)
        if read is None and first_name and not opens and not _place(w.group()):
            read = (None, False)  # «Таня Марш», «Андрей Волк»
        first_name = _first_name(w.group())
        if read is None:
            groups.append(cur)
            cur, cases = [], None
            continue
        word_cases, named = read
        if (len(cur) >= 2 and cases is not None and word_cases is not None
                and not cases & word_cases):
            # a name of two words or more ends where the case changes; one word alone does
            # not say enough («Эда Гонсалеса»)
            groups.append(cur)
            cur, cases = [], None
        cur.append((w.start(), w.end(), word_cases, named, opens))
        if word_cases is not None:
            cases = word_cases if cases is None else cases & word_cases
    groups.append(cur)
    return [(g[0][0], g[-1][1], _common_cases(g)) for g in groups
            if (2 <= len(g) <= 3 and any(w[3] for w in g))
            # a first name alone («Татьяна приехала»), not a place's name («штате Вирджиния»)
            or (len(g) == 1 and _first_name_alone(text[g[0][0]:g[0][1]])
                and not _PLACE_NOUN_BEFORE.search(text, max(0, g[0][0] - 20), g[0][0]))]


def _common_cases(group: list[tuple[int, int, frozenset | None, bool, bool]]) -> frozenset | None:
    """The cases every word of a name may stand in, as the dictionary reads them (None when it
    reads none of them)."""
    known = [w[2] for w in group if w[2] is not None]
    return frozenset.intersection(*known) if known else None


@lru_cache(maxsize=8192)
def name_gender(name: str) -> str | None:
    """``"male"`` or ``"female"``: the gender of a person's name as the dictionary reads its
    first names («Екатерина Сабирова»: female), else its surnames («Березовского»: male), when
    all their readings agree; None when they say nothing or both («Трамп», «Сабурова», «Эда
    Гонсалеса»: Эда a woman's name, Гонсалес a man's)."""
    for kind in ("Name", "Surn"):
        genders = {p.tag.gender for w in name.split() for p in _parses(w)
                   if kind in p.tag and "sing" in p.tag}
        if genders:
            if genders == {"masc"}:
                return "male"
            return "female" if genders == {"femn"} else None
    return None


# Oblique endings of a man's surname the dictionary does not know, by case, and the
# nominative ending they come from (Гэлвина -> Гэлвин, Зеленского -> Зеленский).
_MASC_ENDINGS = {
    "gent": (("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"),
             ("а", "")),
    "accs": (("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"),
             ("а", "")),
    "datv": (("скому", "ский"), ("цкому", "цкий"), ("у", "")),
    "ablt": (("ским", "ский"), ("цким", "цкий"), ("ым", ""), ("ом", ""), ("ем", "")),
    "loct": (("ском", "ский"), ("цком", "цкий"), ("е", "")),
}


def _place_or_word(word: str) -> bool:
    """A capitalised word that opens a run but is no part of a name: a place or a common noun
    the dictionary knows, with no reading as a name («Болгарии», «Признание»)."""
    parses = _parses(word)
    if not parses or not parses[0].is_known:
        return False
    if "Geox" in parses[0].tag:
        return True
    return not any(any(t in p.tag for t in _NAME_TAGS) for p in parses)


def _foreign_first_name(word: str, after: str) -> bool:
    """«Нейл Патрик Харрис»: a word the dictionary knows only as a thing in the nominative
    («нейл»), before a first name, is a foreign first name, not a place or a title before the
    name («Болгарии Бойко Борисов», «Актриса Анна Иванова» are)."""
    low = word.lower()
    if low in NOT_PERSON_WORDS or lemma(low) in _ROLE_LEMMAS or not _is_first_name_nominative(
            after):
        return False  # «Газета Иван Петров», «Признание Кевина Спейси»
    parses = _parses(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and "inan" in p.tag and "Geox" not in p.tag
                                and p.tag.case in ("nomn", "accs") for p in parses)


@lru_cache(maxsize=8192)
def normal_name(name: str) -> str:
    """A person's name in the nominative, without a place before it: «Кирилла Бородина» ->
    «Кирилл Бородин», «Болгарии Бойко Борисов» -> «Бойко Борисов», «Башаром Асадом» ->
    «Башар Асад». The case and gender come from the first word the dictionary knows as a first
    name; without one, the name stays as written (a surname alone is ambiguous: «Бородина»)."""
    organisation = organisation_nominative(name)  # «Талибана» -> «Талибан» (ru_organisations)
    if organisation is not None:
        return organisation
    words = name.split()
    while len(words) > 1 and not _INITIAL.match(words[0]) and words[1] not in PARTICLES and (
            (_place_or_word(words[0]) and not _foreign_first_name(words[0], words[1]))
            # «WikiLeaks Марк Стивенс»: a name in Latin letters before a Russian name
            or (not CYRILLIC.search(words[0]) and CYRILLIC.search(words[1]))
            # «УСД Джаудат Саляхов»: an abbreviation (whose office) before a full name
            or (len(words) > 2 and len(words[0]) > 1 and words[0].isupper())):
        words.pop(0)
    if len(words) > 2 and words[1] not in PARTICLES and _oblique_before_first_name(words[0], words[1]):
        words.pop(0)  # «Баффета Энди Килпатрик» (Buffett's biographer): whose, then the name
    case = gender = None
    for w in words:
        names = [p for p in _parses(w) if "Name" in p.tag and "sing" in p.tag and p.is_known]
        if names:
            # a reading in the nominative wins: the name is then written as it should be
            p = next((p for p in names if p.tag.case == "nomn"), names[0])
            case, gender = p.tag.case, p.tag.gender
            break
    if case is None or case == "nomn":
        return " ".join(words)
    out = []
    for w in words:
        if _INITIAL.match(w) or w in PARTICLES:
            out.append(w)  # «бен», «фон»: a name's particle does not decline
            continue
        if is_joined_particle(w):
            # «аль-Асада» -> «аль-Асад»: the ending only (the dictionary writes «аль-асад»)
            out.append(_masc_nominative(w, case) if gender == "masc" else w)
            continue
        p = next((p for p in _parses(w) if any(t in p.tag for t in _NAME_TAGS)
                  and p.tag.case == case and (p.tag.gender is None or p.tag.gender == gender
                                                   or "ms-f" in p.tag)), None)
        form = p.inflect({"nomn"}) if p is not None else None
        if form is not None:
            word = form.word
            out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
            continue
        out.append(_masc_nominative(w, case) if gender == "masc" else w)
    return " ".join(out)


def _oblique_before_first_name(word: str, after: str) -> bool:
    """Is ``word`` never a nominative (a name in the genitive: «Баффета», «Обамы») and ``after``
    a known first name in the nominative? Then ``word`` names whose role the person has."""
    parses = _parses(word)
    return bool(parses) and all(p.tag.case != "nomn" for p in parses) and any(
        "Name" in p.tag and p.tag.case == "nomn" and p.is_known for p in _parses(after))


def _masc_nominative(word: str, case: str) -> str:
    for end, nom in _MASC_ENDINGS.get(case, ()):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + nom
    return word


def surname_form(surname: str, full: str) -> bool:
    """Is ``surname`` (one word) a case form of the surname of ``full``, a name in the
    nominative whose first word the dictionary reads as a first name («Прусенковой», «Прусенкову»
    of «Надежда Прусенкова»; «Собянина» of «Сергей Собянин»)? Forms of the first name's gender
    only: «Ефимов» is not «Юлия Ефимова». A first name the dictionary does not know («Лэнса
    Армстронга», in any case) gives no answer: False."""
    words = full.split()
    first = [p for p in _parses(words[0])
             if "Name" in p.tag and p.tag.case == "nomn" and "sing" in p.tag]
    if len(words) < 2 or not first:
        return False
    gender = first[0].tag.gender
    word = surname.lower().replace("ё", "е")
    if word == words[-1].lower().replace("ё", "е"):
        return True
    for p in _parses(words[-1]):
        if p.tag.case == "nomn" and "sing" in p.tag and p.tag.gender in (gender, None):
            if word in {f.word.replace("ё", "е") for f in p.lexeme
                        if f.tag.gender in (gender, None) and "sing" in f.tag}:
                return True
    return False


def full_first_name(first: str, text: str) -> str | None:
    """The one full name of two words in the nominative that ``text`` gives for the first name
    ``first`` standing alone («Андреа рассказал» after «Андреа Падован», «Анджелина» after
    «Анджелина Джоли»), or None: none, two people of that first name, or no first name in
    the nominative the dictionary knows («Роман», «Марии» stay)."""
    if not _first_name_alone(first):
        return None
    fulls = {f"{first} {m.group(1)}" for m in re.finditer(
        rf"(?<![\w\-]){re.escape(first)}[ \u00a0]([{_CAP}][а-яё][а-яё\-]+)(?![\w\-])", text)}
    fulls = {f for f in fulls if normal_name(f) == f and f.split()[1].lower() not in NOT_PERSON_WORDS
             and _name_word(f.split()[1], False) is not None}
    return fulls.pop() if len(fulls) == 1 else None
