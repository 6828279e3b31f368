"""Russian reported speech (pass 3): the reports in one sentence that holds a cue.

``X заявил(,) что P`` / ``X заявил: P`` / ``по словам X, P`` / ``P, по словам X`` / ``по его
словам, P`` / ``как сообщил X, P`` / ``P, — сообщил X`` and ``P, сообщает X`` (sentence-final,
without marks) / ``Сообщается, что P`` (no agent) / ``В заявлении МИД говорится, что P`` and
``P, говорится в заявлении МИД`` / ``Об этом сообщил X`` (the previous sentence) / ``X заявил
об отставке`` (a noun object that carries content) / ``назвал X Y`` and ``обвинил X в Y``.
A report holding a quotation is left to the quotation (ANNOTATION.md: the fragment is
``partial``, with no overlapping ``indirect``).

A report standing before its attribution (the sentence before «Об этом сообщил X», the clause
before «…, — сообщил X») is read in :mod:`.reported_before`; where the reports found end (a
closing attribution merged, a quotation or a second report cut off) in :mod:`.report_ends`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found, non_overlapping
from discourse.extract.quotes.lang.ru.contrast import contrast_comma
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.mainclause import is_subjectless_clause, main_subject
from discourse.extract.quotes.lang.ru.mention import MEDIUM_HEADS, fronted_object
from discourse.extract.quotes.lang.ru.morph import (
    dative_listener,
    finite_verb,
    genitive_noun,
    perfective_future,
)
from discourse.extract.quotes.lang.ru.participles import is_participle_cue, participle_report
from discourse.extract.quotes.lang.ru.phrases import (
    TokSpan,
    is_adverb,
    is_verb_form,
    np_forward,
    skip_adverbials,
)
from discourse.extract.quotes.lang.ru.report_ends import (
    _COORDINATORS,
    _agent_at_the_end,
    _before_quote,
    _cut_at_next_cue,
)
from discourse.extract.quotes.lang.ru.reported_before import (
    _ANAPHORA,
    _anaphora_subject,
    _anaphoric_opening,
    _has_own_report,
    _subject_then_about_this,
    _tail,
)
from discourse.extract.quotes.lang.ru.reported_kak import apposition_end, pronoun_before_verb
from discourse.extract.quotes.lang.ru.sentences_asyndetic import next_report_cut
from discourse.extract.quotes.lang.ru.sentences_insertions import subject_from
from discourse.extract.quotes.lang.ru.speakers import carrier_after, speaker_of
from discourse.extract.quotes.lang.ru.words import (
    ADVERBS,
    CONJUNCTIONS,
    DASHES,
    NON_SPEAKERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["reports_in_sentence"]

Hit = tuple[int, int, Cue]
# Nouns after "о"/"об" that name a topic, not a statement (рассказал о причинах).
_TOPICS = frozenset(
    """причинах причине планах плане ситуации проблеме проблемах событиях событии деталях
    подробностях итогах результатах работе жизни книге фильме истории
    встрече переговорах визите роли значении важности деятельности""".split()
)
# Words that open "Об этом сообщил X" / "Эту информацию подтвердил X": the report is the
# sentence before.
# "о том, что", "в том, что", "на то, что" ("указала на то, что P"), "на том, что" ("настаивают
# на том, что P"): a placeholder before "что".
# Lower-case words that may stand between a verb and ", что" besides names: a date or a time
# ("заявило 13 января, что", "сообщил в среду, что"), a listener's noun ("заявил информационному
# агентству «РИА Новости», что", "сказал журналистам, что"). Not any noun: "напоминает поведение
# X, что" is a relative "что".
_BETWEEN_VERB_AND_THAT = (TIME_WORDS - {"это", "этот"}) | frozenset(
    """в во на накануне вчера сегодня утром вечером днём днем ночью позже позднее ранее также
    журналистам журналисту корреспонденту корреспондентам репортёрам репортерам агентству
    информационному информагентству изданию газете телеканалу радиостанции телекомпании
    интервью""".split())
def _past_source_ref(toks: Toks, k: int, tj: int) -> int:
    """``сообщило со ссылкой на источники в правительстве, что P``: the comma before "что"
    when "со ссылкой на" and at most eight words of the source follow the verb at ``k``;
    else ``k``."""
    words, lows = toks.words, toks.lows
    if k + 3 >= tj or (lows[k], lows[k + 1], lows[k + 2]) != ("со", "ссылкой", "на"):
        return k
    c = next((m for m in range(k + 3, min(tj, k + 12)) if words[m] in ",.;:!?"), -1)
    return c if c > 0 and words[c] == "," and c + 1 < tj and lows[c + 1] == "что" else k


_THAT_PLACEHOLDERS = frozenset({("о", "том"), ("об", "том"), ("в", "том"), ("на", "то"),
                                ("на", "том")})


def _clause_start(toks: Toks, ti: int, a: int) -> int:
    """Token where the clause holding the cue at ``a`` starts (after a comma or colon)."""
    words = toks.words
    k = a - 1
    while k > ti and a - k <= 60:
        if words[k] in (";", ":") or (words[k] == "," and not (k + 1 < a and words[k + 1] in DASHES)):
            return k + 1
        k -= 1
    return ti


def _clause_end(toks: Toks, b: int, tj: int) -> int:
    """Token where a noun-phrase object after the verb ends (a comma before a new clause, a
    semicolon, the sentence end; round sixteen: ", при этом …", and the medium the statement
    was made in, «объявила о покупке в микроблоге компании»)."""
    words, lows = toks.words, toks.lows
    k = b
    while k < tj:
        if words[k] in (";", ":") or (words[k] == "," and k + 1 < tj and (
                lows[k + 1] in ("и", "а", "но", "что", "который", "которая", "которые", "чтобы",
                                "поскольку", "так", "однако", "добавив", "отметив", "заявив",
                                "сообщив", "подчеркнув", "пояснив", "причём", "причем", "хотя")
                or lows[k + 1:k + 3] == ["при", "этом"])):
            break
        if k > b and lows[k] in ("в", "во", "на") and k + 1 < tj and lows[k + 1] in MEDIUM_HEADS:
            break
        if lows[k] == "и" and k > b and k + 1 < tj and not cap(words[k + 1]) and is_verb_form(
                lows[k + 1]) and lows[k + 1].endswith(_PAST_ONE):
            break  # "объявил о своём уходе с поста и взял на себя ответственность": the
            # subject's next verb, not the object's
        k += 1
    return k


_SHORT_FORMS = frozenset("уверен уверена уверены убеждён убежден убеждена убеждены".split())
# Past-tense endings of one subject (the main clause's next verb after "и").
_PAST_ONE = ("л", "ла", "лся", "лась")

# Statements (nominative and accusative) that "в котором говорится" may stand for.
_STATEMENTS = frozenset("""заявление заявления сообщение сообщения письмо письма документ
    обращение указ приказ доклад отчёт отчет пресс-релиз релиз статья статью публикация
    публикацию запись записку записка пост твит решение постановление резолюция резолюцию
    декларация декларацию телеграмма телеграмму видеообращение""".split())


def _relative_carrier(toks: Toks, ti: int, a: int) -> TokSpan | None:
    """``заявление пресс-службы X(,) в котором (было) сказано``: the noun phrase after the
    statement noun that "в котором" stands for, when one follows it; else None."""
    words, lows = toks.words, toks.lows
    k = a - 1
    while k > ti and lows[k] in ("было", "был", "была", "также", "же"):
        k -= 1
    if k - 2 < ti or lows[k] not in ("котором", "которой") or lows[k - 1] not in ("в", "во"):
        return None
    end = k - 2 if words[k - 2] == "," else k - 1
    m = next((m for m in range(end - 1, max(ti, end - 10) - 1, -1) if lows[m] in _STATEMENTS), -1)
    if m < 0 or m + 1 >= end or not wordish(words[m + 1]) or lows[m + 1] in PREPOSITIONS:
        return None
    e = np_forward(toks, m + 1, end)
    return (m + 1, e) if e > m + 1 else None


def _in_link_caption(text: str, pos: int) -> bool:
    """Is ``pos`` inside a wiki link kept as ``[http… caption]`` (Wikinews cites its sources so;
    the caption is the cited page's headline, nobody's statement in this article)?"""
    lo = text.rfind("[http", max(0, pos - 400), pos)
    return lo >= 0 and text.find("]", lo, pos) < 0 and "\n" not in text[lo:pos]


def reports_in_sentence(
    doc: Doc, ss: int, se: int, ti: int, tj: int,
    prev_sent: Callable[[], tuple[int, int] | None],
    quote_cues: Sequence[int] = (),
    inside: SpanSet | None = None,
) -> list[Found]:
    """Reports in the sentence ``[ss, se)`` (tokens ``[ti, tj)``); ``prev_sent()`` gives the
    sentence before it; ``inside``: the quotes found so far."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    hits = doc.hits_between(ti, tj)
    out: list[Found] = []
    for h in hits:
        a, b, cue = h
        if inside is not None and inside.contains(starts[a]):
            continue  # a verb inside a quote is the quoted person's word
        if _in_link_caption(doc.text, starts[a]):
            continue  # "[http://… Источник сообщил о …]": the caption of a cited page
        if is_participle_cue(cue):
            got = participle_report(doc, h, ti, tj)  # "журналист, сообщивший об …"
            if got is not None:
                out.append(got)
            continue
        clause_lo = _clause_start(toks, ti, a)
        # --- по словам X, P  /  P, по словам X  /  по его словам, P
        if cue.type == "preposition":
            span = speaker_of(toks, h, clause_lo, tj)
            if span is None or lows[span[0]] in NON_SPEAKERS:
                continue
            e = max(span[1], b)
            m = e  # "по мнению члена комитета Совфеда по обороне и безопасности X, P"
            while m < tj and m - e < 12 and wordish(words[m]):
                m += 1
            if m < tj and m > e and words[m] == "," and a <= clause_lo + 1 and span[0] >= b:
                span, e = (span[0], m), m
            attr = doc.attr(h, span, "according_to")
            if a > ti and words[a - 1] == "(" and e < tj and words[e] == ",":
                # "(по его словам, он не жалуется на здоровье)": the parenthesis is the report
                close = next((m for m in range(e + 1, tj) if words[m] in "()"), -1)
                if close > e + 1 and words[close] == ")":
                    out.append(Found(ends[e], starts[close], "indirect", attr, "according_to"))
            elif e < tj and words[e] == "," and a <= clause_lo + 1:
                out.append(Found(ends[e], se, "indirect", attr, "according_to"))
            elif cue.speaker == "inside" and a <= clause_lo + 1 and e + 1 < tj and (
                    lows[e] in SUBJECT_PRONOUNS):
                # "По его словам он доволен жизнью": the comma left out before a subject pronoun
                out.append(Found(starts[e], se, "indirect", attr, "according_to"))
            elif a > ti and words[a - 1] == "," and e + 1 < tj and words[e] == "," and (
                    wordish(words[e + 1])):
                # "зрители, по словам Бертмана, увидят его в октябре": the whole sentence
                out.append(Found(ss, se, "indirect", attr, "according_to"))
            elif a > ti and words[a - 1] == ",":
                out.append(Found(starts[clause_lo], starts[a - 1], "indirect", attr,
                                 "according_to"))
            continue
        # --- Об этом сообщил X / Эту информацию подтвердил X / X сообщил об этом (the
        # previous sentence)
        subject = _subject_then_about_this(toks, h, ti, tj)
        if subject is not None:
            prev = prev_sent()
            if prev is not None and not _has_own_report(doc, prev):
                out.append(Found(prev[0], prev[1], "indirect",
                                 doc.attr(h, subject, "previous_sentence"), "previous_sentence"))
            continue
        if a > ti and _anaphoric_opening(toks, ti, a):
            prev = prev_sent()
            if prev is not None:
                span = _anaphora_subject(toks, h, ti, tj)
                out.append(Found(prev[0], prev[1], "indirect", doc.attr(h, span, "previous_sentence"),
                                 "previous_sentence"))
            continue
        # --- как он заявил, P (reported_kak: a pronoun subject before the verb)
        kak_pronoun = pronoun_before_verb(toks, a, b, ti, tj) if a - 2 >= ti else None
        if kak_pronoun is not None:
            out.append(Found(ends[kak_pronoun[1]], se, "indirect",
                             doc.attr(h, kak_pronoun[0], "according_to"), "according_to"))
            continue
        # --- как сообщил X, P  /  P, как сообщает X
        if a > ti and lows[a - 1] == "как":
            span = speaker_of(toks, h, a, tj)
            if span is not None and span[0] < a:
                span = None
            e = max(span[1] if span else b, b)
            if cue.speaker == "none" and span is None:
                carrier = carrier_after(toks, b, tj)
                span, e = (carrier, max(carrier[1], b)) if carrier else (None, b)
            while e < tj and words[e] not in (",", ":"):
                e += 1
            if span is not None and a - 1 <= clause_lo:
                e = apposition_end(toks, span, e, tj)  # "Как заявил Песков, пресс-секретарь …,"
            if span is not None and span[1] < e < tj and lows[span[1]] == "по" and e - span[1] <= 12 \
                    and cap(words[e - 1]) and all(wordish(w) for w in words[span[1]:e]):
                # "как пояснил заместитель председателя Комитета по науке … Дмитрий Новиков,":
                # the committee's field is part of the title, the name after it is the speaker
                span = (span[0], e)
            attr = doc.attr(h, span, "according_to")
            if a - 2 > ti and words[a - 2] == "," and e + 1 < tj and words[e] == "," and (
                    not cap(words[e + 1]) and is_verb_form(lows[e + 1])):
                # "Голунов, как сообщалось, был избит": the parenthesis splits the subject from
                # its verb, so the report is the whole clause (as for "по словам X" in
                # mid-sentence); "Впрочем, как рассказал X, Россия уступила": a connective
                # before it, the report follows it
                out.append(Found(starts[_clause_start(toks, ti, a - 2)], se, "indirect", attr,
                                 "according_to"))
            elif a - 1 <= clause_lo and e < tj and e + 1 < tj:
                out.append(Found(ends[e], se, "indirect", attr, "according_to"))
            elif a - 1 > ti and words[a - 2] == ",":
                out.append(Found(starts[ti], starts[a - 2], "indirect", attr, "according_to"))
            continue
        if a - 1 > ti and lows[a - 1] == "что" and words[a - 2] == ",":
            continue  # "…, что напоминает …": a relative clause, not a report
        # --- О нынешнем аресте сообщили СМИ: the statement fronted
        if cue.np_object and a - clause_lo >= 2 and lows[clause_lo] in ("о", "об", "обо") and (
                lows[clause_lo + 1] not in _ANAPHORA):
            span = speaker_of(toks, h, clause_lo + 1, tj)
            if span is not None and span[0] > a:
                e = a  # "О смерти Мендонсы сообщила его дочь": the object runs to the verb
                while e > clause_lo + 1 and is_adverb(lows[e - 1]):
                    e -= 1
            else:
                e = clause_lo + 1
                while e < a and wordish(words[e]) and not cap(words[e]) and not is_adverb(lows[e]):
                    e += 1
                span = speaker_of(toks, h, e, tj)
            if e - clause_lo >= 2:
                out.append(Found(starts[clause_lo + 1], ends[e - 1], "indirect",
                                 doc.attr(h, span, "cue_before"), "cue_before"))
            continue
        # --- P, — сообщил X.   P, говорится в заявлении X.
        tail = _tail(doc, h, ti, tj)
        if tail is not None:
            out.append(tail)
            continue
        if cue.type == "verb" and lows[a].endswith(("в", "вши", "я")) and a > ti and words[a - 1] == ",":
            # a gerund ("…, заявив, что P"): the subject is the main clause's
            k = ti
            while k < a and not wordish(words[k]):
                k += 1
            # the subject ends before the main verb ("Министр отверг …, назвав их …")
            main = next((x[0] for x in hits if k < x[0] < a), a)
            span = (k, np_forward(toks, k, main)) if k < a and cap(words[k]) else None
            if span is not None and main < a and fronted_object(lows, k, span[1] - 1):
                # "Эту информацию подтвердил X": the object opens the clause, and the main verb's
                # speaker follows it, as speaker_of reads it
                mh = next(x for x in hits if x[0] == main)
                span = speaker_of(toks, mh, k, a - 1) or span
            if span is not None and span[1] <= span[0]:
                span = None
            if k > ti and words[k - 1] in "«„“\"":
                # "«Это ошибка», — заявил министр, отметив, что P": the sentence opens with a
                # quotation, not a subject; the main verb's speaker follows it
                qh = next((x for x in hits if k < x[0] < a), None)
                span = speaker_of(toks, qh, qh[0], a - 1) if qh is not None else None
                if span is not None and qh is not None and span[0] < qh[1]:
                    span = None
        else:
            # an impersonal cue's carrier may stand before a participial phrase in commas
            # (and a subject may stand before a participial or relative phrase in commas)
            span = speaker_of(toks, h, ti if cue.speaker == "none" else subject_from(
                toks, ti, clause_lo, a), tj)
            if (span is None or span[0] > a) and a - 2 >= ti and clause_lo >= a - 2 and words[
                    a - 2] == "," and lows[a - 1] in ("который", "которая", "которые"):
                # "по просьбе шофёра, который утверждает, что P": the noun the relative pronoun
                # stands for, before the clause; the pronoun in the nominative is the subject,
                # so nothing after the verb is ("Клинтон, которая объявила о намерении уйти в
                # отставку в начале будущего года": not "года")
                span = speaker_of(toks, h, ti, tj)
            if span is not None and span[1] == a and cue.type == "verb" and is_gerund(lows[a]) \
                    and wordish(words[a - 1]):
                # "пресс-служба опровергла эту информацию сообщив, что P": a gerund has no
                # subject of its own; the words before it (no comma: the author left it out)
                # are the main verb's object, its subject speaks
                span = gerund_subject(toks, ti, a, tuple(x[0] for x in hits), comma=False)
        if cue.speaker == "none":
            # "опубликовано заявление пресс-службы X, в котором сказано, что P": the author
            # named after the statement the relative clause stands for
            span = _relative_carrier(toks, ti, a) or span
        if span is None and is_subjectless_clause(toks, clause_lo, a, lo=ti,
                                                  impersonal=cue.speaker == "none"):
            # "выступил с обращением, в котором рассказал, что P": the main clause's subject
            span = main_subject(toks, ti, clause_lo, tuple(x[0] for x in hits))
        if span is None and cue.speaker != "none":
            # "Министр посетил завод и сообщил, что P", "…, однако уточнила, что P"
            span = _coordinated_subject(toks, ti, a, tuple(x[0] for x in hits))
        elif span is not None and span[0] > a and cue.np_object and a - 1 > ti and lows[a - 1] in (
                _COORDINATORS) and not cap(words[span[0]]):
            # "Путин заявил, что «…», и подтвердил готовность к …": the object after the second
            # verb, whose subject is the first verb's
            span = _coordinated_subject(toks, ti, a, tuple(x[0] for x in hits)) or span
        if cue.speaker == "none" and span is None and b < tj and words[b] == ",":
            span = None  # agentless "Сообщается, что …"
        elif span is None and cue.speaker != "none" and not lows[a].endswith(("ли", "ют", "ят")):
            continue  # (an indefinite plural with no subject is agentless: "его обвинили в …")
        if span is not None and lows[span[0]] in NON_SPEAKERS:
            continue
        if span is not None and span[1] <= a and _object_of_a_phrase(toks, span[0], clause_lo):
            continue  # "… за несколько часов до заявления Монти сообщил": Monti says nothing
        attr = doc.attr(h, span, "cue_before")
        k = obj0 = b if span is None or span[0] < a else max(b, span[1])
        k = skip_adverbials(toks, k, tj)
        if cue.speaker == "none":
            carrier = carrier_after(toks, k, tj)
            if carrier is not None:
                k = carrier[1]
        # "заявил, что P" / "заявил журналистам в понедельник, что P"
        k0 = _past_source_ref(toks, k, tj)
        m = k0
        while m < tj and m - k0 <= 8 and lows[m] != "что" and words[m] not in ".;:!?":
            m += 1
        if m < tj and lows[m] == "что" and (m == k0 or words[m - 1] == ",") and m + 1 < tj and (
                cue.that_clause or cue.type == "phrase"):
            # only a listener named by its name may stand between ("сообщил РИА Новости, что");
            # "напоминает поведение X, что …" is a relative "что"; a gloss in brackets goes with
            # the name ("газете «Гардиан» (The Guardian), что")
            if all(cap(w) or w in ",«»\"()" or w[:1].isdigit() or lw in _BETWEEN_VERB_AND_THAT
                   for w, lw in zip(words[k0:m], lows[k0:m])) or (
                    m - k == 3 and (lows[k], lows[k + 1]) in _THAT_PLACEHOLDERS) or (
                    m - k0 == 2 and dative_listener(lows[k0])):
                # (one listener in the dative: "сообщил прессе, что", "сказал ему, что")
                cc = contrast_comma(toks, hits, h, tj)  # "…, в ответ Y назвал …" closes P
                if cc is None:  # "…, сторонники пишут, что Q" / "… — он назвал …" too
                    cc = next_report_cut(toks, hits, h, tj)
                out.append(Found(ends[m], starts[cc] if cc is not None else se, "indirect", attr,
                                 "cue_before"))
            elif cue.lemma == "обвинить" and m - k > 3 and (lows[m - 3], lows[m - 2]) == (
                    "в", "том") and wordish(words[k]):
                # "обвинил руководителей холдинга в том, что P": "X в Y" over the object
                out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and words[k] == ":" and k + 1 < tj and words[k + 1] not in "«„\"“":
            out.append(Found(ends[k], se, "indirect", attr, "cue_before"))
            continue
        if k >= tj or not wordish(words[k]):
            continue
        low = lows[k]
        if cue.lemma == "признать" and span is not None and any(map(_court, lows[span[0]:span[1]])):
            continue  # "Мособлсуд признал приговор законным": a verdict, not a statement
        if cue.lemma in ("назвать", "обвинить") and any(
                lw.startswith("котор") for lw in lows[max(ti, a - 3):a]):
            continue  # "которого часто называли …": a relative clause names, reports nothing
        if cue.lemma in ("назвать", "обвинить"):
            # "назвал X Y", "обвинил X в Y": the object and what it is called or accused of
            e = _clause_end(toks, k, tj)
            if e - k >= 2 and (cue.lemma == "назвать" or "в" in lows[k:e] or "во" in lows[k:e]):
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
            continue
        if cue.np_object and b - a == 1 and perfective_future(lows[a]):
            continue  # "академия объявит лауреата", "также объявит о …": nothing is said yet
        if cue.np_object and low in ("о", "об", "обо") and k + 1 < tj:
            if lows[k + 1] == "том" and k + 3 < tj and words[k + 2] == "," and lows[k + 3] == "что":
                out.append(Found(ends[k + 3], se, "indirect", attr, "cue_before"))
                continue
            if lows[k + 1] in _TOPICS or lows[k + 1] in _ANAPHORA:
                continue  # "рассказал о причинах"; "сообщили об этом рабочим": no content
            e = _clause_end(toks, k + 1, tj)
            if e - k >= 2:
                out.append(Found(starts[k + 1], ends[e - 1], "indirect", attr, "cue_before"))
            continue
        if cue.np_object and k == obj0 and not cap(words[k]) and low not in PREPOSITIONS and (
                low not in CONJUNCTIONS) and low not in SUBJECT_PRONOUNS:
            e = _clause_end(toks, k, tj)
            if e - k >= 2:
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
    if not out:
        return out
    # cut at a coordinated second report first: "утверждают, что P, и объясняют … «…»" keeps
    # P, the part with no quoted words (ANNOTATION.md), and leaves the fragment to its quote
    out = [_cut_at_next_cue(doc, f, hits) for f in _agent_at_the_end(out)]
    if inside is not None:
        out = [g for g in (_before_quote(doc, f, inside) for f in out) if g is not None]
    return non_overlapping(out)


