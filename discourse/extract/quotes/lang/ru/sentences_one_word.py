"""One-word «что» clauses: ``он сказал агенту, что передумал.`` (round twenty-one, dev14).

Russian drops a subject that the main clause already gives, so a «что» clause of one finite verb
(``передумал``, ``ошибся``) or one short-form adjective or participle (``невиновен``, ``уволен``)
is a whole proposition: "he said that he had changed his mind". The shared reported-speech pass
keeps reports of three words or more and :func:`.short.short_reports` those of two; this extra
pass (``QuoteLanguage.extra_passes``) keeps the one-word clause that closes its sentence, with
the attribution the Russian sentence reading (:func:`.reported.reports_in_sentence`) gives the
cue. Before: the passes' ``Found`` list; returns the new ``indirect`` ones.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.reported import reports_in_sentence
from discourse.extract.quotes.lang.ru.short import that_after_cue
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import wordish
from discourse.text import sentence_start

__all__ = ["one_word_reports", "predicate_word"]

_QUOTED = ("direct", "nested", "partial", "embedded")
# the tags of a word that is a predicate by itself: a finite verb, a short adjective or participle
_PREDICATES = ("VERB", "ADJS", "PRTS")


@lru_cache(maxsize=2048)
def predicate_word(low: str) -> bool:
    """Is the likeliest reading of ``low`` a finite verb, a short adjective or a short participle
    (передумал, невиновен, уволен), a predicate with no subject of its own? Not an infinitive, a
    noun or an adverb ("что да", "что нет" are no proposition)."""
    parses = readings(low)
    return bool(parses) and parses[0].tag.POS in _PREDICATES


def one_word_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """Reports whose «что» clause is one predicate word closing the sentence."""
    toks, text = doc.toks, doc.text
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    n = len(lows)
    inside = SpanSet((f.start, f.end) for f in found if f.kind in _QUOTED)
    out: list[Found] = []
    for a, b, cue in doc.hits:
        if not cue.that_clause:
            continue
        m = that_after_cue(words, lows, b, n - 2)
        if m < 0:
            continue
        k = m + 1
        if not (wordish(words[k]) and words[k].islower() and words[k + 1] in (".", "!", "?")):
            continue
        if not predicate_word(lows[k]) or inside.contains(starts[a]) or inside.contains(starts[k]):
            continue
        if lows[k].endswith(("ло", "лось")):
            continue  # "уточнил, что произошло": «что» is the neuter verb's subject, a question

        ps, _pe = doc.para_of(starts[a])
        ss, se = sentence_start(text, ps, starts[a]), ends[k + 1]
        ti, tj = doc.tok_index(ss), k + 2
        for f in reports_in_sentence(doc, ss, se, ti, tj, lambda: None, (), inside):
            if f.start == ends[m] and f.kind == "indirect":
                out.append(Found(starts[k], ends[k], "indirect", f.attr, f.rule))
    return out
