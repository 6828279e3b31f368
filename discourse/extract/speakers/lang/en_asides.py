"""English: the speaker of a quote when the words next to it name somebody else.

Two shapes of news English put another name between the clause's speaker and the quote, and the
quote extractor (or the sentence's subject) then gives the wrong one:

- an aside between dashes or brackets, with a verb of its own, between the verb of saying and
  the quote: "House of Commons Speaker John Bercow commented on the matter — which the BBC noted
  as an unusual move by a Speaker — "However it is dressed up, ..."": Bercow speaks, not the
  BBC (:func:`aside_subject`);
- a passive verb of naming whose agent is the speaker: "Mancini has been described by the Daily
  Hive as a "squirrel whisperer"", "a pattern described by Marine Bulletin as "rather hectic"":
  the Daily Hive and Marine Bulletin speak, not the subject (:func:`passive_agent`).

Both read plain text between a sentence start and a quote's opening mark (offsets into the
article) and return the speaker's offsets, or None when the stretch has no such shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["aside_subject", "passive_agent"]

# The dashes and brackets that set off an aside.
_OPEN: Final = re.compile(r"(?:\s[—–]\s|\s--\s|\s\()")
_CLOSE: Final = {"(": ")"}
# What every match of _OPEN holds: a stretch without any of them has no aside.
_OPENERS: Final = ("—", "–", "--", "(")
# After the aside closes, only a comma, a colon, spaces and the quote's opening mark.
_AFTER_CLOSE: Final = re.compile(r"\s*[,:]?\s*[\"“‘']?\s*")
# A passive verb of naming or describing, its agent after "by", then "as" and an article right
# before the quoted fragment.
_PASSIVE_AGENT: Final = re.compile(
    r"\b(?:described|called|dubbed|labell?ed|branded|characteri[sz]ed|referred\s+to|hailed|"
    r"derided|denounced|criticized|criticised|praised|touted|billed|termed)\s+by\s+"
    r"(?P<agent>[^,;:()\"“”‘’]{2,80}?)\s+as(?:\s+(?:a|an|the|being|having|its|their))?\s*$")
# The same passive, its object named, then a participle of saying that the agent speaks ("were
# described by Johnson as a "historic mandate", saying he intends to leave").
_PASSIVE_THEN_SAYING: Final = re.compile(
    r"\b(?:described|called|dubbed|labell?ed|branded|characteri[sz]ed|referred\s+to|hailed|"
    r"derided|denounced|criticized|criticised|praised|touted|billed|termed)\s+by\s+"
    r"(?P<agent>[^,;:()\"“”‘’]{2,80}?)\s+as\s+[^;:\n]{1,120}?,\s+(?:saying|adding|arguing|"
    r"claiming|stating|noting|insisting|warning)(?:\s+that)?\s*$")
# Words an agent does not start with: pronouns that name nobody on their own, a clause.
_NOT_AGENT: Final = frozenset("it this that these those which what who some many".split())


def aside_subject(text: str, lo: int, ms: int, me: int, qs: int,
                  subject: Callable[[str, int, int], tuple[int, int] | None],
                  ) -> tuple[int, int] | None:
    """Offsets of the subject of the clause before an aside (between dashes or brackets) that
    holds the mention ``[ms, me)`` and closes right before the quote at ``qs``, as ``subject``
    (the language's ``sentence_subject``) reads the stretch from the sentence start ``lo`` to
    the aside; None when the mention is in no such aside or the clause before it has no
    subject."""
    if not (lo <= ms < me <= qs):
        return None
    if all(text.find(c, lo, ms) < 0 for c in _OPENERS):
        return None  # (most sentences: no dash or bracket before the mention, no regex run)
    opens = [m for m in _OPEN.finditer(text, lo, ms)]
    if not opens:
        return None
    op = opens[-1]
    opener = op.group().strip()
    closer = _CLOSE.get(opener, opener)
    k = text.find(closer, me, qs)
    if k < 0 or not _AFTER_CLOSE.fullmatch(text, k + len(closer), qs):
        return None
    if any(c in text[lo:qs].rstrip(" \"“‘'") for c in "\"“”"):
        return None  # another quotation in the sentence before this one
    sub = subject(text, lo, op.start())
    if sub is None or sub[1] > op.start():
        return None
    return sub


def passive_agent(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the agent of a passive verb of naming right before a quoted fragment at
    ``hi`` ("described by the Daily Hive as a"), in the sentence from ``lo``; else None.

    >>> t = 'Mancini has been described by the Daily Hive as a "squirrel whisperer"'
    >>> a, b = passive_agent(t, 0, t.index('"')); t[a:b]
    'the Daily Hive'
    """
    if text.find("by", lo, hi) < 0:
        return None  # (most sentences: the pattern's "by" is not there, no regex run)
    m = _PASSIVE_AGENT.search(text, lo, hi) or _PASSIVE_THEN_SAYING.search(text, lo, hi)
    if m is None or text[m.end():hi].strip():
        return None
    words = m.group("agent").split()
    if not words or words[0].lower() in _NOT_AGENT:
        return None
    return m.span("agent")
