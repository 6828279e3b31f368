"""``extend_mention`` of ``discourse/extract/speakers/lang/en.py`` at 1a50e77 (before speed
pass twenty-three): every step run for every mention, a bare pronoun too. Only the name
changed; the steps, patterns and helpers are read from the package (with the steps added since,
``en_particles.particle_tail`` and ``en_briefed_source.briefed_source``, in their places)."""

from __future__ import annotations

from discourse.extract.speakers.lang import (
    en_appositive,
    en_briefed_source,
    en_clause,
    en_closed_appositive,
    en_coordinated,
    en_for_subject,
    en_mention_ends,
    en_particles,
)
from discourse.extract.speakers.lang.en import (
    _CLOSE_TO_AFTER,
    _CLOSE_TO_END,
    _FLOATING,
    _GROUP_AFTER,
    _HEADS,
    _ONE_CAPITALISED,
    _floated_from,
    _institution_after,
    _participle_head,
    _source_close_to,
    _such_as_head,
    _without_openers,
)


def reference_extend_mention(text: str, ms: int, me: int) -> tuple[int, int]:
    """``extend_mention(text, ms, me)`` as it was."""
    if text[ms:me] in _FLOATING:
        return _floated_from(text, ms, me)
    inner = en_for_subject.for_subject(text, ms, me)
    if inner is not None:
        return inner
    ms = _source_close_to(text, ms)
    ms = en_briefed_source.briefed_source(text, ms)
    m = _CLOSE_TO_AFTER.match(text, me) if _CLOSE_TO_END.search(text, ms, me) else None
    if m is not None:
        me = m.end()
    ms = _participle_head(text, ms, me)
    ms = _such_as_head(text, ms)
    me = en_particles.particle_tail(text, ms, me)
    ms, me = en_clause.extend_mention(text, ms, me)
    me = _institution_after(text, ms, me)
    if _ONE_CAPITALISED.fullmatch(text[ms:me]):
        m = _GROUP_AFTER.match(text, me)
        if m:
            return ms, m.end()
    ms = en_clause.thing_before_name(text, ms, me, _HEADS)
    ms = en_clause.premodifiers_before(text, ms, _HEADS)
    me = en_clause.appositive_after(text, ms, me, _HEADS)
    me = en_appositive.open_appositive_end(text, ms, me, _HEADS)
    me = en_closed_appositive.closed_appositive_end(text, ms, me, _HEADS)
    me = en_mention_ends.mention_end(text, ms, me, _HEADS)
    ms, me = _without_openers(text, en_clause.description_before(text, ms, me, _HEADS), me)
    return en_coordinated.coordinated_extent(text, ms, me)
