"""Russian rules of speaker attribution: pronouns, titles, descriptions and names.

Builds :data:`RUSSIAN`, the :class:`~discourse.extract.speakers.language.SpeakerLanguage` of
Russian news text. What differs from English:

- **Pronouns decline and the verb agrees**: «он», «его» (по его словам), «она», «её/ее», «они»,
  «их»; a pronoun that says no gender takes it from the past-tense verb after it (заявила:
  female), as ``data/cues_ru.yaml`` lists the verbs by gender.
- **Descriptions are lower-case and head first**: «пресс-секретарь Кремля», «глава МИД Литвы»,
  «официальный представитель Госдепартамента». A mention opening with a lower-case word or with
  a role noun is a description; the shared resolver then reaches an actor only on evidence (the
  article names the actor, or the institution's country). A name after such a head is the
  speaker when it is in apposition («пресс-секретарь Кремля Дмитрий Песков»), not when it is
  its complement in the genitive («пресс-секретарь Путина», «соратники Навального»).
- **Names inflect**: the registry holds their case forms
  (:mod:`discourse.extract.actors.forms`); a name the registry does not know is kept as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser, lemma
from discourse.extract.speakers.lang.ru_apposition import apposition
from discourse.extract.speakers.lang.ru_carriers import STATEMENT_NOUNS
from discourse.extract.speakers.lang.ru_confidence import RULE_CONFIDENCE_RU
from discourse.extract.speakers.lang.ru_dash_subject import dash_subject
from discourse.extract.speakers.lang.ru_organisations import organisation_nominative
from discourse.extract.speakers.language import SpeakerLanguage

__all__ = ["RUSSIAN"]

_CLASS = {
    "он": "male", "его": "male", "него": "male",
    "она": "female", "её": "female", "ее": "female", "неё": "female", "нее": "female",
    "они": "plural", "их": "plural", "них": "plural",
}
SELF_REFERENCE = frozenset("я мы вы ты меня нас вас мне нам вам мой наш ваш".split())
DETERMINERS = frozenset(
    """этот эта это эти тот та те его её ее их один одна одно два две три четыре пять
    несколько некоторые многие все каждый другой другие ряд""".split()
)
EMPTY_DESCRIPTIONS = frozenset(
    """кто-то некто некоторые многие другие все люди они один одна несколько ряд
    кто-нибудь""".split()
) | STATEMENT_NOUNS  # «В заявлении также говорится»: the statement, not its author
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
# A run of capitalised words on one line; a dot only after an initial of one or two letters
# («Дж. Буш», «А. С. Пушкин»): after a word, a dot ends the sentence («… у Дома. Индонезиец»).
_RUN_WORD_RE = rf"(?:[{_CAP}][a-zа-яё]?\.|[{_CAP}][\w'’\-]*)"
NAME_RUN = re.compile(rf"{_RUN_WORD_RE}(?:[ \t\u00a0]+{_RUN_WORD_RE}){{0,4}}")
MENTION_WORD = re.compile(r"[А-ЯЁA-Z]\.(?=[А-ЯЁA-Z][а-яёa-z])|[\w'’\-.]+")  # «С.Балмер»: two
DESCRIPTION_WORD = re.compile(r"[\w'’\-]+")
TRAILING_HANDLE = re.compile(r"\s*\(@\w+\)\s*$")
# «Из заявления пресс-службы:», «От имени оппозиции:» at the end of a paragraph.
COLON_INTRO = re.compile(r"(?:от имени|со стороны)\s+([\w'’\-. ]{2,80}?)\s*:$", re.IGNORECASE)
# «— Дмитрий Песков, РИА Новости»: a signature line after a block quote.
SIGNATURE_LINE = re.compile(
    rf"[—–-]{{0,2}}[ \t]*(?P<name>[{_CAP}][\w'’.\-]+(?:[ \t]+[{_CAP}][\w'’.\-]*){{1,3}})"
    rf"(?:[ \t]*,[ \t]*[{_CAP}«@][\w'’.&\-«» ]{{1,60}})?[ \t]*")

# Past-tense verb endings after a pronoun: the gender of «они»/«это» when unclear.
_VERB_AFTER = re.compile(r"\s*(?:же\s+|также\s+|тогда\s+|ещё\s+|еще\s+)?([а-яё]+)")


def pronoun_class(word: str, text: str, end: int) -> str | None:
    """The class of a Russian pronoun mention; for a pronoun of no gender, that of the past
    tense verb after it (``заявила`` female, ``заявил`` male, ``заявили`` plural)."""
    cls = _CLASS.get(word)
    if cls is not None or word not in ("это", "оно"):
        return cls
    m = _VERB_AFTER.match(text, end)
    if m is None:
        return None
    verb = m.group(1)
    if verb.endswith("ла"):
        return "female"
    if verb.endswith("ли"):
        return "plural"
    if verb.endswith("л"):
        return "male"
    return None


@lru_cache(maxsize=8192)
def _first_lemma(mention: str) -> str:
    words = DESCRIPTION_WORD.findall(mention.lower())
    return lemma(words[0]) if words else ""


@lru_cache(maxsize=8192)
def is_description(mention: str) -> bool:
    """A mention opening with a lower-case word («пресс-секретарь Кремля», «официальный
    представитель»), a determiner, or a role noun («Полиция», «Министр»), is a description; a
    capitalised one is a name. A title before a person's full name is a name with its title
    («министр Иван Петров», «лидер Радикальной партии Олег Ляшко»): it ends with a first name
    in the nominative (or an initial) and a surname."""
    low = mention.lower().split()
    if not low:
        return False
    first = _first_lemma(mention)
    if not (low[0] in DETERMINERS or mention[:1].islower() or first in _ROLE_LEMMAS
            or first in _RELATIONAL
            # «Соратники Навального», «Признание Спейси»: a common noun heads the mention
            or (len(low) > 1 and _common_noun(mention.split()[0]))):
        return False
    words = mention.split()
    return not (len(words) >= 3 and words[-1][:1].isupper()
                and (_INITIAL.match(words[-2]) or _is_first_name_nominative(words[-2])
                     or _unknown_full_name(words)))


# Endings of a man's surname in the nominative the dictionary may read only as a plural's
# genitive («Саляхов»).
_MASC_SURNAME = ("ов", "ев", "ёв", "ин", "ын")


def _unknown_full_name(words: list[str]) -> bool:
    """Do the last two words name a person the dictionary does not know, after a title that is
    not relational or after its complement («президент Бакили Мулузи», «Начальник УСД Джаудат
    Саляхов»; not «адвокат Бакили Мулузи», whose lawyer it may be)? Both capitalised words
    that may read as names in the nominative (a name or a word the dictionary does not know)
    (no abbreviation: «председатель ЧСДП Соботка»), the mention's first word too («министра …
    Патрисии Буллрич» is a name in the genitive); the word before them lower-case, an
    abbreviation, a place or the title opening the mention (not «Пан» of «Пан Ги Мун»)."""
    *head, first, last = words
    before = head[-1]
    reads = [_name_word(w, False) for w in (first, last)] if first[:1].isupper() and not (
        first.isupper()) and any("nomn" in p.tag for p in _parses(head[0])) else [None]
    return (all(r is not None and (r[0] is None or "nomn" in r[0] or w.endswith(_MASC_SURNAME))
                for r, w in zip(reads, (first, last)))
            and (before[:1].islower() or before.isupper() or len(head) == 1 or _place(before))
            # a first name the dictionary knows must be a nominative singular («Менеджер Мии
            # Фэрроу» is her manager)
            and (_is_first_name_nominative(first) or not any(
                "Name" in p.tag and p.is_known for p in _parses(first)))
            and not _relational(before.lower())
            and not (len(head) > 1 and head[-2].lower() in ("у", "от", "для", "о", "с", "к")))


@lru_cache(maxsize=4096)
def _is_first_name_nominative(word: str) -> bool:
    """Is ``word`` a first name in the nominative, as the dictionary knows it (``Дмитрий``,
    ``Марк``; not ``Дмитрия``, not a word it does not know)?"""
    return any("Name" in p.tag and "nomn" in p.tag and "sing" in p.tag and p.is_known
               for p in _parses(word))


def name_heads(mention: str, start: int, end: int) -> bool:
    """The name at ``mention[start:end]`` heads the mention when nothing but punctuation or a
    bracket follows it and it is not the genitive complement of a relational head before it
    («пресс-секретарь Путина», «соратники Навального»): after such a head, the name heads only
    when it opens with a first name in the nominative («пресс-секретарь Дмитрий Песков»)."""
    after = mention[end:].strip(" .,;:")
    if after and not after.startswith("("):
        return False
    start = _name_start(mention, start)
    before = DESCRIPTION_WORD.findall(mention[:start].lower())
    if not before:
        return True
    if before[-1] in ("у", "от", "для", "против", "о", "об", "про", "с", "со", "при", "к"):
        return False
    if before[-1] == "и" and NAME_RUN.search(mention, 0, start):
        return False  # «Трамп и Путин»: two speakers, neither the one speaker of the mention
    name = mention[start:end].split()
    if _relational(before[-1]):
        return len(name) > 1 and _is_first_name_nominative(name[0])
    # «представитель генсека ООН Антониу Гутерриша», «пресс-секретарь президента Владимира
    # Путина»: a relational head further before, and a name the dictionary reads in an
    # oblique case, in apposition to the head's complement: whose representative it is
    return _is_first_name_nominative(name[0]) or not (
        any(_relational(w) for w in before) and _oblique_name(name))


def _oblique_name(name: list[str]) -> bool:
    """Does the dictionary read the name as oblique: a first name it knows, in no nominative
    («Владимира Путина»), or a last word with no nominative reading («… Навального»)?"""
    first = [p for p in _parses(name[0]) if p.is_known and "Name" in p.tag]
    return bool(first) and not any(p.tag.case == "nomn" for p in first) or not (
        _may_be_nominative(name[-1]))


def _relational(word: str) -> bool:
    """Is ``word`` (lower case) a head that relates its speaker to somebody else («адвокат»,
    «пресс-секретарь», «представитель»)?"""
    return lemma(word) in _RELATIONAL or lemma(word).startswith("пресс")


def _name_start(mention: str, start: int) -> int:
    """Where the person's name that the registry matched at ``start`` begins: the registry may
    match a surname alone («Навального» of «адвокат Алексея Навального»), and the first name,
    patronymic or initials just before it belong to the name."""
    while True:
        head = mention[:start].rstrip()
        word = head.rsplit(None, 1)[-1] if head else ""
        if not word[:1].isupper() or not (_INITIAL.match(word) or any(
                p.is_known and ("Name" in p.tag or "Patr" in p.tag) for p in _parses(word))):
            return start
        start = len(head) - len(word)


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


# Single words that never speak: adverbs, conjunctions and verbs the rules can take for a
# subject.
_NOBODY_WORDS = frozenset(
    """также ранее позже позднее затем потом тогда так это что как когда где здесь там
    сегодня вчера завтра однако впрочем кроме того напомним отметим известно сообщается
    говорится заявил заявила заявили сказал сказала сказали""".split()
)


# Parts of speech that never name a speaker alone: adverbs, short adjectives, predicatives,
# particles, conjunctions, prepositions, interjections, verbs.
_NOBODY_POS = frozenset("ADVB ADJS PRED PRCL CONJ PREP INTJ COMP VERB INFN GRND PRTS".split())
# Cases a one-word speaker mention can stand in: the subject (nominative), the genitive of «по
# словам экспертов», the prepositional of a carrier («в заявлении говорится»).
_SPEAKER_CASES = frozenset(("nomn", "gent", "gen2", "loct", "loc2", "voct"))


@lru_cache(maxsize=8192)
def names_nobody(mention: str) -> bool:
    """An adverb, a conjunction or a verb taken for a speaker («также», «ранее», «заявил»), or
    a lower-case word the dictionary reads only as a word that cannot name one where the rules
    look: an adverb or a short adjective («вскользь», «часто», «очевидно»), a noun or pronoun
    only in the accusative, dative or instrumental (the object before a verb: «опровергла эту
    информацию сообщив, что»; «ей», «пятницу»)."""
    words = [w.strip(".,;:«»\"") for w in mention.lower().split()]
    words = [w for w in words if w]
    if not words:
        return True
    if len(words) == 1 and words[0] in _NOBODY_WORDS:
        return True
    if len(words) == 1 and _function_word(words[0]):
        return True  # «Накануне», «Впервые», «Например» opening a sentence
    if any(w in _CLASS or w in SELF_REFERENCE for w in words):
        return False
    if len(words) == 1 and mention.strip(".,;:«»\"")[:1].islower():
        return _no_speaker_word(words[0])
    # «эту же информацию», «Ему», «Основанием»: a phrase of objects, none of its words a
    # nominative (a genitive may be «по словам экспертов»'s)
    oblique = [_only_oblique(w) for w in words]
    if None not in oblique and any(oblique):
        return True
    # «царившую в обществе атмосферу», «одним из величайших защитников»: a phrase opening with
    # an object and holding no word that may be a nominative (a subject after the object,
    # «ситуацию председатель совета», «таблоидам доверенное лицо», keeps the mention)
    return bool(oblique[0]) and not any(
        _may_be_nominative(w) for k, w in enumerate(words)
        if not (k and _preposition(words[k - 1])))  # (a preposition's object is none)


@lru_cache(maxsize=8192)
def _function_word(word: str) -> bool:
    """Does the dictionary know ``word`` only as an adverb, a conjunction, a preposition or a
    particle (накануне, впервые, например, практически), never as a noun or a name?"""
    parses = _parses(word) if CYRILLIC.search(word) else ()
    return bool(parses) and all(p.is_known and p.tag.POS in ("ADVB", "CONJ", "PREP", "PRCL")
                                for p in parses)


@lru_cache(maxsize=8192)
def _preposition(word: str) -> bool:
    parses = _parses(word) if CYRILLIC.search(word) else ()
    return bool(parses) and parses[0].tag.POS == "PREP"


@lru_cache(maxsize=8192)
def _may_be_nominative(word: str) -> bool:
    """Has ``word`` a reading in the nominative, or is it one the dictionary does not know (a
    name in Latin letters, a foreign surname)? A preposition, a particle or a conjunction (by
    its likeliest reading) has none."""
    parses = _parses(word) if CYRILLIC.search(word) else ()
    if not parses or not all(p.is_known for p in parses):
        return True
    if parses[0].tag.POS in _NOBODY_POS:
        return False
    return any(p.tag.case == "nomn" for p in parses)


@lru_cache(maxsize=8192)
def _only_oblique(word: str) -> bool | None:
    """True: the dictionary knows ``word`` only in the accusative, dative or instrumental
    (информацию, ему, основанием); False: a particle or conjunction (же); None: any other word."""
    if not CYRILLIC.search(word):
        return None
    parses = _parses(word)
    if not parses or not all(p.is_known for p in parses):
        return None
    if all(p.tag.POS in ("PRCL", "CONJ") for p in parses):
        return False
    return True if all(p.tag.case in ("accs", "datv", "ablt") for p in parses) else None


def _no_speaker_word(word: str) -> bool:
    """Does the dictionary know ``word`` only as a word no speaker is: no noun, adjective or
    pronoun reading in a case a speaker stands in, nor one of another part of speech that may
    head a mention?"""
    parses = _parses(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    for p in parses:
        if p.tag.POS in _NOBODY_POS:
            continue
        if p.tag.case is None or p.tag.case in _SPEAKER_CASES:
            return False
    return True


_NAME_TAGS = ("Name", "Surn", "Patr")
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")
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


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple:
    return tuple(analyser().parse(word))


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


def _common_noun(word: str) -> bool:
    """A word the dictionary knows with no reading as a name or a place («Соратники»)."""
    parses = _parses(word)
    return bool(parses) and parses[0].is_known and not any(
        any(t in p.tag for t in (*_NAME_TAGS, "Geox", "Orgn")) for p in parses)


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
    while len(words) > 1 and not _INITIAL.match(words[0]) and (
            (_place_or_word(words[0]) and not _foreign_first_name(words[0], words[1]))
            # «WikiLeaks Марк Стивенс»: a name in Latin letters before a Russian name
            or (not CYRILLIC.search(words[0]) and CYRILLIC.search(words[1]))
            # «УСД Джаудат Саляхов»: an abbreviation (whose office) before a full name
            or (len(words) > 2 and len(words[0]) > 1 and words[0].isupper())):
        words.pop(0)
    if len(words) > 2 and _oblique_before_first_name(words[0], words[1]):
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
        if _INITIAL.match(w):
            out.append(w)
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


# The end of a sentence: «.», «!», «?», «…» (after a word of two letters or more, not an
# initial «А.») and space, or a paragraph break.
_SENTENCE_END = re.compile(r"(?:(?<=[\w»)\]]{2})[.!?…]+[»)]?\s+|\n\s*)")
# Words that may open a sentence before its subject pronoun («Позже он заявил», «При этом она»).
_PRONOUN_LEAD = 4
_SUBJECT_WORDS = 10
# Words of an adverbial that may open the sentence before its subject («В то же время»).
_SUBJECT_LEAD = 4
_PERSON_GENDER = {"male": "masc", "female": "femn"}


def _sentence_start(text: str, pos: int, lo: int) -> int:
    """The offset where the sentence holding ``pos`` starts (``lo`` at the latest)."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def previous_subject(text: str, pos: int, cls: str) -> tuple[int, int] | None:
    """The subject of the sentence before the one a pronoun at ``pos`` opens, when it is a
    person a «он»/«она» of class ``cls`` refers to before any name the sentence holds:
    «Владелец лётной школы рассказал о пилоте Иване Петрове. Он заявил, что …» -> «Владелец
    лётной школы». The subject opens its sentence, in the nominative before its verb: a person's
    name, or a role noun of a person (animate, in the nominative singular, adjectives before it,
    a complement in the genitive after it); its verb is in the past tense and of the pronoun's
    gender (рассказал for «он»). None when the pronoun does not open its sentence (at most
    :data:`_PRONOUN_LEAD` words before it), or the sentence before has no such subject."""
    gender = _PERSON_GENDER.get(cls)
    if gender is None:
        return None
    lo = max(0, pos - 1500)
    start = _sentence_start(text, pos, lo)
    if start <= lo or len(DESCRIPTION_WORD.findall(text, start, pos)) > _PRONOUN_LEAD:
        return None
    if "«" in text[start:pos] or "»" in text[start:pos] or "," in text[start:pos]:
        return None
    end = start  # the sentence before ends where the space before this one starts
    while end > lo and text[end - 1].isspace():
        end -= 1
    prev = _sentence_start(text, end, lo)
    if prev >= end:
        return None
    return _subject_of(text, prev, end, gender)


