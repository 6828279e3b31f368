"""``_tidied`` of ``discourse/extract/quotes/lang/en/mentions.py`` at 9e45414 (before speed pass
eighteen): the domain test matched every mention against ``_DOMAIN_TAIL`` and, for most ("he",
"she", "officials"), searched the 40 characters before it for a domain's head, which must end
with "." right before the mention."""

from __future__ import annotations

import re

from discourse.extract.quotes.lang.en import mentions


def reference_tidied(text: str, ms: int, me: int) -> tuple[int, int]:
    mention = text[ms:me]
    if mentions._DOMAIN_TAIL.fullmatch(mention):
        head = mentions._DOMAIN_HEAD.search(text, max(0, ms - 40), ms)
        if head is not None and head.end() == ms:
            return head.start(), me
    channel = mentions._CHANNEL.search(mention)
    if channel is not None and channel.start() > 0:
        me = ms + channel.start()
    words = list(re.finditer(r"\S+", text[ms:me]))
    if len(words) >= 2 and words[0].group().lower() in mentions._HEDGES:
        ms += words[1].start()
        words = words[1:]
    while len(words) >= 2 and mentions._closing_adverb(words[-1].group()):
        me = ms + words[-2].end() - words[0].start()
        words = words[:-1]
    return ms, me
