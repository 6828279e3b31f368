"""The speaker of a gerund of saying that opens its sentence: ``Называя Vestas «мировым
лидером», Марк назвал …`` (the speaker is Марк).

A gerund has no subject of its own (:mod:`.gerunds`): after the main clause (``…, заявив: «…»``)
it takes the subject before it; opening the sentence, it takes the main clause's subject after
the comma that closes the gerund's phrase. :func:`opening_gerunds` is a revision
(``QuoteLanguage.revisions``): a quotation whose cue is a gerund standing first in its sentence
and that has no mention gets the subject of the first finite verb after that comma, when the
subject stands between the comma and the verb and no preposition heads it.

Before: ``Found`` with ``Attr(<gerund>, …, m_start=-1)``. After: the same attribution with the
main clause's subject as mention (rule ``opening_gerund``); others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.gerunds import is_gerund
from discourse.extract.quotes.lang.ru.phrases import is_verb_form
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["opening_gerunds"]

_MAIN_VERB = Cue("(finite verb)", "verb", ("",))
_ENDS = frozenset(".!?;:")


def _subject_after(doc: Doc, c: int, q: int) -> tuple[int, int] | None:
    """Token span of the subject of the main clause after the gerund's phrase (the gerund at
    ``c``, its quotation ending before token ``q``), or None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    n = len(words)
    m = next((k for k in range(q, min(n, q + 25)) if words[k] == "," or words[k] in _ENDS), -1)
    if m < 0 or words[m] != ",":
        return None
    v = next((k for k in range(m + 1, min(n, m + 12)) if words[k] in _ENDS or not cap(words[k])
              and is_verb_form(lows[k]) and not is_gerund(lows[k])), -1)
    if v <= m + 1 or words[v] in _ENDS:
        return None
    span = speaker_of(toks, (v, v + 1, _MAIN_VERB), m + 1, v)
    if span is None or span[0] <= m or span[1] > v:
        return None
    if any(low in PREPOSITIONS for low in lows[span[0]:span[1]]):
        return None  # "Называя реформу «…», в правительстве не стесняются": no subject
    return span


def opening_gerunds(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a sentence-opening gerund's quotations given the main clause's subject."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind in ("partial", "direct") and a is not None and a.m_start < 0 and 0 <= a.cue_start:
            c = doc.tok_index(a.cue_start)
            ps, _ = doc.para_of(a.cue_start)
            if (c < len(toks.words) and is_gerund(toks.lows[c]) and cap(toks.words[c])
                    and sentence_start(doc.text, ps, a.cue_start) == a.cue_start and a.cue_end <= f.start):
                span = _subject_after(doc, c, doc.tok_index(f.end))
                if span is not None:
                    attr = a._replace(m_start=toks.starts[span[0]], m_end=toks.ends[span[1] - 1],
                                      rule="opening_gerund")
                    f = Found(f.start, f.end, f.kind, attr, "opening_gerund", f.parent)
        out.append(f)
    return out