def _subject_of(text: str, a: int, b: int, gender: str) -> tuple[int, int] | None:
    """The subject at the start of the sentence ``text[a:b]`` before its verb of ``gender`` in
    the past tense (see :func:`previous_subject`)."""
    words = list(re.finditer(r"[\w\-]+|[^\w\s]", text[a:b]))[: _SUBJECT_WORDS + 1]
    head = None  # index of the head noun
    last = 0  # index of the subject's last word
    start = 0  # index of the subject's first word, after an adverbial opening the sentence
    in_phrase = False  # a preposition after the head: the words up to the verb are its object
    for k, w in enumerate(words):
        word = w.group()
        if not re.match(r"\w", word):
            return None  # punctuation before the verb: an apposition or a clause, not read
        parses = _parses(word)
        if not parses:
            return None
        if head is not None and _past_verb(parses):
            if parses[0].tag.gender != gender and not any(
                    p.tag.gender == gender for p in parses if p.tag.POS == "VERB"):
                return None
            # the subject ends before a phrase after a preposition
            return (a + words[start].start(), a + words[last].end())
        if head is None:
            # by its likeliest reading a noun or adjective («В» is a preposition, not an initial)
            nom = [p for p in parses if p.tag.case == "nomn" and "sing" in p.tag
                   and "Init" not in p.tag] if parses[0].tag.POS in ("NOUN", "ADJF", "PRTF") else []
            if any(p.tag.POS == "NOUN" and "anim" in p.tag for p in nom):
                p = next(p for p in nom if p.tag.POS == "NOUN" and "anim" in p.tag)
                if p.tag.gender != gender and "ms-f" not in p.tag and not (
                        gender == "femn" and p.tag.gender == "masc" and "Name" not in p.tag):
                    return None  # «Мария … сказал»: no subject of that gender
                head = last = k
                continue
            if any(p.tag.POS in ("ADJF", "PRTF") for p in nom) and k < 3:
                continue  # «Бывший министр»
            if k == start and word.lower() in ("его", "её", "ее", "их"):
                continue  # «Его отец сказал, что …»: whose father, then the subject
            if k < _SUBJECT_LEAD and (_leading_word(parses) or (
                    k == start and k and _parses(words[k - 1].group())[0].tag.POS == "PREP")):
                start = k + 1  # «Тогда спортсмен», «14 июля спортсмен»
                continue
            return None
        # after the head: a name in apposition, a complement in the genitive, or a phrase
        # after a preposition («Бадди Макгирт после известия о смерти Дадашева заявил»)
        if word[:1].isupper() and (not parses[0].is_known or any(
                any(t in p.tag for t in _NAME_TAGS) for p in parses)):
            last = k if not in_phrase else last
            continue  # a name, or a word the dictionary does not know («Макгирт»)
        if any(p.tag.case == "gent" for p in parses) or parses[0].tag.POS == "PREP":
            in_phrase = in_phrase or parses[0].tag.POS == "PREP"
            last = k if not in_phrase else last
            continue
        if in_phrase and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR"):
            continue
        return None
    return None


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


