"""``coordinated_extent`` of ``discourse/extract/speakers/lang/en_coordinated.py`` at 5b46fff
(before speed pass twenty-one): the list items before the mention were searched for in every
window of 60 characters, also in one not ending with a comma or "and" (then no item can end
there). Only the name changed; the patterns and helpers are read from the package."""

from __future__ import annotations

from discourse.extract.speakers.lang.en_coordinated import (
    _AND_NEXT,
    _LAST_ITEM_BEFORE,
    _LIST_ITEM_BEFORE,
    _OF_PHRASE,
    _PREPOSITIONS,
    _SENTENCE_START,
    _names_someone,
    _verb_before,
)


def reference_coordinated_extent(text: str, ms: int, me: int) -> tuple[int, int]:
    """``coordinated_extent(text, ms, me)`` as it was."""
    if ms < 0 or me <= ms:
        return ms, me
    m = _AND_NEXT.match(text, me)
    if (m is not None and _names_someone(m.group("next")) and not _OF_PHRASE.search(text, ms, me)
            and text[ms:me].split()[0].lower() not in _PREPOSITIONS):
        me = m.end()
    if text[ms:ms + 1].isupper():
        lo = ms
        if " and " not in text[ms:me]:
            b = _LAST_ITEM_BEFORE.search(text, max(0, lo - 60), lo)
            if b is None or not _names_someone(b.group()):
                return ms, me
            lo = b.start()
        while True:
            b = _LIST_ITEM_BEFORE.search(text, max(0, lo - 60), lo)
            if b is None or not _names_someone(b.group().rstrip(", ")):
                break
            lo = b.start()
        if lo < ms and _SENTENCE_START.search(text, max(0, lo - 4), lo) is not None:
            ms = lo
        elif lo < ms and _verb_before(text, lo):
            ms = lo
    return ms, me
