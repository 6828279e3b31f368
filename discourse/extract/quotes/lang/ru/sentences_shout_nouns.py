"""Words in marks after a noun of shouting: ``напал на милиционера с криком "Аллах акбар, бей
неверных!"``, ``оштрафовавшей ее за выкрик «Ну, давай!»``.

:mod:`.sentences_shouts` takes the words in marks after a verb of shouting (кричал, выкрикнул,
скандировали). Russian names the same act with a noun as often: «с криком/криками/возгласом
«…»» (the manner of the clause's action: whoever acts shouts), «за выкрик «…»» (the reason of a
penalty: whoever is penalised shouted), «раздался крик «…»». The words in marks right after
such a noun are what was shouted, a ``direct`` quotation however short (the shared rules want
more words, and a verb, for a quotation with no verb of saying).

The shouter:

- after «с/со» + the noun: the subject of the clause's finite verb before it (the noun phrase
  before or after the verb, as :func:`~.speakers.speaker_of` finds it: ``студент Альмир
  Бадыков напал … с криком``, ``собрались около 100 демонстрантов с криками``);
- after «за» + the noun: the object right before «за» when it is a personal pronoun in the
  accusative or a capitalised name (``оштрафовала её за выкрик``: the one penalised);
- otherwise nobody (``раздался крик «…»``), and then no quotation is added: a quotation with no
  mention takes the speaker carried from the text before it, who did not shout these words.

:func:`shout_nouns` is an extra pass. Before: the quotes the other passes found. After: also
a ``direct`` for each such text in marks that no quote covers and whose shouter is named.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.phrases import TokSpan
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["shout_nouns"]

# A noun of shouting right before the opening mark, with «с/со» or «за» before it when there is
# one (group 1), the noun itself (group 2).
_NOUN = re.compile(r"(?i)(?<![\w\-])(?:(с|со|за)[ \u00a0]+)?((?:вы)?крик(?:ом|ами|и|а)?|"
                   r"возглас(?:ом|ами|ы|а)?|вопл(?:ем|ями|и|я)|восклицани(?:ем|ями|я))"
                   r"[ \u00a0]*:?[ \u00a0]*$")
# Words in marks on one line: a shout is short.
_FRAGMENT = re.compile(r"«([^«»\n]{2,160})»|\"([^\"\n]{2,160})\"|„([^„“\n]{2,160})“")
_SHOUT = Cue("крик", "verb", ("",))
# Personal pronouns in the accusative: the one penalised "за выкрик".
_ACCUSATIVE = frozenset("его её ее их меня тебя нас вас".split())
# Tokens that end a clause going back from the noun.
_CLAUSE_END = frozenset(",;:.!?()—–«»\"„“")


def _actor(doc: Doc, s: int, n: int) -> TokSpan | None:
    """The subject of the finite verb that the phrase «с криком» at token ``n`` (its «с»)
    belongs to, in the clause before it; None when the clause has no finite verb or names
    nobody."""
    toks = doc.toks
    ps, _ = doc.para_of(s)
    ti = doc.tok_index(sentence_start(doc.text, ps, s))
    lo = ti
    for k in range(n - 1, ti - 1, -1):
        if toks.words[k] in _CLAUSE_END:
            lo = k + 1
            break
    v = next((k for k in range(n - 1, lo - 1, -1)
              if not cap(toks.words[k]) and finite_verb(toks.lows[k])), -1)
    if v < lo:
        return None
    span = speaker_of(toks, (v, v + 1, _SHOUT), lo, n)
    return span if span is not None and span[1] <= n else None


def _penalised(doc: Doc, n: int) -> TokSpan | None:
    """The object right before «за» at token ``n``: an accusative pronoun or a capitalised name
    (``оштрафовали её за выкрик``, ``удалили Иванова за выкрик``), else None."""
    toks = doc.toks
    k = n - 1
    if k < 0:
        return None
    if toks.lows[k] in _ACCUSATIVE:
        return (k, k + 1)
    if cap(toks.words[k]) and k > 0 and not cap(toks.words[k - 1]) and finite_verb(toks.lows[k - 1]):
        return (k, k + 1)
    return None


def shout_nouns(doc: Doc, found: list[Found]) -> list[Found]:
    """The words in marks right after a noun of shouting that no pass took, ``direct``,
    attributed to the shouter the sentence names (an extra pass; see the module docstring)."""
    text = doc.text
    if "крик" not in text and "возглас" not in text and "вопл" not in text and "восклиц" not in text:
        return []
    inside = SpanSet((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _FRAGMENT.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if inside.overlap(s, e):
            continue
        ps, _ = doc.para_of(s)
        before = _NOUN.search(text, max(ps, s - 40), s - 1)
        if before is None:
            continue
        span: TokSpan | None = None
        if before.group(1):
            n = doc.tok_index(before.start(1))
            span = _actor(doc, s, n) if before.group(1).lower() != "за" else _penalised(doc, n)
        if span is None:
            # nobody named: the quotation would be left to the carried speakers of the text
            # around it (the last speaker before), who did not shout it
            continue
        ms, me = doc.toks.starts[span[0]], doc.toks.ends[span[1] - 1]
        out.append(Found(s, e, "direct", Attr(before.group(2).lower(), before.start(2), before.end(2),
                                              ms, me, "shout"), "shout"))
    return out
