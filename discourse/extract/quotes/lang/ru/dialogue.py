"""Russian speech marked otherwise than by quotation marks (pass 1, the language's extra passes).

- **Dialogue lines**: a paragraph opening with a dash is someone's speech (``— Мы готовы, —
  заявил он. — Но не к давлению.``); the attribution between dashes splits it into two spans.
- **Interrupted quotations**: ``«Мы готовы, — заявил он, — но не к давлению»`` is two spans with
  one speaker (:func:`split_interrupted`, a revision of what the marks gave).
- **Blocks after a colon**: ``В поздравлении президента говорится:`` and a paragraph without
  marks under it (Wikinews quote templates lose their marks in plain text) is ``embedded``.
- **Headlines** ``X: P`` (``СМИ: Сын В. Жириновского попал в ДТП``): reported speech of X.
"""

from __future__ import annotations

import re
from itertools import chain

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.interview_questions import interviewer_question
from discourse.extract.quotes.lang.ru.mainclause import is_speech_act
from discourse.extract.quotes.lang.ru.mention_occasions import occasion_tail
from discourse.extract.quotes.lang.ru.phrases import is_adverb, is_verb_form
from discourse.extract.quotes.lang.ru.quoted import cue_after_quote, owner_of_words, shape_after
from discourse.extract.quotes.lang.ru.revise import renumber_parents
from discourse.extract.quotes.lang.ru.sentences_topic_relative import topic_relative
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import (
    DASHES,
    PREPOSITIONS,
    SPEAKER_NOUNS,
    SPEECH_OBJECTS,
)
from discourse.extract.quotes.spans import THREE_WORDS, SpanSet, content_span
from discourse.extract.quotes.tokens import Toks, wordish
from discourse.text import sentence_start

__all__ = ["colon_blocks", "dialogue_lines", "headline", "quotes_in_italics", "split_interrupted"]

_WORD = re.compile(r"\w")
_LINE_DASH = re.compile(r"[—–-][ \t\u00a0]+(?=\S)")
_HEADLINE = re.compile(r"([^:\n]{2,60}?):[ \t]+(?=\S)")
_OPENERS = "«„“\"—–-"
# A list item: a few words, a dash, a name ("Главный секретарь кабинета министров — Суга").
_LIST_ITEM = re.compile(r"[^.!?:\n]{2,60}\s[—–]\s[A-ZА-ЯЁ]")
# Words of the first and second person: a block holding one speaks for someone.
_FIRST_SECOND_PERSON = re.compile(
    r"(?<![\w-])(?:я|мы|меня|мне|мной|нас|нам|нами|мой|моя|моё|мое|мои|моих|моим|моей|моего|"
    r"наш|наша|наше|наши|наших|нашим|нашей|нашего|вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашей|"
    r"вашего|ты|тебя|тебе)(?![\w-])", re.IGNORECASE)
# Stems of verbs of greeting and thanks (поздравил, поблагодарила, благодарит).
_GREETING = ("поздрав", "поблагодар", "благодар")
# The cue of an attribution by the shape of the clause (a finite verb the lexicon lacks).
_SHAPE_CUE = Cue("(finite verb)", "verb", ("",))


def _attribution(doc: Doc, d: int, tj: int) -> tuple[Attr, int] | None:
    """The attribution after the dash token ``d`` (``— заявил он``), up to token ``tj``: the
    attribution and the token where it ends."""
    toks = doc.toks
    found = cue_after_quote(toks, d, tj, doc.hits_between(d, tj))
    if found is not None:
        (a, b, _), span = found
        attr = doc.attr(found[0], span, "cue_after")
        return attr, max(b, span[1] if span else b)
    shape = shape_after(toks, d, tj, doc.lex)
    if shape is not None:
        return doc.attr_tokens(shape[0], shape[1], "cue_after"), shape[1][1]
    return None


