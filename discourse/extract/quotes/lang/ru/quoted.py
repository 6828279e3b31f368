"""Russian attribution of quotations in marks (pass 1): the clause after or before the marks.

``cue_after_quote``: ``«…», — заявил Песков`` / ``«…», — Песков заявил`` / ``«…», —
говорится в заявлении МИД``; ``attr_before``: ``Песков заявил: «…»``, ``Песков: «…»``, ``по
словам Пескова, «…»``, ``назвал его «…»``; ``shape_after``/``shape_before``: the same with a verb
the lexicon lacks, known by its ending after a dialogue dash (``«…», — вздохнул он``); and the
small tests the classification asks (``attribution_ends``, ``only_attr_between``,
``speakers_word_near``).
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue, CueLexicon
from discourse.extract.quotes.document import Attr, Doc
from discourse.extract.quotes.lang.ru.content import in_that_clause
from discourse.extract.quotes.lang.ru.contrast import contrasted_cue
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.mainclause import sequel_subject
from discourse.extract.quotes.lang.ru.morph import maybe_nominative
from discourse.extract.quotes.lang.ru.participles import is_participle_cue
from discourse.extract.quotes.lang.ru.phrases import (
    TokSpan,
    before_relative,
    is_adverb,
    is_verb_form,
    np_backward,
    np_forward,
    skip_adverbials,
    skip_own_object,
)
from discourse.extract.quotes.lang.ru.sentences_topic_relative import topic_relative
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import (
    ADVERBS,
    CONJUNCTIONS,
    DASHES,
    NAMING_VERBS,
    NON_SPEAKERS,
    OPENING_CONNECTIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish
from discourse.text import sentence_start

__all__ = [
    "attr_before", "attribution_ends", "cue_after_quote", "only_attr_between", "speakers_word_near",
    "owner_of_words", "shape_after", "shape_before",
]

Hit = tuple[int, int, Cue]
_MARKS = "«»„“”\""


def _after_punct(toks: Toks, ti: int, tj: int) -> tuple[int, bool]:
    """The first token after the punctuation that follows a closing mark (``, —``; the wiki
    italics ``''`` too), and whether a dash was among it."""
    words = toks.words
    i = ti
    dash = False
    while i < tj and words[i] in (",", ".", "!", "?", "…", "'") or (i < tj and words[i] in DASHES):
        dash = dash or words[i] in DASHES
        i += 1
    return i, dash


def cue_after_quote(toks: Toks, ti: int, tj: int,
                    hits: list[Hit]) -> tuple[Hit, TokSpan | None] | None:
    """Attribution in tokens ``[ti, tj)`` right after a closing mark: ``, — заявил Песков``,
    ``, — Песков заявил``, ``— говорится в заявлении МИД``, ``, — сказал он, — …``."""
    words, lows = toks.words, toks.lows
    i, _ = _after_punct(toks, ti, tj)
    if i >= tj:
        return None
    for h in hits:
        a, b, cue = h
        if a < i or a >= tj:
            continue
        if a - i > 8 or cue.type == "preposition":
            return None
        # only the speaker (or adverbs) may stand between the mark and the verb
        if any(not wordish(w) and w not in _MARKS + "()." for w in words[i:a]):
            return None
        end = min(tj, b + 16)
        # the attribution ends at a dash or a full stop: "— сказал он, — …"
        for m in range(b, end):
            if words[m] == "." and m + 1 < tj and words[m + 1].isascii() and words[m + 1].islower() \
                    and toks.starts[m + 1] == toks.starts[m] + 1:
                continue  # "цитирует Infox.ru пресс-службу": a domain, not a full stop
            if words[m] in DASHES or words[m] in (".", "!", "?", ";", ":"):
                end = m
                break
        if a > i and end < tj and words[end] == ":" and not any(w in DASHES for w in words[ti:i]):
            # "он крикнул: «…», сторонники ответили: «…»": with no dash after the mark, a
            # subject and its verb before a colon introduce the next quotation, not this one
            # ("«…», сказал Симони: «…»", the verb first, still continues it)
            return None
        span = speaker_of(toks, h, i, end)
        if a == i and span is not None and span[0] < a:
            span = None
        if span is not None and cue.lemma == "процитировать":
            span = _cited(toks, span)
        if a > i and (span is None or span[1] <= i):
            # "«…», — Песков заявил": the words between the mark and the verb
            e = a
            while e > i and (lows[e - 1] in ("также", "уже", "ранее", "не")):
                e -= 1
            span = (i, e) if e > i else None
        return h, span  # span None: a cue without a speaker after it ("«…», — заявили в МИД")
    return None


# Nouns naming the words a medium cites ("цитирует агентство сообщение телеканала X").
_CITED_WORDS = frozenset("слова сообщение заявление высказывание запись пост твит".split())


def _cited(toks: Toks, span: TokSpan) -> TokSpan:
    """``цитирует агентство Франс Пресс сообщение телеканала Al Libya``: the speaker is whose
    words are cited (the genitive after "сообщение", "слова"), not the medium citing them."""
    for m in range(span[0] + 1, span[1] - 1):
        if toks.lows[m] in _CITED_WORDS:
            return m + 1, span[1]
    return span


def attribution_ends(doc: Doc, s: int, e: int) -> bool:
    """Is ``text[s:e]`` an attribution closing the sentence ("«Почему?» — спросил он.")?"""
    ti, tj = doc.tok_index(s), doc.tok_index(e)
    if tj - ti > 14:
        return False
    found = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
    if found is None:
        shape = shape_after(doc.toks, ti, tj, doc.lex)
        if shape is None:
            return False
        end = shape[1][1]
    else:
        end = max(found[0][1], found[1][1] if found[1] else 0)
    rest = [low for word, low in zip(doc.toks.words[end:tj], doc.toks.lows[end:tj]) if wordish(word)]
    return len(rest) <= 5 and "что" not in rest


def attr_before(doc: Doc, lo: int, pos: int) -> Attr | None:
    """Attribution in ``[lo, pos)`` before an opening mark: ``Песков заявил:``, ``заявил
    Песков:``, ``по словам Пескова,``, ``Песков:``, ``назвал его``, ``В заявлении МИД
    говорится:``."""
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    toks = doc.toks
    words, lows = toks.words, toks.lows
    # (a participle of saying reports only its own clause: "росСМИ, сообщивших о …, привели
    # фотографию в «замыленном» виде" quotes nobody)
    hits = [h for h in doc.hits_between(ti, tj) if not is_participle_cue(h[2])]
    if not hits:
        return _colon_label(doc, ti, tj) or _naming_attr(doc, ti, tj) or _dash_after_attribution(
            doc, ti, tj)
    # the cue whose clause holds the mark: "В заявлении Ватикана говорится, что … признали
    # виновным в «…»" is the statement's, not "признали"'s
    intro = [x for x in hits if x[2].type == "preposition" or x[1] < tj and (
        lows[x[1]] == "что" or words[x[1]] == ":" or words[x[1]] == "," and (
            x[1] + 1 < tj and lows[x[1] + 1] == "что"))]
    h = contrasted_cue(toks, hits, intro[-1], tj) if intro else hits[-1]
    a, b, cue = h
    sequel = sequel_subject(toks, ti, a) if cue.type == "verb" else None
    # "…, после которого отшутилась: «…»": the main clause's subject, as for a verb the lexicon
    # lacks (shape_before); the words before "после которого" are no subject of the cue
    span = sequel if sequel is not None else speaker_of(toks, h, ti, tj)
    topic, subject = topic_relative(toks, ti, a, tj)
    if topic and cue.type == "verb":  # "…письмо, о котором говорил Песков: «…»": not Песков's
        return doc.attr(h, subject, "cue_before")
    if span is not None and span[1] <= a and cue.lemma == "назвать" and _names_nobody(
            lows, a, span[0], span[1]):
        span = None  # "Сотникову называли «вундеркиндом»": the one named, nobody names
    rule = "according_to" if cue.type == "preposition" or cue.speaker in ("after", "inside") \
        else "cue_before"
    if span is not None and span[0] > a and cue.type == "verb" and is_gerund(lows[a]):
        span = None  # "…, подчеркнув её «…»": the words after a gerund are its object
    if span is None and cue.type == "verb" and is_gerund(lows[a]):
        # "Суходольский выступил с критикой, заявив, в частности: «…»": the main clause's subject
        span = gerund_subject(toks, ti, a, tuple(x[0] for x in hits))
    elif span is not None and span[1] == a and cue.type == "verb" and is_gerund(lows[a]) and (
            a > ti and wordish(words[a - 1])):
        # "покинул зал заседания до его окончания заявив: «…»": a gerund has no subject of its
        # own; the words right before it (no comma between) end the main clause, whose subject
        # speaks
        span = gerund_subject(toks, ti, a, tuple(x[0] for x in hits), comma=False)
    elif span is None and a > ti and lows[_before_adverbs(toks, ti, a) - 1] in ("и", ",") and (
            cue.type in ("verb", "phrase")):
        # "Песков пожал плечами и сказал: «…»", "Татьяна приехала в квартиру и так описывает
        # увиденное: «…»": the subject of the first verb
        a0 = _before_adverbs(toks, ti, a)
        k = ti
        while k < a0 and not wordish(words[k]):
            k += 1
        after = _subject_after_first_verb(toks, k, a0)
        if after is not None:
            span = after if after[1] > after[0] else None
        else:
            while k + 1 < a0 and lows[k] in ADVERBS:
                k += 1  # "Затем Песков пожал плечами и сказал"
        if after is None and k < a0 and (cap(words[k]) or lows[k] in SUBJECT_PRONOUNS):
            e = k + 1 if lows[k] in SUBJECT_PRONOUNS else np_forward(toks, k, a0)
            span = (k, e) if e > k else None
            if span is not None and (lows[k] in OPENING_CONNECTIVES or lows[k] in PREPOSITIONS):
                # "Тем не менее, через пару часов кандидат вышла к журналистам, объявила:": a
                # connective opens the sentence; the subject is the first verb's
                span = gerund_subject(toks, ti, a0, tuple(x[0] for x in hits), comma=False)
    if span is None and cue.type == "verb" and a - 2 > ti and lows[a - 1] in ("также", "затем") \
            and lows[a - 2] in ("а", "и") and words[a - 3] == ",":
        # "Женщина пережила трёх мужей, а также поделилась: «…»": the first verb's subject
        span = gerund_subject(toks, ti, a - 2, tuple(x[0] for x in hits))
    return doc.attr(h, span, rule)


def _before_adverbs(toks: Toks, ti: int, a: int) -> int:
    """The token index before the adverbs right before ``a`` ("и так описывает": "так")."""
    while a - 1 > ti and (toks.lows[a - 1] in ADVERBS or toks.lows[a - 1] == "так"):
        a -= 1
    return a


# Object pronouns before a verb whose subject follows it ("ей позвонил брат").
_OBJECT_PRONOUNS = frozenset("ей ему им мне нам вам его её ее их".split())


def _subject_after_first_verb(toks: Toks, k: int, a: int) -> TokSpan | None:
    """``Ночью ей позвонил брат Пётр и сказал:``: the clause from ``k`` (from its last comma)
    opens with adverbs, a short prepositional phrase and an object pronoun, then its first
    verb, whose subject follows it up to "и" before the cue at ``a``. That subject when it
    holds a name; an empty span ``(a, a)`` when the clause has that shape but names nobody
    after the verb ("Вечером ему позвонили и сказали": not "Вечером"); None for another
    shape."""
    words, lows = toks.words, toks.lows
    if a - 1 <= k or lows[a - 1] != "и":
        return None
    k = max([k] + [m + 1 for m in range(k, a) if words[m] == ","])
    j = k
    pronoun = False
    while j < a:
        if lows[j] in ADVERBS or lows[j] in _OBJECT_PRONOUNS:
            pronoun = pronoun or lows[j] in _OBJECT_PRONOUNS
            j += 1
        elif lows[j] in PREPOSITIONS and j + 1 < a and wordish(words[j + 1]) and not cap(
                words[j + 1]):
            j += 2  # "около полуночи"
        else:
            break
    if not pronoun or j >= a - 1 or cap(words[j]) or not is_verb_form(lows[j]):
        return None  # "Затем Песков …" has its subject before the verb
    e = np_forward(toks, j + 1, a - 1) if j + 1 < a - 1 else j + 1
    if e != a - 1 or not any(cap(w) for w in words[j + 1:e]):
        return a, a
    return j + 1, e


def _dash_after_attribution(doc: Doc, ti: int, tj: int) -> Attr | None:
    """``«…», — сообщил министр. — «…»``: a dash alone before the mark continues the quotation
    before it, whose attribution closed the sentence before; that attribution, or None."""
    toks = doc.toks
    words = toks.words
    if tj - ti != 1 or words[ti] not in DASHES or ti < 2 or words[ti - 1] not in (".", ","):
        return None
    k = ti - 1
    while k > max(0, ti - 24) and words[k] not in _MARKS:
        k -= 1
    if words[k] not in "»“\"" or doc.text.count("\n", toks.starts[k], toks.starts[ti]):
        return None
    found = cue_after_quote(toks, k + 1, ti - 1, doc.hits_between(k + 1, ti - 1))
    return doc.attr(found[0], found[1], "cue_after") if found is not None else None


def _colon_label(doc: Doc, ti: int, tj: int) -> Attr | None:
    """``Песков: «…»``, ``Глава МИД Сергей Лавров: «…»``: a speaker's noun phrase and a colon
    right before the mark, with no verb."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if tj - 1 <= ti or words[tj - 1] != ":":
        return None
    i = np_backward(toks, tj - 1, ti, limit=8)
    if i >= tj - 1 or i > ti and wordish(words[i - 1]) and lows[i - 1] not in CONJUNCTIONS:
        return None  # the colon ends a clause, not a label ("Он сказал следующее:")
    if lows[i] in NON_SPEAKERS or lows[i] in PREPOSITIONS:
        return None
    if not (cap(words[i]) or lows[i] in SUBJECT_PRONOUNS or any(map(cap, words[i:tj - 1]))):
        return None
    if any(is_verb_form(w) for w in lows[i:tj - 1]):
        return None
    cs, ce = toks.starts[tj - 1], toks.ends[tj - 1]
    return Attr(":", cs, ce, toks.starts[i], toks.ends[tj - 2], "cue_before")


