"""English: the subject of an infinitive of saying after "for" speaks, not the words before it.

'“... it wasn’t enough for me to say, ‘Look, I understand,’ ...”' and 'Hale said it was not enough
for him to say, ‘I am sorry,’ and leave': the quote extractor reads the verb of saying ("say") and
hands over the words before it as the mention ("enough for"), which name nobody. In "for X to
say" X is the infinitive's subject (English marks the subject of an infinitive with "for"), so X
speaks the words: "me", "him", "the mayor", "Tom Hale". Reads text only.
"""

from __future__ import annotations

import re

__all__ = ["for_subject"]

# The subject after "for" and the infinitive of a verb of saying: an object pronoun, a run of
# capitalised words, or a short noun phrase with an article or a possessive.
_FOR_SUBJECT = re.compile(
    r"\s+(?P<np>me|him|her|us|them|you|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|"
    r"(?:the|a|an|his|her|their|our)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
    r"\s+to\s+(?:\w+ly\s+)?(?P<verb>say|tell|write|ask|declare|admit|add|answer|reply|respond|"
    r"shout|yell|scream|tweet|post|announce|claim|argue|insist|explain|state|proclaim|repeat)\b")
# The mention the extractor hands over ends in "for" ("enough for", "time for").
_ENDS_IN_FOR = re.compile(r"(?:^|\s)for$")


def for_subject(text: str, ms: int, me: int) -> tuple[int, int] | None:
    """Offsets of X in "for X to say" right after a mention ``text[ms:me]`` that ends in "for"
    ("enough for" -> "me" in "enough for me to say, ‘...’"), else None."""
    if not _ENDS_IN_FOR.search(text[ms:me]):
        return None
    m = _FOR_SUBJECT.match(text, me)
    return m.span("np") if m is not None else None