def _court(low: str) -> bool:
    """A word naming a court or a judge (суд, Мособлсуд, судья, трибунал, присяжные): what it
    "признал" is a verdict (ANNOTATION.md: awards and verdicts are no speech)."""
    return low.endswith(("суд", "суда", "суду", "судом")) and not low.startswith("судмед") or (
        low.startswith(("судь", "судебн", "трибунал", "присяжн")))


_FINITE = Cue("(finite verb)", "verb", ("",))


def _coordinated_subject(toks: Toks, ti: int, a: int, verbs: tuple[int, ...]) -> TokSpan | None:
    """The subject the past-tense cue at ``a`` shares with the sentence's first finite verb
    when a coordinator stands before it ("Министр посетил завод и сообщил, что P"; "Мизулина
    считает, что «…», однако уточнила, что P"): that verb's named subject (capitalised or a
    pronoun) before it, or None. After a "что" clause the coordinator needs its comma ("…, что
    P, и добавил"): "заявил, что завод закрыли и сообщили …" is the reported clause's own."""
    words, lows = toks.words, toks.lows
    if not lows[a].endswith(("л", "ла", "ли", "ло")) and lows[a] not in _SHORT_FORMS:
        return None  # (a short-form predicate too: "Она не знает …, однако уверена, что P")
    k = a - 1
    while k > ti and (lows[k] in ADVERBS or is_adverb(lows[k])) and lows[k] not in _COORDINATORS:
        k -= 1
    if k <= ti or lows[k] not in _COORDINATORS:
        return None
    v = next((m for m in range(ti, k) if not cap(words[m]) and (
        m in verbs or is_verb_form(lows[m])) and not is_gerund(lows[m])), -1)
    if v <= ti or ("что" in lows[v:k] and words[k - 1] != "," and not _second_report(toks, v, a, verbs)):
        return None
    span = speaker_of(toks, (v, v + 1, _FINITE), ti, v)
    if span is None or span[1] > v or any(low in PREPOSITIONS for low in lows[span[0]:span[1]]):
        return None
    if not (any(cap(w) for w in words[span[0]:span[1]]) or lows[span[0]] in SUBJECT_PRONOUNS):
        return None
    return span


