"""``_source_close_to`` of ``discourse/extract/speakers/lang/en.py`` at 9e45414 (before speed pass
eighteen): the regex ``_CLOSE_TO_BEFORE`` searched the 80 characters before every mention,
also when they do not end with "to" or "with" and white space, as every match does."""

from __future__ import annotations

from discourse.extract.speakers.lang import en


def reference_source_close_to(text: str, ms: int) -> int:
    m = en._CLOSE_TO_BEFORE.search(text, max(0, ms - 80), ms)
    return m.start() if m is not None else ms
