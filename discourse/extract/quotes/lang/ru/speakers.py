"""The speaker of a Russian cue: :func:`speaker_of` and the clause readings it puts together.

The subject before the verb ("Песков заявил", past adverbs, a time phrase, a relative clause or a
participle in commas), the speaker after it ("заявил глава МИД", "сообщили в МВД"), the carrier
of an impersonal cue ("в заявлении МИД России говорится"), the source an outlet cites ("со
ссылкой на пресс-службу МВД") and the object of "цитировать". Apart from :mod:`.phrases`, the
noun phrases these readings are made of and that other rules read alone.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.lang.ru.mention import fronted_object, mend_mention
from discourse.extract.quotes.lang.ru.morph import inanimate_noun, maybe_nominative, oblique, participle
from discourse.extract.quotes.lang.ru.phrases import (
    _CLOSE_MARKS,
    _OPEN_MARKS,
    _OWN,
    _PREPOSITION_ADVERBS,
    TokSpan,
    _only_adverb,
    _skip_pp,
    before_relative,
    is_adverb,
    is_verb_form,
    np_backward,
    np_forward,
    skip_adverbials,
    skip_own_object,
)
from discourse.extract.quotes.lang.ru.speakers_italics import past_italics
from discourse.extract.quotes.lang.ru.words import (
    ADVERBS,
    CARRIER_NOUNS,
    CONJUNCTIONS,
    INSTITUTION_HEADS,
    INSTITUTION_NOUNS,
    NON_SPEAKERS,
    OBJECT_AFTER,
    ORDINALS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["carrier_after", "carrier_before", "speaker_of"]

# Participles after a carrier noun whose agent (in the instrumental) is the author of the
# statement: "в пресс-релизе, выпущенном Вэнсом", "в заявлении, подписанном министром".
_AUTHORED = frozenset("""выпущенном выпущенной подписанном подписанной распространённом
    распространенном распространённой распространенной опубликованном опубликованной
    сделанном сделанной направленном направленной составленном составленной""".split())


def _np_or_pronoun(toks: Toks, k: int, hi: int) -> TokSpan | None:
    """The speaker phrase starting at ``k``: a subject pronoun, or a noun phrase; None when
    the words there name nobody (a preposition, a non-speaker such as "данным")."""
    if k >= hi:
        return None
    low = toks.lows[k]
    if low in SUBJECT_PRONOUNS:
        return k, k + 1
    if low in NON_SPEAKERS or not wordish(toks.words[k]) and toks.words[k] not in _OPEN_MARKS:
        return None
    e = np_forward(toks, k, hi)
    if e > k and not any(cap(w) for w in toks.words[k:e]):
        e = _titles_to_name(toks, e, hi)
    return (k, e) if e > k else None


def _titles_to_name(toks: Toks, e: int, hi: int) -> int:
    """``заявил актёр, продюсер и режиссёр Нейл Патрик Харрис``: a list of titles (one or two
    lower-case words each) after the first, joined by commas and an "и", up to the name that
    ends it; the end of the phrase with the name, or ``e`` when no such list follows (an
    apposition or a clause after a comma is none: "Как сообщила пресс-секретарь, президент
    Медведев позвонил")."""
    words, lows = toks.words, toks.lows

    def title_word(m: int) -> bool:
        return wordish(words[m]) and not cap(words[m]) and not is_verb_form(lows[m]) and (
            lows[m] not in PREPOSITIONS and lows[m] not in CONJUNCTIONS)

    k, saw_and = e, False
    for _ in range(4):
        if k + 1 >= hi or not (words[k] == "," or lows[k] == "и"):
            return e
        saw_and = saw_and or lows[k] == "и"
        k += 1
        m = k
        while m < hi and m - k < 2 and title_word(m):
            m += 1
        if m == k:
            return e
        if m < hi and cap(words[m]) and wordish(words[m]):
            n = m
            while n < hi and n - m < 4 and cap(words[n]) and wordish(words[n]):
                n += 1
            return n if saw_and and not (n < hi and is_verb_form(lows[n])) else e
        k = m
    return e


def carrier_after(toks: Toks, b: int, hi: int) -> TokSpan | None:
    """``говорится в заявлении МИД России``: the speaker named after the carrier noun (МИД
    России), else the carrier itself ("в документе"); tokens from ``b``."""
    lows = toks.lows
    k = b
    while k < hi and lows[k] in ADVERBS:
        k += 1
    if k + 1 >= hi or lows[k] not in ("в", "во", "на"):
        return None
    m = k + 1
    while m < hi and m - k <= 3 and lows[m] not in CARRIER_NOUNS and wordish(toks.words[m]) and (
            not cap(toks.words[m])):
        m += 1  # "в официальном заявлении", "в совместном сообщении"
    if m >= hi or lows[m] not in CARRIER_NOUNS:
        return None
    got = _np_or_pronoun(toks, m + 1, hi)
    if got is None and m + 3 < hi and toks.words[m + 1] == "," and lows[m + 2] in _AUTHORED:
        # "говорится в пресс-релизе, выпущенном Вэнсом": the author after the participle
        got = _np_or_pronoun(toks, m + 3, hi)
        if got is not None and (lows[got[0]] in ADVERBS or lows[got[0]] in PREPOSITIONS
                                or lows[got[0]] in TIME_WORDS):
            got = None  # "опубликованном вчера", "… на сайте": no author named
    if got is None and m + 2 < hi and lows[m + 1] in ("в", "во", "на"):
        # «говорится в сообщении на сайте Кремля»: the carrier placed on a site, whose owner
        # speaks (as «сообщается на сайте Кремля»); not a second carrier alone
        inner = carrier_after(toks, m + 1, hi)
        if inner is not None and lows[inner[0]] not in CARRIER_NOUNS:
            got = inner
    return got if got is not None else _carrier_alone(lows, m)


def _carrier_alone(lows: list[str], m: int) -> TokSpan | None:
    """The carrier noun at ``m`` as the mention ("в документе"); none for a site ("на сайте")."""
    return None if lows[m] == "сайте" else (m, m + 1)


def carrier_before(toks: Toks, lo: int, a: int) -> TokSpan | None:
    """``В заявлении МИД(, опубликованном в Facebook,) говорится``: the speaker named after
    the nearest carrier noun before the cue at ``a`` (МИД), else the carrier itself ("В
    документе говорится")."""
    lows, words = toks.lows, toks.words
    for m in range(a - 1, max(lo, a - 16) - 1, -1):
        if words[m] in (".", ";", ":", "!", "?"):
            return None
        if lows[m] in CARRIER_NOUNS:
            if m + 1 < a and (wordish(words[m + 1]) or words[m + 1] in _OPEN_MARKS):
                e = np_forward(toks, m + 1, a)
                if e > m + 1:
                    return m + 1, e
            return _carrier_alone(lows, m)
    return None


def _before_adverbial(toks: Toks, i: int, j: int) -> int:
    """The end of the subject ``[i, j)`` without an adverbial after a name ("Маркив перед …")."""
    words, lows = toks.words, toks.lows
    for p in range(i + 1, j - 1):
        if (lows[p] in PREPOSITIONS or lows[p] in _PREPOSITION_ADVERBS) and cap(words[p - 1]) and (
                not cap(words[p + 1]) or lows[p] == "через") and not (
                lows[p] == "по" and lows[p - 1] in INSTITUTION_HEADS):  # "Агентство по охране …": a name
            return p  # ("Песков через СМИ дал понять": the channel, whatever its case)
    return j


def _source_in(toks: Toks, j: int, lo: int) -> TokSpan | None:
    """``В министерстве обороны ДНР`` opening the clause before the verb at ``j``: the phrase
    after "в" (the institution an indefinite plural speaks for), or None."""
    words, lows = toks.words, toks.lows
    for p in range(j - 1, max(lo, j - 9) - 1, -1):
        if not wordish(words[p]) or lows[p] in CONJUNCTIONS:
            return None
        if lows[p] in ("в", "во") and (p == lo or not wordish(words[p - 1])):
            return (p + 1, j) if p + 1 < j and lows[p + 1] not in TIME_WORDS else None
    return None


def _speaker_to_end(toks: Toks, k: int, hi: int) -> bool:
    """Does a speaker's noun phrase holding a name start at ``k`` and run to the clause's end?"""
    k = skip_adverbials(toks, k, hi)
    if k >= hi or not wordish(toks.words[k]) or toks.lows[k] in PREPOSITIONS:
        return False
    e = np_forward(toks, k, hi)
    return e > k and any(map(cap, toks.words[k:e])) and (
        e >= hi or not wordish(toks.words[e]) or skip_adverbials(toks, e, hi) >= hi)


# Heads of a time phrase ("в 2009 году", "в прошлом году", "в четверг", "5 мая").
_TIME_HEADS = frozenset("""году года понедельник вторник среду четверг пятницу субботу воскресенье
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре""".split())
_TIME_MODIFIERS = frozenset("""прошлом этом том следующем нынешнего текущего прошлого этого того
    прошлую эту""".split())

# What an outlet cites that is not itself a source: "со ссылкой на данные агентства Fitch" cites
# Fitch; "на свои источники", "на звонок из полиции" name nobody.
_CITED_WRAPPERS = frozenset("данные информацию сообщение сообщения слова материалы заявление".split())
_UNNAMED_SOURCES = frozenset("""свои собственные собственный свой неназванные неназванных
    неназванный неназванного анонимные анонимный звонок источник источники источников
    осведомлённый осведомленный осведомлённые осведомленные осведомлённых осведомленных""".split())


def speaker_of(toks: Toks, hit: tuple[int, int, Cue], lo: int, hi: int) -> TokSpan | None:
    """The speaker mention of the cue ``hit`` in the clause ``[lo, hi)``: the subject before
    the verb ("Песков заявил"), after it ("заявил Песков", "сообщает пресс-служба X"), the
    possessive of "по его словам", the noun phrase after "по словам", or an impersonal cue's
    carrier ("говорится в заявлении МИД"); None when the clause names nobody. An outlet that
    cites its source ("сообщает РИА Новости со ссылкой на пресс-службу МВД") gives the source,
    the outlet being only the channel (as the gold annotates it)."""
    span = _speaker_of(toks, hit, lo, hi)
    if span is None:
        return None
    span = mend_mention(toks, span, hi)  # "Сама Тэтчер", "В своём интервью наследники"
    if hit[2].lemma == "процитировать":
        span = _cited_object(toks, hit, span, hi) or span
    bound = hi if span[0] >= hit[1] else hit[0]
    return _cited_source(toks, span[1], bound) or span


def _cited_object(toks: Toks, hit: tuple[int, int, Cue], span: TokSpan, hi: int) -> TokSpan | None:
    """``цитирует Infox.ru пресс-службу Минобороны``, ``The Guardian цитирует пресс-службу
    резиденции:``: "цитировать" takes whose words are cited as its object; the medium, its
    subject, only carries them. The noun phrase after the verb (subject before it) or after
    the subject (subject after it), or None when no object follows ("цитирует РБК")."""
    words, lows = toks.words, toks.lows
    k = hit[1] if span[1] <= hit[0] else span[1]
    while k + 1 < hi and words[k] == "." and words[k + 1].isascii() and words[k + 1].islower():
        k += 2  # "Infox.ru": the domain of the medium's name
    if k >= hi or not wordish(words[k]) or lows[k] in PREPOSITIONS or lows[k] in CONJUNCTIONS \
            or lows[k] in POSSESSIVES or lows[k] in ADVERBS or is_verb_form(lows[k]):
        return None
    if lows[k] in _CITED_WRAPPERS and k + 1 < hi:
        k += 1  # "цитирует сообщение телеканала X": whose message
    e = np_forward(toks, k, hi)
    return (k, e) if e > k else None


def _cited_source(toks: Toks, e: int, bound: int) -> TokSpan | None:
    """The source named in "со ссылкой на X" right after the mention ending at ``e`` (tokens
    before ``bound``), or None when none is named ("на свои источники")."""
    lows = toks.lows
    if e + 3 >= bound or lows[e:e + 3] != ["со", "ссылкой", "на"]:
        return None
    k = e + 3
    if lows[k] in _CITED_WRAPPERS:
        k += 1
    if k >= bound or lows[k] in _UNNAMED_SOURCES or not wordish(toks.words[k]):
        return None
    f = np_forward(toks, k, bound)
    return (k, f) if f > k else None


def _speaker_of(toks: Toks, hit: tuple[int, int, Cue], lo: int, hi: int) -> TokSpan | None:
    words, lows = toks.words, toks.lows
    a, b, cue = hit
    if cue.speaker == "inside":
        k = next((m for m in range(a, b) if lows[m] in POSSESSIVES), -1)
        return (k, k + 1) if k >= 0 else None
    if cue.type == "preposition" or cue.speaker == "after":
        if cue.lemma == "по сообщению" and b + 1 < hi and lows[b] == "из" and cap(words[b + 1]):
            b += 1  # "По сообщениям из Сеула, …": where the reports come from speaks
        elif cue.lemma == "по сообщению" and b + 1 < hi and lows[b] == "от" and wordish(words[b + 1]):
            b += 1  # "по информации от представителей резиденции": who gave it speaks
        return _np_or_pronoun(toks, b, hi)
    if cue.speaker == "none":
        return carrier_after(toks, b, hi) or carrier_before(toks, lo, a)
    # before the verb: skip adverbs and a time phrase back to the subject; past an adverb only
    # the dictionary knows («лишь вскользь упоминают») when a subject stands before it (else,
    # «хотя всегда подчеркивала», the adverb stays the mention, which names nobody)
    j = _skip_back(toks, a, lo, deep=False)
    jd = _skip_back(toks, a, lo, deep=True)
    got = _subject_before(toks, a, jd, lo) if jd != j else None
    if got is None or got == _NO_SUBJECT:
        got = _subject_before(toks, a, j, lo)
    if got != _NO_SUBJECT:
        return got
    # after the verb: "заявил глава МИД", "сообщает пресс-служба", "сказал он", "написал в
    # Facebook лидер партии"; "сообщили в МВД": the institution of an indefinite plural
    k = skip_own_object(toks, skip_adverbials(toks, b, hi), hi)
    if lows[a].endswith(("ли", "ют", "ят")):
        k2 = k  # "сообщили РБК в столичном управлении МВД": the outlet heard it there
        while k2 < hi and k2 - k < 3 and cap(words[k2]):
            k2 += 1
        if k2 < hi and k2 > k and lows[k2] in ("в", "во"):
            k = k2
    if k < hi and lows[k] in ("в", "во") and lows[a].endswith(("ли", "ют", "ят")) and (
            cue.lemma not in ("обвинить", "назвать")):
        got = _np_or_pronoun(toks, k + 1, hi)
        if got is not None and (any(map(cap, words[got[0]:got[1]])) or lows[got[0]] in (
                INSTITUTION_NOUNS)):
            after = skip_adverbials(toks, got[1], hi)
            if after >= hi or not wordish(words[after]):
                return got
    if k < hi and lows[k] in PREPOSITIONS:
        # "написал в Facebook лидер партии", "заявил на суде общественный защитник X": the
        # phrase's end is not marked; the first end after which a speaker runs to the clause's
        # end wins
        ends = (_skip_pp(toks, k, hi), k + 2, k + 3)
        k = next((skip_adverbials(toks, e, hi) for e in ends if _speaker_to_end(toks, e, hi)),
                 skip_adverbials(toks, ends[0], hi))
    k = past_italics(toks, k, hi)  # "пишет ''Washington Post''": the name in wiki italics
    if k < hi and (cap(words[k]) or lows[k] in SUBJECT_PRONOUNS or words[k] in _OPEN_MARKS or (
            wordish(words[k]) and not is_verb_form(lows[k]) and lows[k] not in PREPOSITIONS
            and lows[k] not in CONJUNCTIONS and cue.lemma not in OBJECT_AFTER)):
        # (after "назвал", "обвинил", "поделился" a lower-case word is the object, not the
        # speaker: "поделилась секретом")
        return _np_or_pronoun(toks, k, hi)
    return None


_NO_SUBJECT = (-1, -1)


def _skip_back(toks: Toks, a: int, lo: int, *, deep: bool) -> int:
    """The token after the subject of the verb at ``a``: back over adverbs, negation and a
    time phrase (``deep``: over adverbs only the dictionary knows too)."""
    words, lows = toks.words, toks.lows
    j = a
    # ("чуть ли не впервые", "едва ли не ежедневно": the particles of an adverb's phrase)
    while j > lo and (is_adverb(lows[j - 1]) or lows[j - 1] in TIME_WORDS or lows[j - 1] in (
            "не", "уже", "же", "так") or words[j - 1] in ("ли", "чуть", "едва")  # not «Стэн Ли»
            or words[j - 1][:1].isdigit()
            or deep and _only_adverb(lows[j - 1])):
        j -= 1
        if j > lo and lows[j - 1] in ("в", "во", "на") and lows[j] in TIME_WORDS:
            j -= 1
    return j


def _subject_before(toks: Toks, a: int, j: int, lo: int) -> TokSpan | None:
    """The subject ending at token ``j`` before the verb at ``a``; None when the words there
    name nobody («Его также обвиняют»), ``_NO_SUBJECT`` when no subject stands there (the
    speaker may follow the verb)."""
    words, lows = toks.words, toks.lows
    if j > lo and lows[j - 1] in SUBJECT_PRONOUNS:
        return j - 1, j
    j = before_relative(toks, j, lo)
    if j - 2 >= lo and lows[j - 1] in ("который", "которая", "которые", "которое") and words[
            j - 2] == ",":
        # "актёра Энтони Рэппа, который обвинил": the noun the relative pronoun stands for
        i = _antecedent_start(toks, np_backward(toks, j - 2, lo), j - 2,
                              plural=lows[j - 1] == "которые")
        return (i, j - 2) if i < j - 2 else None
    if j > lo and (wordish(words[j - 1]) or words[j - 1] in _CLOSE_MARKS + ")") and lows[
            j - 1] not in CONJUNCTIONS and lows[j - 1] not in PREPOSITIONS:
        if lows[a].endswith(("ли", "ют", "ят")):
            # "В министерстве обороны ДНР подтвердили": the institution of an indefinite plural
            p = _source_in(toks, j, lo)
            if p is not None:
                return p
        i = np_backward(toks, j, lo)
        # "После встречи с Ли Куан Ю в Белом доме в 2009 году президент США Барак Обама": a
        # time phrase inside the span ends the adverbials before the subject
        m = next((m for m in range(j - 2, i, -1) if lows[m] in _TIME_HEADS and (
            words[m - 1][:1].isdigit() or lows[m - 1] in PREPOSITIONS or lows[m - 1] in (
                _TIME_MODIFIERS))), -1)
        if m > i:
            i = m + 1
        j = _before_adverbial(toks, i, j)
        while i < j - 1 and (words[i][:1].isdigit() and not lows[i].endswith(_AGED) or lows[i] in TIME_WORDS):
            i += 1  # "28 августа мать девушки": the date is not the speaker ("66-летний" is his)
        if i + 2 < j and lows[i] in _OWN and wordish(words[i + 1]):
            i += 2  # "Своё решение 85-летний понтифик": "свой" never opens the subject
        elif i < j and i - 2 >= lo and lows[i - 1] in _OWN and lows[i - 2] in PREPOSITIONS:
            i = j  # "в своём твиттере сообщила X": the object of a preposition, not a speaker
        if i == j - 1 and (lows[i] in POSSESSIVES or lows[i] in ORDINALS):
            return None  # "Его также обвиняют": an object pronoun; "Первая гласит": a thing
        if i > lo and lows[i - 1] in SUBJECT_PRONOUNS and lows[j - 1] in _DURATION_UNITS:
            return i - 1, i  # "она несколько минут не могла": a duration, the pronoun speaks
        if i < j and lows[i] not in NON_SPEAKERS and lows[i] not in PREPOSITIONS and not (
                i > lo and lows[i - 1] in PREPOSITIONS):
            if oblique(toks, i, j):
                if fronted_object(lows, lo, i):
                    return _NO_SUBJECT  # "Ранее эту же информацию сообщал X": X follows
                return _before_participial(toks, i, lo) or (i, j)
            return i, j  # (not the object of a preposition: "Об этом в твиттере сообщила X")
    return _NO_SUBJECT


# Units of a duration that may stand between a subject and its verb ("несколько минут").
_AGED = ("-летний", "-летняя", "-летние", "-летнее")  # "66-летний музыкант" in the nominative
_DURATION_UNITS = frozenset("""секунд секунды минут минуты минуту часов часа час дней дня
    недель недели месяцев месяца лет года""".split())


def _before_participial(toks: Toks, i: int, lo: int) -> TokSpan | None:
    """``Аленка Братушек, в прошлом занимавшая пост министра и сменившая … Зорана Янковича,
    заявила``: the words before the verb are the object of a participle in commas; its noun,
    the capitalised phrase before that comma, is the subject (None when there is none)."""
    words, lows = toks.words, toks.lows
    for m in range(i - 1, max(lo, i - 30) - 1, -1):
        if words[m] in (".", ";", ":", "!", "?") or words[m] in _OPEN_MARKS + _CLOSE_MARKS:
            return None
        if words[m] == "," and any(participle(low) for low in lows[m + 1:min(i, m + 4)]):
            # the participle in the nominative ("занимавшая") agrees with the subject before it
            k = np_backward(toks, m, lo)
            ok = lo <= k < m and cap(words[k]) and any(
                participle(low) and maybe_nominative(low) for low in lows[m + 1:min(i, m + 4)])
            return (k, m) if ok else None
    return None


def _antecedent_start(toks: Toks, i: int, j: int, *, plural: bool = False) -> int:
    """``по просьбе шофёра Мануэля Арайи, который утверждает``: the relative pronoun stands for
    a person, not for the preposition and the things heading the phrase before it; the start of
    ``[i, j)`` past leading prepositions with the inanimate nouns after them and participles
    ("поступившей от его бывшего шофёра"), while words remain; of a singular pronoun after
    conjuncts, the last one ("его партнёров и Майкла Барретта, который")."""
    lows = toks.lows
    k = i
    while k + 1 < j:
        if lows[k] in PREPOSITIONS:
            k += 1
            while k + 1 < j and inanimate_noun(lows[k]):
                k += 1
        elif participle(lows[k]):
            k += 1  # "поступившей от его бывшего шофёра", "сделано по требованию X"
        else:
            break
    if not plural and "и" in lows[k:j - 1]:
        # "от отеля, его партнёров и Майкла Барретта, который": one person, the last conjunct
        k = max(m for m in range(k, j - 1) if lows[m] == "и") + 1
    if any(w == "бы" or w.endswith(("ть", "ти")) or is_verb_form(w) for w in lows[k:j - 1]):
        # "хотел бы видеть своим наследником Бекенбауэра, который": the clause's verb stands in
        # the span; the pronoun stands for the name after it
        n = j
        while n - 1 > k and cap(toks.words[n - 1]):
            n -= 1
        k = n if n < j else k
    return k
