"""Single news sentences: a reported clause that ends in a quoted part, and mentions in marks.

Two revisions (``QuoteLanguage.revisions``), read off the second RuSentNE sentence set's dev part
(and the first's), each one class of miss:

- :func:`mixed_heads`: ``сказала, что хотела стать юристом, «потому что …»``, ``заявил, что его
  целью является продвижение демократии и «возвращение …»``, ``заявив, что противник потерял
  более 20 человек — «оккупанты …»``. The quoted part is a ``partial``; the words before it are
  a clause of their own, joined by a comma, a dash or "и", and quote nobody: an ``indirect`` by
  the same attribution (the conventions: "a coordinated part with no quoted words gets its own
  indirect"). A fragment in marks inside the clause (``что Китай «высоко ценит поддержку»``,
  ``что отношения переживают «критический момент»``) has no such join and gets none.
- :func:`mentions_in_marks`: ``осуждал решение «отдать Аль-Кудс евреям» и критиковал «кафиров …»``:
  the noun phrase after the second verb is the second quotation, taken as the speaker of the
  first. A mention that overlaps a quotation is no speaker: the quote takes the mention of
  another quote under the same cue when that one is sound, else none (unknown, not wrong).

Before: the passes' ``Found`` list. After: :func:`mixed_heads` adds ``indirect`` spans;
:func:`mentions_in_marks` replaces attributions (same cue, another mention or none).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.content import has_verb
from discourse.extract.quotes.spans import SpanSet

__all__ = ["mentions_in_marks", "mixed_heads"]

_OPENING = "«„“\""
_QUOTED = ("direct", "nested", "partial", "embedded")
# the last ", что" of the stretch between the cue and the quoted part ("пока что" is no clause)
_THAT = re.compile(r",[ \u00a0]+что[ \u00a0]+")
# a clause that is no whole proposition before the quoted part: a relative or subordinate clause
# in commas ("те, кто вел дело, «не смогли …»": the subject of the quoted predicate; "ждут
# разъяснений, и если это подтвердится, «органы направят …»": the condition of the quoted part)
_SUBORDINATE = re.compile(r",[ \u00a0]+(?:и[ \u00a0]+)?(?:кто|котор\w+|что|как|где|когда|если|хотя|"
                          r"пока|чтобы|поскольку|так[ \u00a0]+как|после[ \u00a0]+того)\b", re.IGNORECASE)
# a quoted part that modifies the noun before it ("свидетельства, «доказывающие его вину»",
# "церковь всех народов и «которая поет …»"): a participle or a relative pronoun first;
# "исполнил свою мечту — «писать альбомы, как романы»": an infinitive first is the noun's content
_MODIFIER = re.compile(r"(?:\w+(?:ющ|ящ|ащ|ущ|вш|енн|анн)\w{1,3}|котор\w+|[а-яё]+(?:ть|ти|чь))\b")
# the clause's end right before the opening mark: a comma, a dash or "и"
_JOIN = re.compile(r"[ \u00a0]*(?:,|[ \u00a0][—–-]|[ \u00a0]и)[ \u00a0]*$")
_MARKS = re.compile(r"[«»„“\"]")


def mixed_heads(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` plus an ``indirect`` for the unquoted clause that opens a «что» clause ending
    in a ``partial`` (``X сказала, что P, «Q»``: P by X)."""
    text = doc.text
    taken = SpanSet((f.start, f.end) for f in found)
    out = list(found)
    for f in found:
        a = f.attr
        if f.kind != "partial" or a is None or not 0 <= a.cue_end < f.start:
            continue
        opening = f.start - 1
        if opening < 0 or text[opening] not in _OPENING:
            continue
        stretch = text[a.cue_end:opening]
        thats = list(_THAT.finditer(stretch))
        that = thats[-1] if thats else None
        # "что" close to the cue ("сказал журналистам, что"), no other quotation between them
        if that is None or len(stretch[:that.start()].split()) > 6 or _MARKS.search(stretch):
            continue
        head = stretch[that.end():]
        join = _JOIN.search(head)
        if join is None:
            continue
        s = a.cue_end + that.end()
        e = s + len(head[:join.start()].rstrip(" \u00a0"))
        clause = text[s:e]
        if len(clause.split()) < 3 or not has_verb(clause) or any(c in clause for c in ".!?;:"):
            continue
        if _SUBORDINATE.search(clause) or _MODIFIER.match(text, f.start):
            continue
        if taken.overlap(s, e) > 0:
            continue
        out.append(Found(s, e, "indirect", a, f.rule))
        taken = SpanSet([*((x.start, x.end) for x in out)])
    return out


def mentions_in_marks(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with no attribution whose mention overlaps a quotation in it."""
    quoted = SpanSet((f.start, f.end) for f in found if f.kind in _QUOTED)
    # a nested quote's speaker is often inside its parent quote: left as it is
    bad = [f.kind != "nested" and f.attr is not None and f.attr.m_start >= 0
           and quoted.overlap(f.attr.m_start, f.attr.m_end) > 0 for f in found]
    if not any(bad):
        return found
    sound = {(f.attr.cue_start, f.attr.cue_end): f.attr for f, b in zip(found, bad)
             if f.attr is not None and f.attr.m_start >= 0 and not b}
    out: list[Found] = []
    for f, b in zip(found, bad):
        if b:
            a = f.attr
            assert a is not None  # a bad attribution is one that exists
            other = sound.get((a.cue_start, a.cue_end))
            attr = other if other is not None else a._replace(m_start=-1, m_end=-1)
            f = Found(f.start, f.end, f.kind, attr, f.rule, f.parent)
        out.append(f)
    return out
