"""A mention that attributes the quote before it, read when a later quote is given to it.

'"... an institution I revere," Biden said. https://twitter.com/... "This letter ... the United
States," the vice president continued.': the link ends with no full stop, so the sentence
splitter runs the second quote into "Biden said." and the extractor gives it that mention.
"Biden" stands right after the first quote's closing mark: it attributes that quote, and the
words right after the second quote (even a description or a pronoun) attribute the second.
Reads text only; offsets into the text.
"""

from __future__ import annotations

import re

__all__ = ["attributes_quote_before"]

# A closing quotation mark (after a comma, a question or an exclamation mark inside it), then
# only spaces before the mention: '..., " Biden', '...?” he'.
_CLOSED_RIGHT_BEFORE = re.compile(r"[,?!]\s*[\"”’']\s+$")


def attributes_quote_before(text: str, ms: int) -> bool:
    """True when the mention at ``ms`` stands right after a quote closed by a comma, a question
    or an exclamation mark ('"...," Biden said'): the mention of that quote, not of a later
    one.

    >>> attributes_quote_before('"We will win," Biden said.', 15)
    True
    >>> attributes_quote_before('Biden said: "We will win."', 0)
    False
    """
    return _CLOSED_RIGHT_BEFORE.search(text, max(0, ms - 6), ms) is not None
