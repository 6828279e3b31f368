"""The speaker of a quote the syntax gave none: the fallback rules of :mod:`.attribute`.

:func:`_fallback` tries, in order: a signature after a block quote, a line that names its
speaker ("Robinson: …"), the interrupter of a quote ('"A," he continued, "B."'), the quote's own
sentence (:func:`_in_sentence`), the subject of the sentence before (:func:`_subject_before`),
the previous quote's speaker (a continuation, unless somebody else is named between them), a
line ending in a colon (:func:`_colon_line`), a block under such a line, and the person named in
the previous or the next sentence. :func:`_carried` keeps the last speaker over an interview's
questions. ``attribute_doc`` (:mod:`.attribute_doc`) calls both when a quote has no mention of its
own; they stand apart from the mention repair and the loop over an article's quotes, one rule
family, so that :mod:`.attribute` stays under the 800-line cap.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import Final

from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.mentions import resolve_mention, resolve_trimmed
from discourse.extract.speakers.quote_rows import _Paragraphs, _Quote
from discourse.extract.speakers.resolver import Resolver
from discourse.extract.speakers.subject_before import last_subject, short_subject
from discourse.extract.speakers.turns import (
    OPENING,
    alone_in_paragraph,
    before_marks,
    colon_block,
    names_only,
    signed,
    taken_over,
)
from discourse.text import sentence_end, sentence_start


def _colon_line(text: str, ps: int, pe: int, lang: SpeakerLanguage) -> tuple[int, int] | None:
    """The introducer in a paragraph ending with a colon: "And from the chairwoman:"."""
    para = text[ps:pe].rstrip()
    if not para.endswith(":"):
        return None
    m = lang.colon_intro.search(para)
    if m:
        return ps + m.start(1), ps + m.end(1)
    return None


# How many paragraphs back an unattributed answer may carry the last speaker (interviews).
CARRY_PARAGRAPHS: Final = 4


def _carried(res: Resolver, row: _Quote, prev: _Quote | None, said: _Quote | None,
             paras: _Paragraphs, text: str):
    """``(actor, name, "carried", ms, me)``: a quote alone in its paragraph, with no speaker of
    its own, keeps the speaker of the last quote up to :data:`CARRY_PARAGRAPHS` paragraphs back
    when only questions stand between them (an interview's answers, the speaker named once
    before them) and nobody else has spoken or been named since; else None."""
    if prev is None or not prev.speaker or prev.mention_start < 0:
        return None
    if said is not None and said is not prev and said.speaker != prev.speaker:
        return None  # someone else was quoted since, in reported speech
    p, pp = paras.index(row.start), paras.index(prev.end)
    if p - pp > CARRY_PARAGRAPHS or not alone_in_paragraph(text, paras.spans[p], row.start,
                                                            row.end):
        return None
    # only questions between them: an interview ("What happens if the bill fails?")
    if not all(text[a:b].rstrip().endswith("?") for a, b in paras.spans[pp + 1:p]):
        return None
    if _someone_else_named(res, prev, prev.end, row.start, text):
        return None
    return taken_over(res, prev, "carried")


def _someone_else_named(res: Resolver, prev: _Quote, lo: int, hi: int, text: str) -> bool:
    """Is a person other than ``prev``'s speaker named outside quotes in ``[lo, hi)`` (a
    registry person, or a name the registry does not know, in any of its forms)? Then a quote
    in the next paragraph does not continue ``prev``: «Татьяна так описывает увиденное: «…»»
    after her brother's words is hers."""
    for ent in _people_between(res, lo, hi):
        if ent.name != prev.speaker:
            return True
    words = set((prev.speaker or prev.speaker_mention).split())
    for a, b in res.lang.person_runs(text, lo, hi):
        if res.in_quote(a) or prev.mention_start <= a < prev.mention_end:
            continue
        run = text[a:b]
        if words.intersection(run.split()) or words.intersection(res.lang.normal_name(run).split()):
            continue
        actor = res.name(run)
        if actor is None or actor.name != prev.speaker:
            return True
    return False


