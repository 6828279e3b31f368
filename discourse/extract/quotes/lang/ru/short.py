"""Two-word «что» clauses: ``Bonet признал, что сценарий изменился.`` (round fifteen, dev8).

The shared reported-speech pass keeps a report of three words or more (``THREE_WORDS``: shorter
ones are mostly fragments of a clause read wrong, in English above all); a Russian «что» clause
of two words that ends its sentence (``подтвердили, что нападавший задержан``, ``заявил, что
покидает группу``) is a whole proposition. This extra pass (``QuoteLanguage.extra_passes``) runs
the Russian sentence reading (:func:`.reported.reports_in_sentence`) on the sentences that hold
such a clause and keeps the report whose span is the clause. Before: the passes' ``Found`` list;
returns the new ``indirect`` ones (the same attribution the reading gives), which the shared pass
would have dropped as too short.
"""

from __future__ import annotations

from collections.abc import Sequence

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.reported import reports_in_sentence
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import wordish
from discourse.text import sentence_start

__all__ = ["short_reports", "that_after_cue"]

_QUOTED = ("direct", "nested", "partial", "embedded")


def that_after_cue(words: Sequence[str], lows: Sequence[str], b: int, stop: int) -> int:
    """The token index of the «что» that opens a cue's clause: after the cue's end ``b``, within
    eight tokens and before ``stop``, past a listener or a place («сообщила в Instagram, что»,
    «сказал агенту, что») but no other punctuation than commas, a comma right before it; -1 when
    there is none."""
    m = next((m for m in range(b, min(stop, b + 8)) if lows[m] == "что"
              or not wordish(words[m]) and words[m] != ","), -1)
    return m if m >= 0 and lows[m] == "что" and words[m - 1] == "," else -1


def short_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """Reports whose «что» clause is two words closing the sentence (or its paragraph, before a
    colon: ``сообщила в Instagram, что покидает группу:`` and the post's block)."""
    toks, text = doc.toks, doc.text
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    n = len(lows)
    inside = SpanSet((f.start, f.end) for f in found if f.kind in _QUOTED)
    out: list[Found] = []
    for a, b, cue in doc.hits:
        if not cue.that_clause:
            continue
        m = that_after_cue(words, lows, b, n - 3)
        if m < 0 or not _two_words_end(doc, m + 1):
            continue
        if inside.contains(starts[a]) or inside.overlap(starts[m + 1], ends[m + 2]) > 0:
            continue
        ps, _pe = doc.para_of(starts[a])
        ss, se = sentence_start(text, ps, starts[a]), ends[m + 3]
        ti, tj = doc.tok_index(ss), m + 4
        for f in reports_in_sentence(doc, ss, se, ti, tj, lambda: None, (), inside):
            if f.start == ends[m] and f.kind == "indirect":
                out.append(Found(starts[m + 1], ends[m + 2], "indirect", f.attr, f.rule))
    return out


def _two_words_end(doc: Doc, k: int) -> bool:
    """Are tokens ``k`` and ``k + 1`` two words (lower-case, or a capitalised word of more than
    three letters: not an initial, "высказанные Дж.") that close their sentence, or their
    paragraph before a colon?"""
    toks, text = doc.toks, doc.text
    words, lows, ends = toks.words, toks.lows, toks.ends
    if k + 2 >= len(words) or not (wordish(words[k]) and wordish(words[k + 1])):
        return False
    if not words[k].islower() or not (words[k + 1].islower() or len(words[k + 1]) > 3):
        return False
    if lows[k] in ("это", "так", "то"):
        return False  # "сказал, что это так": no proposition
    end = words[k + 2]
    return end in ".!?" or end == ":" and text[ends[k + 2]:ends[k + 2] + 2].strip(" ")[:1] == "\n"
