"""The speaker of a fragment in marks whose verb shares its subject with an earlier verb.

:func:`~.mainclause.fragment_subjects` gives a fragment in marks the subject of the verb of
saying or of a speech act (призвать, предложить, просить …) that governs it, when that verb has
a subject of its own in front of it. Two Russian constructions give the verb none, while the
sentence names the speaker all the same:

- **a coordinated predicate**: ``Салех призвал прекратить осаду портов и предложил в обмен
  «начать с чистого листа»``; ``в котором он якобы прощает обвиняемого и просит суд «не
  выносить …»``. The verb after «и» has no subject of its own: Russian coordinates two
  predicates of one subject with no comma, and the verb agrees with it as the first does;
- **a relative or sequential clause**: ``Веннер опубликовал на своем сайте эссе, в котором
  призвал к «новым … акциям»``. The clause opened by ", в котором" (", после чего" …) with a
  past tense of one speaker and no subject of its own shares the main clause's subject
  (:func:`~.mainclause.sequel_subject`, which the reports of a verb of saying already use).

:func:`shared_subjects` is a revision after :func:`~.mainclause.fragment_subjects`. Before: a
``partial`` with no attribution after such a verb (or a ``direct`` that opens with a lower-case
word: a fragment whose closing mark is in a later sentence). After: the same quote attributed to
the verb with the earlier verb's (or the main clause's) named subject as its mention (rule
``cue_before``); a subject that is a common noun only is too weak and left (as
:func:`~.mainclause.fragment_subjects` leaves it). Nothing else changes.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.mainclause import act_subject, is_speech_act, sequel_subject
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.phrases import TokSpan
from discourse.extract.quotes.tokens import Toks, cap
from discourse.text import sentence_start

__all__ = ["shared_subjects"]

# Finite endings of the governing verb that fragment_subjects accepts (a past or a present of
# one speaker: предложил, призвала, просит, требует).
_GOVERNING_ENDINGS = ("л", "ла", "ет", "ит")
# Adverbs that may stand between «и» and the second predicate ("и также призвал").
_BETWEEN = frozenset("также тоже ещё еще вновь снова затем потом".split())
# What ends the first predicate's clause going back from «и»: a new clause begins there.
_CLAUSE_MARKS = frozenset(",;:.!?()—–«»\"„“")
_CLAUSE_WORDS = frozenset("что чтобы который которая которое которые которого которой которых "
                          "котором которым где когда если хотя но а".split())
# Particles and adverbs between a subject and its verb ("он якобы прощает", "она уже просит").
_PARTICLES = frozenset("якобы будто словно даже же ли уже ещё еще также тоже вновь снова лишь "
                       "только всё-таки все-таки".split())
# The endings that tell a verb's tense and number: both predicates of one subject share them.
_PAST_ONE = ("л", "ла", "ло", "лся", "лась")
_PAST_MANY = ("ли", "лись")
_PRESENT_ONE = ("ет", "ит", "ёт", "ется", "ится")


def _agreement(low: str) -> str:
    """The tense and number a verb form shows by its ending: ``past1``, ``past2``, ``pres1`` or
    ``""`` (none of them)."""
    if low.endswith(_PAST_MANY):
        return "past2"
    if low.endswith(_PAST_ONE):
        return "past1"
    if low.endswith(_PRESENT_ONE):
        return "pres1"
    return ""


def _governing_verb(doc: Doc, f: Found) -> tuple[int, int, int]:
    """``(ti, v, a)``: the sentence's first token, the verb of saying or of a speech act nearest
    before the fragment ``f`` (``v`` is -1 when there is none in the clause) and the token of
    the fragment's first word; the verb is the one :func:`~.mainclause.fragment_subjects`
    reads."""
    toks = doc.toks
    ps, _ = doc.para_of(f.start)
    ti, a = doc.tok_index(sentence_start(doc.text, ps, f.start)), doc.tok_index(f.start)
    hits = {h[0] for h in doc.hits_between(ti, a)}
    words, lows = toks.words, toks.lows
    v = next((m for m in range(a - 1, ti, -1) if not cap(words[m]) and (
        m in hits or is_speech_act(lows[m])) and lows[m].endswith(_GOVERNING_ENDINGS)), -1)
    if v >= 0 and any(w in (";", ":", "!", "?", ".") for w in words[v:a]):
        v = -1
    return ti, v, a


def _first_predicate(toks: Toks, v: int, ti: int) -> int:
    """The finite verb that the verb at ``v`` is coordinated with by «и» right before it (an
    adverb of `_BETWEEN` may stand between), in the same tense and number, with no clause
    boundary between the two; -1 when there is none."""
    lows = toks.lows
    k = v - 1
    if k > ti and lows[k] in _BETWEEN:
        k -= 1
    if k <= ti or lows[k] != "и":
        return -1
    want = _agreement(lows[v])
    if not want:
        return -1
    for u in range(k - 1, ti - 1, -1):
        low = lows[u]
        if low in _CLAUSE_MARKS or low in _CLAUSE_WORDS:
            return -1
        if not cap(toks.words[u]) and finite_verb(low):
            return u if _agreement(low) == want else -1
    return -1


def _predicate_subject(toks: Toks, u: int, ti: int) -> TokSpan | None:
    """The named subject of the finite verb at ``u`` in ``[ti, u)``, read past a particle
    between the two ("он якобы прощает": the speaker finder takes the particle for the
    subject); None when it names nobody."""
    hi = u
    for _ in range(3):
        span = act_subject(toks, hi, ti)
        if span is not None:
            return span
        k = hi - 1
        if k <= ti or toks.lows[k] not in _PARTICLES:
            return None
        hi = k
    return None


def _shared_subject(toks: Toks, v: int, ti: int) -> TokSpan | None:
    """The named subject the verb at ``v`` shares: the main clause's, after ", в котором" (or
    another opener of such a clause), or the first predicate's, after «и»; else None."""
    span = sequel_subject(toks, ti, v)
    if span is not None:
        return span
    u = _first_predicate(toks, v, ti)
    return _predicate_subject(toks, u, ti) if u > ti else None


def _lower(text: str, f: Found) -> bool:
    """Does the quotation ``f`` open with a lower-case letter (a fragment the author's sentence
    goes on into: «и просит суд «не выносить …», whose closing mark the sentence lost)?"""
    head = text[f.start:f.start + 1]
    return head.isalpha() and head.islower()


def shared_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each unattributed fragment after a coordinated or relative-clause verb
    of saying or of a speech act attributed to the subject that verb shares (see the module
    docstring); the rest unchanged."""
    toks = doc.toks
    for f in found:
        if f.attr is not None or not (f.kind == "partial" or f.kind == "direct" and _lower(doc.text, f)):
            continue
        ti, v, _ = _governing_verb(doc, f)
        if v <= ti:
            continue
        span = _shared_subject(toks, v, ti)
        if span is None or span[1] > v:
            continue
        f.attr = Attr(toks.words[v].lower(), toks.starts[v], toks.ends[v],
                      toks.starts[span[0]], toks.ends[span[1] - 1], "cue_before")
        f.rule = "cue_before"
    return found
