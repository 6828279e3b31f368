"""English: the clause nearest a quote says who speaks it, not the sentence's first subject.

The clause rules read a quote's speaker as the subject that opens its sentence. Four English
constructions put the attributing clause somewhere else, nearer the quote:

- a second clause joined by ", and" / ", but" / ";" before a colon ('Dylan, however, has, and
  she attacked Baldwin in a statement to the Hollywood Reporter: "..."'): the clause rules refuse
  a stretch with a second clause, so the quote had no mention; the second clause's subject
  speaks (:func:`later_clause_subject`, only a pronoun or a capitalised name);
- "Another" before a noun for a person is a determiner, not the pronoun "another" ('Another
  co-author, civil and environmental engineering professor Julian Marshall, said, "..."'): the
  clause rules refused any subject that opens with "another"; read as "the", it is a subject
  like any other (:func:`later_clause_subject`);
- a speech tag right after the quote's closing mark ('Trump ... first responded with feigned
  exasperation -- "We need the question," he said, to laughs'): "he said" attributes the words,
  not the sentence's subject "Trump" (:func:`nearer_mention`; the pronoun becomes the mention,
  the speaker stays the person the subject named, as in :mod:`.en_nearer`);
- an adverbial clause hanging on the quote ('"It was three years after I met Charlie ..." when
  Liteky told him about his plans, Olive said.'): "Liteky" is the subject of "when"'s clause,
  no speaker; :data:`JOINED_TO_QUOTE` lets the attribution drop it and read the tag after
  ("Olive said") as for a quote without a mention. A wrong person is worse than none.

Reads text only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from discourse.extract.speakers.lang import en_nearer, en_subordinate

__all__ = ["JOINED_TO_QUOTE", "after_adverbial_clause", "later_clause_subject", "nearer_mention",
           "tag_pronoun"]

Span = tuple[int, int]

# What stands between a quote and a noun phrase after it that does not speak the quote: '"Lock
# him up" and other derogatory remarks' (English's old pattern), and a subordinate clause opened
# right after the closing mark ('"..." when Liteky told him', '"...," after the mayor announced')
# whose subject the extractor took for the speaker. Not "as" ('"...," as Hale put it' attributes).
JOINED_TO_QUOTE = re.compile(
    r"[\s\"”’']*and\s+(?=(?:other|similar|many\s+other)\s)"
    r"|[\"”’']\s*,?\s*(?:when|after|before|because|since|until|once)\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|their|its)\s)")

# ", and she attacked", "; he wrote": a new clause whose subject is a pronoun or a name.
_JOINED_CLAUSE: Final = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?=(?:he|she|they|[A-Z][\w'’\-]*)\s)")
_PRONOUNS: Final = frozenset(("he", "she", "they"))
# Capitalised words that open no name: a clause's determiners and pronouns.
_NOT_NAMES: Final = frozenset(
    "the a an this that these those its their his her our my it there he she they".split())
# "Another" as a determiner: the word after it is a lower-case noun, not a verb of saying.
_ANOTHER: Final = re.compile(r"(?P<det>(?:And\s+|But\s+)?Another)\s+(?=[a-z][\w\-]*[\s,])")
_NOT_NOUN_AFTER_ANOTHER: Final = frozenset("""
    said says wrote writes tweeted posted added adds commented replied responded complained
    joked told asked noted is was said: one of thing things reason way time
