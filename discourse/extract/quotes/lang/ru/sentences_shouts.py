"""The speaker of a shout: ``Во время нападения он кричал «Аллаху акбар», заявил прокурор`` (the
speaker is «он»), ``По словам очевидцев, Шекатт выкрикнул «Аллах акбар»`` (Шекатт).

A quotation right after a verb of shouting (кричал, выкрикнул, прокричал, скандировали) holds
the words of the verb's subject, even when the sentence is someone else's report: the reporter
(«заявил прокурор», «по словам очевидцев») says that the words were shouted, the shouter said
them.

- :func:`shouted`, a revision (``QuoteLanguage.revisions``): a quotation in marks right after
  such a verb gets its subject as the mention (the noun phrase or pronoun before the verb in its
  clause; none found: unchanged);
- :func:`shouts`, an extra pass (``QuoteLanguage.extra_passes``): words in marks right after
  such a verb that no pass took, however short («Аллах акбар»: the shared rules want more words
  for a quotation), are a ``direct`` quotation of the subject, when there is one. The report
  around them then reports nothing of its own (``ANNOTATION.md``: a quoted part in a report is
  the quote only).

Before: ``Found`` list. After: such quotations with ``Attr(<verb>, …, <subject>, "shout")``;
others unchanged.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.spans import SpanSet
from discourse.text import sentence_start

__all__ = ["shouted", "shouts"]

_SHOUT = re.compile(r"(?<![\w-])((?:вы|про|за)?крича(?:л|ла|ли)|выкрикну(?:л|ла|ли)|выкрикива(?:л|ла|ли)|"
                    r"(?:про)?скандирова(?:л|ла|ли))\s*:?\s*$", re.IGNORECASE)
_OPEN = "«„\""
_CLOSE = "»“\""
_SHOUT_CUE = Cue("крикнуть", "verb", ("",))
# Words in marks on one line, at most twelve words' worth: a shout, a chant, a slogan.
_FRAGMENT = re.compile(r"«([^«»\n]{2,120})»|\"([^\"\n]{2,120})\"|„([^„“\n]{2,120})“")


def _shouter(doc: Doc, q_start: int) -> Attr | None:
    """The attribution of the quotation opening at ``q_start`` (after its mark) to the subject
    of a verb of shouting right before the mark, or None."""
    text = doc.text
    if q_start < 1 or text[q_start - 1] not in _OPEN:
        return None
    ps, _ = doc.para_of(q_start)
    s = sentence_start(text, ps, q_start - 1)
    m = _SHOUT.search(text, s, q_start - 1)
    if m is None:
        return None
    toks = doc.toks
    v = doc.tok_index(m.start(1))
    comma = text.rfind(",", s, m.start(1))
    lo = doc.tok_index(comma + 1 if comma >= 0 else s)
    if v <= lo:
        return None
    span = speaker_of(toks, (v, v + 1, _SHOUT_CUE), lo, v)
    if span is None or span[1] > v:
        return None
    ms, me = toks.starts[span[0]], toks.ends[span[1] - 1]
    return Attr(m.group(1).lower(), m.start(1), m.end(1), ms, me, "shout")


def shouted(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the quotations after a verb of shouting attributed to the shouter (a
    revision)."""
    out: list[Found] = []
    for f in found:
        if f.kind in ("direct", "partial"):
            attr = _shouter(doc, f.start)
            if attr is not None:
                f = Found(f.start, f.end, "direct", attr, "shout", f.parent)
        out.append(f)
    return out


def shouts(doc: Doc, found: list[Found]) -> list[Found]:
    """The words in marks right after a verb of shouting that no pass took (too short for the
    shared rules: «Аллах акбар»), ``direct``, attributed to the shouter (an extra pass)."""
    inside = SpanSet((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _FRAGMENT.finditer(doc.text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if inside.overlap(s, e):
            continue
        attr = _shouter(doc, s)
        if attr is not None:
            out.append(Found(s, e, "direct", attr, "shout"))
    return out
