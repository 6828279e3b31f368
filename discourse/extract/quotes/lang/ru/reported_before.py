"""Russian reported speech standing before its attribution: the sentence before a report that
points back at it («Об этом сообщил X», «Эту информацию подтвердил X», «Глава Кубы объявил об
этом»), and the clause before an attribution closing the sentence («P, — сообщил X.», «P,
сообщает X.», «P, говорится в заявлении X.»).

Apart from :mod:`.reported`, whose :func:`~.reported.reports_in_sentence` asks these shapes
before reading the report after the verb.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found, Hit
from discourse.extract.quotes.lang.ru.morph import maybe_nominative, oblique
from discourse.extract.quotes.lang.ru.phrases import TokSpan, is_adverb, is_verb_form, skip_adverbials
from discourse.extract.quotes.lang.ru.short_propositions import two_word_proposition
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import (
    ADVERBS,
    CONJUNCTIONS,
    DASHES,
    PREPOSITIONS,
    RECIPIENTS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

_ANAPHORA = frozenset("этом это эту этой об о такую такое такой информацию данные".split())


def _anaphoric_opening(toks: Toks, ti: int, a: int) -> bool:
    """Does the sentence open with "Об этом" / "Это" / "Эту информацию" before the cue at ``a``,
    with only adverbials between ("Об этом в своём твиттере сообщила …")?"""
    lows = toks.lows
    k = ti
    while k < a and lows[k] in _ANAPHORA:
        k += 1
    if k == ti or lows[k - 1] not in ("этом", "это", "информацию", "данные"):
        return False
    if lows[k - 1] == "это":
        return k == a  # "Это подтвердил X"; "Это произошло после того, как …" is no report
    # adverbials may stand between, a date in commas too ("Об этом в понедельник, 1 июня, …")
    return a - k <= 12 and all((wordish(w) and not is_verb_form(w.lower())) or w == ","
                               for w in toks.words[k:a])


def _subject_then_about_this(toks: Toks, h: Hit, ti: int, tj: int) -> TokSpan | None:
    """``Глава Кубы объявил об этом в своём выступлении``: a sentence that opens with the
    subject, then a past-tense verb of saying and "об этом", reports the sentence before it;
    the subject, or None for another shape ("взяла самоотвод и сообщила об этом": this
    sentence's own news; "сообщив об этом": a gerund; "сообщит об этом": a future)."""
    lows = toks.lows
    a, b, cue = h
    if cue.type != "verb" or b + 1 >= tj or (lows[b], lows[b + 1]) not in (
            ("об", "этом"), ("о", "том")) or not lows[a].endswith(("л", "ла", "ли", "ло")):
        return None
    if (lows[b], lows[b + 1]) == ("о", "том") and b + 2 < tj and toks.words[b + 2] == ",":
        return None  # "сообщил о том, что P": the clause after it is the report
    span = speaker_of(toks, h, ti, a)
    if span is None or span[1] > a:
        return None
    k = ti
    while k < span[0] and (is_adverb(lows[k]) or lows[k] in ADVERBS):
        k += 1  # "Позже его адвокат рассказал об этом"
    e = span[1]
    while e < a and (is_adverb(lows[e]) or lows[e] in ADVERBS):
        e += 1
    return span if k == span[0] and e == a else None


def _has_own_report(doc: Doc, sent: tuple[int, int]) -> bool:
    """Does the sentence ``sent`` hold a verb of saying with its "что" clause ("Мадонна
    сообщила, что P. 61-летняя певица сообщила об этом в Instagram": P is already reported, the
    second sentence names its medium, not a second report)?"""
    starts, lows = doc.toks.starts, doc.toks.lows
    return any(sent[0] <= starts[a] < sent[1] and cue.type == "verb" and b + 1 < len(lows) and (
        lows[b], lows[b + 1]) == (",", "что") for a, b, cue in doc.hits)


def _anaphora_subject(toks: Toks, h: Hit, ti: int, tj: int) -> TokSpan | None:
    """The speaker of "Об этом сообщил X" after the verb, or of "Об этом представители МОК
    сообщили в понедельник" between the opening and the verb (a noun phrase with no
    preposition); a date after the verb is nobody ("сообщили в понедельник 13 августа")."""
    lows, words = toks.lows, toks.words
    a = h[0]
    k = ti
    while k < a and lows[k] in _ANAPHORA:
        k += 1
    span = speaker_of(toks, h, k, tj)
    if span is not None and span[0] < a and (span[0] != k or span[1] > a or lows[k] in RECIPIENTS
                                             or any(low in PREPOSITIONS for low in lows[k:a])):
        # only a subject right after the opening ("Об этом в своём твиттере написала X",
        # "Об этом агентству Reuters сообщил X": the speaker is after the verb)
        span = speaker_of(toks, h, a, tj)
        if span is not None and span[0] < a:
            span = None
    if span is not None and words[span[0]][:1].isdigit():
        span = None
    return span


def _gerund(low: str) -> bool:
    """A gerund of a verb of saying (заявив, сообщив, отметив, заявляя, говоря)."""
    return low.endswith(("ив", "ав", "яв", "ев", "вши", "ая", "яя", "уя", "юя", "оря", "ежа", "ча"))


def _relative_clause_ends(toks: Toks, ti: int, c: int) -> bool:
    """Does the comma at ``c`` close a relative clause (``продюсеры «X», в котором …,
    объявили``)? Then the verb after it has its subject before the clause."""
    words, lows = toks.words, toks.lows
    for m in range(c - 1, max(ti, c - 25) - 1, -1):
        if words[m] == ",":
            n = m + 1
            if n < c and lows[n] in PREPOSITIONS:
                n += 1
            return n < c and lows[n].startswith(("котор", "где", "куда", "чей", "чья", "чьи"))
    return False


# Verbs whose object follows them where a closing attribution has its speaker ("назвал X Y").
_OBJECT_VERBS = frozenset(("признать", "назвать", "обвинить"))


def _tail(doc: Doc, h: Hit, ti: int, tj: int) -> Found | None:
    """``P, — сообщил X.`` / ``P, сообщает X.`` / ``P, — X сообщил.`` / ``P, говорится в
    заявлении X.``: the attribution closes the sentence, the report is everything before it."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    a, b, cue = h
    if _gerund(lows[a]):
        return None  # "…, назвав их «…»": a gerund opens what follows, it closes nothing
    k = a - 1
    while k > ti and a - k <= 6 and wordish(words[k]) and lows[k] not in CONJUNCTIONS:
        k -= 1
    if words[k] in DASHES:
        c = k - 1 if k - 1 > ti and words[k - 1] == "," else k
    elif words[k] == ",":
        c = k
    else:
        return None
    if c - ti < 3 and not (c - ti == 2 and two_word_proposition(doc, starts[ti],
                                                                 toks.ends[ti + 1])):
        return None  # a two-word P must be a subject and its predicate (short_propositions)
    o = skip_adverbials(toks, b, tj)
    if cue.np_object and o + 1 < tj and lows[o] in ("о", "об", "обо") and lows[o + 1] not in _ANAPHORA:
        return None  # "Бинг объявил о своём участии в борьбе", "X, возглавлявший …, объявил о
        # своём уходе": the noun object is the report, what stands before the verb is none
    about = k + 2 < a and (lows[k + 1], lows[k + 2]) == ("об", "этом")
    # "P, об этом сообщают СМИ": "об этом" points back at P, as a sentence of its own does
    between = [m for m in range(k + 3 if about else k + 1, a) if lows[m] not in ADVERBS]
    span: TokSpan | None
    if between:  # "P, — Песков сообщил": the speaker before the verb
        if not (cap(words[between[0]]) or lows[between[0]] in SUBJECT_PRONOUNS):
            return None
        span = (between[0], a)
    else:
        span = speaker_of(toks, h, a, tj)
        if span is not None and span[0] < a:
            span = None
        if span is None and cue.np_object and b < tj and lows[b] in ("о", "об", "обо"):
            return None  # "Стив Джобс, глава Apple, заявил о своём уходе": the apposition
            # closes before the verb, the object after it is the report
        if span is not None and (lows[span[0]] == "себя" or cue.lemma in _OBJECT_VERBS and oblique(
                toks, span[0], span[1])):
            return None  # "Суд присяжных в Лос-Анджелесе, штат Калифорния, признал доктора
            # виновным": the words after the verb are its object, the subject stands before it
    if _relative_clause_ends(toks, ti, c) and (span is None or span[0] < a or any(
            wordish(w) for w in words[span[1]:tj])):
        # "продюсеры «X», в котором …, объявили": the verb's subject stands before the
        # relative clause; "…, где заседали судьи, сообщили официальные лица." names its own
        # and ends the sentence
        return None
    # after the attribution only an adverbial may follow ("в своём Twitter", "в четверг")
    end = span[1] if span is not None and span[1] > b else b
    depth = 0
    rest = []
    for m in range(end, tj):  # what a parenthesis holds ("(Federación …; FCA)") is left out
        depth += (words[m] == "(") - (words[m] == ")")
        if depth <= 0 and words[m] not in ".!?)":
            rest.append(m)
    if rest and words[rest[-1]] == ":" and rest[-1] == tj - 1 and len(rest) == 1 and (
            span is not None and span[0] > a and not _gerund(lows[a])
            and any(map(cap, words[span[0]:span[1]])) and _may_be_subject(toks, span)) and (
            doc.text[toks.ends[tj - 1]:toks.ends[tj - 1] + 2].lstrip(" \t")[:1] in ("\n", "")):
        # "P, заявил X:" closing its paragraph, X right before the colon: the block the colon
        # announced (a quote template) stands apart or is lost in the plain text; the sentence
        # is still X's report (not "…, цитирует гендиректора Илью Кривицкого:", an object)
        rest.pop()
    if len(rest) > 10 or any(words[m] in (":", ";") or lows[m] == "что" for m in rest):
        return None
    attr = doc.attr(h, span, "cue_after")
    return Found(starts[ti], starts[c], "indirect", attr, "cue_after")


def _may_be_subject(toks: Toks, span: TokSpan) -> bool:
    """May the phrase ``span`` after a verb be its subject: its last capitalised word outside
    marks (the surname: "пресс-секретарь Роскомнадзора Вадим Ампелонский") in the nominative, or
    none there ("источник «Интерфакса»")? Not an object ("гендиректора Илью Кривицкого")."""
    last, inside = "", False
    for w, low in zip(toks.words[span[0]:span[1]], toks.lows[span[0]:span[1]]):
        if w in "«„“\"»”":
            inside = w in "«„“" or (w == '"' and not inside)
            continue
        if not inside and cap(w) and wordish(w):
            last = low
    return not last or maybe_nominative(last)
