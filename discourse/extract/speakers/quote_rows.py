"""The rows and paragraphs the speaker attribution reads and fills.

:class:`_Quote` is one quote row as the rules read and fill it; :class:`_Paragraphs` holds an
article's paragraph spans, split when a rule first needs them, and the memo of extended
mentions. :mod:`.attribute` (the loop over an article's quotes, the mention repair) and
:mod:`.fallback` (the rules for a quote the syntax gave no speaker) both read them; they stand
apart so that neither of those imports the other.
"""

from __future__ import annotations

import bisect
from typing import Any

from discourse.text import paragraph_spans


class _Paragraphs:
    """Paragraph spans of an article, split only when a quote needs a fallback rule."""

    def __init__(self, text: str):
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        # (ms, me) -> lang.extend_mention(text, ms, me): a function of the article's text and
        # the offsets only, asked again for each quote of one mention (a sixth of the calls);
        # at most EXTENDED_KEPT entries
        self.extended: dict[tuple[int, int], tuple[int, int]] = {}

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = paragraph_spans(self.text)
            self._starts = [p[0] for p in self._spans]
        return self._spans

    def index(self, pos: int) -> int:
        """Index of the paragraph holding ``pos`` (the first one for leading whitespace)."""
        self.spans  # noqa: B018 - split on first use
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)


class _Quote:
    """One quote row as the rules read and fill it (slots: a document may hold 600,000)."""

    __slots__ = ("i", "doc_id", "start", "end", "kind", "speaker_mention", "mention_start",
                 "mention_end", "rule", "speaker", "camp", "attribution", "confidence")

    def __init__(self, i: int, doc_id: Any, start: int, end: int, kind: str, mention: Any,
                 ms: int, me: int, rule: Any) -> None:
        self.i, self.doc_id, self.start, self.end, self.kind = i, doc_id, int(start), int(end), kind
        self.speaker_mention = mention if isinstance(mention, str) else ""
        self.mention_start, self.mention_end = int(ms), int(me)
        self.rule = str(rule or "none")
        self.speaker: str | None = None
        self.camp = "unknown"
        self.attribution = "none"
        self.confidence = 0.0
