"""The speaker of a quotation after a colon that closes an appeal: ``Марчевский призвал не
пускать «Оно» в отечественный прокат: «Мы должны охранять наши святыни …»`` (Марчевский).

A speech act the lexicon lacks (призвал, потребовал, обратился, поблагодарил …) may introduce the
words it quotes with a colon; the shared reading (:func:`.quoted.shape_before`) looks back from
the colon over a few words only, and a name in marks between the verb and the colon («Оно», a
film) stops it. :func:`appeal_subjects` is a revision (``QuoteLanguage.revisions``): a ``direct``
quotation with no mention, right after a colon, whose sentence up to the colon is one clause
opened by a named subject and a past-tense verb of such an act (no other finite verb, no
«что» or relative between the verb and the colon), gets that subject as its mention.

Before: ``Found`` with no attribution or no mention. After: the same quotation with
``Attr(<verb>, …, <subject>, "appeal_colon")``; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["appeal_subjects"]

# Stems of past-tense speech acts that may introduce the words they quote with a colon (not
# verbs of finding or showing: «Полиция обнаружила записку: «…»» quotes the note's author).
_APPEALS = ("призва", "призыва", "потребова", "требова", "обрати", "обраща", "поздрави",
            "поблагодари", "пообеща", "пригрози", "предупреди", "попроси", "посоветова",
            "пожалова", "извини", "выступи", "высказа")
_PAST = ("л", "ла", "ли", "лся", "лась", "лись")
_CLAUSE = frozenset("что чтобы который которая которые которого которой где когда если".split())
# How far from the sentence's start the verb may stand, and the colon from the verb (tokens).
_SUBJECT_WORDS = 8
_TO_COLON = 16
_MAIN_VERB = Cue("(finite verb)", "verb", ("",))


def _appeal(doc: Doc, q_start: int):
    """The attribution of the quotation opening at ``q_start`` to an appeal's subject, or None."""
    text, toks = doc.text, doc.toks
    words, lows = toks.words, toks.lows
    colon = len(text[:q_start - 1].rstrip())
    if q_start < 2 or text[q_start - 1] not in "«„\"" or colon < 1 or text[colon - 1] != ":":
        return None
    ps, _ = doc.para_of(q_start)
    s = sentence_start(text, ps, colon - 1)
    ti, tc = doc.tok_index(s), doc.tok_index(colon - 1)
    v = next((k for k in range(ti + 1, min(tc, ti + _SUBJECT_WORDS)) if not cap(words[k])
              and finite_verb(lows[k])), -1)
    if v < 0 or tc - v > _TO_COLON or not lows[v].startswith(_APPEALS) or not lows[v].endswith(_PAST):
        return None
    if any(finite_verb(low) or low in _CLAUSE for low in lows[v + 1:tc]):
        return None
    span = speaker_of(toks, (v, v + 1, _MAIN_VERB), ti, v)
    if span is None or span[0] != ti or span[1] > v or not any(cap(w) for w in words[span[0]:span[1]]):
        return None
    return doc.attr_tokens((v, v + 1), span, "appeal_colon")


def appeal_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a quotation after an appeal's colon attributed to the appeal's subject."""
    out: list[Found] = []
    for f in found:
        if f.kind == "direct" and (f.attr is None or f.attr.m_start < 0):
            attr = _appeal(doc, f.start)
            if attr is not None:
                f = Found(f.start, f.end, f.kind, attr, "appeal_colon", f.parent)
        out.append(f)
    return out