def _people_between(res: Resolver, lo: int, hi: int) -> list:
    """The registry's people among the entities at offsets ``[lo, hi)`` (by bisection: a long
    document has many)."""
    ents = res.entities_before(hi)
    a = bisect.bisect_left(ents, lo, key=_position)
    b = bisect.bisect_left(ents, hi, key=_position)
    return [e for e in ents[a:b] if e.actor is not None and e.kind == "person"]


# An entity's offset, the key of the bisections (in C).
_position = attrgetter("pos")


def _reads_as_sentence(text: str, row: _Quote) -> bool:
    """Does a quote open like a sentence of its own (a direct one, or a fragment that starts
    with a capital), after a comma, a colon or a verb of saying ('read in part, "[I]t is
    concluded'), not inside the author's phrase ('called it "a pattern of abuse"', 'led Biden to
    express "I shouldn't ..."')?"""
    first = text[row.start:row.start + 1]
    if not (first.isupper() or first == "[" or row.kind == "direct"):
        return False
    k = row.start
    while k > 0 and text[k - 1] in OPENING:
        k -= 1
    before = text[max(0, k - 15):k].rstrip().lower()
    if before.endswith(" that"):
        before = before[:-5].rstrip()  # 'saying that "their lives are the top priority."'
    return text[k - 1:k] in (",", ":") or before.endswith(
        ("read", "reads", "saying", "says", "said", "wrote", "writes", "stated", "states",
         "told", "added", "tweeted", "reports"))


def _in_sentence(res: Resolver, row: _Quote, para: tuple[int, int], text: str):
    """``(actor, name, rule, ms, me)`` from the quote's own sentence: the subject of the clause
    that introduces it (``sentence_subject``), or the speaker named right after a quote that
    opens the sentence (``subject_after``); None when neither names anybody."""
    lang = res.lang
    ps, pe = para
    lo = sentence_start(text, ps, row.start)
    hi = before_marks(text, lo, row.start)
    if hi > lo:
        if _reads_as_sentence(text, row):
            # 'X justified it as "defensive": "..."', 'Y, 24, who cited rugby: "..."'
            span = lang.sentence_subject(text, lo, hi)
            if span is None and not _quote_row_between(res, text, lo, hi):
                span = lang.masked_subject(text, lo, hi) or lang.relative_antecedent(text, lo, hi)
            if span is None or lang.names_nobody(text[span[0]:span[1]]):
                # 'Here is the exchange: The President then returned to X, saying, "..."': the
                # clause after a colon has its own subject when the sentence's names nobody
                colon = text.rfind(":", lo, hi)
                if colon > lo:
                    span = lang.sentence_subject(text, colon + 1, hi)
        elif row.kind == "partial":
            # 'X has been described by the Daily Hive as a "..."': the agent, not X
            span = lang.passive_agent(text, lo, hi) or lang.fragment_subject(
                text, lo, hi) or lang.opening_participle(
                text, lo, row.start, row.end, pe)
        else:  # 'led Biden to express "I shouldn't ..."': a causative's object, else nobody
            span = lang.causative_speaker(text, lo, hi)
        rule = "sentence_subject"
    elif row.kind == "direct":
        span, rule = lang.subject_after(text, row.end, pe), "subject_after"
    else:
        return None
    if span is None or lang.names_nobody(text[span[0]:span[1]]):
        return None
    actor, name, _ = resolve_trimmed(res, text, *span)
    return actor, name, rule, span[0], span[1]


def _quote_row_between(res: Resolver, text: str, lo: int, hi: int) -> bool:
    """Does a quote of the article (not a title or a word in marks) open in ``[lo, hi)``? ('Mr.
    James said: "U bum," adding, "..."': the second quote continues the first one's speaker.)"""
    k = lo
    while True:
        k = min((j for j in (text.find(c, k, hi) for c in "\"“") if j >= 0), default=-1)
        if k < 0:
            return False
        if res.in_quote(k + 1):
            return True
        k += 1


