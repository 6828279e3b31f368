"""English: the speaker of a relative clause set off after an object (issue 14, the third
English grid).

"The mayor praised Tom Reyes, who argued that P": the quote extractor reads the sentence's
subject back from the cue over the comma, and its mention runs over the main verb ("The mayor
praised Tom Reyes"), which the speaker rules cut to "The mayor" -- a wrong speaker: the relative
clause's antecedent, the object, speaks. "The mayor spoke with Jane Doerr, the agency's director,
who said P": the extractor's mention is the description alone ("the agency's director"); the
speaker is the name it is apposed to, and the mention is the name with its description.

:func:`object_relative` reads the mention and the stretch between it and the quote; it answers
only when that stretch is a non-restrictive "who" and a verb of saying right before the quote.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.lang.en_inner import _np_before, _usable

__all__ = ["object_relative"]

# The stretch between the mention and the quote: ", who [adverb] <verb of saying> [listener]
# [that] [opening mark]", ending at the quote.
_WHO_SAID = re.compile(
    r",\s+who\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|argued|argues|told|tells|claimed|claims|insisted|insists|warned|warns|"
    r"added|adds|noted|notes|stressed|stresses|explained|explains|contended|contends|"
    r"maintained|maintains|acknowledged|acknowledges|predicted|predicts)"
    r"(?:\s+(?:reporters|him|her|them|us|me))?(?:\s+that)?\s*[\"“]?\s*$")
# A description opening with a determiner or a possessive pronoun ("the agency's director",
# "its chairman", "a former aide"): apposed to the name before it.
_DESCRIPTION = re.compile(r"(?:the|a|an|its|his|her|their)\s+\S")
# A name right before ", <description>": one to four capitalised words, a title's stop allowed
# ("Gov. Tom Reyes"), after a lower-case word (a verb or a preposition: the name is an object).
_NAME_BEFORE = re.compile(
    r"(?<=[a-z] )(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){0,3},\s+$")
# A verb in the past right before the object (the word that ended the noun phrase read back from
# the relative pronoun): "praised", "thanked", "met". Not a preposition or a noun: in "The mother
# of Leigh Corfman, who says P", "a Regents Professor at GT, who said P" or "a niece of Biden's
# opponent Christine O'Donnell, who claimed P" the name is inside the speaker's description and the
# relative clause is the description's (a NewsMTSC sentence and two Wikinews dev articles).
_BEFORE_OBJECT = re.compile(r"\b(?:[a-z]{2,}ed|met|saw|heard)\s+$")


def object_relative(text: str, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """Offsets of the speaker of a quote at ``qs`` introduced by ", who said" after the mention
    ``[ms, me)``, when the mention ends with a verb's or a preposition's object (the object) or
    is a description apposed to a name before it (the name and the description); else None."""
    if not (0 <= ms < me <= qs) or qs - me > 60:
        return None
    who = _WHO_SAID.match(text, me, qs)
    if who is None or who.end() != qs:
        return None
    # "The mayor praised Tom Reyes, who said": the object at the mention's end
    np_ = _np_before(text, ms, me)
    if np_ is not None and np_[0] > ms and _usable(text, *np_) and text[np_[0]].isupper() and \
            _BEFORE_OBJECT.search(text, ms, np_[0]) is not None:
        return np_
    # "spoke with Jane Doerr, the agency's director, who said": the name and its description
    if _DESCRIPTION.match(text, ms, me) is not None:
        name = _NAME_BEFORE.search(text, max(0, ms - 60), ms)
        if name is not None and name.end() == ms:
            return name.start(), me
    return None
