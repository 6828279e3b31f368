"""English attribution of quotations in marks (pass 1): the clause after or before the marks.

``cue_after_quote``: ``…,” she said`` / ``said Peskov`` / ``RIA Novosti quoted him as saying``
(and the relayed ``“…,” Ayers said McDonald told him``); ``attr_before``: ``Putin said:``,
``According to her,``, ``called it a “…”``; plus the small tests the classification asks
(``attribution_ends``, ``only_attr_between``, ``naming_near``). Attributions of verbs the
lexicon lacks, by the shape of the clause, are in :mod:`.shape`.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc
from discourse.extract.quotes.lang.en.cues import QUOTED_AS_SAYING, quoted_as_saying_object
from discourse.extract.quotes.lang.en.fragments import namer_before
from discourse.extract.quotes.lang.en.phrases import (
    appositive_after,
    np_forward,
    source_from,
    subject_before,
    subject_extended,
)
from discourse.extract.quotes.lang.en.shape import shape_after
from discourse.extract.quotes.lang.en.words import (
    AUX,
    DETERMINERS,
    NAMING_VERBS,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.marks import DOUBLE, QUOTE_CHARS
from discourse.extract.quotes.tokens import Toks, cap, wordish
from discourse.text import sentence_start

__all__ = ["attr_before", "attribution_ends", "cue_after_quote", "naming_near", "only_attr_between"]


def cue_after_quote(
    toks: Toks, ti: int, tj: int, hits: list[tuple[int, int, Cue]]
) -> tuple[tuple[int, int, Cue], tuple[int, int]] | None:
    """Attribution in tokens ``[ti, tj)`` right after a closing mark: ``, she said`` /
    ``said Peskov`` / ``RIA Novosti quoted him as saying``."""
    words, lows = toks.words, toks.lows
    i = ti
    while i < tj and words[i] in ",.;:—–-!?":
        i += 1
    if i >= tj:
        return None
    for h in hits:
        a, b, cue = h
        if a < i or a >= tj:
            continue
        if a - i > 14:
            return None
        if cue.type == "preposition":
            return None
        if a == i:
            # inverted: "said Peskov", "added the minister"
            if cue.lemma in ("tell",):
                return None
            e = np_forward(toks, b)
            return (h, (b, appositive_after(toks, e, tj))) if e > b else None
        # "RIA Novosti quoted him as saying": the speaker is the object of "quoted"
        if cue is QUOTED_AS_SAYING:
            return h, quoted_as_saying_object(toks, a, b)
        subj = subject_before(toks, a, i)
        if subj and subj[0] == i or (subj and lows[i] in DETERMINERS):
            return _relayed(toks, h, (i, subj[1]), tj, hits)
        if subj and all(wordish(w) or w in QUOTE_CHARS for w in words[i : subj[0]]):
            # everything between the mark and the cue is the subject: "the source on the
            # call said", "“The Kelly File” host told viewers"
            if cap(words[i]) or lows[i] in DETERMINERS or words[i] in DOUBLE:
                subj = (i, subj[1])
            return _relayed(toks, h, subj, tj, hits)
        if subj and (cap(words[subj[0]]) or lows[subj[0]] in SUBJECT_PRONOUNS) and (
            words[subj[0] - 1] == ","
        ):
            return h, subj  # "“…,” now and in future crises, McCain told reporters"
        return None
    return None


def _relayed(
    toks: Toks, h: tuple[int, int, Cue], subj: tuple[int, int], tj: int,
    hits: list[tuple[int, int, Cue]],
) -> tuple[tuple[int, int, Cue], tuple[int, int]]:
    """``“…,” Ayers said McDonald told him``: the words are the inner speaker's, not the relay's."""
    words, lows = toks.words, toks.lows
    b = h[1]
    if b < tj and (cap(words[b]) or lows[b] in SUBJECT_PRONOUNS) and lows[b] not in (
        "it", "i", "we", "you", "who"
    ):
        e = b + 1 if lows[b] in SUBJECT_PRONOUNS else np_forward(toks, b)
        for h2 in hits:
            if h2[0] == e and h2[2].type == "verb" and e > b:
                return h2, (b, e)
    return h, subj


def attribution_ends(doc: Doc, s: int, e: int) -> bool:
    """Is ``text[s:e]`` an attribution clause closing the sentence ("Smith asked.")?"""
    ti, tj = doc.tok_index(s), doc.tok_index(e)
    if tj - ti > 12:
        return False
    found = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
    if found is not None:
        end = max(found[0][1], found[1][1])
    else:
        shape = shape_after(doc.toks, ti, tj, doc.lex)
        if shape is None:
            return False
        end = max(shape[0][1], shape[1][1])
    rest = [low for word, low in zip(doc.toks.words[end:tj], doc.toks.lows[end:tj])
            if wordish(word)]
    return len(rest) <= 4 and "that" not in rest


def attr_before(doc: Doc, lo: int, pos: int) -> Attr | None:
    """Attribution in the text ``[lo, pos)`` before an opening mark: ``Putin said:``,
    ``said Smith,``, ``According to her,``, ``In her opinion, this``, ``some say:``."""
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    hits = doc.hits_between(ti, tj)
    if not hits:
        return _naming_attr(doc, ti, tj)
    a, b, cue = hits[-1]
    toks = doc.toks
    if tj < len(toks.words) and toks.words[tj] in _FRAGMENT_OPENERS and tj - b > 8:
        # "Known as a shock jock who made controversial comments, Imus was dropped after he
        # referred to the team as “…”": a naming verb after the last cue is the fragment's
        k = namer_before(toks, ti, tj, _para_floor(doc, tj))
        if k is not None and k >= b:
            return _naming_attr(doc, ti, tj)
    words, lows = toks.words, toks.lows
    if cue.type == "preposition" or cue.speaker == "after":
        e = np_forward(toks, b)
        return doc.attr(hits[-1], (b, e) if e > b else None, "according_to")
    if cue is QUOTED_AS_SAYING:
        return doc.attr(hits[-1], quoted_as_saying_object(toks, a, b), "cue_before")
    if cue.speaker == "inside":  # "in her opinion": the possessive is the mention
        return doc.attr(hits[-1], (a + 1, a + 2), "according_to")
    if cue.lemma == "it follows":
        src = source_from(toks, ti, a)
        return doc.attr(hits[-1], src, "cue_before")
    subj = subject_extended(toks, a, ti)
    if subj:
        return doc.attr(hits[-1], subj, "cue_before")
    # "said Smith:": a speaker after the cue is a name or a description, never an object
    # pronoun or a bare lower-case word ("asking him again whether …")
    if b < tj and cue.lemma != "tell" and (cap(words[b]) or lows[b] in DETERMINERS) and (
        lows[b] not in OBJECT_PRONOUNS
    ):
        e = np_forward(toks, b)
        if e > b and not (e < tj and (lows[e] in AUX or lows[e] == "was")):
            # "said the measure was “…”": a clause after the cue, not its speaker
            return doc.attr(hits[-1], (b, e), "cue_before")
    if a > ti and lows[a - 1] == "and":
        # "He declared X and called Y a “Z”": the subject of the first verb
        for h in reversed(doc.hits_between(ti, a)):
            subj = subject_before(toks, h[0], ti)
            if subj:
                return doc.attr(hits[-1], subj, "cue_before")
    return doc.attr(hits[-1], None, "cue_before")


def _naming_attr(doc: Doc, ti: int, tj: int) -> Attr | None:
    """``called X a “…”`` / ``described it as “…”``: attribute the fragment to the namer."""
    toks = doc.toks
    starts, ends, lows = toks.starts, toks.ends, toks.lows
    k = next((k for k in range(tj - 1, max(ti - 1, tj - 8), -1) if lows[k] in NAMING_VERBS),
             None)
    lo = ti
    if k is None and tj < len(lows) and toks.words[tj] in _FRAGMENT_OPENERS:
        # '… "null and void" and “geographically ridiculous”', '… as “historic”': the verb
        # before the first fragment or a long object
        ps = doc.para_of(starts[tj])[0]
        k = namer_before(toks, ti, tj, doc.tok_index(ps))
        if k is not None and k < ti:  # the verb's subject is in its own sentence
            lo = doc.tok_index(sentence_start(doc.text, ps, starts[k]))
    if k is None:
        return None
    subj = subject_before(toks, k, lo)
    if subj is None and k > lo and lows[k - 1] == "and":
        for h in reversed(doc.hits_between(lo, k)):
            subj = subject_before(toks, h[0], lo)
            if subj:
                break
    cs, ce = starts[k], ends[k]
    if subj:
        ms, me = starts[subj[0]], ends[subj[1] - 1]
        return Attr(lows[k], cs, ce, ms, me, "cue_before")
    return Attr(lows[k], cs, ce, -1, -1, "cue_before")


def only_attr_between(doc: Doc, attr: Attr, pos: int) -> bool:
    """True when only the attribution (speaker, cue, a comma/colon, 'that') precedes ``pos``."""
    end = max(attr.cue_end, attr.m_end)
    gap = doc.text[end:pos].strip()
    return gap in ("", ",", ":", "that", ", that", "—", "-", "–") or (
        len(gap) < 40 and gap.endswith((":", ",")) and "," not in gap[:-1]
    )


def naming_near(doc: Doc, lo: int, pos: int) -> bool:
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    toks = doc.toks
    return any(toks.lows[k] in NAMING_VERBS for k in range(max(ti, tj - 8), tj)) or (
        tj < len(toks.words) and toks.words[tj] in _FRAGMENT_OPENERS
        and namer_before(toks, ti, tj, _para_floor(doc, tj)) is not None)


_FRAGMENT_OPENERS: Final = frozenset('"“')


def _para_floor(doc: Doc, tj: int) -> int:
    """First token of the paragraph holding token ``tj``."""
    return doc.tok_index(doc.para_of(doc.toks.starts[tj])[0])
