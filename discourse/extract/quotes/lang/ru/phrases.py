"""Russian noun phrases, read off the token columns by closed classes and capitals.

The syntax the Russian rules share: where a speaker's noun phrase ends after a verb of saying
("заявил пресс-секретарь президента России Дмитрий Песков журналистам"), where it starts before
one ("В интервью РБК глава МИД Сергей Лавров заявил"), the adverbials and objects between a verb
and its speaker, a relative clause between a subject and its verb. No parser and almost no
morphology: a role is lower-case words, a name is capitalised words, and prepositions,
conjunctions and punctuation bound them (:mod:`.words`); the dictionary (pymorphy3) is asked
only whether a word between a subject and its verb is an adverb. :mod:`.speakers` puts these
together into the speaker of a cue (:func:`~.speakers.speaker_of`).
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser
from discourse.extract.quotes.lang.ru.cited_outlet import cites_source
from discourse.extract.quotes.lang.ru.words import (
    ADVERB_ENDINGS,
    ADVERBS,
    CARRIER_NOUNS,
    CONJUNCTIONS,
    NOUN_PLURAL_ENDINGS,
    NP_BREAKERS,
    OUTLET_WORDS,
    PAST_GK,
    PAST_GK_NOUNS,
    PREFIXED_PAST,
    PREPOSITIONS,
    RECIPIENTS,
    REPLY_OBJECTS,
    SHORT_PAST,
    SOURCE_NOUNS,
    SPEAKER_NOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VERB_ENDING,
    VERB_LIKE_NOUNS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = [
    "TokSpan", "before_relative", "is_adverb", "is_verb_form", "np_backward", "np_forward",
    "skip_adverbials", "skip_own_object"]

TokSpan = tuple[int, int]
_OPEN_MARKS = "«„“\""
# Heads of adverbial phrases that stand between a subject and its verb ("в связи с", "в ходе").
_ADVERBIAL_HEADS = frozenset("связи ходе рамках время течение итогам результате ответ".split())
# Heads of a phrase naming where something was said: "в интервью РБК", "на брифинге".
_MEDIUM_HEADS = frozenset("""интервью эфире беседе ходе разговоре брифинге пресс-конференции
    выступлении обращении заявлении блоге твиттере микроблоге""".split())
_CLOSE_MARKS = "»“”\""
_OWN = frozenset("свой своя своё свое свои своего своей своих своему своим своими свою своём своем".split())
_THIS = frozenset("это эти эту этот такое такие такую данное данные подобные".split())
# Endings of a genitive complement after the object ("вопрос журналистов", "заявление
# ведомства", "слова министра"; not a nominative subject like "представитель").
_GENITIVE_ENDINGS = ("ов", "ев", "ей", "ых", "их", "ства", "ния", "ции", "ра", "та")
# Adverbs that also govern a noun in the genitive ("накануне матча", "вслед за ним").
_PREPOSITION_ADVERBS = frozenset(("накануне",))


def is_adverb(low: str) -> bool:
    """An adverb between a speaker and the verb ("также", "уклончиво", "резко")."""
    return low in ADVERBS or (len(low) >= 5 and low.endswith(ADVERB_ENDINGS))


_CASE_ENDINGS = ("а", "у", "е", "ом", "ы", "ов", "ам", "ах", "ами")


@lru_cache(maxsize=4096)
def _only_adverb(low: str) -> bool:
    """A word the dictionary knows only as an adverb («вскользь», «наконец»), which the endings
    of :func:`is_adverb` miss: it stands between a subject and its verb («Государственные СМИ
    лишь вскользь упоминают»), never as the subject."""
    if not CYRILLIC.search(low):
        return False
    parses = analyser().parse(low)
    return bool(parses) and all(p.is_known and p.tag.POS == "ADVB" for p in parses)


def is_verb_form(low: str) -> bool:
    """A lower-case word that reads as a finite verb (approximate; see ``VERB_ENDING``): not a
    noun of ``VERB_LIKE_NOUNS`` in any case ("журнала", "трибуналом", "каналы"), nor a plural in
    -тели ("представители"); a short past tense of ``SHORT_PAST`` ("дал", "смог") or a prefixed
    one in -ёс/-ёз ("поднёс") or in -гла/-кла ("опровергла", "привлекла") is one."""
    if low in SHORT_PAST or PREFIXED_PAST.match(low) or (
            PAST_GK.search(low) is not None and low not in PAST_GK_NOUNS):
        return True
    if len(low) < 5 or not low.isalpha() or VERB_ENDING.search(low) is None:
        return False
    if low in VERB_LIKE_NOUNS or low.endswith(NOUN_PLURAL_ENDINGS):
        return False
    return not any(low.endswith(end) and low[: -len(end)] in VERB_LIKE_NOUNS for end in _CASE_ENDINGS)


def _name_in_marks(toks: Toks, j: int, hi: int) -> int:
    """The token after a short name in marks starting at ``j`` (банк «Пересвет»), or ``j``."""
    words = toks.words
    if j < hi and words[j] in _OPEN_MARKS:
        for k in range(j + 1, min(hi, j + 8)):
            if words[k] in _CLOSE_MARKS:
                return k + 1
            if not wordish(words[k]) and words[k] not in "-.":
                break
    return j


_MONTHS_OF = frozenset("""января февраля марта апреля мая июня июля августа сентября октября ноября
декабря""".split())


def skip_adverbials(toks: Toks, i: int, hi: int) -> int:
    """The first token at or after ``i`` past adverbs, listeners and time phrases ("также",
    "журналистам", "в понедельник", "в интервью РБК", "агентству «Интерфакс»")."""
    words, lows = toks.words, toks.lows
    j = i
    while j < hi:
        low = lows[j]
        if words[j] in _OPEN_MARKS and j + 2 < hi and lows[j + 1] in OUTLET_WORDS:
            k = _name_in_marks(toks, j, hi)
            if j < k < hi and wordish(words[k]) and lows[k] not in PREPOSITIONS and not (
                    words[k][:1].isdigit() or lows[k] in TIME_WORDS):
                # "рассказала «Известиям» депутат": the outlet heard it, the deputy spoke (not
                # "Как сообщал "Ъ" 6 июня, …": a date, the outlet spoke)
                j = k
                continue
        if low in ADVERBS or low in RECIPIENTS or (low in OUTLET_WORDS and j + 1 < hi and wordish(
                words[j + 1]) and (lows[j + 1] in OUTLET_WORDS or not cap(words[j + 1]))
                and not cites_source(toks, j, hi)):  # «сообщает ТАСС со ссылкой на»: it speaks
            j += 1  # "журналистам", "РИА Новости источник": the listener, not the speaker
            j = _name_in_marks(toks, j, hi) if lows[j - 1] in RECIPIENTS else j
            continue
        if low == "на" and j + 1 < hi and (lows[j + 1] in REPLY_OBJECTS or (
                j + 2 < hi and lows[j + 1] in _THIS and lows[j + 2] in REPLY_OBJECTS)):
            # "ответил на вопрос журналистов Песков", "отреагировал на это заявление X": what
            # the speaker answers, then the speaker
            j += 3 if j + 2 < hi and lows[j + 1] in _THIS and lows[j + 2] in REPLY_OBJECTS else 2
            while j < hi and not cap(words[j]) and wordish(words[j]) and lows[j].endswith(
                    _GENITIVE_ENDINGS):
                j += 1
            continue
        if low in ("в", "во", "на") and j + 1 < hi and lows[j + 1] in TIME_WORDS:
            j += 2  # "в понедельник", "в конце января"
            while j < hi and lows[j] in TIME_WORDS:
                j += 1
            if j < hi and lows[j] in _MEDIUM_HEADS:  # "в этой беседе", "в том интервью"
                j += 1
            c = next((m for m in range(j + 1, min(hi, j + 7)) if words[m] == ","), -1)
            if c > j + 1 and words[j] == "," and words[j + 1][:1].isdigit() and all(
                    w[:1].isdigit() or lw in TIME_WORDS for w, lw in zip(words[j + 1:c], lows[j + 1:c])):
                j = c + 1  # "в понедельник, 4 декабря 2017 года, его партия": the date in commas
            continue
        if low in ("в", "во", "на") and j + 1 < hi and lows[j + 1] in _MEDIUM_HEADS:
            j = _skip_pp(toks, j, hi)  # "в интервью РБК", "в эфире «Первого канала»"
            continue
        if words[j] == "," and j + 1 < hi and lows[j + 1] in ADVERBS:
            j += 1
            continue
        if len(words[j]) <= 2 and words[j].isdigit() and j + 1 < hi and lows[j + 1] in _MONTHS_OF:
            # "Как заявил 5 марта Сергей Лавров", "в четверг 27 декабря Владимир Путин": a date
            # is when, and the number no speaker
            j += 2
            if j < hi and len(words[j]) == 4 and words[j].isdigit():
                j += 1
                if j < hi and lows[j] in ("года", "г", "г."):
                    j += 2 if j + 1 < hi and words[j + 1] == "." else 1
            continue
        break
    return j


def skip_own_object(toks: Toks, j: int, hi: int) -> int:
    """The token after an object opening with "свой" at ``j`` ("поблагодарила своих сторонников
    Мария Колесникова": "свой" never opens the subject), past the adverbials after it; ``j``
    when no such object stands there."""
    if j + 1 < hi and toks.lows[j] in _OWN and wordish(toks.words[j + 1]) and not cap(
            toks.words[j + 1]):
        return skip_adverbials(toks, j + 2, hi)
    return j


def np_forward(toks: Toks, i: int, hi: int, limit: int = 16) -> int:
    """End (exclusive) of the speaker's noun phrase starting at token ``i``: role words, then a
    name ("пресс-секретарь президента России Дмитрий Песков"), an institution ("Министерства
    обороны Соединённого Королевства"), names in marks ("банк «Пересвет»", "агентство
    ''Reuters''"), initials ("А. Кержаев"), an apposition closing the clause ("директор музея и
    археолог из Новоселова, Александр Кержаев"). A listener, an adverb, a number or a
    preposition after a name, a conjunction, a verb or other punctuation ends it."""
    words, lows = toks.words, toks.lows
    j = i
    seen_name = False
    while j < hi and j - i < limit:
        word, low = words[j], lows[j]
        if word in _OPEN_MARKS:  # "сообщает «Коммерсантъ»", "газета «Известия»"
            k = _name_in_marks(toks, j, hi)
            if k == j:
                break
            j = k
            seen_name = True
            continue
        if word == "'" and j > i:  # wiki italics: агентство ''Reuters''
            k = next((m for m in range(j + 2, min(hi, j + 9)) if words[m] == "'" and wordish(
                words[m - 1])), -1)
            if k < 0:
                break
            j = k + 1
            while j < hi and words[j] == "'":
                j += 1
            seen_name = True
            continue
        if word == "(" and j > i:  # "RAEX (Эксперт РА)": a short gloss belongs to the name
            k = next((m for m in range(j + 1, min(hi, j + 6)) if words[m] == ")"), -1)
            if k < 0:
                break
            j = k + 1
            continue
        if word == "," and j > i and not seen_name and j + 1 < hi and cap(words[j + 1]):
            # ", Александр Кержаев" closing the clause: an apposition naming the role's holder
            e = j + 1
            while e < hi and e - j <= 4 and (cap(words[e]) or words[e] == "."):
                e += 1
            if e >= hi or words[e] in (".", "!", "?", ";", ",") or words[e] in _OPEN_MARKS:
                return e
            break
        if not wordish(word):
            break
        if low in CONJUNCTIONS and not (low == "и" and j > i and j + 1 < hi and wordish(words[j + 1])
                                        and (not seen_name and not is_verb_form(lows[j + 1])
                                             or cap(words[j - 1]) and cap(words[j + 1]))):
            break  # "Ларри Пейдж и Сергей Брин", "директор музея и археолог"; "и добавил" ends it
        if low in PREPOSITIONS:
            if j == i or j + 1 >= hi or not wordish(words[j + 1]) or lows[j + 1] in TIME_WORDS \
                    or (seen_name and not cap(words[j + 1])) or (
                    low in ("в", "во") and lows[j + 1] in CARRIER_NOUNS):
                break  # "ответили власти в документе": where it was said, not who
            j += 1  # "источник в правоохранительных органах", "археолог из Новоселова"
            continue
        if cap(word) and low in OUTLET_WORDS and j > i and cap(words[j - 1]) and (
                lows[j - 1] not in OUTLET_WORDS):
            break  # "приводит слова Лаврова ТАСС": the medium after the speaker's name
        if cap(word):
            seen_name = True
        elif word[:1].isdigit():
            if seen_name:
                break  # "Спейси 30 октября"
        elif j > i and (low in RECIPIENTS or is_adverb(low) or low in TIME_WORDS
                        or is_verb_form(low) or low in SUBJECT_PRONOUNS or low in NP_BREAKERS):
            break  # "Песков журналистам", "Песков также", "Песков добавил"
        j += 1
    while j > i and lows[j - 1] in PREPOSITIONS | CONJUNCTIONS:
        j -= 1
    return j


def _nominative_adjective(low: str) -> bool:
    """An adjective in the nominative singular (бывшая, официальный, последняя), which no
    prepositional object takes: where the subject after an opening adverbial starts."""
    return len(low) >= 5 and (low.endswith(("ый", "ая", "яя")) or low.endswith("ий") and not (
        low.endswith(("ний", "ций", "тий", "вий", "зий", "сий", "рий"))))


def np_backward(toks: Toks, j: int, lo: int, limit: int = 12) -> int:
    """Start of the speaker's noun phrase ending before token ``j`` (tokens ``>= lo``).

    Walks back over words and names in marks to a clause boundary (punctuation, a
    conjunction, a verb). A preposition met on the way heads an adverbial ("В интервью РБК
    глава МИД Сергей Лавров"): its object and the names that follow the object are dropped."""
    words, lows = toks.words, toks.lows
    i = j
    while i > lo and j - i < limit:
        word, low = words[i - 1], lows[i - 1]
        if word in _CLOSE_MARKS and i - 1 > lo:
            if i < j and cap(words[i]):
                break  # "в интервью «Комсомольской правде» Ширвиндт": the name after the medium
            k = next((m for m in range(i - 2, max(lo, i - 9) - 1, -1) if words[m] in _OPEN_MARKS), -1)
            if k < 0:
                break
            i = k
            continue
        if word == ")" and i - 1 > lo:
            # a bracket of up to ten tokens: "(Zimbabwe Election Support Network, ZESN)"
            k = next((m for m in range(i - 2, max(lo, i - 12) - 1, -1) if words[m] == "("), -1)
            if k < 0:
                break
            i = k
            continue
        if low == "и" and i < j and i - 2 >= lo and wordish(words[i - 2]) and not (
                is_verb_form(lows[i - 2]) or is_verb_form(lows[i]) or lows[i - 2] in CONJUNCTIONS
                or lows[i - 2] in SUBJECT_PRONOUNS or lows[i] in SUBJECT_PRONOUNS
                or is_adverb(lows[i - 2]) or lows[i - 2] in PREPOSITIONS):
            i -= 1  # "Норвежская академия наук и литературы", "Ларри Пейдж и Сергей Брин"
            continue
        # "Тихонов накануне матча признался": an adverb that governs a noun is a preposition
        prep = low in PREPOSITIONS or (low in _PREPOSITION_ADVERBS and i < j and not cap(words[i]))
        if not wordish(word) or low in CONJUNCTIONS or (is_adverb(low) and not prep):
            break
        if low in SUBJECT_PRONOUNS:
            if i == j:
                i -= 1
            break
        if prep and i - 2 > lo and words[i - 2] in _CLOSE_MARKS and _source_in_marks(toks, i - 2, lo):
            i -= 1  # "Источник «Ъ» в правительстве пояснил": the place belongs to the source
            continue
        if prep:
            at_start = i - 1 == lo or not wordish(words[i - 2]) or lows[i - 2] in CONJUNCTIONS or (
                is_adverb(lows[i - 2]) or lows[i - 2] in ("менее", "более"))  # "Тем не менее по …"
            # a phrase after a name ("Маркив перед началом слушаний заявил", "Путин в интервью
            # РБК заявил") or headed by a medium or time word stands between subject and verb
            adverbial = i < j and (lows[i] in _MEDIUM_HEADS or lows[i] in TIME_WORDS
                                   or lows[i] in _ADVERBIAL_HEADS
                                   or (not at_start and cap(words[i - 2])))
            if adverbial and not at_start:
                # "Путин в интервью РБК заявил", "США в связи с … заявили": the subject is before
                r = np_backward(toks, i - 1, lo, limit)  # (a date there is none: "В 1982 году в
                if not all(w in TIME_WORDS or w in PREPOSITIONS or w[:1].isdigit() for w in lows[r:i - 1]
                           ) and not (r > lo and lows[r - 1] in PREPOSITIONS and lows[r] in _ADVERBIAL_HEADS):
                    return r  # ("В ответ на это X", "В 1982 году в беседе с X актриса": X follows)
                at_start = True
            if at_start or adverbial:
                # "В интервью РБК глава МИД …", "В своём заявлении Моралес …": drop the
                # preposition's object (a lower-case phrase, or one name) and the names after it,
                # keeping the last word
                k = i
                if k < j and lows[k] in TIME_WORDS:
                    while k + 1 < j and (lows[k] in TIME_WORDS or lows[k].isdigit()):  # (not "66-летний")
                        k += 1  # "В марте Норвежская академия": a date, then the subject
                    return k
                if k < j and not cap(words[k]):
                    while k + 1 < j and not cap(words[k]) and wordish(words[k]) and not (k > i and (
                            _nominative_adjective(lows[k]) or lows[k] in SPEAKER_NOUNS and lows[
                                k - 1] not in PREPOSITIONS)):
                        k += 1  # ("В видео-обращении из колонии бывшая участница X", "В ответ на
                        # это представитель партии": the subject opens with an adjective in the
                        # nominative or a speaker's noun)
                elif k + 1 < j:
                    k += 1
                while k < j and (cap(words[k]) or words[k][:1].isdigit()) and k + 1 < j:
                    k += 1
                return k if k < j else j
            i -= 1  # "трибунал по бывшей Югославии": the phrase belongs to the name
            continue
        if not cap(word) and is_verb_form(low) and i < j:
            break
        i -= 1
    return i


def _source_in_marks(toks: Toks, c: int, lo: int) -> bool:
    """Does the closing mark at ``c`` end an outlet's short name after an unnamed source
    ("источник «Интерфакса»", "собеседник "Ъ"")?"""
    k = next((m for m in range(c - 1, max(lo, c - 5) - 1, -1) if toks.words[m] in _OPEN_MARKS), -1)
    return k > lo and toks.lows[k - 1] in SOURCE_NOUNS


def _skip_pp(toks: Toks, k: int, hi: int) -> int:
    """The token after a prepositional phrase at ``k`` that stands between a verb and its
    speaker ("написал в Facebook лидер партии", "сказал в эфире телеканала NBC главный
    редактор"): its words up to the first lower-case word after a name, or the second name
    after an acronym ("в интервью РБК Песков")."""
    words, lows = toks.words, toks.lows
    j = k + 1
    seen_cap = ""
    while j < hi and j - k <= 7:
        w = words[j]
        if w in _OPEN_MARKS:
            e = _name_in_marks(toks, j, hi)
            if e == j:
                break
            j, seen_cap = e, "marks"
            continue
        if not wordish(w) or lows[j] in SUBJECT_PRONOUNS:
            break
        if cap(w):
            if seen_cap and (seen_cap.isupper() or seen_cap == "marks"):
                break
            seen_cap = w
        elif seen_cap and lows[j] not in PREPOSITIONS:
            break
        j += 1
    return j


# Endings of active and passive participles, which open a participial phrase in commas.
_PARTICIPLE_ENDINGS = ("вший", "вшая", "вшее", "вшие", "щий", "щая", "щее", "щие", "ший", "шая",
                       "шее", "шие", "нный", "нная", "нное", "нные", "мый", "мая", "мое", "мые")

# The relative pronoun in the genitive, after the noun it belongs to ("контракт которого").
_GENITIVE_RELATIVES = frozenset(("которого", "которой", "которых"))


def before_relative(toks: Toks, j: int, lo: int) -> int:
    """``продюсеры «X», в котором актёр играет, объявили``: the token after the subject that a
    relative clause in commas separates from the verb at ``j`` (``j`` itself otherwise)."""
    words, lows = toks.words, toks.lows
    if j - 1 <= lo or words[j - 1] != ",":
        return j
    for m in range(j - 2, max(lo, j - 25) - 1, -1):
        if words[m] == ",":
            n = m + 1
            if lows[n] in PREPOSITIONS:
                n += 1
            if n < j and (lows[n].startswith(("котор", "где", "куда", "чей", "чья", "чьи"))
                          or lows[n].endswith(_PARTICIPLE_ENDINGS)):
                return m  # "X, ставшая свидетелем на свадьбе, пояснила": the subject is X
            if n + 1 < j and wordish(words[n]) and lows[n + 1] in _GENITIVE_RELATIVES:
                return m  # "Мойес, контракт которого истекает, заявлял": a relative after its noun
            if m > lo and cap(words[m - 1]) and not cap(words[m + 1]) and not any(
                    is_verb_form(w) for w in lows[m + 1:j - 1]) and all(
                    wordish(w) or w in _OPEN_MARKS + _CLOSE_MARKS + "'" for w in words[m + 1:j - 1]):
                return m  # "Кевин Аллен, журналист газеты USA Today, вспоминает": an apposition
            return j
    return j
