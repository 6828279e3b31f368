"""``sentence_start`` of ``discourse/text/segment.py`` at 304eecc (before speed pass
twenty-five): every call read its windows with ``_sentence_start_in``, also right after a call
in the same sentence. Only the name changed; ``_sentence_start_in`` is read from the package
(its answers do not depend on what was asked before)."""

from __future__ import annotations

from discourse.text.segment import _MAX_SENTENCE, _sentence_start_in


def reference_sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` (search no further back than ``lo``)."""
    for width in (300, _MAX_SENTENCE):
        lo2 = max(lo, pos - width)
        best = _sentence_start_in(text, lo2, pos)
        if best > lo2 or lo2 == lo or width == _MAX_SENTENCE:
            return best
    return lo  # pragma: no cover - the loop always returns
