"""An unnamed source described by what it was told: "two people briefed on the matter said P",
"officials informed about the talks said P" (issue 14, the English grid).

The clause rules take the noun phrase nearest the verb ("the matter") for the subject; the
source is the people the participle describes, as with "people familiar with the talks"
(``_source_close_to`` in :mod:`.en`, which knows adjectives only). Used by
:func:`.en.extend_mention`.
"""

from __future__ import annotations

import re

__all__ = ["briefed_source"]

# A counted or determined source noun, then a participle of being told and its preposition,
# ending right where the mention starts.
_BRIEFED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|"
    r"[Oo]ther)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:source|sources|official|officials|person|people|diplomat|diplomats|aide|aides)\s+"
    r"(?:briefed\s+on|informed\s+about|informed\s+of|involved\s+in|knowledgeable\s+about)\s+$")
# The same without a determiner, opening the sentence ("Officials briefed on the talks said");
# inside a sentence a bare plural may be a verb's object ("warned officials briefed on …").
_BRIEFED_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Sources|Officials|People|Diplomats|Aides)\s+"
    r"(?:briefed\s+on|informed\s+about|informed\s+of|involved\s+in|knowledgeable\s+about)\s+$")


def briefed_source(text: str, ms: int) -> int:
    """Start of the source a mention ``text[ms:...]`` is the object of ("two people briefed on
    the matter": "two"), or ``ms`` when none stands right before it."""
    lo = max(0, ms - 80)
    # (every mention passes here: the regex runs only after a preposition it can end with)
    if not text[ms - 1:ms].isspace() or not text[lo:ms].rstrip().endswith(
            (" on", " about", " of", " in")):
        return ms
    m = _BRIEFED_BEFORE.search(text, lo, ms) or _BRIEFED_OPENING.search(text, lo, ms)
    return m.start() if m is not None else ms