def _object_of_a_phrase(toks: Toks, i: int, lo: int) -> bool:
    """Is the subject found at token ``i`` the genitive complement of a phrase of time ("за
    несколько часов до заявления Монти", "после встречи Путина"): a lower-case noun with a
    genitive reading before it, "до", "после" or "перед" before that, and the subject a
    capitalised name? Then it names whose event dates the statement, not who speaks (round
    sixteen). "После помолвки недоброжелатели утверждали", "после назначения новый глава
    сказала", "до этого Григорьева обвинила" keep their subjects."""
    words, lows = toks.words, toks.lows
    return i - 2 >= lo and cap(words[i]) and wordish(words[i - 1]) and not cap(words[i - 1]) and (
        lows[i - 2] in ("до", "после", "перед")) and lows[i - 1] not in _PRONOUNS_GEN and (
        genitive_noun(lows[i - 1]))


_PRONOUNS_GEN = frozenset("этого того чего него неё нее них всего".split())


def _second_report(toks: Toks, v: int, a: int, verbs: tuple[int, ...]) -> bool:
    """Is the cue at ``a`` a second report of the first verb's subject although no comma
    stands before its coordinator ("Абдинур сказал, что рад выходу на свободу и добавил, что
    продолжит работу", round sixteen): the first verb is a cue, the second opens its own
    ", что" clause and agrees with it (сказал … добавил), and no verb in the past stands in the
    first clause ("заявил, что директор уволился и сообщил, что …": the director's own verbs)."""
    words, lows = toks.words, toks.lows
    if v not in verbs or a + 2 >= len(words) or words[a + 1] != "," or lows[a + 2] != "что":
        return False
    if any(low.endswith(("л", "ла", "ли", "ло", "лся", "лась", "лись")) and finite_verb(low)
           for low in lows[v + 1:a]):
        return False
    ending = next((e for e in ("ла", "ли", "ло", "л") if lows[v].endswith(e)), "")
    return bool(ending) and lows[a].endswith(ending) and not lows[a].endswith(
        tuple(e for e in ("ла", "ли", "ло") if e != ending and len(e) > len(ending)))
