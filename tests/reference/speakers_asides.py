"""Reference: the English aside and passive-agent rules with their regexes run on every stretch
(a copy; see README.md).

``aside_subject`` and ``passive_agent`` of ``discourse/extract/speakers/lang/en_asides.py`` at
8798bb5, before speed pass thirteen made them return at once when the stretch holds none of the
characters an aside opens with, or no "by". They read the module's patterns as the old code did.
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.extract.speakers.lang import en_asides


def ref_aside_subject(text: str, lo: int, ms: int, me: int, qs: int,
                      subject: Callable[[str, int, int], tuple[int, int] | None],
                      ) -> tuple[int, int] | None:
    """``aside_subject`` with the opening pattern searched in every stretch."""
    if not (lo <= ms < me <= qs):
        return None
    opens = [m for m in en_asides._OPEN.finditer(text, lo, ms)]
    if not opens:
        return None
    op = opens[-1]
    opener = op.group().strip()
    closer = en_asides._CLOSE.get(opener, opener)
    k = text.find(closer, me, qs)
    if k < 0 or not en_asides._AFTER_CLOSE.fullmatch(text, k + len(closer), qs):
        return None
    if any(c in text[lo:qs].rstrip(" \"“‘'") for c in "\"“”"):
        return None
    sub = subject(text, lo, op.start())
    if sub is None or sub[1] > op.start():
        return None
    return sub


def ref_passive_agent(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``passive_agent`` with the pattern searched in every stretch."""
    m = en_asides._PASSIVE_AGENT.search(text, lo, hi)
    if m is None or text[m.end():hi].strip():
        return None
    words = m.group("agent").split()
    if not words or words[0].lower() in en_asides._NOT_AGENT:
        return None
    return m.span("agent")
