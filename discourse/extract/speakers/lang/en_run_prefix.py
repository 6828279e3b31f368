"""The English person runs from a document's start to an offset, read once per document.

``_candidates`` (the people before a pronoun) and ``initials_owner`` (the person whose initials a
speaker label is) ask for ``person_runs(text, 0, pos)``: every run from the document's start.
Asked anew for each pronoun or label, that reads the document from its start each time, which
costs (pronouns x characters) on a long document (a joined transcript of megabytes). Here the
runs are kept per document and extended as far as asked, so the document is read once.

Why the kept runs are the same as a fresh call's. Both patterns of ``person_runs``
(``_PERSON_RUN`` and ``_TITLE_SURNAME``) consume only word characters, ``'``, ``’``, ``-``,
``.`` and white space, and their lookarounds read one character past those, or the two
characters before a match's first letter. Call a character outside that set a *barrier*
(``,`` ``"`` ``(`` ``:`` ...). A match never holds a barrier, and an attempt that starts at or
before a barrier reads nothing after it; the end of the text, for the patterns, acts as a
barrier does (every test that fails at a barrier fails at the end, every lookahead that holds
at one holds at the other). So, for a barrier at ``i``:

* ``person_runs(text, 0, i)`` are the runs of ``person_runs(text, 0, end)`` that end at or before
  ``i``, for any ``end > i`` (the runs after ``i`` start after it);
* ``person_runs(text, i, end)`` are the others: the regex scan from ``0`` fails at ``i`` and
  starts afresh at ``i + 1``, as the scan from ``i`` does, and the lookbehinds of an attempt
  at ``i + 1`` read ``text[i]`` and on, inside the searched part;
* the checks of each match (the words before it, a possessive after it) read the whole text
  in both calls.

``person_runs(text, 0, end)`` is therefore the kept runs up to the last barrier before ``end``
and a fresh call from that barrier: the tail of a sentence, not the document.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Final

# A character neither pattern of ``person_runs`` consumes (see the module's note).
_BARRIER: Final = re.compile(r"[^\w\s.'’\-]")


class _Kept:
    """The runs of one document up to a barrier: ``runs`` is ``person_runs(text, 0, upto)``,
    ``barriers`` every barrier's offset, ``text`` the document (compared by identity)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.barriers: list[int] = [m.start() for m in _BARRIER.finditer(text)]
        self.upto = 0
        self.runs: list[tuple[int, int]] = []


def person_runs_before(lang: Any, text: str, end: int, owner: Any = None
                       ) -> list[tuple[int, int]]:
    """``lang.person_runs(text, 0, end)``: for English (``lang.code`` "en"), from the runs
    kept for ``text`` and a call from the last barrier before ``end`` (see the module's note);
    for another language, the call itself. The runs are kept on ``owner`` (the document's
    :class:`~discourse.extract.speakers.resolver.Resolver`, in its ``run_prefix``), which lives
    as long as the document is attributed; without one, nothing is kept. (The language is
    passed, not the English module imported: ``en`` imports ``en_gender``, which imports this
    module.)"""
    person_runs = lang.person_runs
    if lang.code != "en" or end <= 0:
        return person_runs(text, 0, end)
    kept = owner.run_prefix if owner is not None else None
    if kept is None or kept.text is not text:
        kept = _Kept(text)
        if owner is not None:
            owner.run_prefix = kept
    k = bisect.bisect_left(kept.barriers, end) - 1
    cut = kept.barriers[k] if k >= 0 else 0
    if cut > kept.upto:  # extend the kept runs from their barrier to this one
        kept.runs.extend(person_runs(text, kept.upto, cut))
        kept.upto = cut
    # the kept runs ending at or before the cut (all start before it, the others after it)
    n = bisect.bisect_left(kept.runs, (cut, 0))
    return kept.runs[:n] + person_runs(text, cut, end)
