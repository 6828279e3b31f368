"""Reports after a participle of saying in commas (round fifteen, the participles of dev7).

``В Сомали освобождён журналист, сообщивший об изнасиловании женщины военными.``; ``Горничная
Нафиссатоу Диалло, утверждающая, что экс-глава МВФ домогался её, неоднократно лгала``: the
participle (a ``phrase`` cue of ``data/cues_ru.yaml`` whose lemma is a participle: заявивший,
сообщивший, утверждающий, объявивший) follows a comma after the noun phrase it belongs to, which
is its speaker; the report is its «что» clause or its noun object «о …», up to the comma that
closes the participial phrase (the one before the main clause's finite verb) or the sentence's
end. Before: a cue hit with no verb of its own clause; after: one ``indirect`` ``Found`` with
that noun phrase as mention (rule ``cue_before``), or None when the shape is not there.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import analyser
from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.phrases import is_adverb, is_verb_form
from discourse.extract.quotes.lang.ru.words import CONJUNCTIONS, PREPOSITIONS, TIME_WORDS
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["is_participle_cue", "participle_report"]

_ENDINGS = ("вший", "щий")
# Topics after «о» that name no content ("сообщивший о причинах"), as for the verbs.
_TOPICS = frozenset("причинах подробностях планах деталях этом том данном нём них".split())


def is_participle_cue(cue: Cue) -> bool:
    """Is ``cue`` a participle of saying (a phrase whose lemma is a participle)?"""
    return cue.type == "phrase" and cue.lemma.endswith(_ENDINGS)


def participle_report(doc: Doc, hit: tuple[int, int, Cue], ti: int, tj: int) -> Found | None:
    """The report of the participle ``hit`` in the sentence of tokens ``[ti, tj)``."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    a, b, _ = hit
    if a - 1 <= ti or words[a - 1] != "," or b + 1 >= tj:
        return None
    i = _noun_before(toks, a - 1, ti)
    if i >= a - 1:
        return None  # no noun phrase before the comma: no speaker for the participle
    if words[b] == "," and lows[b + 1] == "что":
        c0 = b + 2
    elif lows[b] in ("о", "об", "обо") and lows[b + 1] not in _TOPICS:
        c0 = b
    else:
        return None
    e = c0
    while e < tj and words[e] not in (".", "!", "?", ";", ":"):
        if words[e] == "," and e + 1 < tj and wordish(words[e + 1]) and finite_verb(lows[e + 1]) and (
                lows[e + 1] != "что"):
            break  # ", неоднократно лгала": the main clause resumes
        if words[e] == "," and e + 2 < tj and finite_verb(lows[e + 2]) and wordish(words[e + 1]):
            break  # ", неоднократно лгала" with an adverb before the verb
        e += 1
    if c0 == b:
        # "сообщившие о смерти политика ранее в понедельник": the object ends before a time
        e = next((m for m in range(c0 + 2, e) if lows[m] in TIME_WORDS or is_adverb(lows[m]) or (
            lows[m] in PREPOSITIONS and m + 1 < e and lows[m + 1] in TIME_WORDS)), e)
    if e - c0 < 2:
        return None
    return Found(starts[c0], ends[e - 1], "indirect", doc.attr(hit, (i, a - 1), "cue_before"), "cue_before")


# How far back the noun phrase a participle belongs to may run (tokens).
_NOUN_WORDS = 8


def _noun_before(toks: Toks, c: int, lo: int) -> int:
    """The start of the noun phrase ending at the comma ``c`` before a participle: back over
    words and names in marks to a preposition ("Вместо сэра Алекса Фергюсона,": the phrase is
    the preposition's object, the participle agrees with it), a conjunction, a predicate
    ("освобождён журналист,") or punctuation; ``c`` when there is none."""
    words, lows = toks.words, toks.lows
    i = c
    while i > lo and c - i < _NOUN_WORDS:
        w = words[i - 1]
        if w in "»\"" and i - 1 > lo:
            k = next((m for m in range(i - 2, max(lo, i - 8) - 1, -1) if words[m] in "«\""), -1)
            if k < 0:
                break
            i = k
            continue
        if not wordish(w) or lows[i - 1] in PREPOSITIONS or lows[i - 1] in CONJUNCTIONS or (
                _predicate(lows[i - 1])):
            break
        i -= 1
    return i


@lru_cache(maxsize=4096)
def _predicate(low: str) -> bool:
    """A finite verb or a short participle (стал, освобождён), which no speaker's noun phrase
    holds."""
    if is_verb_form(low) or low in ("стал", "стала", "стали", "был", "была", "были"):
        return True
    return any(p.tag.POS in ("PRTS", "VERB") for p in analyser().parse(low)[:1])
