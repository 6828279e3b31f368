"""Russian quotations whose attribution drops its subject: ``«…», — добавила.``, ``…, после
чего крикнул «…»``.

Russian news drops the subject of a verb of saying when it is the one of the sentences before
(«Захарова выступила на брифинге. «…», — заявила.»). The past-tense verb still agrees with it in
gender and number (заявил / заявила / заявили), so the speaker is the nearest subject before the
quotation that agrees: a speaker mention of an earlier quotation, or the subject of a
past-tense verb in the narration (``Захарова выступила``). A revision of pass 1: the quotes keep
their spans; those with a cue after them and no mention get that subject as their mention
(rule ``previous_sentence``), offsets pointing back into the earlier sentence. A quotation whose
cue is impersonal (``говорится``) or in the present tense says no gender and is left as it is.

Before: ``Found(kind="direct", attr=Attr("добавила", …, m_start=-1, m_end=-1, …))``; after: the
same with ``m_start, m_end`` of «Мария Захарова» in the sentence before.
"""

from __future__ import annotations

import bisect
import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.phrases import (
    before_relative,
    is_verb_form,
    np_backward,
    np_forward,
)
from discourse.extract.quotes.lang.ru.words import (
    CONJUNCTIONS,
    NON_SPEAKERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import cap, wordish
from discourse.text import sentence_start

__all__ = ["dropped_subjects", "past_gender", "standalone_speakers"]

# Past-tense endings by gender and number, reflexive ones first.
_PAST_ENDINGS = (("лась", "female"), ("лись", "plural"), ("лся", "male"), ("ла", "female"),
                 ("ли", "plural"), ("л", "male"))
_PRONOUN_GENDER = {"он": "male", "она": "female", "они": "plural"}
_OBLIQUE_PRONOUNS = frozenset(
    "ей ему им его её ее их него нему ним нём нем неё нее ней них нам мне вам тебе".split())
# How far back the subject may be named: the quotation's paragraph and the one before it.
_PARAGRAPHS_BACK = 1
# Words between a subject and its verb that are not part of the subject ("Путин также
# заявил", "Захарова уже выступила").
_BETWEEN = frozenset("также уже ещё еще тогда затем потом позже ранее вновь снова не же".split())


def past_gender(low: str, *, verb: bool = False) -> str | None:
    """The gender (``male``, ``female``) or number (``plural``) a past-tense verb agrees with
    (``заявила`` female, ``рассказали`` plural); None for another form (``говорится``).
    ``verb``: ``low`` is known to be a verb (a cue of the lexicon: ``крикнул``, whose ending
    the shape of a verb form does not cover)."""
    if not (verb or is_verb_form(low)):
        return None
    for end, gender in _PAST_ENDINGS:
        if low.endswith(end):
            return gender
    return None


def _subject(doc: Doc, v: int, lo: int, *, common: bool = False) -> tuple[int, int] | None:
    """The subject before the past-tense verb at token ``v`` (tokens ``>= lo``): a capitalised
    noun phrase or a subject pronoun ("Мария Захарова выступила", "Она выступила"), a common
    noun too when ``common`` ("парень, одетый в футболку, поднёс"); None when the verb has none
    there (a relative clause, an object, a clause after a conjunction)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    j = before_relative(toks, v, lo)  # "парень, одетый в футболку, поднёс": before the phrase
    while j > lo and lows[j - 1] in _BETWEEN:
        j -= 1
    if j <= lo:
        return None
    if lows[j - 1] in SUBJECT_PRONOUNS:
        return (j - 1, j) if lows[j - 1] in _PRONOUN_GENDER else None
    if not wordish(words[j - 1]) or lows[j - 1] in CONJUNCTIONS or lows[j - 1] in PREPOSITIONS:
        return None
    i = np_backward(toks, j, lo)
    if i < j and lows[i] in _OBLIQUE_PRONOUNS:
        return None  # "ей позвонил брат": an object before the verb, the subject after it
    if i >= j or lows[i] in NON_SPEAKERS or lows[i] in PREPOSITIONS or lows[i].startswith("котор"):
        return None
    if i > lo and lows[i - 1] in PREPOSITIONS:
        return None  # the object of a preposition ("с Дональдом Трампом встретился")
    if not common and not any(cap(w) for w in words[i:j]):
        return None  # "журналисты спросили" sentences before: too weak to carry a quotation
    return i, j


def _candidates(doc: Doc, found: list[Found], quoted: SpanSet, lo: int, hi: int
                ) -> list[tuple[int, int, int, str | None]]:
    """``(position, mention start, mention end, gender)`` of the speakers named in
    ``[lo, hi)``: mentions of earlier quotations and subjects of past-tense verbs outside
    quotations (a common noun only in the sentence that ends at ``hi``); the gender is that of
    their verb (None when unknown)."""
    toks = doc.toks
    lows, starts = toks.lows, toks.starts
    out: list[tuple[int, int, int, str | None]] = []
    for f in found:
        a = f.attr
        if a is None or a.m_start < lo or a.m_start >= hi:
            continue
        gender = past_gender(a.cue.split()[0], verb=True) if a.cue_end > a.cue_start and a.cue \
            else None
        low = doc.text[a.m_start:a.m_end].lower()
        gender = gender or _PRONOUN_GENDER.get(low)
        out.append((max(a.m_end, a.cue_end), a.m_start, a.m_end, gender))
    ti, tj = doc.tok_index(lo), doc.tok_index(hi)
    own = sentence_start(doc.text, lo, hi)  # the sentence of the cue
    for v in range(ti, tj):
        gender = past_gender(lows[v]) if not cap(toks.words[v]) else None
        if gender is None or quoted.overlap(starts[v], toks.ends[v]) > 0:
            continue
        span = _subject(doc, v, ti, common=starts[v] >= own)
        if span is None and (v > ti and lows[v - 1] in _OBLIQUE_PRONOUNS or v + 1 < tj and lows[
                v + 1] in ("и", "также", "тоже")):
            # "Ночью ей позвонил брат Пётр.", "отреагировал и президент X.": the subject after
            span = _subject_after(doc, v, tj)
        if span is None or quoted.overlap(starts[span[0]], toks.ends[span[1] - 1]) > 0:
            continue
        out.append((toks.ends[v], starts[span[0]], toks.ends[span[1] - 1], gender))
    return out


def dropped_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """Give each quotation attributed by a past-tense verb with no subject (``«…», —
    заявила.``, ``после чего крикнул «…»``) the nearest earlier speaker that agrees with the
    verb; the rest unchanged."""
    quoted = SpanSet((f.start, f.end) for f in found if f.kind in ("direct", "nested", "partial"))
    for f in found:
        a = f.attr
        if f.kind == "nested" or a is None or a.m_start >= 0 or a.cue_end <= a.cue_start \
                or not a.cue:
            continue
        gender = past_gender(a.cue.split()[0], verb=True)
        if gender is None:
            continue
        k = bisect.bisect_right(doc.para_starts, f.start) - 1
        lo = doc.paras[max(0, k - _PARAGRAPHS_BACK)][0]
        # the speaker is named before the cue ("после чего крикнул «…»") or the quotation
        cands = [c for c in _candidates(doc, found, quoted, lo, min(f.start, a.cue_start))
                 if c[3] == gender or c[3] is None]
        if not cands:
            continue
        _, ms, me, _ = max(cands)
        f.attr = Attr(a.cue, a.cue_start, a.cue_end, ms, me, "previous_sentence")
        f.rule = "previous_sentence"
    return found


# A first-person past tense in the quotation tells its speaker's gender: "я влюбился", "я
# увидела" (a word may stand between: "я сразу поняла").
_FIRST_PERSON_PAST = re.compile(r"(?i)(?<![\w\-])я\s+(?:[а-яё]+\s+)?([а-яё]+(?:л|ла|лся|лась))(?![\w\-])")


def _quote_gender(text: str) -> str | None:
    """The gender a first-person past tense in the quotation shows, or None."""
    genders = {past_gender(m.group(1).lower(), verb=True) for m in _FIRST_PERSON_PAST.finditer(text)}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _subject_after(doc: Doc, v: int, tj: int) -> tuple[int, int] | None:
    """``На трагедию отреагировал и президент США Дональд Трамп.``: a named subject after the
    past-tense verb at ``v`` that runs to the sentence's end (tokens ``< tj``)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    k = v + 1
    while k < tj and lows[k] in ("и", "также", "тоже", "сразу", "уже"):
        k += 1
    e = np_forward(toks, k, tj) if k < tj else k
    if e <= k or not any(cap(w) for w in words[k:e]) or lows[k] in PREPOSITIONS:
        return None
    if e < tj and words[e] not in (".", "!"):
        return None
    return k, e


def standalone_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """Give a quotation standing alone at the head of its paragraph, with no attribution at all,
    the person the sentence right before it names as the subject of a past-tense verb (before
    the verb, or after it at the sentence's end), when the gender of a first-person past tense
    in the quotation does not contradict the verb's; the rest unchanged (rule
    ``previous_sentence``). Before: ``Found(kind="direct", attr=None)``; after: an ``Attr``
    with no cue and the mention in the sentence before."""
    quoted = SpanSet((f.start, f.end) for f in found if f.kind in ("direct", "nested", "partial"))
    text = doc.text
    for f in found:
        if f.kind != "direct" or f.attr is not None or f.parent >= 0:
            continue
        ps, _ = doc.para_of(f.start)
        if text[ps:f.start].strip(" \t«„“\"'"):
            continue  # not at the head of its paragraph
        k = bisect.bisect_right(doc.para_starts, f.start) - 1
        if k == 0:
            continue
        pps, ppe = doc.paras[k - 1]
        if text[pps:ppe].rstrip().endswith(":"):
            continue  # under a colon line: the attribution of that line (colon_blocks)
        lo = sentence_start(text, pps, ppe - 1)
        gender = _quote_gender(text[f.start:f.end])
        cands = [c for c in _candidates(doc, found, quoted, lo, ppe)
                 if gender is None or c[3] in (gender, None)]
        cands = [c for c in cands if any(cap(w) for w in text[c[1]:c[2]].split())]
        if not cands:
            continue
        _, ms, me, _ = max(cands)
        f.attr = Attr("", -1, -1, ms, me, "previous_sentence")
        f.rule = "previous_sentence"
    return found
