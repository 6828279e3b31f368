"""English reports of a document in a relative clause: "a report that said P" (an extra pass,
round 22).

"Hannity blasted a report that said President Donald Trump had tried to fire …", "in the wake of a
detailed investigative report in The Wall Street Journal on Friday that said Mr. Wynn had …": the
verb of saying has the relative "that" (or "which") for its subject, whose antecedent is a document,
and the sentence rules find no subject before the verb (a relative pronoun is no noun phrase), so
the clause after it was lost. The gold (the NewsMTSC saying sets) annotates the clause as
``indirect`` with the document as the mention. This pass reads, in each sentence that holds " that
said " (or "which says", "that stated", "that claimed", "that alleged" …), a document noun
(:data:`_DOCUMENTS`) with its determiner and at most seven words of modifiers between it and the
relative ("report in The Wall Street Journal on Friday"); the report is the clause after the verb
(an optional "that" skipped) up to the sentence's end, when it reads as a clause (a subject and a
finite verb), cut before "and" with another verb of the lexicon and where the sentence rules end a
reported clause (:func:`.clauses.clause_end`). A person's relative ("a woman who said") is the
sentence rules' business; a document after a preposition of time ("after a report that said") reads
the same way.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end
from discourse.extract.quotes.spans import SpanSet, content_span, trim_end
from discourse.text import sentence_spans

__all__ = ["document_relative_reports"]

# Documents that report: their relative clause's verb of saying states what they say.
_DOCUMENTS: Final = ("report", "reports", "memo", "memorandum", "statement", "letter", "study",
              "document", "filing", "complaint", "lawsuit", "affidavit", "indictment", "article",
              "story", "tweet", "post", "email", "e-mail", "release", "notice", "ruling",
              "assessment", "analysis", "survey", "audit", "review", "editorial", "column",
              "dossier", "cable", "message", "transcript")
_RELATIVE: Final = re.compile(
    r"\b(?:a|an|the|this|that|his|her|their|its|one|another)\s+"
    r"((?:(?!(?:a|an|the|this|that|his|her|their|its)\s)[\w.’'-]+\s+){0,3}?"
    r"(?:" + "|".join(_DOCUMENTS) + r"))\b"
    r"((?:\s+[\w.’'-]+){0,7}?)\s+(?:that|which)\s+"
    r"(said|says|stated|states|claimed|claims|alleged|alleges|concluded|concludes|asserted|"
    r"asserts|argued|argues|warned|warns)\s+(?:that\s+)?",
    re.IGNORECASE)


# The relative and its verb, searched first (the full pattern only runs before such a place).
# (lower case, opening with a character class so that the scan skips quickly to a "t" or a
# "w"; the word boundary before it is checked around each match)
_TRIGGER: Final = re.compile(r"[tw]h(?:at|ich)\s+(?:said|says|stated|states|claimed|claims|alleged|"
                      r"alleges|concluded|concludes|asserted|asserts|argued|argues|warned|warns)\b")
_DOC_WORD: Final = re.compile(r"\b(?:" + "|".join(_DOCUMENTS) + r")\b", re.IGNORECASE)
# How far before the relative the document's determiner may stand (characters).
_WINDOW: Final = 160


def _matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_RELATIVE`, each ending at a place :data:`_TRIGGER` finds (the
    full pattern is tried only in a window before each such place)."""
    out: list[re.Match[str]] = []
    last = 0
    for t in _TRIGGER.finditer(text):
        if t.start() > 0 and text[t.start() - 1].isalnum():
            continue  # "somewhat said": no relative
        lo = max(last, t.start() - _WINDOW)
        if _DOC_WORD.search(text, lo, t.start()) is None:
            continue  # no document before the relative: the full pattern cannot match
        for m in _RELATIVE.finditer(text, lo, t.end() + 6):
            if m.end(3) == t.end():
                out.append(m)
                last = m.end()
                break
    return out


def _sentence_end(doc: Doc, pos: int) -> int:
    """The end offset of the sentence holding ``pos`` (its paragraph split into sentences)."""
    p = bisect.bisect_right(doc.para_starts, pos) - 1
    ps, pe = doc.paras[p]
    for s, e in sentence_spans(doc.text[ps:pe]):
        if s + ps <= pos < e + ps:
            return e + ps
    return pe


def document_relative_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports of documents in a relative clause (see the module docstring)."""
    text = doc.text
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for m in _matches(text):
        if inside.contains(m.start()) or "\n" in m.group():
            continue  # a quotation's words, or a match across a paragraph break
        s = m.end()
        i = doc.tok_index(s)
        e = _sentence_end(doc, s)
        j = doc.tok_index(e)
        if not looks_like_clause(doc.toks, i, j, reach=20):
            continue
        # the clause ends before "and" + another cue verb (the main subject's next act: "blasted
        # a report that said P and accused the Times of …") and as the sentence rules end one
        toks = doc.toks
        for a, _, cue in doc.hits_between(i, j):
            if cue.type == "verb" and a > i and toks.lows[a - 1] in ("and", "but"):
                e = toks.starts[a - 1]
                break
        cut = clause_end(doc, Found(s, e, "indirect", None, "cue_before"))
        if cut is None:
            continue
        s, e = content_span(text, cut.start, trim_end(text, cut.start, cut.end))
        if e - s < 12 or inside.overlap(s, e) > 0.95 * (e - s):
            continue
        ms = m.start()
        me = m.end(2) if m.group(2).strip() else m.end(1)
        verb = m.group(3)
        cs = m.start(3)
        out.append(Found(s, e, "indirect", Attr(verb, cs, cs + len(verb), ms, me, "cue_before"),
                         "cue_before"))
    return out