def _subject_before(res: Resolver, row: _Quote, prev: _Quote | None, para: tuple[int, int],
                    text: str):
    """``(actor, name, "previous_sentence", ms, me)`` when a quote opens a sentence of its own after
    a sentence of its paragraph (no quote in it) whose subject names a person, not the last speaker
    ('Brett McGurk ... also criticized the decision via Twitter. "..."'; :mod:`.subject_before`)."""
    ps, _pe = para
    lo = sentence_start(text, ps, row.start)
    if lo <= ps or text[lo:row.start].strip(OPENING):
        return None  # the quote opens its paragraph, or sits inside the author's sentence
    hi = before_marks(text, ps, lo)
    if hi <= ps or text[hi - 1] not in ".!":
        return None  # no finished sentence before the quote
    prev_lo = sentence_start(text, ps, hi - 1)
    if (prev is not None and prev_lo < prev.end) or res.in_quote(prev_lo):
        return None
    span = res.lang.sentence_subject(text, prev_lo, hi - 1)  # without its stop: "X disagreed."
    if span is None:
        return None  # no subject
    full = res.lang.person_runs(text, *span)
    got = resolve_trimmed(res, text, *span)[:2] if full else short_subject(res, text, *span)
    if not got or (full and got[1] is None):
        return None  # no subject, or nobody ("The plan was rejected.")
    actor, name = got
    if prev is not None and prev.speaker and name and (
            name == prev.speaker or set(name.split()) & set(prev.speaker.split())):
        return None  # the last speaker again: the continuation says as much
    return actor, name, "previous_sentence", span[0], span[1]


def _new_subject(res: Resolver, row: _Quote, prev: _Quote, para: tuple[int, int], text: str):
    """``(actor, name, "sentence_subject", ms, me)`` when the sentence of a quote opens with the
    name of a person and a verb, the person not ``prev``'s speaker; else None."""
    lo = sentence_start(text, para[0], row.start)
    hi = before_marks(text, lo, row.start)
    runs = res.lang.person_runs(text, lo, hi) if hi > lo else []
    if not runs or runs[0][0] != lo or not re.match(r" [a-z]", text[runs[0][1]:runs[0][1] + 2]):
        return None  # the sentence does not open with a name and its verb
    span = runs[0]
    actor, name, _ = resolve_trimmed(res, text, *span)
    if name is None or (prev.speaker and (name == prev.speaker
                                          or set(name.split()) & set(prev.speaker.split()))):
        return None
    return actor, name, "sentence_subject", span[0], span[1]