def _naming_attr(doc: Doc, ti: int, tj: int) -> Attr | None:
    """``назвал его «…»``: the fragment is the namer's word; so is a second fragment after
    the first ("охарактеризовал его как «провидца», построившего «одну из …»"): an earlier
    fragment in marks is passed over on the way back to the verb."""
    toks = doc.toks
    starts, ends, lows = toks.starts, toks.ends, toks.lows
    for k in _back_over_marks(toks, ti, tj, 7):
        if lows[k] in NAMING_VERBS:
            # "В воскресенье Белый дом назвал", "пресса уже окрестила": the namer's noun
            # phrase, not the adverbials around it
            e = k
            while e > ti and (lows[e - 1] in ADVERBS or is_adverb(lows[e - 1])):
                e -= 1
            if lows[k].endswith(_PARTICIPLE):
                # "депутат X, в своём выступлении охарактеризовавший …": the noun before the
                # participle's comma names
                e = next((m for m in range(k - 1, max(ti, k - 6) - 1, -1) if toks.words[m] == ","), e)
            j = np_backward(toks, e, ti, limit=8)
            if j < e and _names_nobody(lows, k, j, e):
                # "Сотникову называли «вундеркиндом»": the one named, nobody names
                return Attr(lows[k], starts[k], ends[k], -1, -1, "cue_before")
            if j < e:
                return Attr(lows[k], starts[k], ends[k], starts[j], ends[e - 1], "cue_before")
            while e > ti and lows[e - 1] == "так":  # "и так описывает увиденное"
                e -= 1
            if e > ti and lows[e - 1] == "и":
                # "Татьяна приехала в квартиру и так описывает увиденное: «…»": the subject of
                # the first verb, when it is named
                span = gerund_subject(toks, ti, e, comma=False)
                if span is not None and any(cap(w) for w in toks.words[span[0]:span[1]]):
                    return Attr(lows[k], starts[k], ends[k], starts[span[0]],
                                ends[span[1] - 1], "cue_before")
            return Attr(lows[k], starts[k], ends[k], -1, -1, "cue_before")
    return None


