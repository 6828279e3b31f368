"""English: a mention that holds its clause's verb and object is cut to the subject.

'Schale predicts Clinton will beat Trump ..., and added that ...: "..."', 'The letter references
Mr. Trump's recent tweets ..., calling the comments "..."', 'The Centre for Aviation's database
of air carriers lists Saha as ... and states P': the cue of the second verb (or the participle)
is read with "everything before the first clause's next verb" as its subject, and the mention
runs over the first verb into its object ("Schale predicts Clinton"), so the object, not the
subject, is resolved as the speaker (Clinton). The subject of both verbs is what stands before
the first one.

:func:`subject_before_verb` finds, inside the mention, a lower-case word shaped as a finite verb
("predicts", "lists", "references", "applied": ending in "s" or "ed", not the mention's first or
last word) between the end of a noun phrase (no determiner, adverb or punctuation before it)
and the start of another (a capitalised word, a determiner or a possessive after it) with a
capitalised word in what follows; the mention is then what stands before the verb, after an
opening adverbial's comma ("Ahead of his speech, Trump applied one of his nicknames to Kim" ->
"Trump"). A participle's phrase after a noun ("a report released Monday") is no clause: a time
word after the "-ed" form leaves the mention whole; a noun for a person ("attorneys Tom Hale")
is no verb.

Reads text only; offsets into the text (the speakers' ``aside_subject`` hook).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["subject_before_verb"]

Span = tuple[int, int]

_WORD: Final = re.compile(r"\S+")
# A finite verb's shape: "predicts", "lists", "references" (not "-ss", not a possessive),
# "applied", "filed".
_VERB_SHAPE: Final = re.compile(r"[a-z]{3,}(?:[^s'’]s|ed)")
# Words that cannot end the subject before the verb (the verb would be a noun after them).
_DETERMINERS: Final = frozenset("""
    the a an his her their its our my your this that these those one some several any each every
    two three four five many few more most all no
""".split())
_RELATIVES: Final = frozenset("who which that whom whose".split())
# Verbs that are auxiliaries or links, not a predicate that takes the object for a speaker.
_NOT_VERBS: Final = frozenset("is was has does goes".split())
# A time word after an "-ed" form: a participle's phrase ("a report released Monday").
_TIME_WORDS: Final = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight earlier last
    this next
""".split())
# Words that open an adverbial before the subject ("Ahead of his speech, Trump applied").
_OPENING_WORDS: Final = frozenset("""
    ahead after before in on at during following as when while with without despite since unlike
    like amid later earlier then also
""".split())
# Endings of nouns for people ("attorneys", "officers", "activists"): no verb.
_PERSON_PLURAL: Final = re.compile(r"(?:ers|ors|ists|ants|ents|ians|eys|ives|ees|ors|men|women)$")


def _verb_at(words: list[tuple[str, int]], k: int, heads: frozenset[str]) -> bool:
    """Is the ``k``-th word of the mention its clause's finite verb (see the module)?"""
    w = words[k][0]
    if not _VERB_SHAPE.fullmatch(w) or w in _NOT_VERBS or _PERSON_PLURAL.search(w):
        return False
    if w in heads or w[:-1] in heads:
        return False  # "spokesmen", "officials": a person, not a verb
    prev, nxt = words[k - 1][0], words[k + 1][0]
    if prev.lower() in _RELATIVES:
        return False  # "a lawyer who heads Foro Penal": a relative clause's verb, not the clause's
    if prev.endswith((",", ";", ":", "’s", "'s")) or prev.lower().endswith("ly"):
        return False
    if prev.lower() in _DETERMINERS:
        return False  # "the reports": a noun
    if w.endswith("ed") and nxt.lower().strip(",.") in _TIME_WORDS:
        return False  # "a report released Monday": a participle's phrase
    if not (nxt[:1].isupper() or nxt.lower() in _DETERMINERS):
        return False
    return any(x[0][:1].isupper() for x in words[k + 1:])


def subject_before_verb(text: str, ms: int, me: int, heads: frozenset[str]) -> Span | None:
    """The subject in the mention ``[ms, me)`` that runs over its clause's verb into the object
    ("Schale" of "Schale predicts Clinton"), or None when the mention holds no such verb."""
    if len(text[ms:me].split(None, 2)) < 3:
        # the verb is neither the mention's first word nor its last: fewer than three words
        # ("He", "she said") hold none. ``str.split`` and the pattern's ``\S`` read white space
        # alike (both by ``str.isspace``); the words are not made (speed pass twenty-seven:
        # half the mentions of news are one word)
        return None
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
