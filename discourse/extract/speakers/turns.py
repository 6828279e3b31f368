"""Turns of speech: who goes on speaking when a quote names nobody next to it.

The rules of :mod:`~discourse.extract.speakers.attribute` that read the paragraphs around a quote
for its speaker, on the plain text (offsets into the article) and the attributed rows before the
quote (objects with ``start``, ``end``, ``kind``, ``speaker_mention``, ``mention_start``,
``mention_end``, ``speaker`` and ``camp``):

- :func:`signed`: a block quote signed after it, on its own line or on the quote's line after a
  dash ("— Kathleen Parker, The Washington Post");
- :func:`colon_block`: a block quote under a paragraph that ends with a colon, the subject of
  that paragraph's last sentence ("He provided the text of a message he sent to X:");
- :func:`interviewee`: an interview's answers, the one person named before the questions;
- :func:`after_report`: a quote right after a report continues the reporter, not the last quote;
- :func:`quoted_as_saying`: a report after "X quoted/cited Y as saying" is Y's;
- :data:`ADDING`, :func:`adding` and :func:`same_sentence`: a second verb or quote of the same speaker;
- :func:`speaker_of` and :func:`taken_over`: what a quote takes over from an earlier one.

Each rule returns ``(actor, name, rule, mention_start, mention_end)`` or None. ``paras`` is
the article's paragraphs as the attribution splits them (``paras.spans``, a list of ``(start,
end)``; ``paras.index(pos)``, the paragraph holding ``pos``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from discourse.extract.speakers.colon_adverbial import (
    without_participle_clause,
    without_trailing_intensifier,
)
from discourse.extract.speakers.described import role_description
from discourse.extract.speakers.lang.en_run_prefix import person_runs_before
from discourse.extract.speakers.mentions import is_medium, resolve_mention
from discourse.text import sentence_start

if TYPE_CHECKING:
    from discourse.extract.speakers.resolver import Resolver

__all__ = ["ADDING", "INTERVIEW_PARAGRAPHS", "LABEL_RULES", "OPENING", "SIGNED_BLOCK_PARAGRAPHS",
           "adding", "initials_owner",
           "after_report", "alone_in_paragraph", "before_marks", "colon_block", "interviewee",
           "participle_report", "quoted_as_saying", "same_sentence", "signature", "signed",
           "speaker_of", "taken_over"]

# How many paragraphs of questions and answers may stand between an answer and the paragraph
# that names the interviewee.
INTERVIEW_PARAGRAPHS: Final = 8

# Between two quotes of one speaker: '"A," she said, adding, "B."' (the closing and opening
# marks included).
ADDING: Final = re.compile(r"[\"”’'»]?[,.]?\s*(?:and\s+)?(?:further\s+|also\s+|then\s+|later\s+)?"
                     r"(?:adding|saying|remarking|noting|continuing|stating|explaining|writing)"
                     r"\s*[,:]?\s*[\"“‘'«]?")


# The end of a clause that goes on with a second quote of its subject: '..., adding: "',
# '... and adding that "' (the cue of the quote that follows).
_ADDING_TAIL: Final = re.compile(r",?\s*(?:and\s+)?(?:further\s+|also\s+|then\s+|later\s+)?"
                          r"(?:adding|remarking|noting|continuing|explaining)(?:\s+that)?"
                          r"\s*[,:]?\s*[\"“‘'«]?$")
_SENTENCE_END_IN: Final = re.compile(r"[.!?][\"”’']?\s")


def speaker_of(res: Resolver, quote: Any) -> tuple[Any, str | None]:
    """``(actor, name)`` of an attributed quote, for a quote that goes on with its speaker: the
    registry actor only when ``quote`` was given a camp (a name the registry does not know, or a
    namesake, stays a name)."""
    name = quote.speaker
    return (res.name(name) if quote.camp != "unknown" and name else None), name


def taken_over(res: Resolver, quote: Any, rule: str = "continuation"):
    """``(actor, name, rule, ms, me)``: the speaker and the mention of ``quote`` (the rule's
    answer when a quote continues an earlier one)."""
    return (*speaker_of(res, quote), rule, quote.mention_start, quote.mention_end)


def adding(text: str, prev: Any, row: Any) -> bool:
    """Does ``row`` continue ``prev``'s speaker through a participle of adding: right after it
    (:data:`ADDING`) or after the cue of ``prev`` in the same sentence ('"A," he said, adding:
    "B."', 'A, X said, adding "B"')?"""
    if ADDING.fullmatch(text, prev.end, row.start):
        return True
    between = text[prev.end:row.start]
    return (len(between) < 80 and not _SENTENCE_END_IN.search(between[1:])
            and prev.end <= prev.mention_start < row.start
            and _ADDING_TAIL.search(between) is not None)


_AS_SAYING: Final = re.compile(r"\bas\s+saying\s+(?:that\s+)?$")


def quoted_as_saying(res: Resolver, row: Any, paras: Any, text: str):
    """``(actor, name, "sentence_subject", ms, me)`` for a report after "X quoted/cited Y as
    saying" with no mention of its own: Y, the one quoted; else None."""
    if not _AS_SAYING.search(text, max(0, row.start - 20), row.start):
        return None
    return _subject_speaks(res, row, paras, text, res.lang.sentence_subject)


def participle_report(res: Resolver, row: Any, paras: Any, text: str):
    """``(actor, name, "sentence_subject", ms, me)`` for a report after a participle of saying
    with no mention of its own ("with officials saying P", "the parents tried ... by saying P"):
    the participle's subject (:attr:`SpeakerLanguage.participle_subject`); else None."""
    return _subject_speaks(res, row, paras, text, res.lang.participle_subject)


def _subject_speaks(res: Resolver, row: Any, paras: Any, text: str, subject: Any):
    """``(actor, name, "sentence_subject", ms, me)`` of the subject that ``subject(text, lo,
    row.start)`` finds in the quote's sentence before it, resolved; None when there is none or
    it names nobody."""
    lo = sentence_start(text, paras.spans[paras.index(row.start)][0], row.start)
    span = subject(text, lo, row.start)
    if span is None or res.lang.names_nobody(text[span[0]:span[1]]):
        return None
    ts, te = res.lang.trim_mention(text, *span)
    actor, name, _ = resolve_mention(res, text[ts:te], ts)
    return actor, name, "sentence_subject", span[0], span[1]


def same_sentence(text: str, paras: Any, said: Any, row: Any) -> bool:
    """Do ``said``'s mention and the quote ``row`` after it stand in one sentence?"""
    if said.mention_start < 0 or said.mention_start > row.start:
        return False
    ps = paras.spans[paras.index(row.start)][0]
    return sentence_start(text, ps, row.start) <= said.mention_start


def after_report(res: Resolver, row: Any, prev: Any | None, reported: Any | None,
                 paras: Any, text: str):
    """``(actor, name, "continuation", ms, me)`` when a quote opens the sentence right after
    a report in the same paragraph, later than the last quote ('Officials said the suspect was
    armed. "He is dangerous."'): the reporter goes on speaking, whoever spoke before; else None."""
    if reported is None or (prev is not None and prev.end > reported.start):
        return None
    p = paras.index(row.start)
    ps, _pe = paras.spans[p]
    if paras.index(reported.start) != p:
        return None
    lo = sentence_start(text, ps, row.start)
    if text[lo:row.start].strip(OPENING) or lo <= reported.end:
        return None  # the quote sits in the author's sentence, or in the report's own
    hi = before_marks(text, ps, lo)
    if sentence_start(text, ps, max(hi - 1, ps)) > max(reported.mention_start, reported.start):
        return None  # another sentence stands between the report and the quote
    return taken_over(res, reported)


def interviewee(res: Resolver, row: Any, prev: Any | None, said: Any | None, paras: Any,
                text: str):
    """``(actor, name, "carried", ms, me)``: an answer alone in its paragraph after a question
    (an interview: 'Wikinews interviewed Tom Baker. / Why are you running? / "Because ..."'),
    with no quote or report since the paragraph before the questions, is the one person named
    there; None when that paragraph names nobody or more than one person."""
    p = paras.index(row.start)
    if p == 0 or not alone_in_paragraph(text, paras.spans[p], row.start, row.end):
        return None
    q = p - 1
    while q >= 0 and p - q <= INTERVIEW_PARAGRAPHS and _question_or_answer(text, paras.spans[q]):
        q -= 1
    a, b = paras.spans[q] if q >= 0 else (0, 0)
    if q < 0 or q == p - 1 or not text[paras.spans[p - 1][0]:paras.spans[p - 1][1]].rstrip(
            ).endswith("?"):
        return None  # no question right before the answer, or nothing before the questions
    if any(x is not None and x.start >= a for x in (prev, said)):
        return None  # somebody spoke since: the continuation rules decide
    runs = [r for r in res.lang.person_runs(text, a, b) if not res.in_quote(r[0])]
    names = {resolve_mention(res, text[x:y], x)[1] for x, y in runs}
    if len(names) != 1 or None in names:
        return None
    ms, me = runs[-1]
    actor, name, _ = resolve_mention(res, text[ms:me], ms)
    return actor, name, "carried", ms, me


def _question_or_answer(text: str, para: tuple[int, int]) -> bool:
    """Is the paragraph a question (ending in "?") or a quote alone (an interview's turns)?"""
    body = text[para[0]:para[1]].strip()
    return body.endswith("?") or bool(_QUOTE_PARAGRAPH.fullmatch(body))


def alone_in_paragraph(text: str, para: tuple[int, int], start: int, end: int) -> bool:
    """Is the quote at ``[start, end)`` all its paragraph holds, but for its marks?"""
    ps, pe = para
    return not text[ps:start].strip(" \t\"'“”‘’«»") and not text[end:pe].strip(" \t\"'“”‘’«».")


def names_only(res: Resolver, text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold nothing in lower case but inside names? A caption under a photo
    («Жан-Марк Эро.», "Rep. Tom Hale") names somebody without saying they speak."""
    k, rest = lo, []
    for a, b in res.lang.person_runs(text, lo, hi):
        rest.append(text[k:a])
        k = b
    rest.append(text[k:hi])
    return not any(c.islower() for c in "".join(rest))


def signature(res: Resolver, text: str, para: tuple[int, int]):
    """``(actor, name, "signature_line", ms, me)`` when the paragraph ``para`` signs the quote
    above it, else None."""
    ps, pe = para
    if pe - ps > 120:
        return None
    m = res.lang.signature_line.fullmatch(text, ps, pe)
    if m is None:
        return None
    ms, me = m.span("name")
    if is_medium(res.registry, text[ms:me]):
        return None
    actor, name, _ = resolve_mention(res, text[ms:me], ms)
    # the name resolves; the mention keeps a role the line gives after it (a language's
    # pattern may name it: "— Aparna Garg, Mysore Divisional Railway Manager")
    end = m.end("role") if "role" in m.re.groupindex and m.group("role") else me
    return actor, name or text[ms:me], "signature_line", ms, end


# How many more paragraphs of the same block quote may stand between a quote and its signature.
SIGNED_BLOCK_PARAGRAPHS: Final = 3
_QUOTE_PARAGRAPH: Final = re.compile(r"\s*[\"“„«'‘].*[\"”»'’][.!?]?\s*", re.DOTALL)


def signed(res: Resolver, row: Any, paras: list[tuple[int, int]], p: int, text: str):
    """:func:`signature` of a quote that opens its paragraph ``p`` (of the paragraph spans
    ``paras``): the rest of its line when
    a dash opens it ('"..." — Meghan McCain (@MeghanMcCain) January 5, 2019'), else, when the
    quote is alone in its paragraph, the first paragraph after it that is no quote alone (a
    block quote of several paragraphs is signed under its last one); None otherwise."""
    ps, pe = paras[p]
    if text[ps:row.start].strip(OPENING):
        return None  # the quote sits in the author's sentence
    k = row.end
    while k < pe and (text[k] in OPENING + "." or text[k].isspace()):
        k += 1  # no-break spaces too ('"..."\xa0\xa0— Aparna Garg, ...')
    if k < pe and text[k] in "—–-":
        return signature(res, text, (k, pe))
    if text[k:pe].strip() or (row.kind != "direct" and not text[row.start:row.start + 1].isupper()):
        return None
    for q in range(p + 1, min(p + 2 + SIGNED_BLOCK_PARAGRAPHS, len(paras))):
        a, b = paras[q]
        if not _QUOTE_PARAGRAPH.fullmatch(text, a, b):
            return signature(res, text, (a, b))
    return None


def colon_block(res: Resolver, row: Any, paras: list[tuple[int, int]], p: int, text: str):
    """``(actor, name, "colon_line", ms, me)`` for a quote that opens its paragraph ``p`` right
    under a paragraph ending with a colon, whose last sentence has a subject that names
    somebody ('Seidenberg defended the payments ... and denied any allegation of quid pro quo:'
    / '"[T]he advances ..."'): that subject, not a name in its object ('a message he sent to
    X:'). None otherwise: no colon, no subject, a subject that names nobody the article knows
    ("Sitting in a prison cell, ..."), or a line that quotes somebody else ('he quoted the
    poet John Donne:', 'Let me recall the words of X:')."""
    if p == 0 or text[paras[p][0]:row.start].strip(OPENING):
        return None
    a, b = paras[p - 1]
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a or text[b - 1] != ":" or res.in_quote(b - 1):
        return None
    lo = sentence_start(text, a, b - 1)
    if _RELAYING.search(text, lo, b):
        return None
    span = res.lang.sentence_subject(text, lo, b - 1)
    if span is None and res.lang.code == "en":
        # "... addressed the controversy while delivering his speech on Tuesday:": the line
        # without the participle clause, which has no subject of its own
        cut = without_participle_clause(text, lo, b - 1)
        span = res.lang.sentence_subject(text, lo, cut) if cut < b - 1 else None
    if span is not None and res.lang.code == "en":
        span = span[0], without_trailing_intensifier(text, *span)  # "The president most"
    if span is None or res.lang.names_nobody(text[span[0]:span[1]]):
        return None
    ms, me = span
    while ms < me and not text[ms].isalnum():
        ms += 1  # "• Joshua Yaffa": a list's bullet
    intro = _TIME_INTRO.match(text, ms, me)
    if intro is not None:
        ms = intro.end()  # "Seventy years ago, Winston Churchill": the name
    first = text[ms:me].split()[:1]
    if not first or first[0].lower() in _NO_SUBJECT_OPENERS:
        return None  # "In the context of assessing ...": a sentence cut where it was not one
    runs = res.lang.person_runs(text, ms, me)
    if runs and text[runs[-1][1]:me].strip() and text[runs[-1][1]:me].split()[0].islower():
        me = runs[-1][1]  # "AIP chairman Markham Robinson reflects this view": up to the name
    ts, te = res.lang.trim_mention(text, ms, me)
    mention = text[ts:te]
    actor, name, _ = resolve_mention(res, mention, ts)
    if name is None and actor is None and role_description(mention, res.lang):
        return None, None, "colon_line", ms, me  # "The mayor wrote on Monday:": as written
    if name is None or actor is None and not (
            res.lang.person_runs(text, ts, te) or name != mention
            or mention.lower() in ("he", "she", "they")):
        return None
    return actor, name, "colon_line", ms, me


# A line that relays somebody else's words: the one quoted or recalled speaks, not its subject.
_RELAYING: Final = re.compile(r"\b(?:quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|recall(?:s|ed|ing)?|"
                       r"paraphras(?:e|es|ed|ing))\b", re.IGNORECASE)
# Prepositions that open an adverbial, never a subject.
_NO_SUBJECT_OPENERS: Final = frozenset("in on at for from with by during after before since under over "
                                "into about against among through".split())
# An adverbial of time before the subject, ending with a comma: "Seventy years ago, ".
_TIME_INTRO: Final = re.compile(r"(?:[\w-]+\s+){0,3}(?:ago|earlier|later|before),\s*")


def before_marks(text: str, lo: int, start: int) -> int:
    """Offset before the opening mark (and the spaces before it) of a quote starting at
    ``start``."""
    k = start
    while k > lo and text[k - 1] in OPENING:
        k -= 1
    return k


OPENING: Final = " \t\"'“”‘’«»„"


# The extractor's rules whose mention is a speaker label ("((AN))", "NG:"), which may be initials.
LABEL_RULES: Final = frozenset({"interview_label", "transcript_label"})
_INITIALS: Final = re.compile(r"[A-Z]{2,3}")


def initials_owner(res: Resolver, text: str, ms: int, me: int):
    """``(actor, name)`` of the one person named before the label ``text[ms:me]`` whose
    initials it is ("NG" after "Natasha Gownaris"), else None: several such people, or none,
    leave the label as it is."""
    label = text[ms:me]
    if not _INITIALS.fullmatch(label):
        return None
    owners = {}
    for x, y in person_runs_before(res.lang, text, ms, res):
        words = text[x:y].split()
        if len(words) == len(label) and "".join(w[0] for w in words) == label:
            actor, name, _ = resolve_mention(res, text[x:y], x)
            if name:
                owners[name] = actor
    if len(owners) != 1:
        return None
    name, actor = next(iter(owners.items()))
    return actor, name
