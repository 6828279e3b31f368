"""English: ", according to X" after a report that holds a quoted fragment (round 26).

"“…,” the minister said, according to RIA" is a source note on a quote's attribution, so
:func:`.according_to._according_to` reads no report of the source when a quote's cue stands before
"according to" in the sentence. The cue of a *fragment* quoted inside a report is another
thing: in "Trump told Turnbull that the conversation was “the worst call by far” … and he ended
the call after 25 minutes, according to the Washington Post" the quote's cue "told" opens a
``that`` clause, the fragment is a piece of that clause, and the source vouches for the whole
sentence (the report and the narration after it). ANNOTATION.md keeps a report nested in a
report at both levels, as the fresh saying sets' gold does ("When P said that Q, B told him
that R …, according to police": set 11). So a quote cue that opens a ``that`` clause (the cue,
a listener of at most five words, then "that", no comma or mark between) does not make the
source a quote's note; the reports are then cut at ", according to" as for a sentence without
quotation marks (:func:`.according_to._with_closing_sources`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.nouns import NOUN_CUES

__all__ = ["quote_note_cue_between"]

# How many words may stand between a cue and its "that": "told Australian leader Malcolm
# Turnbull that" (four), "told reporters on Monday that" (three).
_LISTENER_WORDS = 5
# Tokens that end the look for "that": a clause boundary or a quotation mark (the cue's
# quotation follows it: "said, “…”", "told CNN: “…”").
_STOPS = frozenset(', ; : " “ ” ( )'.split()) | {"."}


def _opens_that_clause(doc: Doc, i: int) -> bool:
    """Does the cue at token ``i`` open a ``that`` clause within :data:`_LISTENER_WORDS`
    words ("told Turnbull that", "said that")?"""
    lows = doc.toks.lows
    for k in range(i + 1, min(i + 2 + _LISTENER_WORDS, len(lows))):
        if lows[k] == "that":
            return True
        if lows[k] in _STOPS:
            return False
    return False


def quote_note_cue_between(doc: Doc, cues: Sequence[int], s: int, e: int) -> bool:
    """Does the sorted list of quote cue offsets ``cues`` hold one in ``[s, e)`` that may carry
    a source note: a verb (not a noun of :mod:`.nouns`) that does not open a ``that`` clause?

    A cue that opens a ``that`` clause introduces a report whose quoted words are a fragment of
    it, and ", according to X" after that report is the source of the whole sentence.
    """
    k = bisect.bisect_left(cues, s)
    while k < len(cues) and cues[k] < e:
        i = doc.tok_index(cues[k])
        if doc.toks.lows[i] not in NOUN_CUES and not _opens_that_clause(doc, i):
            return True
        k += 1
    return False