""".split())


def later_clause_subject(text: str, lo: int, hi: int,
                         clause_subject: Callable[[str, int, int], Span | None],
                         heads: frozenset[str]) -> Span | None:
    """The subject of ``text[lo:hi]`` (a sentence start up to a quote) that the clause rules
    (``clause_subject``) read only with help: after an opening subordinate clause
    (:func:`.en_subordinate.subject_after_subordinate`), with "Another" read as a determiner
    (the subject then must name a person: a capitalised name or a head of ``heads``), or in the
    last clause joined by ", and", ", but" or ";" when the stretch ends in a colon (a pronoun or
    a capitalised name only); else None.

    >>> sub = lambda t, a, b: (a, a + 3) if t[a:a + 3] == "she" else None
    >>> t = 'Dylan, however, has, and she attacked Baldwin in a statement:'
    >>> later_clause_subject(t, 0, len(t), sub, frozenset())
    (25, 28)
    """
    got = en_subordinate.subject_after_subordinate(text, lo, hi, clause_subject)
    if got is not None:
        return got
    another = _ANOTHER.match(text, lo, hi)
    if another is not None:
        return _another_subject(text, lo, hi, another, clause_subject, heads)
    if not text[lo:hi].rstrip().endswith(":"):
        return None
    last: re.Match[str] | None = None
    for m in _JOINED_CLAUSE.finditer(text, lo, hi):
        last = m  # the clause nearest the colon
    if last is None:
        return None
    got = clause_subject(text, last.end(), hi)
    if got is None:
        return None
    first = text[got[0]:got[1]].split()[0]
    if first in _PRONOUNS or (first[:1].isupper() and first.lower() not in _NOT_NAMES):
        return got
    return None


def _another_subject(text: str, lo: int, hi: int, another: re.Match[str],
                     clause_subject: Callable[[str, int, int], Span | None],
                     heads: frozenset[str]) -> Span | None:
    """The subject that "Another <noun>" opens, read with "Another" as "The" (same offsets);
    None when it names nobody (no capitalised name and no person's head)."""
    nxt = text[another.end():hi].split(None, 1)[:1]
    if not nxt or nxt[0].strip(",:").lower() in _NOT_NOUN_AFTER_ANOTHER:
        return None
    a = another.start("det")
    word_start = another.end("det") - len("Another")
    masked = text[:word_start] + "The    " + text[word_start + len("Another"):]
    got = clause_subject(masked, a, hi)
    if got is None or got[0] != a:
        return None
    words = text[got[0]:got[1]].replace(",", " ").split()[1:]
    named = any(w[:1].isupper() for w in words)
    if not named and not any(w.lower().strip(".") in heads for w in words):
        return None
    return got


# A speech tag right after the closing mark: '," he said', '" she added'.
_TAG_AFTER: Final = re.compile(
    r"[,.!?]?\s*[\"”’']\s*,?\s*(?P<p>he|she)\s+(?:\w+ly\s+)?"
    r"(?:said|says|added|adds|told|tells|wrote|writes|continued|explained|noted|replied|"
    r"declared|insisted|quipped|joked)\b")


def tag_pronoun(text: str, quote_end: int) -> Span | None:
    """The span of "he"/"she" in a speech tag right after a quote ending at ``quote_end``
    ('"We need the question," he said'), or None.

    >>> t = 'Trump responded -- "We need the question," he said, to laughs.'
    >>> span = tag_pronoun(t, t.index(',"')); t[span[0]:span[1]]
    'he'
    >>> tag_pronoun('Trump said "We need it" and left.', 22) is None
    True
    """
    m = _TAG_AFTER.match(text, quote_end, quote_end + 40)
    return None if m is None else m.span("p")


def nearer_mention(text: str, me: int, row: Any) -> Span | None:
    """English's ``SpeakerLanguage.nearer_mention``: :func:`.en_nearer.nearer_mention` (a
    pronoun's clause between the mention and the quote), else the pronoun of a speech tag right
    after a direct quote or a quote the extractor called partial whose mention stands before it
    (:func:`tag_pronoun`); else None."""
    got = en_nearer.nearer_mention(text, me, row)
    if got is not None or row.kind not in ("direct", "partial") or me > row.start:
        return got
    return tag_pronoun(text, row.end)


# The adverbial clause after a quote's closing mark, up to its comma ('" when Liteky told him
# about his plans to renounce the medal,').
_CLAUSE_AFTER: Final = re.compile(
    r"[,.!?]?[\"”’']\s*,?\s*(?:when|after|before|because|since|until|once)\s"
    r"[^,;:\"“”‘’\n]{3,150},")


def after_adverbial_clause(text: str, pos: int, hi: int,
                           subject_after: Callable[[str, int, int], Span | None]) -> Span | None:
    """The speaker named after an adverbial clause that hangs on a quote ending at ``pos``
    ('"..." when Liteky told him about his plans, Olive said.' -> "Olive"), read by
    ``subject_after`` (English's tag after a quote) from that clause's comma; else None.

    >>> after = lambda t, p, h: (p + 2, p + 7) if t[p + 2:p + 7] == "Olive" else None
    >>> t = '"I learned it." when Liteky told him, Olive said.'
    >>> span = after_adverbial_clause(t, t.index('"', 1), len(t), after); t[span[0]:span[1]]
    'Olive'
    """
    m = _CLAUSE_AFTER.match(text, pos, hi)
    if m is None:
        return None
    return subject_after(text, m.end() - 1, hi)