def _leading_word(parses: tuple) -> bool:
    """May a word open a sentence before its subject: an adverb, a preposition, a number, a
    particle, or a noun with no reading in the nominative (the object of the number before it:
    «14 июля», «Тогда»; the object of a preposition is read by the caller: «В частности»)?"""
    top = parses[0].tag
    if top.POS in ("ADVB", "PREP", "CONJ", "PRCL", "NUMR") or "NUMB" in top:
        return True
    return top.POS == "NOUN" and "Name" not in top and "Surn" not in top and not any(
        p.tag.case == "nomn" for p in parses)


def _past_verb(parses: tuple) -> bool:
    """Is the likeliest reading of a word a finite verb in the past tense (заявил, сообщила)?"""
    return parses[0].tag.POS == "VERB" and "past" in parses[0].tag


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


RUSSIAN = SpeakerLanguage(
    code="ru",
    pronoun_class=pronoun_class, self_reference=SELF_REFERENCE,
    determiners=DETERMINERS,
    empty_descriptions=EMPTY_DESCRIPTIONS,
    titles=TITLES,
    name_run=NAME_RUN,
    mention_word=MENTION_WORD,
    description_word=DESCRIPTION_WORD,
    trailing_handle=TRAILING_HANDLE,
    colon_intro=COLON_INTRO,
    is_description=is_description,
    name_heads=name_heads,
    person_runs=person_runs,
    name_gender=name_gender,
    surname_form=surname_form,
    full_first_name=full_first_name,
    new_name_stops_continuation=True,
    signature_line=SIGNATURE_LINE,
    names_nobody=names_nobody,
    extend_mention=apposition(person_runs),  # the name of an apposition (ru_apposition)
    # an unnamed source («источник в правительстве», «Источник "Ъ" в Кремле», «один из
    # источников»), whatever it names
    unnamed_source=re.compile(r"(?:[Ии]сточник|[Сс]обеседник|(?:\S+\s+){1,3}?(?:источник|собеседник))"),
    normal_name=normal_name,
    previous_subject=dash_subject(previous_subject, _subject_of, _sentence_start),
    rule_confidence=RULE_CONFIDENCE_RU,
)
