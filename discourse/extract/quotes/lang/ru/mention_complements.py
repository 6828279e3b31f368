"""A prepositional complement belongs to the speaker's noun phrase (round nineteen): «Директор по
маркетингу сервисов Яндекса Андрей Себрант сказал» -> the whole phrase (was «Директор»), «Один
из членов политсовета "Единой России" предположил» -> the whole phrase (was «Один»), «Министр по
делам гражданской обороны Сергей Шойгу заявил».

The clause reading (:func:`.speakers.speaker_of`) stops the subject before a preposition, and the
speaker module finds no name in «Директор». :func:`widen_over_complement` is called by
:func:`.mention.mend_mention`: a mention of one or two words ending in a possible nominative
that is no personal pronoun nor a name (a title or «один»; not «мать Терезу при жизни
называли», «сказала она по телефону», «Песков по телефону заявил»), followed by «по», «из» or
«от» (not «по телефону», «по радио») and then only words and quotation marks up to a finite
verb within ten tokens (no comma, no second preposition), is widened up to that verb.
A complement that a comma closes («по словам директора по маркетингу, P») is left outside.

Before: token span ``(i, j)`` of a mention. After: the same span, or ``(i, v)`` with ``v`` the
verb's token.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.morph import finite_verb, maybe_nominative, readings
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["widen_over_complement"]

_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn")

_COMPLEMENT_PREPOSITIONS = frozenset(("по", "из", "от"))
# how a statement was made: «по телефону», «по радио» (no part of a speaker)
_MEDIA = frozenset("телефону радио телевидению видеосвязи словам видео скайпу почте".split())
# personal pronouns: a mention of its own («сказала она по телефону журналистам»)
_PRONOUNS = frozenset("я ты он она оно мы вы они".split())
_MARKS = frozenset(("\"", "«", "»", "„", "“", "”"))
# how many tokens the complement may run, and how long the mention before it may be
_REACH = 10
_HEAD = 2


def _name(low: str) -> bool:
    """May ``low`` be a name (Песков, Москва)? A name ends its own noun phrase."""
    return any(t in p.tag for p in readings(low) for t in _NAME_TAGS)


def widen_over_complement(toks: Toks, i: int, j: int, hi: int) -> tuple[int, int]:
    """The mention ``[i, j)`` widened over a prepositional complement up to its verb."""
    words, lows = toks.words, toks.lows
    if j - i > _HEAD or j >= hi or lows[j] not in _COMPLEMENT_PREPOSITIONS or (
            lows[j - 1] in _PRONOUNS or not maybe_nominative(lows[j - 1]) or _name(lows[j - 1])
            or (j + 1 < hi and lows[j + 1] in _MEDIA)):
        return i, j  # («мать Терезу при жизни называли»: an object; «Одной из первых»; «Песков по
        # телефону заявил»: a name's phrase ends with it, and the channel is no part of it)
    for v in range(j + 1, min(hi, j + 1 + _REACH)):
        w = words[v]
        if w in _MARKS:
            continue
        if not wordish(w) or lows[v] in PREPOSITIONS:
            return i, j  # a comma, a bracket, a second preposition: not one noun phrase
        if finite_verb(lows[v]):
            return (i, v) if v > j + 1 else (i, j)
    return i, j
