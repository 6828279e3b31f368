"""Mending a Russian speaker mention read by :func:`.speakers.speaker_of` (round eleven, dev7).

The noun phrase the clause reading gives may hold a word that is no part of the speaker's name
or miss the name the title leads to. Before: token span ``(i, j)`` of the mention; after: the
same span, narrowed or widened:

- an intensifier opening it is dropped: «Сама Тэтчер называла …» -> «Тэтчер»;
- a medium phrase before the subject is dropped: «В своём интервью наследники рассказали» ->
  «наследники» (the preposition was left outside, its object was taken for the subject);
- a time phrase after the speaker ends it: «его партия после появления видео» -> «его партия»;
- a gloss in brackets after a title does not end it when a name follows: «официальный
  представитель «Союза» (Unión …) Сесар Дуран» -> up to «Дуран»;
- an apposition in the genitive after a comma belongs to it (round thirteen, dev8): «по словам
  представителя МВД, полковника полиции Ивана Петрова, P» -> up to «Петрова»;
- where an unnamed source sits belongs to it (round fifteen, dev9): «Источник в правительстве
  сообщил» -> «Источник в правительстве», not «Источник».

Round sixteen (dev10, fresh text): the name that says who the described speaker is.

- a name in apposition after a comma ends it: «— сказал один из зрителей, 62-летний Хоакин
  Ортис.» -> up to «Ортис» (was «один из зрителей»), «Оратор, 20-летний Хамзат Азимов, заявил»;
- a participle's phrase before the name is no part of it: «окруженный репортерами Джаггер
  сказал» -> «Джаггер»;
- a relation in brackets after a name is no part of it: «Марина Миронова (мать 16-летнего
  парня) сообщила» -> «Марина Миронова».

Round twenty-seven: the occasion, the manner or the city of the speech act after the speaker is
no part of it (:mod:`.mention_occasions`): «— сказал глава государства на совещании по …» ->
«глава государства».

Round nineteen: an adverb at either edge is dropped (:mod:`.mention_adverbs`): «Рено часто
говорила» -> «Рено»; a prepositional complement before the verb is taken in
(:mod:`.mention_complements`): «Директор по маркетингу сервисов Яндекса Андрей Себрант сказал».

And :func:`fronted_object`: an object in the accusative opening the clause is no mention at all
(«Ранее эту же информацию сообщал представитель движения: «…»»: the speaker follows the verb).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.lang.ru.mention_adverbs import trim_adverbs
from discourse.extract.quotes.lang.ru.mention_complements import widen_over_complement
from discourse.extract.quotes.lang.ru.mention_occasions import cut_occasion
from discourse.extract.quotes.lang.ru.morph import (
    finite_verb,
    genitive_noun,
    maybe_nominative,
    passive_participle,
)
from discourse.extract.quotes.lang.ru.words import (
    ADVERBS,
    CONJUNCTIONS,
    PREPOSITIONS,
    SOURCE_NOUNS,
    TIME_WORDS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["MEDIUM_HEADS", "fronted_object", "mend_mention"]

_INTENSIFIERS = frozenset("сам сама сами само самого самой самих".split())
# Where a statement is made ("в своём интервью", "в микроблоге"): no part of a speaker, nor of
# the reported object before it.
MEDIUM_HEADS = frozenset("""интервью эфире беседе разговоре брифинге пресс-конференции
    выступлении обращении заявлении блоге твиттере микроблоге""".split())
_PP_OPENERS = frozenset(("в", "во", "на"))
# Prepositions of time that never stand inside a speaker's noun phrase ("его партия после
# появления видео", "министр во время визита").
_TIME_PREPOSITIONS = frozenset("после перед накануне спустя".split())
_TIME_PHRASES = frozenset((("во", "время"), ("в", "ходе")))
# How far the place after a source may run (tokens after "в").
_PLACE = 6
# How far a gloss in brackets may run (tokens), and the words of the name after it.
_GLOSS = 12
_NAME_WORDS = 3
# An age before a name in apposition ("62-летний Хоакин Ортис").
_AGE = re.compile(r"\d+-летн(?:ий|яя|ей|его|юю)$")


def fronted_object(lows: list[str], lo: int, i: int) -> bool:
    """Does the noun phrase at token ``i`` (not a nominative) belong to «эту»/«эти» opening the
    clause ``[lo, …)``, with only adverbs before it («Ранее эту же информацию», «Эти данные»)?
    Then it is the verb's object and the speaker follows the verb; «пресс-служба опровергла эту
    информацию, сообщив» has its subject before the object."""
    d = next((m for m in range(max(lo, i - 2), i + 1) if lows[m] in ("эту", "эти")), -1)
    return d >= 0 and all(low in ADVERBS for low in lows[lo:d])


def mend_mention(toks: Toks, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """The mention ``span`` (tokens ``[i, j)``) mended as the module says; ``hi`` bounds the
    clause it stands in."""
    words, lows = toks.words, toks.lows
    i, j = trim_adverbs(toks, *span)  # «Рено часто говорила», «Ранее отец Джексона»
    i, j = widen_over_complement(toks, i, j, hi)  # «Директор по маркетингу Яндекса X сказал»
    if j - i > 1 and lows[i] in _INTENSIFIERS:
        i += 1
    if i > 0 and lows[i - 1] in _PP_OPENERS:
        head = next((m for m in range(i, min(j - 1, i + 3)) if lows[m] in MEDIUM_HEADS), -1)
        if head >= 0 and all(not cap(w) for w in words[i:head + 1]):
            i = head + 1
    # after a name the brackets gloss it ("Джон Говард (John Howard)"); after a title or an
    # organisation's name in marks they gloss that, and the person's name may follow
    cut = next((m for m in range(i + 1, j) if lows[m] in _TIME_PREPOSITIONS or (
        m + 1 < j and (lows[m], lows[m + 1]) in _TIME_PHRASES)), -1)
    if cut > i:
        j = cut  # "подтвердила его партия после появления видео": when, not who
    i, j = cut_occasion(toks, i, j)  # «глава государства на совещании», «политик со слезами»
    if j < hi and words[j] == "(" and (not cap(words[j - 1]) or words[j - 1] in "»\""):
        close = next((m for m in range(j + 1, min(hi, j + _GLOSS)) if words[m] == ")"), -1)
        k = close + 1
        e = k
        while close > 0 and e < hi and e - k < _NAME_WORDS and wordish(words[e]) and cap(words[e]):
            e += 1
        if close > 0 and e - k >= 2 and (e == hi or not wordish(words[e])):
            j = e
    j = _source_place(toks, i, j, hi)
    i = _after_participle(toks, i, j)
    j = _before_relation(toks, i, j)
    j = _named_apposition(toks, i, j, hi)
    app = _apposition(toks, i, j, hi)
    while app is not None:
        j = app
        app = _apposition(toks, i, j, hi)
    return i, j


def _apposition(toks: Toks, i: int, j: int, hi: int) -> int | None:
    """The end of an apposition in the genitive after the comma at token ``j`` (the comma
    before its own closing comma): a lower-case first word in the genitive with no reading in
    the nominative (not «президент Путин», which opens the clause after «по словам эксперта,»),
    a capitalised word in it or in the mention, within ten tokens; None otherwise."""
    words, lows = toks.words, toks.lows
    k = j + 1
    if k >= hi or words[j] != "," or cap(words[k]) or not wordish(words[k]) or (
            maybe_nominative(lows[k])) or not genitive_noun(lows[k]):
        return None
    m = next((m for m in range(k + 1, min(hi, k + 11)) if not wordish(words[m])), -1)
    if m < 0 or words[m] != "," or not any(cap(w) for w in words[i:m]) or any(
            finite_verb(low) for low in lows[k:m]):
        return None  # («По данным СМИ, вероятной причиной стали разногласия, …»: a clause)
    return m


def _source_place(toks: Toks, i: int, j: int, hi: int) -> int:
    """The end of ``в/во X`` after a mention ending in an unnamed source ("Источник в
    правительстве РФ", "источники «Ъ» в Кремле"), when the place runs to a punctuation mark or a
    finite verb (the clause's verb: "Источник в правительстве сообщил"); else ``j``. Not a time
    or a medium ("источник в понедельник", "в беседе с журналистами"): those are no place."""
    words, lows = toks.words, toks.lows
    if not (j + 1 < hi and lows[j] in ("в", "во") and any(
            low in SOURCE_NOUNS for low in lows[max(i, j - 3):j])):
        return j
    if lows[j + 1] in TIME_WORDS or lows[j + 1] in MEDIUM_HEADS or lows[j + 1] in _TIME_PREPOSITIONS:
        return j
    k = j + 1
    while k < hi and k - j <= _PLACE and wordish(words[k]) and not finite_verb(lows[k]) and (
            lows[k] not in CONJUNCTIONS) and (lows[k] not in PREPOSITIONS or k == j + 1):
        k += 1
    return k if k > j + 1 and (k == hi or not wordish(words[k]) or finite_verb(lows[k])) else j


def _named_apposition(toks: Toks, i: int, j: int, hi: int) -> int:
    """The end of a name in apposition after the comma at token ``j`` («один из зрителей,
    62-летний Хоакин Ортис»): an age or nothing, then two or three capitalised words, then a
    punctuation mark or the clause's end; only after a mention with no capitalised word past its
    first (a description, not a name: «министр Иванов, Пётр Сидоров» is two people). Else ``j``."""
    words, lows = toks.words, toks.lows
    if not (j + 2 < hi + 1 and j < len(words) and words[j] == ","):
        return j
    if any(cap(w) for w in words[i + 1:j]) or not all(wordish(w) for w in words[i:j]):
        return j
    k = j + 1
    if k < hi and _AGE.match(lows[k]):
        k += 1
    e = k
    while e < hi and e - k < _NAME_WORDS and wordish(words[e]) and cap(words[e]) and (
            lows[e] not in CONJUNCTIONS):
        e += 1
    if e - k >= 2 and (e >= len(words) or not wordish(words[e])) and (
            e >= len(words) or words[e] in ",.;:!?—–"):
        return e
    return j


def _after_participle(toks: Toks, i: int, j: int) -> int:
    """The name after a participle's phrase opening the mention («окруженный репортерами
    Джаггер» -> «Джаггер»): a passive participle (an active one is a title:
    «исполняющий обязанности председателя правительства Ингушетии Владимир Сластенин»),
    lower-case words of which one cannot be a nominative (its complement, not the head noun:
    «назначенный министр Иванов» stays), then capitalised words to the end, the first of them
    possibly a nominative. Else ``i``."""
    words, lows = toks.words, toks.lows
    if j - i < 3 or not passive_participle(lows[i]):  # capitalised opening a sentence
        return i
    m = next((m for m in range(i + 1, j) if cap(words[m])), -1)
    if m < i + 2 or not all(cap(w) and wordish(w) for w in words[m:j]) or not all(
            wordish(w) for w in words[i + 1:m]) or not maybe_nominative(lows[m]):
        return i
    return m if any(not maybe_nominative(low) for low in lows[i + 1:m]) else i


def _before_relation(toks: Toks, i: int, j: int) -> int:
    """The end of a name followed by a relation in brackets («Марина Миронова (мать
    16-летнего парня)»): the mention before the bracket is a name alone (capitalised words), the
    bracket opens with a lower-case word (a name's gloss in Latin letters, «Джон Говард (John
    Howard)», stays; «представителя управления Беркли (пригород Сент-Луиса)» glosses a place).
    Else ``j``."""
    words = toks.words
    p = next((m for m in range(i + 1, j - 1) if words[m] == "("), -1)
    if p < i + 2 or not all(cap(w) and wordish(w) for w in words[i:p]) or words[j - 1] != ")" or (
            cap(words[p + 1])) or not wordish(words[p + 1]):
        return j
    return p
