"""Rules of ``discourse/extract/speakers/lang/en.py`` at 9e45414 (before speed pass eighteen),
which ran their regex for every mention: ``_source_close_to`` searched the 80 characters before
it for "a source close to" (every match ends with "to" or "with" and white space), and
``_participle_head`` found the clause start and matched "NP <participle in -ing>" up to it
(every match ends with "ing" and white space)."""

from __future__ import annotations

from discourse.extract.speakers.lang import en


def reference_source_close_to(text: str, ms: int) -> int:
    m = en._CLOSE_TO_BEFORE.search(text, max(0, ms - 80), ms)
    return m.start() if m is not None else ms


def reference_participle_head(text: str, ms: int, me: int) -> int:
    if not text[ms:me][:1].islower() or len(text[ms:me].split()) > 5:
        return ms
    start = en._clause_start(text, ms, 80)
    if start < 0:
        return ms
    m = en._PARTICIPLE_BEFORE.fullmatch(text, start, ms)
    if m is None or m.group("ing") in en._NOUNS_IN_ING or not m.group("np")[:1].isupper():
        return ms
    words = m.group("np").lower().split()
    if any(w.endswith("ing") or w in en._NOT_IN_SUBJECT for w in words):
        return ms
    return start