def _fallback(res: Resolver, row: _Quote, prev: _Quote | None, paras, para_index, text: str):
    """Speaker of a quote without a syntactic mention: continuation, colon line, neighbours."""
    start, end = row.start, row.end
    p = para_index(start)
    # a block quote signed after it, on its own line ("— Kathleen Parker, The Washington
    # Post") or on the quote's line ('"..." — Meghan McCain (@MeghanMcCain) January 5, 2019')
    if row.kind in ("direct", "partial"):
        got = signed(res, row, paras, p, text)
        if got is not None:
            return got
    # "Alan Dershowitz: Trump '...'", 'Robinson: "..."' (one word: vouched for by the rule): a
    # line that names its speaker
    if row.kind in ("direct", "partial"):
        span = res.lang.headline_speaker(text, paras[p][0], start)
        if span is not None and (" " not in text[span[0]:span[1]] or res.lang.person_runs(
                text, *span)):
            actor, name, _ = resolve_trimmed(res, text, *span)
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
        span = res.lang.text_source(text, paras[p][0], start)
        if span is not None:  # 'a quote from King that read: "..."': the text's source
            return (*resolve_trimmed(res, text, *span)[:2], "colon_line", *span)
    # '"Overall," he continued, "the presence ...": the interrupter speaks the second part
    # when the first was not kept as a quote
    if row.kind in ("direct", "partial"):
        span = res.lang.interrupter(text, paras[p][0], before_marks(text, paras[p][0], start))
        if span is not None and (prev is None or prev.end <= span[0] - 3):
            actor, name, _ = resolve_trimmed(res, text, *span)
            if name is not None:
                return actor, name, "cue_after", span[0], span[1]
    # the quote's own sentence names its speaker: 'X, the director, wrote, "..."'
    if row.kind in ("direct", "partial"):
        got = _in_sentence(res, row, paras[p], text)
        if got is not None:
            return got
    # 'X also criticized the decision via Twitter. "..."': a person, not the last speaker, is
    # the subject of the sentence right before a quote that opens its own sentence
    got = _subject_before(res, row, prev, paras[p], text)
    if got is not None:
        return got
    # a quote continuing the previous one: same paragraph, or the paragraph right after it
    # ("A,” she said. “B.”: B's mention is the one after A's closing mark, resolved or not)
    if prev is not None and prev.mention_start >= 0:
        pp = para_index(prev.end)
        # across a paragraph, unless somebody else is named in between (a language's choice)
        continues = pp == p or (pp == p - 1 and not (
            res.lang.new_name_stops_continuation
            and _someone_else_named(res, prev, prev.end, start, text)))
        if continues and pp < p and row.kind == "partial":
            # 'Lisa Mancini has been cosplaying for two years, her "passion" ...': a fragment in
            # a new paragraph whose sentence opens with another person is that person's
            got = _new_subject(res, row, prev, paras[p], text)
            if got is not None:
                return got
        if continues and start - prev.end < 400:
            return taken_over(res, prev)
    # "And from the chairwoman:" on the line before
    if p > 0:
        ps, pe = paras[p - 1]
        span = _colon_line(text, ps, pe, res.lang)
        if span is not None:
            mention = text[span[0] : span[1]]
            actor, name, how = resolve_mention(res, mention, span[0])
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
    # 'X denied any allegation:' / '"..."': a block under a line ending with a colon is the
    # subject's of that line, not a name in its object ('a message he sent to Y:')
    if row.kind in ("direct", "embedded"):
        got = colon_block(res, row, paras, p, text)
        if got is not None:
            return got
    # the speaker named in the previous or the next sentence
    ps, pe = paras[p]
    lo = sentence_start(text, ps, start)
    if not text[ps:lo].strip(OPENING):
        lo = ps  # the quote opens its paragraph: the previous sentence is the last one before
    if lo == ps and p > 0:
        prev_lo = sentence_start(text, paras[p - 1][0], max(paras[p - 1][1] - 1, 0))
    else:
        prev_lo = sentence_start(text, ps, max(lo - 1, 0))
    cand = _people_between(res, prev_lo, lo)
    if cand and not names_only(res, text, prev_lo, lo):
        ent = cand[-1]
        return ent.actor, ent.name, "previous_sentence", -1, -1
    # a person the registry does not know ("Her rival, Tom Hale, disagrees.")
    if alone_in_paragraph(text, paras[p], start, end):
        runs = [r for r in res.lang.person_runs(text, prev_lo, lo) if not res.in_quote(r[0])]
        if runs and not names_only(res, text, prev_lo, lo):
            a, b = runs[-1]
            actor, name, _ = resolve_mention(res, text[a:b], a)
            if name is not None:
                return actor, name, "previous_sentence", a, b
        got = last_subject(res, text, prev_lo, lo)  # "He spoke about it." (subject_before.py)
        if got is not None:
            return got
    hi = sentence_end(text, end + 1, pe) if end + 1 < pe else pe
    nxt_end = sentence_end(text, hi + 1, pe) if hi + 1 < pe else hi
    cand = _people_between(res, hi, nxt_end)
    if cand:
        ent = cand[0]
        return ent.actor, ent.name, "next_sentence", -1, -1
    return None
