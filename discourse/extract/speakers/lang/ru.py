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

The names of persons (their runs, gender and nominative) are in :mod:`.ru_names`, the subject of
the sentence before a pronoun in :mod:`.ru_subject`, the word lists and dictionary readings they
share in :mod:`.ru_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, lemma
from discourse.extract.speakers.lang.ru_agents import instrumental_name
from discourse.extract.speakers.lang.ru_apposition import apposition
from discourse.extract.speakers.lang.ru_carriers import STATEMENT_NOUNS
from discourse.extract.speakers.lang.ru_confidence import RULE_CONFIDENCE_RU
from discourse.extract.speakers.lang.ru_dash_subject import dash_subject
from discourse.extract.speakers.lang.ru_inner_role import complement_name
from discourse.extract.speakers.lang.ru_names import (
    full_first_name,
    name_gender,
    normal_name,
    person_runs,
    surname_form,
)
from discourse.extract.speakers.lang.ru_org_complement import head_across_abbreviations
from discourse.extract.speakers.lang.ru_subject import _sentence_start, _subject_of, previous_subject
from discourse.extract.speakers.lang.ru_words import (
    _CAP,
    _INITIAL,
    _NAME_TAGS,
    _RELATIONAL,
    _ROLE_LEMMAS,
    DESCRIPTION_WORD,
    TITLES,
    _is_first_name_nominative,
    _name_word,
    _parses,
    _place,
)
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
# A run of capitalised words on one line; a dot only after an initial of one or two letters
# («Дж. Буш», «А. С. Пушкин»): after a word, a dot ends the sentence («… у Дома. Индонезиец»).
_RUN_WORD_RE = rf"(?:[{_CAP}][a-zа-яё]?\.|[{_CAP}][\w'’\-]*)"
NAME_RUN = re.compile(rf"{_RUN_WORD_RE}(?:[ \t\u00a0]+{_RUN_WORD_RE}){{0,4}}")
MENTION_WORD = re.compile(r"[А-ЯЁA-Z]\.(?=[А-ЯЁA-Z][а-яёa-z])|[\w'’\-.]+")  # «С.Балмер»: two
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
    if head_across_abbreviations(DESCRIPTION_WORD.findall(mention[:start])):
        return True  # «представителя МИД Марии Захаровой»: the head's own name (ru_org_complement)
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
    if instrumental_name(mention):
        return False  # «запись, оставленную Медведевым»: a passive's agent is whoever spoke
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


def _common_noun(word: str) -> bool:
    """A word the dictionary knows with no reading as a name or a place («Соратники»)."""
    parses = _parses(word)
    return bool(parses) and parses[0].is_known and not any(
        any(t in p.tag for t in (*_NAME_TAGS, "Geox", "Orgn")) for p in parses)


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
    complement_name=complement_name,  # «представитель генсека ООН Антониу Гутерриша»
    # «сообщает ТАСС со ссылкой на пресс-службу Кремля»: the cited source, in the accusative the
    # preposition governs, is no object phrase taken for a speaker (names_nobody)
    cited_before=re.compile(r"(?<![\w-])[Сс]о\s+ссылкой\s+на\s+$"),
)