def _names_nobody(lows: list[str], verb: int, s: int, e: int) -> bool:
    """Is the naming verb at ``verb`` an indefinite plural («называли», «называют») and the
    words ``[s, e)`` before it no nominative: its object, not a namer («Сотникову называли
    «вундеркиндом»»)?"""
    return lows[verb].endswith(("ли", "ют", "ят")) and not any(
        maybe_nominative(w) for w in lows[s:e])


# Endings of a past active participle of a naming verb ("назвавший", "охарактеризовавшего").
_PARTICIPLE = ("вший", "вшая", "вшие", "вшего", "вшей", "вших")


def _back_over_marks(toks: Toks, ti: int, tj: int, budget: int) -> list[int]:
    """Token indices from ``tj - 1`` back to ``ti``, at most ``budget`` of them; the tokens of a
    closed pair of marks (up to 12 inside) are passed over and not counted, and the count starts
    again before it: the earlier fragment is coordinated with this one ("характеризуют её
    состояние уже не как «тяжёлое», но как «…»"), so the verb before the first reaches the
    second."""
    words = toks.words
    out: list[int] = []
    k = tj - 1
    full = budget
    while k >= ti and budget > 0:
        if words[k] in "»“\"" and k > ti:
            m = next((m for m in range(k - 1, max(ti, k - 13) - 1, -1) if words[m] in "«„\""), -1)
            if m >= 0:
                k = m - 1
                budget = full
                continue
        out.append(k)
        budget -= 1
        k -= 1
    return out


