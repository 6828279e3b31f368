"""``subject_before_verb`` of ``discourse/extract/speakers/lang/en_predicate_mention.py`` at
b938b6e (before speed pass twenty-seven): the mention's words were made by the pattern for every
mention, also one of fewer than three words, which holds no verb between two words. Only the
name changed; the pattern, word sets and the verb test are read from the package."""

from __future__ import annotations

from discourse.extract.speakers.lang.en_predicate_mention import _OPENING_WORDS, _WORD, _verb_at


def reference_subject_before_verb(text: str, ms: int, me: int,
                                  heads: frozenset[str]) -> tuple[int, int] | None:
    """The subject in the mention ``[ms, me)`` that runs over its clause's verb into the object
    ("Schale" of "Schale predicts Clinton"), or None when the mention holds no such verb."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, ms, me)]
    for k in range(1, len(words) - 1):
        if not _verb_at(words, k, heads):
            continue
        end = len(text[:words[k][1]].rstrip())
        start = ms
        comma = text.rfind(", ", ms, end)
        if comma >= 0 and words[0][0].lower() in _OPENING_WORDS:
            start = comma + 2  # "Ahead of his speech, Trump": the subject after the adverbial
        if start >= end:
            return None
        return start, end
    return None
