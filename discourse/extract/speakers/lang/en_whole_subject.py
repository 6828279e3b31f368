"""English: the whole subject of the verb of saying when the quote extractor took a piece of it.

Two shapes of news English make the syntactic mention before a quote a fragment of the clause
that opens the sentence, and the fragment names somebody else or nobody:

- an organisation whose name holds a comma or a colon, after the person who belongs to it:
  "Professor Tim Bale of Queen Mary, University of London, who conducted the research, said:",
  "Co-lead author Sam Wilson of the Center for Microbial Oceanography: Research and Education
  (C-MORE) said,": the piece after the punctuation ("University of London", "Research and
  Education (C-MORE)") is no one; the person and the whole name are the mention the gold marks
  (:func:`split_name_subject`);
- a predicate taken for a name: "Hurley, for his part, paraphrased the first U.S. citizen in
  space, Alan Shepard, commenting before launch: "..."" gave the mention "paraphrased the first
  U.S.": a lower-case past tense right after the sentence's subject is that subject's verb, and
  the subject speaks (:func:`predicate_subject`), without the aside "for his part".

Both read plain text between a sentence start ``lo`` and a quote, and return the speaker's
offsets, or None when the stretch has no such shape (the mention then stays as it was).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["person_of_org", "predicate_subject", "split_name_subject", "whole_subject",
           "without_trailing_aside"]

# A person and the organisation they belong to, up to the comma or colon inside its name: the
# person's words capitalised (a role in lower case may stand among them: "Co-lead author Sam
# Wilson"), then "of"/"at"/"from", then the organisation's capitalised words (with "the", "for",
# "of", "and", "&", a possessive) and the punctuation; the stretch is the sentence's opening.
_PERSON_OF_ORG: Final = re.compile(
    r"\s*(?P<person>[A-Z][^\s,;:()\"“”]*(?:\s+[^\s,;:()\"“”]+){1,6}?)\s+(?:of|at|from)\s+"
    r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and|&|the|on|in))*"
    r"\s*[,:]\s+$")
# The piece after the punctuation: capitalised words (with "of", "and", "for", "the") and an
# acronym in brackets ("Research and Education (C-MORE)", "University of London", "Berkeley").
_ORG_PIECE: Final = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and|&|the|on|in))*(?:\s+\([A-Z][\w.\-]*\)?)?")
# A lower-case past tense: what opens a predicate ("paraphrased", "quoted", "thanked").
_PAST_TENSE: Final = re.compile(r"[a-z]{3,}ed\b")
# An aside the subject keeps before its verb ("Hurley, for his part,"): no part of the mention.
_ASIDE: Final = (r"(?:for\s+(?:his|her|their|its)\s+part|in\s+turn|however|meanwhile|too|though|"
          r"likewise|similarly)")
_TRAILING_ASIDE: Final = re.compile(rf",\s+{_ASIDE}\s*,?\s*$")
# What may stand between a subject and its verb: commas, spaces, such an aside.
_GAP: Final = re.compile(rf"[\s,]*(?:{_ASIDE}[\s,]*)?")


def split_name_subject(text: str, lo: int, ms: int, me: int,
                       person_runs: Callable[[str, int, int], list[tuple[int, int]]],
                       ) -> tuple[int, int] | None:
    """Offsets of "person of organisation, rest of its name" when the mention ``[ms, me)`` is
    the rest of an organisation's name after a comma or a colon, and the stretch from the
    sentence start ``lo`` to it is a person (a name ``person_runs`` finds, right before "of")
    and the name's first part; None otherwise (the mention names a person itself: "A spokesman
    for the Department of Justice, Tom Hale," stays)."""
    if not (lo < ms < me) or text[ms - 2:ms] not in (", ", ": "):
        return None  # (most mentions: no comma or colon right before them, no regex run)
    piece = _ORG_PIECE.match(text, ms)
    if piece is None or piece.end() < me - 1 or person_runs(text, ms, me):
        return None
    m = _PERSON_OF_ORG.match(text, lo, ms)
    if m is None or m.end() != ms:
        return None
    runs = person_runs(text, m.start("person"), m.end("person"))
    if not runs or runs[-1][1] != m.end("person"):
        return None  # no person's name right before "of": "The President of the United States"
    return m.start("person"), me


def person_of_org(text: str, ms: int, me: int,
                  person_runs: Callable[[str, int, int], list[tuple[int, int]]],
                  ) -> tuple[int, int] | None:
    """Offsets of the person in a mention "person of organisation: rest of its name" (the
    organisation's name holds a colon, which the trim of "of" phrases does not cross: "Sam
    Wilson of the Center for Microbial Oceanography: Research and Education" is Sam Wilson, not
    "Education"); None when the mention has no colon or no such shape."""
    colon = text.find(": ", ms, me)
    if colon < 0:
        return None
    piece = _ORG_PIECE.match(text, colon + 2)
    m = _PERSON_OF_ORG.match(text, ms, colon + 2)
    if piece is None or piece.end() < me - 1 or m is None or m.end() != colon + 2:
        return None
    runs = person_runs(text, m.start("person"), m.end("person"))
    if not runs or runs[-1][1] != m.end("person"):
        return None
    return runs[-1]


def predicate_subject(text: str, lo: int, ms: int, me: int,
                      subject: Callable[[str, int, int], tuple[int, int] | None],
                      ) -> tuple[int, int] | None:
    """Offsets of the sentence's subject (``subject``: the language's ``sentence_subject``
    over the stretch from ``lo`` through the mention) when the mention ``[ms, me)`` opens with a
    lower-case past tense and only commas and spaces stand between that subject and it: the
    mention is the subject's predicate. An aside closing the subject ("for his part") is left
    out. None otherwise ("retired general John Smith said": nothing before the mention)."""
    if not (lo < ms < me) or _PAST_TENSE.match(text, ms) is None:
        return None
    sub = subject(text, lo, me)  # (the stretch through the predicate: a clause with its verb)
    if sub is None or not (lo <= sub[0] < sub[1] <= ms) or not _GAP.fullmatch(text, sub[1], ms):
        return None
    a, b = sub[0], without_trailing_aside(text, *sub)
    if not text[a:a + 1].isupper() or b <= a:
        return None
    return a, b


def without_trailing_aside(text: str, ms: int, me: int) -> int:
    """The end of the subject ``[ms, me)`` without an aside that closes it between commas
    ("Hurley, for his part" -> "Hurley"; the gold keeps the name alone); ``me`` when it has none
    or the aside is all it holds."""
    if text.find(",", ms, me) < 0:
        return me  # (most subjects: no comma, no regex run)
    aside = _TRAILING_ASIDE.search(text, ms, me + 1 if text[me:me + 1] == "," else me)
    return aside.start() if aside is not None and aside.start() > ms else me


def whole_subject(text: str, lo: int, ms: int, me: int,
                  subject: Callable[[str, int, int], tuple[int, int] | None],
                  person_runs: Callable[[str, int, int], list[tuple[int, int]]],
                  ) -> tuple[int, int] | None:
    """:func:`split_name_subject`, else :func:`predicate_subject`."""
    return split_name_subject(text, lo, ms, me, person_runs) or predicate_subject(
        text, lo, ms, me, subject)
