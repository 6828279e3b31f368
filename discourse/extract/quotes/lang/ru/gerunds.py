"""The subject a Russian gerund of saying hangs on: ``Суходольский выступил с критикой, заявив: «…»``.

A gerund (заявив, отметив, добавив, заявляя) has no subject of its own; its speaker is the subject
of the main clause's first finite verb before it. :func:`is_gerund` tells the form by its ending;
:func:`gerund_subject` finds that subject with :func:`.speakers.speaker_of`, as token offsets
``(start, end)`` into the sentence's tokens, or None when the main clause names nobody before
its verb.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.lang.ru.phrases import TokSpan, is_verb_form, skip_adverbials
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["gerund_subject", "is_gerund"]

# The cue of a main clause's finite verb that the lexicon lacks ("Суходольский выступил").
_MAIN_VERB = Cue("(finite verb)", "verb", ("",))
# The last word of a time adverbial that a speaker finder may take for a noun phrase.
_AGO = frozenset(("назад", "спустя"))


def is_gerund(low: str) -> bool:
    """A perfective or imperfective gerund of a verb of saying (заявив, отметив, добавив,
    заявляя, подчеркнувши)."""
    return len(low) >= 5 and low.endswith(("ив", "ав", "яв", "ев", "нув", "вши", "ая", "яя"))


def gerund_subject(toks: Toks, lo: int, a: int, verbs: tuple[int, ...] = (), *,
                   comma: bool = True) -> TokSpan | None:
    """The subject of the main clause that the gerund at ``a`` hangs on ("Суходольский выступил
    с критикой проверки, заявив: «…»"): the subject before the clause's first finite verb
    in ``[lo, a)`` (by its ending, or one of ``verbs``, the cues' tokens: "отверг"), or None
    when the clause names nobody before its verb. Without ``comma``, the gerund may follow the
    main clause with no comma before it ("покинул зал до его окончания заявив: «…»": the
    comma the author left out)."""
    words, lows = toks.words, toks.lows
    if a - 1 <= lo or comma and words[a - 1] != ",":
        return None
    v = next((m for m in range(lo, a - 1) if not cap(words[m]) and (
        m in verbs or is_verb_form(lows[m]) and not is_gerund(lows[m]))), -1)
    if v <= lo:
        return None
    span = speaker_of(toks, (v, v + 1, _MAIN_VERB), lo, v)
    if span is not None and toks.lows[span[1] - 1] in _AGO and span[1] < v:
        # "Несколько дней назад в ходе выступления руководитель аппарата сделал заявление,
        # раскритиковав …:": a time adverbial opens the clause, the subject comes after it
        span = speaker_of(toks, (v, v + 1, _MAIN_VERB), skip_adverbials(toks, span[1], v), v)
    if span is None or span[1] > v or any(low in PREPOSITIONS for low in toks.lows[span[0]:span[1]]):
        return None  # "В ходе прошедшей в субботу церемонии Папа": an adverbial, not a subject
    return span

