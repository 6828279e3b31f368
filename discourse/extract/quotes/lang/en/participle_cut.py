"""English: a report ends before ", <participle>" whose own quote or naming report was found
(round 26).

"The mayor said that the budget was part of the public record, describing the council's
letter as "a wish list"": the participle's subject is the speaker, and its words ("the
council's letter as "a wish list"", read by the naming pass, :mod:`.naming`, and the mark pass)
are a second act of the speaker's, not part of the reported clause. The sentence rules cut a
report at ", claiming Q" when the participle is a cue of their own lexicon
(:func:`.report_cuts._cut_at_coordinated_cue`); the naming verbs ("describing", "calling",
"accusing", "praising", "labeling") are read by the earlier passes, whose cue offsets reach the
sentence rules as ``quote_cues``. A participle in ``-ing`` right after a comma (or after a
closing mark and a comma) that holds one of those offsets ends the report there. Recurs on
fresh text (direct set 1 dev, "…, describing Castro's tweet as "some kind of a target list"").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.spans import trim_end

__all__ = ["cut_at_cue_participle"]

_CLOSING_MARKS: Final = frozenset('"”’\'')


def cut_at_cue_participle(doc: Doc, f: Found | None, quote_cues: Sequence[int]) -> Found | None:
    """The report ``f`` cut before the first ", <participle>" inside it whose offset is in the
    sorted ``quote_cues`` (another pass's cue), or ``f`` unchanged (None stays None)."""
    if f is None or f.kind != "indirect" or f.rule == "cue_after" or not quote_cues:
        return f  # (not a sentence closed by its attribution: "A met B, calling Q, C added")
    toks = doc.toks
    words, lows, starts = toks.words, toks.lows, toks.starts
    k = bisect.bisect_right(quote_cues, f.start)
    while k < len(quote_cues) and quote_cues[k] < f.end:
        a = doc.tok_index(quote_cues[k])
        k += 1
        if starts[a] != quote_cues[k - 1] or not lows[a].endswith("ing") or a < 2:
            continue
        b = a - 1
        end = starts[b] if words[b] == "," else (
            toks.ends[b] if words[b] in _CLOSING_MARKS and words[b - 1] == "," else -1)
        if end > f.start and end - f.start >= 12:
            return Found(f.start, trim_end(doc.text, f.start, end), f.kind, f.attr, f.rule,
                         f.parent)
    return f
