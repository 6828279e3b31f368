"""The speaker named right after a quote, when the mention the extractor took stands far before it.

'Ted Cruz, Texas Republican, made a plea for that information, wondering ... to the U.S. "We do
not know, for example, if he received compensation ...," he said Tuesday.': the sentence splitter
ran the quote into the sentence before, and the extractor gave it that sentence's subject. A quote
that opens like a sentence and ends with a comma (a semicolon, a question or an exclamation
mark) inside its marks is attributed by the words after it: :func:`named_after` finds them with the language's
``subject_after``. Reads text only; offsets into the text.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.quote_before import attributes_quote_before

__all__ = ["named_after"]

# A sentence break, or seven words, between a mention and the quote: the mention does not
# introduce it ('Trump said: "...," he added' keeps Trump).
_FAR_BEFORE: Final = re.compile(r"[.!?][\"”’']?\s|(?:\S+\s+){7}")
# A bracket closed right before the quote's opening mark: the mention stands in an aside or a
# link's headline ('( Also on POLITICO: Ann Romney tells of miscarriage) "...," said X').
_BRACKET_BEFORE: Final = re.compile(r"\)\s*[\"“‘']?\s*$")


def named_after(text: str, start: int, end: int, ms: int, me: int, para_end: int,
                lang: SpeakerLanguage) -> tuple[int, int] | None:
    """Offsets of the speaker named right after the quote ``text[start:end]`` ('"...," he said
    Tuesday.', '"...," the ex-CIA leader said.') when the mention the extractor gave it,
    ``text[ms:me]``, stands far before the quote; None when the quote does not read as a
    sentence closed by a comma, the mention stands close before it, nobody is named after it
    (up to ``para_end``), or only a pronoun or a description is and the mention names a
    person."""
    body = text[start:end].strip()
    if not body or not body[0].isupper() or not (body[-1] in ",;?!" or text[end:end + 1] in ",;"):
        return None
    if not _FAR_BEFORE.search(text, me, start) and not _BRACKET_BEFORE.search(text[me:start]):
        return None
    span = lang.subject_after(text, end, para_end)
    if span is None or span[0] < end:
        return None
    head = text[span[0]:span[1]].split(",")[0]  # (a name with its role: "Ann Hale, a spokeswoman")
    if (lang.is_description(head) and not lang.is_description(text[ms:me])
            and not attributes_quote_before(text, ms)):
        # 'Trump, who ... claimed Obama was not born in the U.S, first responded -- "We need the
        # question," he said': a pronoun or a description after the quote is the person named
        # before it, whom the pronoun would not reach past the names between -- unless that
        # name attributes a quote of its own right before ('"...," Biden said. <link> "...,"
        # the vice president continued': quote_before)
        return None
    return span
