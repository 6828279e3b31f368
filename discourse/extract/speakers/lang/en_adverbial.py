"""English: a preposition with a gerund after a subject is the verb's adverbial, not its modifier.

'Assembly president Richard Ferrand in relaying the news to parliament said, "..."': the quote
extractor takes "parliament" (the object of "to") as the mention, and the speaker module widens
it to the subject when only prepositional phrases tie the two ("Scientists from the World
Wildlife Fund"), keeping them in the mention. "in relaying the news" tells how the subject
speaks, as a participle does ("X speaking to the Atlantic Council"): the subject alone is the
mention. :func:`subject_link` reads the link so before the language's own reading. Plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["subject_link"]

# A preposition or a subordinator, then a gerund: "in relaying", "by announcing", "while
# speaking", "after hearing" (not "in Brussels", "of the ruling").
_GERUND_ADVERBIAL = re.compile(r"\s*(?:in|by|while|when|after|before|on|upon|through)\s+"
                               r"[a-z]{2,}ing\b")


def subject_link(text: str, a: int, b: int, base: Callable[[str, int, int], str]) -> str:
    """``"verb"`` when ``text[a:b]``, between a clause's subject and a mention after it, opens
    with a preposition and a gerund (the subject speaks; the mention is in its adverbial);
    else ``base``'s reading (the language's ``subject_link``).

    >>> base = lambda text, a, b: "modifier"
    >>> subject_link("X in relaying the news to Y said", 1, 30, base)
    'verb'
    >>> subject_link("X in Brussels and Y said", 1, 19, base)
    'modifier'
    """
    if _GERUND_ADVERBIAL.match(text, a, b):
        return "verb"
    return base(text, a, b)
