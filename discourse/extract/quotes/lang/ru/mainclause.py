"""The main clause's subject for a Russian statement whose own clause names no speaker.

Two constructions leave the verb of saying, or the fragment in marks, without a subject of its
own, while the sentence's main clause has one:

- a relative or sequential clause: ``Министр выступил с обращением, в котором рассказал, что
  P``; ``Министр провёл встречу, после чего сообщил, что P`` (the speaker of P is the
  minister, the subject of the main clause's first finite verb);
- a fragment in marks after a verb of a speech act the cue lexicon lacks: ``Папа пообещал, что
  будет «уважать и подчиняться»``, ``Азимов призывает зрителей «совершить хиджру»``, or after
  "надеется, что" (``Анджелина надеется, что другие женщины «извлекут пользу …»``).

:func:`fragment_subjects` is a revision of pass 1: a ``partial`` with no attribution gets the
subject of such a verb before it in its sentence as its mention (rule ``cue_before``); before,
``Found(kind="partial", attr=None)``; after, ``attr=Attr("пообещал", …, m_start, m_end, …)``.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject
from discourse.extract.quotes.lang.ru.phrases import TokSpan
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS, SPEECH_ACT_STEMS, SUBJECT_PRONOUNS
from discourse.extract.quotes.tokens import Toks, cap
from discourse.text import sentence_start

__all__ = ["act_subject", "fragment_subjects", "is_speech_act", "is_subjectless_clause", "main_subject",
           "sequel_subject"]

# What opens a clause whose verb shares the main clause's subject: "после чего", "в котором".
_OPENERS = frozenset({
    ("после", "чего"), ("после", "которого"), ("после", "которой"), ("в", "котором"),
    ("в", "которой"), ("в", "которых"), ("на", "котором"),
    ("на", "которой"), ("в", "ходе", "которого"), ("в", "ходе", "которой"), ("где",),
})
_MAIN_VERB = Cue("(speech act)", "verb", ("",))
# Stems of verbs by which a subject issues a document (its words are the subject's).
_ISSUING = ("состави", "распростран", "опубликова", "выпусти", "подписа", "направи",
            "обнародова", "разосла", "издал", "издала")
# Finite forms of "надеяться" (надеется, надеются, надеялся): no verb of saying, so no report
# of its own, but a fragment in marks in its "что" clause is the hoper's wording ("Анджелина
# надеется, что другие женщины «извлекут пользу из её опыта»").
_HOPING = ("надеет", "надеют", "надеял")
# Past-tense endings of one speaker (the main clause's subject is one person or body).
_SINGULAR_PAST = ("л", "ла", "лся", "лась")


def is_subjectless_clause(toks: Toks, c: int, a: int, *, impersonal: bool = False,
                          lo: int = 0) -> bool:
    """Do the tokens ``[c, a)`` before the verb at ``a`` only open a relative or sequential
    clause ("после чего", "в котором"), and is the verb a past tense of one speaker? An
    ``impersonal`` cue in a relative clause ("составил справку, в которой говорилось, что")
    speaks for the document the main clause's subject made: only after a verb of issuing
    in ``[lo, c)`` (составил, распространила, опубликовал; not "получила письмо, в котором
    сообщалось", whose sender is someone else)."""
    opener = tuple(toks.lows[c:a])
    if impersonal:
        return opener in _OPENERS and opener[-1].startswith("котор") and any(
            low.startswith(_ISSUING) for low in toks.lows[lo:c])
    return opener in _OPENERS and toks.lows[a].endswith(_SINGULAR_PAST)


# Indefinite pronouns opening a subject: whoever it is, the article does not say.
_INDEFINITE = frozenset("какой-то какая-то какое-то какие-то некий некая некое некие кто-то".split())


def _named(toks: Toks, span: TokSpan | None) -> TokSpan | None:
    """``span`` when it holds a capitalised word or is a subject pronoun, else None (a common
    noun is too weak to carry a statement), and None when a preposition heads it."""
    if span is None or span[1] <= span[0]:
        return None
    words, lows = toks.words, toks.lows
    if any(low in PREPOSITIONS for low in lows[span[0]:span[1]]) or lows[span[0]] in _INDEFINITE:
        return None  # (and "Какой-то человек провёл встречу, после чего сообщил": nobody named)
    if not any(cap(w) for w in words[span[0]:span[1]]) and lows[span[0]] not in SUBJECT_PRONOUNS:
        return None
    return span


def main_subject(toks: Toks, lo: int, c: int, verbs: tuple[int, ...] = ()) -> TokSpan | None:
    """The named subject of the main clause in ``[lo, c)`` before the comma that ends it at
    ``c - 1`` ("Министр Олег Гусев провёл встречу, …"), or None: no finite verb, or a subject
    with no capital and no pronoun."""
    return _named(toks, gerund_subject(toks, lo, c, verbs))


def sequel_subject(toks: Toks, lo: int, v: int) -> TokSpan | None:
    """``она не могла говорить из-за приступа кашля, после которого отшутилась: «…»``: when
    the verb at ``v`` follows only ", после которого" (or another opener of a clause that
    shares the main clause's subject) and is a past tense of one speaker, the main clause's
    named subject in ``[lo, v)``; else None."""
    for n in (1, 2, 3):
        c = v - n
        if c - 1 > lo and toks.words[c - 1] == "," and is_subjectless_clause(toks, c, v):
            return main_subject(toks, lo, c)
    return None


def act_subject(toks: Toks, v: int, lo: int) -> TokSpan | None:
    """The named subject in ``[lo, v)`` of the speech act at token ``v`` ("Нетаньяху
    поблагодарил", "Медведев пообещал"), or None (nobody named, or a common noun only)."""
    return _named(toks, speaker_of(toks, (v, v + 1, _MAIN_VERB), lo, v))


def is_speech_act(low: str) -> bool:
    """A form of a verb of a speech act the cue lexicon lacks (пообещал, призвала, потребовали,
    предложил, пожелал)."""
    return low.startswith(SPEECH_ACT_STEMS) or any(
        low.startswith(p + s) for p in ("по", "при", "за") for s in SPEECH_ACT_STEMS)


def fragment_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """Give an unattributed fragment in marks the subject of the verb of saying or of a speech
    act (обещать, призывать, требовать) that governs it in its sentence; the rest unchanged."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    for f in found:
        if f.kind != "partial" or f.attr is not None:
            continue
        ps, _ = doc.para_of(f.start)
        ti, a = doc.tok_index(sentence_start(doc.text, ps, f.start)), doc.tok_index(f.start)
        hits = {h[0] for h in doc.hits_between(ti, a)}
        v = next((m for m in range(a - 1, ti, -1) if not cap(words[m]) and ((
            m in hits or is_speech_act(lows[m])) and lows[m].endswith(("л", "ла", "ет", "ит"))
            or lows[m].startswith(_HOPING))), -1)
        if v < 0 or any(w in (";", ":", "!", "?", ".") for w in words[v:a]):
            continue
        span = _named(toks, speaker_of(toks, (v, v + 1, _MAIN_VERB), ti, v))
        if span is None:
            continue
        f.attr = Attr(words[v].lower(), starts[v], ends[v], starts[span[0]], ends[span[1] - 1],
                      "cue_before")
        f.rule = "cue_before"
    return found