def only_attr_between(doc: Doc, attr: Attr, pos: int) -> bool:
    """Only the attribution (speaker, verb, a comma or colon, "что") precedes ``pos``."""
    end = max(attr.cue_end, attr.m_end)
    gap = doc.text[end:pos].strip()
    return gap in ("", ",", ":", "что", ", что", "—", "-", "–", ": —", ". —", ". –") or (
        len(gap) < 40 and gap.endswith(":") and "," not in gap[:-1]
    )


def speakers_word_near(doc: Doc, lo: int, pos: int) -> bool:
    """Is a naming verb among the eight tokens before ``pos``, earlier fragments in marks
    passed over ("характеризуют её состояние уже не как «тяжёлое», но как «…»": the second
    fragment is the namer's word as the first is), or is the mark inside a "что" clause of a
    verb of saying (:func:`.content.in_that_clause`)? Then a short fragment far from its cue is still
    the speaker's word, not a scare quote. ``lo`` may be the close of an earlier fragment; the
    search goes back to the start of the sentence."""
    lo = min(lo, sentence_start(doc.text, doc.para_of(pos)[0], pos))
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    if any(doc.toks.lows[k] in NAMING_VERBS for k in _back_over_marks(doc.toks, ti, tj, 8)):
        return True
    return in_that_clause(doc, ti, tj)


