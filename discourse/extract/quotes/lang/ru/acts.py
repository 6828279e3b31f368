"""Russian: the words in marks that a speech act quotes (a pass of the language's extra passes).

A short lower-case fragment in marks with no verb of its own is a scare quote or a label for the
shared classification (``так называемый «иностранный агент»``), unless a verb of saying stands
near it. A speech act the cue lexicon lacks governs such words too: ``Нетаньяху поблагодарил
«своего друга» Путина``, ``Медведев пообещал сформировать правительство из "абсолютно новых
людей"``, ``он подверг критике консерваторов за их «недостаточно агрессивную» политику``:
the speaker's own words, ``partial``, attributed to the act's named subject. Without a named
subject the fragment stays a label (a common noun is too weak to carry a statement).

Before: the quotes the other passes found. After: these fragments, each ``partial`` with the
act's verb as its cue and the subject as its mention.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.content import has_verb, looks_like_title
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.mainclause import act_subject
from discourse.extract.quotes.spans import SpanSet
from discourse.text import sentence_start

__all__ = ["speech_act_fragments"]

# A fragment in marks on one line: «…», "…", „…“.
_FRAGMENT = re.compile(r"«([^«»\n]{3,120})»|\"([^\"\n]{3,120})\"|„([^„“\n]{3,120})“")
_WORD = re.compile(r"\w+(?:-\w+)*")
# Stems of the speech acts whose words in marks are the speaker's own characterisation:
# promises, thanks and critique (пообещал, поблагодарил, раскритиковал; "подверг критике").
# Not requests and proposals (просил, предложили, призвал): what they ask for in marks is
# mostly a measure's or an offence's name («пропаганду терроризма», «причинение смерти по
# неосторожности»), which the gold reads as a term.
_ACT_STEMS = ("обеща", "пообеща", "поблагодар", "благодар", "раскритик", "критикова")
_CRITIQUE = ("подверг", "подвергла", "подвергли")
# Tokens that end the clause the act governs: the fragment must sit in it.
_CLAUSE_END = frozenset(".!?;:«»\"“„")
# Words a fragment may have at most: longer lower-case wording is the shared rules' to judge.
_MAX_WORDS = 6


def speech_act_fragments(doc: Doc, found: list[Found]) -> list[Found]:
    """Verbless fragments in marks governed by a speech act with a named subject (see the
    module's docstring), outside the quotes found so far."""
    text = doc.text
    inside = SpanSet((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _FRAGMENT.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        content = m.group(g)
        words = _WORD.findall(content)
        if not content[:1].islower() or not 2 <= len(words) <= _MAX_WORDS or inside.overlap(s, e):
            continue
        if has_verb(content) or looks_like_title(content):
            continue
        attr = _act_before(doc, s)
        if attr is not None:
            out.append(Found(s, e, "partial", attr, attr.rule))
    return out


def _is_act(lows: list[str], v: int) -> bool:
    """Is token ``v`` a past tense or a gerund of a promise, thanks or critique ("пообещал",
    "поблагодарив", "подверг критике")?"""
    low = lows[v]
    if low in _CRITIQUE:
        return v + 1 < len(lows) and lows[v + 1].startswith("критик")
    if not low.startswith(_ACT_STEMS):
        return False
    return low.endswith(("л", "ла", "ли")) or is_gerund(low)


def _act_before(doc: Doc, s: int) -> Attr | None:
    """The attribution of the fragment opening at ``s`` to the speech act before it in its
    clause and the act's named subject; None when there is none."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    ps, _ = doc.para_of(s)
    ti, a = doc.tok_index(sentence_start(doc.text, ps, s)), doc.tok_index(s) - 1
    for v in range(a - 1, ti, -1):
        if words[v] in _CLAUSE_END:
            return None
        if words[v][:1].isupper() or not _is_act(lows, v):
            continue
        span = gerund_subject(toks, ti, v) if is_gerund(lows[v]) else act_subject(toks, v, ti)
        if span is None:
            return None
        return doc.attr_tokens((v, v + 1), span, "cue_before")
    return None
