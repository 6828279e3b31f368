"""English: the verb that attributes a quotation opening the sentence reports nothing else
(issue 14, round 36).

In '"We will not back down," the mayor told reporters during an evening news conference.' the
cue "told" attributes the quotation; what follows it is the circumstance of the statement, not a
second statement. The sentence rules read it as a report all the same whenever it looked like a
clause within reach ("… during remarks by the party’s presidential candidates", "… in an evening
news conference that took issue with Mr. Comey", "… when he announced his candidacy in June",
"… alongside a picture of a sword", "… more than 20,000 people gathered at a farm", "…, her first
since the scandal broke", "…, which marked the second year since …"): nine false alarms on the
dev parts of direct sets 2, 4, 5, 7 and 9, and no gold report after such a cue (the reports
after a quotation's attribution on dev are another cue's: ", adding that P", ", noting P",
"when Kavanaugh responded that P"). A quotation that does not open the sentence ('called the
Russian leader "a killer," Trump said the United States has many of them') is a fragment inside
the author's sentence, and its cue may well report: it is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.spans import SpanSet

__all__ = ["attributes_opening_quote"]

_OPENING: Final = "\"“‘'"
# what may stand between the quotation's closing mark and its cue: the punctuation closing the
# quoted sentence, then up to eight words of the speaker ("Clark County Sheriff Joseph Lombardo",
# "a visibly moved Ryan"), no other punctuation but a title's dot or an apostrophe
_TAIL: Final = re.compile(r"[ \t]*(?:[\w.’'-]+[ \t]+){0,8}\Z")
_CLOSING: Final = "\"”’'"


def attributes_opening_quote(doc: Doc, ss: int, a: int, b: int, inside: SpanSet | None) -> bool:
    """Is the cue at tokens ``[a, b)`` the attribution of a quotation that opens the sentence
    starting at ``ss`` ('"…," the mayor told reporters …'): the sentence opens with a mark whose
    quotation ``inside`` holds, and only the closing mark, the quoted sentence's punctuation and
    up to eight words with no other cue stand between the quotation's end and the cue? A comma
    after the cue (", he said, emphasizing that P": the participle's report) or a "that" within
    twelve words after it ("Horowitz said that P", "tweeted … following an Axios report that P")
    keeps the sentence rules' reading."""
    if inside is None:
        return False
    toks = doc.toks
    text, lows = doc.text, toks.lows
    cue_start = toks.starts[a]
    o = ss
    while o < cue_start and text[o].isspace():
        o += 1
    if o >= cue_start or text[o] not in _OPENING or not inside.contains(o + 1):
        return False
    c = cue_start - 1
    while c > o and not (text[c] in _CLOSING and text[c - 1] in ",.!?…"):
        c -= 1
    if c <= o + 1 or not inside.contains(c - 1) or _TAIL.match(text, c + 1, cue_start) is None:
        return False
    n = len(lows)
    if b < n and toks.words[b] == "," or any(lows[m] == "that" for m in range(b, min(n, b + 12))):
        return False
    # the cue is the first after the quotation ("…,” Harris said when Kavanaugh responded that")
    return not any(doc.lex.match(lows, m) is not None for m in range(doc.tok_index(c + 1), a))