def shape_after(toks: Toks, ti: int, tj: int, lex: CueLexicon) -> tuple[TokSpan, TokSpan] | None:
    """``«…», — вздохнул он`` / ``«…», — пояснил глава ведомства``: after a dialogue dash, a
    lower-case word with the ending of a finite verb and a speaker after it."""
    words, lows = toks.words, toks.lows
    i, dash = _after_punct(toks, ti, tj)
    if not dash or i >= tj or cap(words[i]) or not is_verb_form(lows[i]):
        return None
    k = skip_own_object(toks, skip_adverbials(toks, i + 1, tj), tj)
    if k >= tj:
        return None
    if lows[k] in SUBJECT_PRONOUNS:
        return (i, i + 1), (k, k + 1)
    if not (cap(words[k]) or wordish(words[k])) or lows[k] in PREPOSITIONS:
        return None
    e = np_forward(toks, k, tj)
    return ((i, i + 1), (k, e)) if e > k else None


# Verbs by which a medium brings someone's words (приводит, привела, публикует, цитирует), and
# the nouns of those words after an owner's possessive ("приводит его рассказ").
_BRINGS = ("привод", "привёл", "привел", "публику", "опубликова", "цитиру")
_OWNED_WORDS = frozenset("""рассказ рассказы слова ответ ответы заявление комментарий мнение
    признание объяснение объяснения версию историю воспоминания цитату письмо обращение""".split())


