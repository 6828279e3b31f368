"""English: whose words a quote is when its introduction names their source, and openers that
name nobody.

- 'The senator then read another quote from Mrs. Lane: "..."', 'He posted a message from his
  daughter: "..."': the subject reads, posts or cites the words; the person they are "from" is
  their speaker (ANNOTATION.md: the speaker is whoever's words these are, not the one who
  carries them). :func:`quoted_source` finds that person between the extractor's mention and
  the quote; it is asked before :func:`.en_inner.inner_speaker`.
- 'Within hours of the vote, protesters had made a banner ...: "..."': a phrase that opens with
  a preposition is an adverbial, never a speaker (:func:`opens_with_preposition`), as the
  lower-case ones already were to :func:`.en_names.names_nobody`; nor is a phrase that opens with a
  lower-case verb ("make Taylor Swift" cut from 'to make Taylor Swift remarks',
  :func:`opens_with_verb`).

Reads text only; offsets into the text.
"""

from __future__ import annotations

import re

__all__ = ["opens_with_preposition", "opens_with_verb", "quoted_source"]

_NAME = r"(?:[A-Z][\w.'’\-]*)(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|al|bin|da))*"
# A noun for words said or written, "from" or "by", the name, a colon right before the quote's
# opening mark: "another quote from Mrs. Lane: ", "a message from Ann Hale:", "a statement by
# Tom Hale:". Capitalised words only (a name, a title before it): "a letter from the company:"
# is the clause rules'.
_FROM_NAME = re.compile(
    r"\b(?:quote|quotes|quotation|quotations|words|message|statement|note|letter|tweet|post|"
    r"remarks|comment|comments|line|passage)\s+(?:from|by)\s+(?P<who>" + _NAME + r")\s*:\s*$")
_OPENING_MARKS = "\"“‘'"
_LOOK_BACK = 160


def quoted_source(text: str, ms: int, me: int, qs: int, *, after_mention: bool = True
                  ) -> tuple[int, int] | None:
    """Offsets of the person whose words a quote opening at ``qs`` is, when the stretch from the
    mention ``[ms, me)`` to the quote ends in "a quote from Name:" (or a message, words, a
    statement ... from or by Name), in the mention's sentence (``after_mention``; else
    anywhere after ``me``: a paragraph's start); None for another stretch."""
    k = qs
    while k > me and text[k - 1] in _OPENING_MARKS:
        k -= 1
    lo = max(me, k - _LOOK_BACK)
    if text.rfind(":", lo, k) < 0:
        return None  # (most quotes: no colon before them, the pattern unread)
    m = _FROM_NAME.search(text, lo, k)
    if m is None or (after_mention and re.search(r"[.!?]\s+[A-Z]", text[me:m.start()])):
        return None
    a, b = m.span("who")
    return a, b


# Prepositions that open an adverbial, capitalised at a sentence's start ("Within hours of the
# vote", "During the hearing"); not "Under" ("Under Secretary ...", a title).
_PREPOSITIONS = frozenset("""
    within during after before since despite amid amidst through throughout across among amongst
    between beyond toward towards upon without with against from in on at into over until unlike
    besides beside near inside outside behind along following by for about of
""".split())


def opens_with_preposition(mention: str, heads: frozenset[str] = frozenset()) -> bool:
    """Does ``mention`` (two words or more) open with a capitalised preposition and end in a
    lower-case word that names no person ("Within hours of the vote", not "On Saturday Labor
    backbencher Pat Conroy" nor "On Monday the senator": ``heads`` are the nouns for people)?
    Such a phrase is an adverbial the rules took for a subject."""
    words = mention.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in _PREPOSITIONS:
        return False
    last = words[-1].strip(".,;:'’\"")
    return last.islower() and last not in heads and not _PERSON_ENDING.search(last)


_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee)s?$")


# Lower-case verbs that never open a noun phrase (a bare form or a tense of a light verb): a
# mention opening with one is a stretch of a clause ("make Taylor Swift", "buy plane tickets").
_VERBS = frozenset("""
    make makes made get gets got take takes took give gives gave go goes went come comes came
    do does did have has had be is are was were been see sees saw keep keeps kept let lets put
    puts buy buys bought draw draws drew
""".split())


def opens_with_verb(mention: str) -> bool:
    """Does ``mention`` (two words or more) open with a lower-case verb of :data:`_VERBS`
    ("make Taylor Swift")? Such a stretch names nobody."""
    words = mention.split()
    return len(words) >= 2 and words[0] in _VERBS