def _speech_with_dashes(doc: Doc, s: int, e: int, *, to_end: bool = False) -> list[Found] | None:
    """``Мы готовы, — заявил он, — но не к давлению`` in ``[s, e)``: the spans around an
    attribution between dashes (one, or two when the speech goes on after it); None when no
    dash attribution is there. ``to_end``: a single span only when the attribution closes
    ``[s, e)`` («Это была опасная ситуация, — сказала она»), else None."""
    toks, text = doc.toks, doc.text
    words = toks.words
    ti, tj = doc.tok_index(s), doc.tok_index(e)
    for d in range(ti + 1, tj - 1):
        if words[d] not in DASHES:
            continue
        # "…,'' — поделился X. — ''…": the wiki italics closed before the dash
        p = d - 1
        while p > ti and words[p] == "'":
            p -= 1
        # ". — заявил Каприлес. —": some writers end the first part with a full stop
        if words[p] not in (",", "!", "?", "…", "."):
            continue
        got = _attribution(doc, d, tj)
        if got is None:
            continue
        attr, end_tok = got
        first = content_span(text, s, toks.starts[p] if words[p] == "," else toks.ends[p])
        out = [Found(first[0], first[1], "direct", attr, attr.rule)] if first[1] > first[0] else []
        # the speech goes on after a second dash: ", — …" or ". — …", right after the
        # attribution or after the rest of its sentence ("— сказала она об инциденте, выступая
        # с лекцией в 2005 году. — …")
        for m in chain(range(end_tok, min(tj, end_tok + 3)), _second_dash(toks, end_tok + 3, tj)):
            if words[m] in DASHES:
                rest = content_span(text, toks.ends[m], e)
                if text.startswith("''", rest[0]):
                    rest = content_span(text, rest[0] + 2, rest[1])  # "— ''Учителя …"
                # inside marks the rest is speech however short («…, — заявил он. — Никогда»)
                if rest[1] > rest[0] and (THREE_WORDS.search(text, rest[0], rest[1]) or (
                        to_end and _WORD.search(text, rest[0], rest[1]))):
                    # a second interruption further on («…, — говорит он, — … , — заключил
                    # он, — …») splits the rest again
                    again = _speech_with_dashes(doc, rest[0], rest[1], to_end=True) if (
                        to_end) else None
                    out += again if again else [Found(rest[0], rest[1], "direct", attr,
                                                      attr.rule)]
                break
        if to_end and len(out) == 1 and any(wordish(w) for w in words[end_tok:tj]) and not (
                attr.m_start >= 0 and occasion_tail(toks, doc.tok_index(attr.m_start), end_tok,
                                                    tj)):
            return None  # one span, but words after the attribution: not an interruption
            # (the occasion cut off the speaker, «— заявил политик со слезами в голосе», is not)
        return out
    return None


# How far past its cue and speaker an attribution between dashes may run to its sentence's end.
_ATTRIBUTION_TAIL = 25


def _second_dash(toks: Toks, a: int, tj: int) -> list[int]:
    """The dash that resumes the speech after an attribution's sentence (``… в 2005 году. —``):
    the first dash in ``[a, tj)`` within :data:`_ATTRIBUTION_TAIL` tokens, right after a full
    stop or a comma, with no quotation mark or other dash before it; [] when there is none."""
    words = toks.words
    for m in range(a, min(tj, a + _ATTRIBUTION_TAIL)):
        if words[m] in DASHES:
            return [m] if words[m - 1] in (".", ",") else []
        if words[m] in _MARKS:
            return []
    return []


_MARKS = frozenset("«»„“”\"'")


def dialogue_lines(doc: Doc, found: list[Found]) -> list[Found]:
    """Paragraphs opening with a dash outside the quotes found so far: the speech, split around
    its attribution; a line without one (an interview answer) is ``direct`` with no speaker."""
    text = doc.text
    inside = SpanSet((f.start, f.end) for f in found)
    out: list[Found] = []
    for k, (ps, pe) in enumerate(doc.paras):
        if text[ps] not in DASHES:
            continue
        m = _LINE_DASH.match(text, ps, pe)
        if m is None or inside.contains(m.end()):
            continue
        s = m.end()
        spans = _speech_with_dashes(doc, s, pe)
        if spans is None:
            cs, ce = content_span(text, s, pe)
            if text[ce - 1] in ".!?…" and THREE_WORDS.search(text, cs, ce) and not (
                    interviewer_question(doc, ce, k)):
                spans = [Found(cs, ce, "direct", None, "none")]
            else:
                spans = []
        out += spans
    return out


def split_interrupted(doc: Doc, found: list[Found]) -> list[Found]:
    """Quotations in marks interrupted by their attribution (``«Мы готовы, — заявил он, — но
    не к давлению»``) as two spans with the inner attribution; wiki italics (``''…''``, which
    Wikinews text keeps from its markup) dropped; the rest unchanged (a nested quote's
    ``parent`` index is moved with its parent, or cleared when the parent is dropped)."""
    text = doc.text
    out: list[Found] = []
    moved: dict[int, int] = {}  # index in found -> index in out
    for i, f in enumerate(found):
        if text[max(0, f.start - 2):f.start] == "''" and text[f.end:f.end + 2] == "''":
            continue  # ''…'': italics, not a quotation
        moved[i] = len(out)
        content = text[f.start:f.end]
        if (f.kind == "direct" or _opens_para_in_italics(text, f.start)) and (
                "—" in content or "–" in content or " - " in content):
            parts = _speech_with_dashes(doc, f.start, f.end, to_end=True)
            if parts:
                out += parts
                continue
        out.append(f)
    return renumber_parents(out, moved)


