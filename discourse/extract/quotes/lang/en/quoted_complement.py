"""English: "called Mueller "a great man" who is …" is the quoted name-calling, no report of its
own (issue 14, round 36).

A naming verb with a quoted complement ('called X "Y"') is a ``partial`` with the verb as cue
(the English conventions; saying set 14's 'called the descriptions "abhorrent"'): the
complement is the speaker's words, the object the author's. :mod:`.naming` drops the ``indirect``
over "X Y" when the predicate is mostly quoted, but counted the words after the closing mark as
part of the predicate, so a modifier of the quoted phrase kept the report: 'called the Democrats
"hypocrites" for their outrage at Comey's dismissal', 'called Mueller "a great man" who is
"honest as the day is long"', 'calling her “a fighter with guts” who would keep Donald Trump out
the White House', 'called it "weird" to see her 2006 book': four false alarms on the dev parts
of direct sets 1, 4 and 6, where the gold has the partials only (of 54 quoted complements of
"call" on dev, none has an ``indirect``). Only a predicate that opens with the quotation is read
so: "termed her a “corrupt oaf” and a “lousy traitor”" (the article outside the marks) stays a
report, as the Wikinews gold has it.
"""

from __future__ import annotations

__all__ = ["quoted_complement"]

_OPEN = frozenset('"“‘')
_CLOSE = frozenset('"”’')
# what opens a modifier of the quoted phrase after its closing mark
# ("as" is none: "calling it "an aggression" as well as a violation of …" goes on unquoted)
_MODIFIER_OPENERS = frozenset("""for who whom which that to with in on at over about because after
    before since by from of""".split())


def quoted_complement(words: list[str], lows: list[str], p: int, end: int) -> bool:
    """Does the predicate ``[p, end)`` of a naming verb open with a quotation whose closing
    mark is followed by its end, a comma, or a modifier (a preposition, a relative word, "to")?"""
    if p >= end or words[p] not in _OPEN:
        return False
    c = next((m for m in range(p + 1, end) if words[m] in _CLOSE), -1)
    if c < 0:
        return False
    return c + 1 >= end or words[c + 1] in ",.;" or lows[c + 1] in _MODIFIER_OPENERS
