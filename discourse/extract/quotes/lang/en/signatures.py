"""English post signatures inside a paragraph: ``ENGLISH.inline_signature`` (issue 14).

A flattened page prints an embedded post and its signature in one run of text: ``… pic.twitter.com/x
— Sahil Kapur (@sahilkapur) November 3, 2017 The Uranium One …``. Unlike a signature line
(:data:`~discourse.extract.quotes.lang.en.words.POST_SIGNATURE`), nothing anchors it to a line's
end, so it asks for more: a dash, a name, the handle and a full date.
"""

from __future__ import annotations

import re

__all__ = ["INLINE_SIGNATURE"]

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# "— Mike Cernovich �� (@Cernovich) July 27, 2017": the name may end in emoji (or what is left
# of them); the name group keeps its letters only.
INLINE_SIGNATURE = re.compile(
    r"[—–-]{1,2}[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,4})"
    r"[^\w\n()@]{0,6}\((?P<handle>@\w{1,30})\)"
    r"[ \t]*(?:" + _MONTHS + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
)
