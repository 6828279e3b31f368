"""Pass 1 to 3 over one text: the quotes of one article as plain row tuples.

For one text, :func:`document_rows` runs pass 1 (quotation marks: pairing, then classification,
then quotes missing their opening mark), pass 2 (embedded posts) and pass 3 (interview answers,
transcript lines, reported speech) with the language's rules. Split from :mod:`.extract` so
that it is compiled (``tools/compile.py``), while :mod:`.extract` keeps the documented verbs in
Python for ``help()``.
"""

from __future__ import annotations

from discourse.extract.quotes.classify import classify_pairs, orphan_closers
from discourse.extract.quotes.cues import CueLexicon
from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.embedded import embedded_posts
from discourse.extract.quotes.interview import interview_turns
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.marks import pair_marks
from discourse.extract.quotes.reported import indirect, transcript_lines
from discourse.extract.quotes.transcript import transcript_turns

__all__ = ["document_rows"]


def document_rows(text: str, lex: CueLexicon, lang: QuoteLanguage) -> list[tuple]:
    """Quotes of one text as tuples of the values of ``extract._ROW_FIELDS`` (start, end, text,
    kind, cue, speaker_mention, mention_start, mention_end, _rule, _cue_start, _cue_end,
    _parent): a tuple is cheaper to make than a dict, and the table is built column by column
    from them."""
    doc = Doc(text, lex, lang.find_cues)
    # pass 1: quotation marks
    pairs = pair_marks(text, doc.paras, lex, doc.toks, doc.tok_starts, doc.marks)
    found = classify_pairs(doc, pairs, lang)
    found += orphan_closers(doc, pairs, lang)
    for revise in lang.revisions:  # quotations the language splits or drops (none in English)
        found = revise(doc, found)
    for extra in lang.extra_passes:  # speech marked otherwise (a dash, a block, a naming verb)
        found += extra(doc, found)
    spans = [(f.start, f.end) for f in found if f.kind in ("direct", "nested", "partial")]
    direct_spans = [(f.start, f.end) for f in found if f.kind in ("direct", "nested")]
    # pass 2: embedded posts
    found += embedded_posts(doc, spans, lang)
    # pass 3: interview answers, transcript lines and reported speech
    found += interview_turns(doc, [(f.start, f.end) for f in found])
    found += transcript_turns(doc, [(f.start, f.end) for f in found], lang.turn_rules)
    spans_all = [(f.start, f.end) for f in found]
    transcript = transcript_lines(doc, spans_all, lang)
    found += transcript
    spans_all += [(f.start, f.end) for f in transcript]
    cues = [f.attr.cue_start for f in found if f.attr is not None and f.attr.cue_end > f.attr.cue_start]
    found += indirect(doc, spans_all if spans_all else direct_spans, cues, lang)
    rows = []
    for f in found:
        a = f.attr
        parent = found[f.parent].start if f.parent >= 0 else -1
        if a is None:
            rows.append((f.start, f.end, text[f.start : f.end], f.kind, "", "", -1, -1, "none",
                         -1, -1, parent))
            continue
        rows.append((f.start, f.end, text[f.start : f.end], f.kind, a.cue, a.mention(text),
                     a.m_start, a.m_end, f.rule if a.m_start >= 0 else "none", a.cue_start,
                     a.cue_end, parent))
    return rows
