"""English: the person a relative clause ending the introducing stretch is about, when the
sentence's subject names nobody.

'The incident was filmed by Jack Posobiec, who stood up ... and yelled at the crowd: “...”': the
clause that introduces the quote is the relative clause right before the colon, and its subject
is "who", the person named right before it; the sentence's subject ("The incident") is a thing
and says nothing. The quote extractor takes the sentence's subject; :func:`relative_speaker`
gives the relative clause's antecedent instead, only when

- the relative clause runs from ", who" to the colon (or comma) that ends the stretch, with no
  comma of its own (', who led the petition, said:' has a main verb after it: the sentence's
  subject speaks, the other rules read it);
- the antecedent is a capitalised name (one to four words, a title before it kept) right before
  ", who", after the mention;
- the mention names no person: no capitalised word after its first, no pronoun, its head not a
  noun for a person ("The incident", "the video"; not "The senator", "Hale").

Reads text only; offsets into the text (the speakers' ``aside_subject`` hook).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["relative_speaker"]

Span = tuple[int, int]

# ", who <clause without a comma or a stop>:" ending the stretch before the quote's mark.
_WHO_END: Final = re.compile(r",\s+who\s+[a-z][^,;:\"“”.!?\n]{2,220}[:,]\s*$")
# The antecedent right before ", who": capitalised words (initials, particles inside), a title
# with its stop first ("Sen. Ann Lee").
_NAME_BEFORE: Final = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s+)?"
    r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]*|de|van|von|al|bin)){0,3}$")
# Capitalised words that open a sentence or a phrase and name nobody.
_NOT_NAMES: Final = frozenset("""
    The A An This That These Those It He She They We I You His Her Their Its Our My
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())
_PRONOUNS: Final = frozenset("he she they it we i you him her them us me one someone".split())
_MARKS: Final = "\"“”‘’' \t"


def _names_a_thing(mention: str, person_heads: frozenset[str]) -> bool:
    """``mention`` is a noun phrase for a thing: lower-case after its first word, no pronoun,
    its last word no noun for a person."""
    words = mention.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    if words[0].lower() in _PRONOUNS or not words[0][:1].isalpha():
        return False
    if len(words) == 1 and words[0][:1].isupper():
        return False  # "Hale": a name
    head = words[-1].lower().strip(".,;:'’")
    return head not in person_heads and not head.endswith(("man", "woman", "person", "people"))


def relative_speaker(text: str, lo: int, ms: int, me: int, qs: int,
                     person_heads: frozenset[str]) -> Span | None:
    """Offsets of the named antecedent of the relative clause that ends the stretch from the
    mention ``[ms, me)`` to the quote at ``qs`` ("Jack Posobiec" of "The incident was filmed by
    Jack Posobiec, who ... yelled at the crowd: “"), when the mention names a thing; else
    None. ``lo`` is the sentence's start (the stretch read is after the mention only)."""
    hi = qs
    while hi > me and text[hi - 1] in _MARKS:
        hi -= 1  # back over the opening mark and the spaces before it
    if hi <= me or text.find(", who ", me, hi) < 0:
        return None  # (most stretches: no relative clause at all)
    m = _WHO_END.search(text, me, hi)
    if m is None or not _names_a_thing(text[ms:me], person_heads):
        return None
    n = _NAME_BEFORE.search(text, max(me, m.start() - 80), m.start())
    if n is None or n.start() < me or lo > ms:
        return None
    for w in re.finditer(r"\S+", text[n.start():n.end()]):
        if w.group() not in _NOT_NAMES:
            return n.start() + w.start(), n.end()  # "The Mayor Ann Lee": not "The"
    return None