_COLON_ITALICS = re.compile(r":\s*''\s*[«„\"“]\s*$")
_PARA_ITALICS = re.compile(r"[ \t]*''[ \t]*[«„\"“]")


def _opens_para_in_italics(text: str, start: int) -> bool:
    """Does the quotation opening at ``start`` open its paragraph behind wiki italics
    (``''«День учителя — …``)? Such a quotation stands as a sentence of its own."""
    return bool(_PARA_ITALICS.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


def quotes_in_italics(doc: Doc, found: list[Found]) -> list[Found]:
    """``сказал: ''«Все присутствующие …»''``: Wikinews text keeps the italics around a
    quotation (``''``), which hides the colon or the paragraph's start from the classification;
    a capitalised quotation right after a colon and ``''``, or opening its paragraph behind
    ``''``, is ``direct``, not a fragment."""
    text = doc.text
    for f in found:
        if f.kind == "partial" and text[f.start:f.start + 1].isupper() and (_COLON_ITALICS.search(
                text, max(0, f.start - 12), f.start) or _opens_para_in_italics(text, f.start)):
            f.kind = "direct"
    return found


# Line breaks between a colon line and the next paragraph that say a Wikinews quote template
# stood there and was lost with its words (a block under its colon line follows one or two).
_LOST_BLOCK_NEWLINES = 3


def colon_blocks(doc: Doc, found: list[Found]) -> list[Found]:
    """A paragraph without marks right under a paragraph whose last sentence ends in a colon
    and holds a verb of saying or another finite verb with its subject (``Тогда он сказал:``,
    ``Кроу выразил соболезнования:``, ``Глава церкви обратился к молящимся:``): an
    ``embedded`` statement of that subject. A block that opens with a number or a dash, or
    reads as a list ("Главный секретарь — Ёсихидэ Суга"), is not one. A quotation in marks
    that is such a paragraph and has no speaker yet (``Тихановская написала:`` and «…» on the
    next line) gets the colon line's attribution."""
    text = doc.text
    inside = SpanSet((f.start, f.end) for f in found)
    out: list[Found] = []
    for k in range(len(doc.paras) - 1):
        ps, pe = doc.paras[k]
        if text[pe - 1] != ":":
            continue
        qs, qe = doc.paras[k + 1]
        if k + 2 < len(doc.paras) and _CAPTION.fullmatch(text, qs, qe) and (
                text.count("\n", qe, doc.paras[k + 2][0]) == 1):
            qs, qe = doc.paras[k + 2]  # "документе говорится:", "И. Ф. Михальчук" (an image's
            # caption left by the wiki markup), then the decree's text
        if text.count("\n", pe, qs) >= _LOST_BLOCK_NEWLINES:
            continue  # "заявил:" and two blank lines: the quote template was lost with its
            # words; the paragraph after them is the author's (none of the gold's blocks is)
        while qs < qe and text[qs] in " \t\u00a0":
            qs += 1  # " Наши дни …": a block indented by a space
        if text.startswith("''", qs) and text[qs + 2:qs + 3].isupper():
            qs += 2  # "''Около 12 часов …''": the block in wiki italics
            qe = qe - 2 if text[qe - 2:qe] == "''" else qe
        if qs < qe and text[qs] in "«„“\"":
            _attribute_marked(doc, found, ps, pe, qs, qe)
            continue
        if qs >= qe or text[qs] in _OPENERS or (
                not text[qs].isupper() and text[qs] != "…" and not _dated_first_person(
                    doc, ps, pe, qs, qe)):
            continue
        if inside.overlap(qs, qe) > 0.5 * (qe - qs) or not THREE_WORDS.search(text, qs, qe):
            continue
        if _LIST_ITEM.match(text, qs, min(qe, qs + 80)):
            continue  # "Главный секретарь кабинета министров — Ёсихидэ Суга": a list
        attr = _colon_attribution(doc, ps, pe, qs, qe)
        if attr is not None:
            out.append(Found(qs, qe, "embedded", attr, attr.rule))
    return out


# An image's caption on a line of its own: a name of two to four capitalised words or initials,
# no punctuation at its end ("И. Ф. Михальчук", "Владимир Путин").
_CAPTION = re.compile(r"(?:[A-ZА-ЯЁ]\.\s?|[A-ZА-ЯЁ][a-zа-яё\-]+\s)(?:[A-ZА-ЯЁ]\.\s?|[A-ZА-ЯЁ][a-zа-яё\-]+\s?)"
                      r"{1,3}")


def _dated_first_person(doc: Doc, ps: int, pe: int, qs: int, qe: int) -> bool:
    """``…, по словам Бертмана, увидят в октябре:`` and a block opening with a date ("22
    октября в театре состоится премьера, где я буду режиссёром"): a block opening with a digit
    is a statement only under a colon line with a verb of saying and in the first or second
    person; otherwise a list or the author's chronicle. A block opening in lower case
    ("сообщил депутату:" and "хотел бы Вам предложить …", a transcript that starts mid-sentence)
    is held to the same test."""
    if not (doc.text[qs].isdigit() or doc.text[qs].islower()) or not _FIRST_SECOND_PERSON.search(
            doc.text, qs, qe):
        return False
    ss = sentence_start(doc.text, ps, pe - 1)
    return bool(doc.hits_between(doc.tok_index(ss), doc.tok_index(pe - 1)))


def _attribute_marked(doc: Doc, found: list[Found], ps: int, pe: int, qs: int, qe: int) -> None:
    """The quotation in marks opening the paragraph ``[qs, qe)`` under a colon line, when it
    has no speaker: the colon line's attribution (in place)."""
    for f in found:
        if f.kind == "direct" and qs < f.start <= qs + 2 and f.end <= qe and (
                f.attr is None or f.attr.m_start < 0):
            attr = _colon_attribution(doc, ps, pe, qs, qe)
            if attr is not None and attr.m_start >= 0:
                f.attr, f.rule = attr, attr.rule
            return


def _colon_attribution(doc: Doc, ps: int, pe: int, qs: int, qe: int) -> Attr | None:
    """The attribution in the last sentence of the paragraph ``[ps, pe)`` (ending in a colon)
    of the block ``[qs, qe)`` under it; None when that sentence announces nobody's words."""
    text = doc.text
    toks = doc.toks
    ss = sentence_start(text, ps, pe - 1)
    ti, tj = doc.tok_index(ss), doc.tok_index(pe - 1)
    hits = doc.hits_between(ti, tj)
    if hits:
        h = hits[-1]
        if ti + 2 < h[0] and toks.lows[ti] in ("об", "о") and toks.lows[ti + 1] in ("этом", "том"):
            ti += 2  # "Об этом Президент России сообщил депутату:": not "России" after "об этом"
        span = speaker_of(toks, h, ti, tj) or _first_verbs_subject(doc, h[0], ti)
        topic, subject = topic_relative(toks, ti, h[0], tj + 1)
        if topic:  # "…письмо, о котором ранее говорил Песков:": the main clause's subject
            return doc.attr(h, subject, "cue_before")
        if span is not None and span[0] > h[0] and h[2].type == "verb" and is_gerund(toks.lows[h[0]]):
            span = None  # "…, объяснив их опьянением:": a gerund's object, never its subject
        if span is None and is_gerund(toks.lows[h[0]]):
            # "Сурков отозвался о статье, сказав журналистам:": the main clause's subject
            span = gerund_subject(toks, ti, h[0], tuple(x[0] for x in hits))
        return doc.attr(h, span, "cue_before")
    label = _colon_label(doc, ti, tj)
    if label is not None:
        if not _FIRST_SECOND_PERSON.search(text, qs, qe):
            return None  # "Имена кандидатов:": a heading over a list, nobody's words
        cs = toks.starts[tj]
        return Attr(":", cs, cs + 1, toks.starts[label[0]], toks.ends[label[1] - 1], "cue_before")
    # the main clause's verb, not one of a relative clause ("оставил запись, которая
    # превратилась в анекдот:")
    verb = next((v for v in range(tj - 1, ti, -1) if _past_verb(toks.lows[v])
                 and not toks.words[v][:1].isupper() and not any(
                     low.startswith("котор") for low in toks.lows[max(ti, v - 3):v])), -1)
    # a verb of a speech act or a greeting announces its words ("призвал родных не
    # обращаться с такой просьбой:", "поздравил его учитель Олег Табаков:")
    act = verb >= 0 and (is_speech_act(toks.lows[verb]) or toks.lows[verb].startswith(_GREETING))
    if verb < 0 or not (act or _FIRST_SECOND_PERSON.search(text, qs, qe) or any(
            low in SPEECH_OBJECTS for low in toks.lows[verb + 1:tj])):
        return None  # without a verb of saying, only a block in the first or second person
        # ("Я принимаю …"), or one announced by its verb's object ("выразил соболезнования:"),
        # is someone's words, not the author's ("Суд освободил …")
    span = speaker_of(toks, (verb, verb + 1, _SHAPE_CUE), ti, tj)
    if span is None:
        span = _first_verbs_subject(doc, verb, ti)
    elif span[0] > verb:
        # a speech act's "Он поблагодарил их и пообещал …:": the first verb's subject
        after = span if span[1] == tj else None
        span = (_first_verbs_subject(doc, verb, ti) or after) if act else None
    owner = owner_of_words(toks, verb, tj)
    if span is not None and owner is not None:
        span = owner  # "Life News приводит его рассказ об аварии:": his words, not the outlet's
    if span is None:
        return None  # no subject before the verb: the author's narration (after it, only a
        # speech act's subject that runs to the colon: "поздравил его учитель Олег Табаков:")
    return doc.attr_tokens((verb, verb + 1), span, "cue_before")


def _past_verb(low: str) -> bool:
    """A past-tense finite verb (поздравил, выразила, обратились, сказано), or the present of
    a verb that brings someone's words (приводит его рассказ, публикует, отзывается в
    Twitter; not "Стихи отличает простота:")."""
    return is_verb_form(low) and (low.endswith(
        ("л", "ла", "ли", "ло", "лся", "лась", "лись", "но")) or low.startswith(_BRINGING))


# Present tenses that bring someone's words under a colon.
_BRINGING = ("приводит", "приводят", "публикует", "публикуют", "отзывается", "обращается")


def _first_verbs_subject(doc: Doc, v: int, ti: int) -> tuple[int, int] | None:
    """``Шарец подал в отставку и призвал к выборам:``, ``Актриса не жалеет об этом и
    сообщила:``: the verb at token ``v`` after "и" shares the subject of the clause's first
    verb; None when there is none."""
    toks = doc.toks
    lows = toks.lows
    if v - 2 > ti and lows[v - 2] == "и" and is_adverb(lows[v - 1]):
        v -= 1  # "… не стеснялся в высказываниях и фактически отказался …:": an adverb between
    if v - 1 <= ti or lows[v - 1] != "и":
        return None
    first = next((m for m in range(ti, v - 1) if is_verb_form(lows[m]) and not is_gerund(lows[m])
                  and not toks.words[m][:1].isupper()), -1)
    if first <= ti:
        return None
    span = speaker_of(toks, (first, first + 1, _SHAPE_CUE), ti, first)
    return span if span is not None and span[1] <= first else None


def _colon_label(doc: Doc, ti: int, tj: int) -> tuple[int, int] | None:
    """``Хозяин плантации Джино Дескальси:`` as a whole paragraph: a speaker's noun phrase
    (a few words, one of them capitalised, no verb) that labels the block under it."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if not 0 < tj - ti <= 8 or not all(wordish(w) or w in "«»\"().-" for w in words[ti:tj]):
        return None
    if lows[ti] in PREPOSITIONS or any(is_verb_form(low) for low in lows[ti:tj]):
        return None  # "В Москве:", "Он сказал:": a place or a clause, not a speaker
    if not words[ti][:1].isupper() or sum(w[:1].isupper() for w in words[ti:tj]) < 2:
        return None
    return ti, tj


def headline(doc: Doc, found: list[Found]) -> list[Found]:
    """The headline ``X: P`` (the first paragraph): P reported from X, when X reads as a
    speaker (a few words, the first capitalised, no preposition, no verb, no digit)."""
    if not doc.paras:
        return []
    text = doc.text
    ps, pe = doc.paras[0]
    m = _HEADLINE.match(text, ps, pe)
    if m is None:
        return []
    label = m.group(1)
    words = label.split()
    if not words or len(words) > 4 or not words[0][:1].isupper() or any(c.isdigit() for c in label):
        return []
    lows = [w.lower() for w in words]
    if any(w in PREPOSITIONS or is_verb_form(w) for w in lows) or any(c in label for c in "«»\"“”—"):
        return []
    if lows[0] not in SPEAKER_NOUNS and (any(w[:1].islower() for w in words[1:]) or (
            len(words) > 1 and lows[0].endswith(("ние", "тие", "ство", "ция")))):
        return []  # "Новый рекорд: …", "Отравление Скрипаля: …": a topic, not a speaker
    s, e = content_span(text, m.end(), pe)
    if not THREE_WORDS.search(text, s, e):
        return []
    colon = m.end(1)
    if any(s < f.end and f.start < e for f in found):
        return []
    attr = Attr(":", colon, colon + 1, m.start(1), colon, "cue_before")
    return [Found(s, e, "indirect", attr, "cue_before")]