def owner_of_words(toks: Toks, v: int, tj: int) -> TokSpan | None:
    """``Life News приводит его рассказ об аварии:``: when the verb at ``v`` brings someone's
    words and a possessive pronoun before a noun of words follows it, the pronoun (whose words
    they are; the medium is only the channel); else None."""
    lows = toks.lows
    if v + 2 >= tj or not lows[v].startswith(_BRINGS):
        return None
    if lows[v + 1] in ("его", "её", "ее", "их") and lows[v + 2] in _OWNED_WORDS:
        return v + 1, v + 2
    return None


def shape_before(toks: Toks, ti: int, tj: int, lex: CueLexicon) -> tuple[TokSpan, TokSpan] | None:
    """``Песков вздохнул: «…»``, ``Песков обратился к журналистам: «…»``: a speaker and a
    finite verb the lexicon lacks (with its object or adverbials) before a colon."""
    words, lows = toks.words, toks.lows
    if tj - 2 < ti or words[tj - 1] != ":":
        return None
    v = tj - 2
    # "Премьер выразил соболезнования семьям погибших:", "Х обратился к журналистам с
    # вопросом:": the verb's object and adverbials may stand between it and the colon
    while v > ti and tj - 2 - v < 6 and not is_verb_form(lows[v]) and (
            wordish(words[v]) or words[v] in _MARKS) and lows[v] not in CONJUNCTIONS:
        v -= 1
    if cap(words[v]) or not is_verb_form(lows[v]) or lows[v] in SUBJECT_PRONOUNS:
        return None
    owner = owner_of_words(toks, v, tj)
    if owner is not None:
        return (v, v + 1), owner  # "Газета приводит его слова: «…»": his words
    sequel = sequel_subject(toks, ti, v)
    if sequel is not None:
        return (v, v + 1), sequel  # "…, после которого отшутилась: «…»": the main subject
    if v > ti and lows[v - 1] in SUBJECT_PRONOUNS:
        return (v, v + 1), (v - 1, v)
    # "Эрдоган, который поддерживал отношения с Мурси, выразил соболезнования:": the subject
    # before the relative clause
    e = before_relative(toks, v, ti)
    i = np_backward(toks, e, ti, limit=8)
    if words[e - 1] == ")" and "(" in words[i:e]:
        e = i + words[i:e].index("(")  # "«Оракул из Омахи» (Oracle of Omaha)": the gloss
    if i < e and (cap(words[i]) or any(map(cap, words[i:e]))):
        return (v, v + 1), (i, e)
    if i < e <= i + 3 and e == v and (i == ti or lows[i - 1] in ADVERBS) and lows[i] not in (
            NON_SPEAKERS) and lows[i] not in PREPOSITIONS and not is_adverb(lows[i]) and all(
            wordish(w) for w in words[i:e]):
        # "Тогда омбудсмен спросил у девочки: «…»": a common noun opening the clause is the
        # subject of the verb before the colon (a description, resolved on evidence only)
        return (v, v + 1), (i, e)
    return None
