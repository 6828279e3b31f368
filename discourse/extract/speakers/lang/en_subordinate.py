"""English: the subject of a sentence that opens with a subordinate clause.

'As Gianforte moved on top of Jacobs, he began yelling something to the effect of, “...”' and
'Because the bill failed, she later told reporters, “...”': the clause rules skip an opening
adverbial up to its comma when it opens with a preposition or "when", "while", "after"
(``en_clause._INTRO``), but a clause opened by "as", "because", "although", "if", ... was read
as the subject's place, so the sentence had none and the quote no mention. The main clause
starts after the subordinate clause's comma; its subject is read there by the clause rules, and
only when nothing else named one. Reads text only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["subject_after_subordinate"]

# Conjunctions that open a subordinate clause before the main one (those the clause rules
# already skip, "when", "while", "after", "before", "since", are not repeated).
_OPENING = re.compile(r"\s*(?:As|Because|Although|Though|Once|If|Unless|Until|Whenever|Whereas)\s+"
                      r"(?P<clause>[^,;:\"“”\n]{3,150}),")

Span = tuple[int, int]


def subject_after_subordinate(text: str, lo: int, hi: int,
                              clause_subject: Callable[[str, int, int], Span | None]
                              ) -> Span | None:
    """The subject of the main clause of ``text[lo:hi]`` (a sentence start up to a quote) when
    it opens with a subordinate clause ended by a comma ("As the guard moved closer, he began
    yelling," -> "he"), read by ``clause_subject`` after that comma; else None."""
    m = _OPENING.match(text, lo, hi)
    if m is None or len(m.group("clause").split()) < 2:
        return None
    return clause_subject(text, m.end(), hi)
